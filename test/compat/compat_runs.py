"""What the compatibility suite measures: the gaps between the original releases and ours.

Each function returns ``(gaps, details)`` for :mod:`compat_gaps` — the tests check them against
``known_gaps.json`` and ``refresh_gaps.py`` writes them there. The original side runs in subprocesses
with the release's unpacked wheel as ``PYTHONPATH`` (cached); ours runs in a subprocess too, through
``pinterest_client.compat`` — so what is measured is what user code sees after ``install()``.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Sequence, Tuple

from compat_cache import HERE, REPO_ROOT, VERSIONS, in_parallel, original_manifest, original_probes, run_json
from compat_gaps import Gap

Details = Dict[Tuple[str, str], str]


def surface_gaps(versions: Sequence[str] = VERSIONS) -> Tuple[List[Gap], Details]:
    """Module paths, classes, methods, parameters, ``openapi_types`` keys, ``attribute_map`` entries."""
    manifests = in_parallel(original_manifest, list(versions))
    args = [str(HERE / "check_ours.py"), *(f"{v}={manifests[v]}" for v in versions)]
    found = run_json(args, [REPO_ROOT])
    return [tuple(gap) for gap in found], {}  # type: ignore[misc, union-attr]


def ours_probes() -> Dict[str, Any]:
    return run_json([str(HERE / "probes.py"), "--compat", "openapi_generated.pinterest_client"], [REPO_ROOT])  # type: ignore[return-value]


def _essential(outcome: Dict[str, Any]) -> Dict[str, Any]:
    return {k: v for k, v in outcome.items() if k != "message"}


def probe_matches(name: str, original: Dict[str, Any], ours: Dict[str, Any]) -> bool:
    """Ours behaves as the original: same value, or an error of the same kinds (or narrower: an
    ``ApiTypeError`` where the original raised a bare ``TypeError``) with the same facts.
    ``extra_`` probes ask of ours what issue #12 adds (mapping protocol): ``True``."""
    if name.startswith("extra_"):
        return ours == {"value": True}
    original, ours = _essential(original), _essential(ours)
    if "error" in original:
        facts = {k: v for k, v in original.items() if k != "error"}
        return (
            "error" in ours
            and set(original["error"]) <= set(ours["error"])
            and facts == {k: v for k, v in ours.items() if k != "error"}
        )
    return original == ours


def _short(outcome: Dict[str, Any]) -> str:
    return json.dumps(outcome.get("message") or _essential(outcome), sort_keys=True)[:160]


def behaviour_gaps(versions: Sequence[str] = VERSIONS) -> Tuple[List[Gap], Details]:
    """The probes of probes.py, on each release and on ours."""
    originals = in_parallel(original_probes, list(versions))
    ours = ours_probes()
    gaps: List[Gap] = []
    details: Details = {}
    for version in versions:
        for name, outcome in originals[version].items():  # type: ignore[union-attr]
            mine = ours.get(name, {"error": ["missing probe"]})
            if not probe_matches(name, outcome, mine):
                gaps.append(("behaviour", name, version))
                details[("behaviour", name)] = f"original: {_short(outcome)}; ours: {_short(mine)}"
    return gaps, details
