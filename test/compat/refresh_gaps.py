"""Regenerate test/compat/known_gaps.json from what the compatibility suite finds on this checkout.

    python test/compat/refresh_gaps.py

Run it after closing gaps (the tests warn ``GapClosedWarning`` when listed gaps are gone) to tighten
the ratchet, or to record a deliberate difference. It needs the same cache (and, on a cold cache,
PyPI) as the tests; the diff of known_gaps.json is the review.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Callable, Dict, List, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from compat_api_sdk import flow_gaps, unit_test_gaps  # noqa: E402
from compat_gaps import KNOWN_GAPS, Gap, dump  # noqa: E402
from compat_runs import Details, behaviour_gaps, surface_gaps  # noqa: E402

SOURCES: List[Tuple[str, Callable[[], Tuple[List[Gap], Details]]]] = [
    ("surface of every release", surface_gaps),
    ("behavioural probes", behaviour_gaps),
    ("pinterest-api-sdk flows", flow_gaps),
    ("pinterest-api-sdk unit tests", unit_test_gaps),
]


def main() -> int:
    gaps: List[Gap] = []
    details: Details = {}
    counts: Dict[str, int] = {}
    for label, source in SOURCES:
        started = time.monotonic()
        found, found_details = source()
        gaps.extend(found)
        details.update(found_details)
        counts[label] = len({(g[0], g[1]) for g in found})
        print(f"{label}: {counts[label]} gap(s) ({time.monotonic() - started:.1f}s)")
    dump(gaps, details)
    print(f"wrote {KNOWN_GAPS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
