"""The ratchet: what is known not to match the original yet (``known_gaps.json``), and the comparison.

A *gap* is ``(category, entry, release)``: the surface check (check_ours.py) and the behaviour probes
give one per thing of a release that ours lacks or does differently; the ``pinterest-api-sdk`` flows
and unit tests give ``(category, name, "")`` with the first line of the error as detail.

``known_gaps.json`` lists the gaps of the branch it was written on, grouped by category and then by
the releases they concern (``"0.1.9-0.1.12"``), or by name with the first error line. A test fails on
a gap that is not listed — a regression — and says which ones were listed but are gone (progress:
run ``python test/compat/refresh_gaps.py`` to tighten the file). A listed surface gap also covers the
gaps beneath it (a listed missing module covers its classes, a listed class its methods and
attributes), so that adding a module whose model contract is still incomplete does not turn CI red.
"""

from __future__ import annotations

import json
import warnings
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, Iterable, List, Set, Tuple

from compat_cache import HERE, VERSIONS

KNOWN_GAPS = HERE / "known_gaps.json"

Gap = Tuple[str, str, str]

#: Categories whose entries are space-separated paths, a gap's parents being its prefixes.
SURFACE = (
    "module",
    "class",
    "method",
    "parameter",
    "function",
    "index name",
    "model attribute",
    "openapi_types entry",
    "attribute_map entry",
)
#: Categories keyed by name, with the first error line as value (no release).
NAMED = ("api_sdk flow", "api_sdk unit test")


class GapClosedWarning(UserWarning):
    """A gap listed in known_gaps.json is gone: refresh the file to lock the progress in."""


def span(releases: Iterable[str]) -> str:
    """``["0.1.9", "0.1.10", "0.1.12"]`` → ``"0.1.9-0.1.10,0.1.12"`` (runs in release order)."""
    wanted = set(releases)
    runs: List[List[str]] = []
    previous = False
    for version in VERSIONS:
        if version in wanted:
            if previous:
                runs[-1].append(version)
            else:
                runs.append([version])
        previous = version in wanted
    return ",".join(run[0] if len(run) == 1 else f"{run[0]}-{run[-1]}" for run in runs)


def unspan(text: str) -> List[str]:
    out: List[str] = []
    for part in text.split(","):
        first, _, last = part.partition("-")
        start, stop = VERSIONS.index(first), VERSIONS.index(last or first)
        out.extend(VERSIONS[start : stop + 1])
    return out


def load(path: Path = KNOWN_GAPS) -> Tuple[Set[Gap], Dict[Tuple[str, str], str]]:
    """The listed gaps, and the recorded detail (first error line) of the named ones."""
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    gaps: Set[Gap] = set()
    details: Dict[Tuple[str, str], str] = {}
    for category, groups in data.items():
        if category.startswith("_"):
            continue
        if category in NAMED:
            for name, detail in groups.items():
                gaps.add((category, name, ""))
                details[(category, name)] = detail
            continue
        for releases, entries in groups.items():
            for version in unspan(releases):
                gaps.update((category, entry, version) for entry in entries)
    return gaps, details


def dump(gaps: Iterable[Gap], details: Dict[Tuple[str, str], str], path: Path = KNOWN_GAPS) -> None:
    by_entry: Dict[Tuple[str, str], Set[str]] = defaultdict(set)
    for category, entry, version in gaps:
        by_entry[(category, entry)].add(version)
    data: Dict[str, Dict[str, object]] = {
        "_about": {"regenerate": "python test/compat/refresh_gaps.py", "see": "test/compat/compat_gaps.py"}  # type: ignore[dict-item]
    }
    grouped: Dict[str, Dict[str, List[str]]] = defaultdict(lambda: defaultdict(list))
    named: Dict[str, Dict[str, str]] = defaultdict(dict)
    for (category, entry), versions in by_entry.items():
        if category in NAMED:
            named[category][entry] = details.get((category, entry), "")
        else:
            grouped[category][span(versions)].append(entry)
    for category in sorted(grouped, key=_category_order):
        data[category] = {k: sorted(v) for k, v in sorted(grouped[category].items(), key=lambda kv: unspan(kv[0]))}
    for category in sorted(named, key=_category_order):
        data[category] = dict(sorted(named[category].items()))
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def _category_order(category: str) -> int:
    order = [*SURFACE, "behaviour", *NAMED]
    return order.index(category) if category in order else len(order)


def _covered(gap: Gap, known: Set[Gap]) -> bool:
    if gap in known:
        return True
    category, entry, version = gap
    if category not in SURFACE:
        return False
    parts = entry.split(" ")
    parents = {" ".join(parts[:n]) for n in range(1, len(parts))}
    return any(k[1] in parents and k[2] == version and k[0] in SURFACE for k in known)


def ratchet(found: Iterable[Gap], known: Set[Gap], scope: Set[Gap]) -> Tuple[List[Gap], List[Gap]]:
    """``(regressions, closed)``: found gaps not listed, and listed gaps within ``scope`` not found."""
    found = set(found)
    regressions = sorted(g for g in found if not _covered(g, known))
    closed = sorted(g for g in known & scope if g not in found)
    return regressions, closed


def check(found: Iterable[Gap], scope_filter, details: Dict[Tuple[str, str], str] | None = None) -> None:  # type: ignore[no-untyped-def]
    """Fail on regressions; warn (``GapClosedWarning``) about listed gaps that are gone."""
    known, _ = load()
    scope = {g for g in known if scope_filter(g)}
    regressions, closed = ratchet(found, known, scope)
    if closed:
        per_category = Counter(g[0] for g in closed)
        summary = ", ".join(f"{category}: {count}" for category, count in sorted(per_category.items()))
        shown = "\n  ".join(_describe(g) for g in closed[:10])
        warnings.warn(
            GapClosedWarning(
                f"{len(closed)} gap(s) listed in known_gaps.json now match the original ({summary}) — run "
                f"`python test/compat/refresh_gaps.py` to lock this in; for example:\n  {shown}"
            ),
            stacklevel=2,
        )
    if regressions:
        shown = "\n  ".join(_describe(g, details) for g in regressions[:40])
        more = f"\n  ... and {len(regressions) - 40} more" if len(regressions) > 40 else ""
        raise AssertionError(
            f"{len(regressions)} difference(s) from the original client that known_gaps.json does not list "
            f"(a regression; if deliberate, run `python test/compat/refresh_gaps.py`):\n  {shown}{more}"
        )


def _describe(gap: Gap, details: Dict[Tuple[str, str], str] | None = None) -> str:
    category, entry, version = gap
    detail = (details or {}).get((category, entry))
    where = f" [{version}]" if version else ""
    return f"{category}: {entry}{where}" + (f" — {detail}" if detail else "")
