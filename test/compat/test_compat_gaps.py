"""The ratchet itself (compat_gaps.py): spans, parents covering children, regressions and closed gaps."""

from __future__ import annotations

from pathlib import Path

import pytest
from compat_gaps import GapClosedWarning, check, dump, load, ratchet, span, unspan


def test_release_spans_round_trip() -> None:
    versions = ["0.1.2", "0.1.3", "0.1.4", "0.1.9", "0.1.12"]
    assert span(versions) == "0.1.2-0.1.4,0.1.9,0.1.12"
    assert unspan(span(versions)) == versions


def test_a_listed_parent_covers_its_children_of_the_same_release() -> None:
    known = {("module", "model.inline_object1", "0.1.12"), ("class", "model.board Board", "0.1.12")}
    found = [
        ("model attribute", "model.inline_object1 InlineObject1 openapi_types", "0.1.12"),  # module listed
        ("openapi_types entry", "model.board Board openapi_types name", "0.1.12"),  # class listed
        ("openapi_types entry", "model.board Board openapi_types name", "0.1.11"),  # not for 0.1.11
        ("module", "model.board", "0.1.12"),  # a parent is not covered by its child
    ]
    regressions, closed = ratchet(found, known, known)
    assert regressions == [found[3], found[2]]
    assert closed == sorted(known)


def test_dump_then_load_keeps_every_gap_and_detail(tmp_path: Path) -> None:
    gaps = [
        ("module", "api.interests_api", "0.1.9"),
        ("module", "api.interests_api", "0.1.10"),
        ("behaviour", "construct_positional", "0.1.2"),
        ("api_sdk flow", "boards", ""),
    ]
    details = {("api_sdk flow", "boards"): "ModuleNotFoundError: no inline_object1"}
    path = tmp_path / "gaps.json"
    dump(gaps, details, path)
    assert load(path) == (set(gaps), details)


def test_check_fails_on_an_unlisted_gap_and_warns_on_a_closed_one() -> None:
    known, _ = load()
    listed = sorted(known)  # any listed gaps (no module may be missing any more)
    assert len(listed) >= 2, "known_gaps.json lists fewer than two gaps"
    with pytest.raises(AssertionError, match="regression"):
        check([("module", "api.no_such_api", "0.1.12")], lambda g: False)
    with pytest.warns(GapClosedWarning, match="now match the original"):
        check(listed[1:], lambda g: g == listed[0])
