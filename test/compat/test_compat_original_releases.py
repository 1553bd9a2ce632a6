"""Issue #12, tests: every release of the original client compared with ours, mechanically.

For each release 0.1.2 … 0.1.12 (downloaded once into the cache, see compat_cache.py): every module
path, class, method, parameter name, ``openapi_types`` key and ``attribute_map`` entry must resolve
under ``openapi_generated.pinterest_client`` after ``pinterest_client.compat.install()``, and the
behavioural probes of probes.py must give the original's outcome. What does not yet is listed in
known_gaps.json (the ratchet, compat_gaps.py): only an unlisted difference fails.
"""

from __future__ import annotations

import functools
from typing import Dict, List, Tuple

import pytest
from compat_cache import VERSIONS, in_parallel, release, require
from compat_gaps import SURFACE, Gap, check
from compat_runs import Details, behaviour_gaps, surface_gaps


def _all_releases() -> None:
    in_parallel(release, VERSIONS)


@functools.cache
def _surface() -> Tuple[List[Gap], Details]:
    return surface_gaps()


@functools.cache
def _behaviour() -> Tuple[List[Gap], Details]:
    return behaviour_gaps()


def _for(version: str, gaps: List[Gap]) -> List[Gap]:
    return [g for g in gaps if g[2] == version]


@pytest.mark.parametrize("version", VERSIONS)
def test_surface_of_release_resolves_in_ours(version: str) -> None:
    require(_all_releases)
    gaps, details = _surface()
    check(_for(version, gaps), lambda g: g[0] in SURFACE and g[2] == version, details)


@pytest.mark.parametrize("version", VERSIONS)
def test_behaviour_of_release_matches_ours(version: str) -> None:
    require(_all_releases)
    gaps, details = _behaviour()
    check(_for(version, gaps), lambda g: g[0] == "behaviour" and g[2] == version, details)


def test_known_gaps_file_is_well_formed() -> None:
    """Every listed gap names a known category and release (a typo would silently cover nothing)."""
    from compat_gaps import NAMED, SURFACE, load

    known, _ = load()
    categories: Dict[str, int] = {}
    for category, _entry, version in known:
        categories[category] = categories.get(category, 0) + 1
        assert category in (*SURFACE, "behaviour", *NAMED), category
        assert version in VERSIONS or (category in NAMED and version == ""), (category, version)
    assert categories, "known_gaps.json is empty or missing"
