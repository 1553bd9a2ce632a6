"""to_records() always; to_dataframe() when pandas is installed (skipped otherwise), and its error without it."""

from __future__ import annotations

import datetime
import sys

import pytest
from loopback import Loopback, Recorded, Reply

from pinterest_client import AnalyticsReport, paginate, to_dataframe, to_records
from pinterest_client.api.boards_api import BoardsApi
from pinterest_client.model.ad_account_analytics_response import AdAccountAnalyticsResponse
from pinterest_client.model.board import Board
from pinterest_client.model.boards_list_response import BoardsListResponse

BOARDS = [
    {
        "id": "1",
        "name": "Recipes",
        "privacy": "PUBLIC",
        "created_at": "2024-01-02T03:04:05Z",
        "owner": {"username": "cook"},
        "media": {"pin_thumbnail_urls": ["a.jpg"]},
    },
    {
        "id": "2",
        "name": "Travel",
        "privacy": "SECRET",
        "created_at": "2024-02-03T00:00:00Z",
        "owner": {"username": "x"},
    },
]
ANALYTICS = [
    {"AD_ACCOUNT_ID": "549755885175", "DATE": "2024-01-01", "SPEND_IN_DOLLAR": 1.5, "TOTAL_CLICKTHROUGH": 3},
    {"AD_ACCOUNT_ID": "549755885175", "DATE": "2024-01-02", "SPEND_IN_DOLLAR": 2.0, "TOTAL_CLICKTHROUGH": 4},
]


def test_to_records_uses_wire_names_and_keeps_typed_values() -> None:
    page = BoardsListResponse.from_dict({"items": BOARDS, "bookmark": None})
    rows = to_records(page)  # a page response: its items are the rows
    assert [r["id"] for r in rows] == ["1", "2"]
    assert rows[0]["created_at"] == datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    assert rows[0]["owner"] == {"username": "cook"}  # nested models become dicts
    assert rows[0]["media"] == {"pin_thumbnail_urls": ["a.jpg"]}
    assert to_records(Board.from_dict(BOARDS[1])) == [to_records(page)[1]]  # one model, one row
    assert to_records([{"a": 1}, {"a": 2}]) == [{"a": 1}, {"a": 2}]
    assert to_records(None) == [] and to_records(["x"]) == [{"value": "x"}]


def test_to_records_of_analytics_rows_and_a_report() -> None:
    rows = AdAccountAnalyticsResponse.from_dict(ANALYTICS)
    records = to_records(rows)  # extra (metric) keys are kept under their wire names
    assert [r["DATE"] for r in records] == [datetime.date(2024, 1, 1), datetime.date(2024, 1, 2)]  # typed
    assert [{**r, "DATE": r["DATE"].isoformat()} for r in records] == ANALYTICS
    report = AnalyticsReport(token="t", status="FINISHED", content=b"A,B\n1,x\n2,y\n")
    assert to_records(report) == [{"A": "1", "B": "x"}, {"A": "2", "B": "y"}]


def test_a_clear_error_without_pandas(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if pandas were not installed
    with pytest.raises(ImportError, match=r"pip install 'pinterest-client-v5\[pandas\]'"):
        to_dataframe([{"a": 1}])


def test_importing_the_package_does_not_import_pandas() -> None:
    from test_imports import run_python

    out = run_python(
        "import sys, pinterest_client\n"
        "pinterest_client.to_dataframe, pinterest_client.paginate, pinterest_client.upload_media\n"
        "print(sorted(m for m in ('pandas', 'tqdm', 'numpy') if m in sys.modules))\n"
    )
    assert out.strip() == "[]"


# -- with pandas ------------------------------------------------------------------------------


def test_dataframe_from_a_paginator(server: Loopback, client) -> None:
    pd = pytest.importorskip("pandas")

    def pages(req: Recorded) -> Reply:
        if dict(req.query).get("bookmark") is None:
            return Reply(200, {"items": BOARDS[:1], "bookmark": "b2"})
        return Reply(200, {"items": BOARDS[1:], "bookmark": None})

    server.handler = pages
    df = to_dataframe(paginate(BoardsApi(client).boards_list))
    assert isinstance(df, pd.DataFrame)
    assert list(df["id"]) == ["1", "2"] and list(df["name"]) == ["Recipes", "Travel"]
    assert {"id", "name", "privacy", "created_at", "owner", "media"} <= set(df.columns)
    assert pd.api.types.is_datetime64_any_dtype(df["created_at"])
    assert df.loc[0, "owner"] == {"username": "cook"}


def test_dataframe_options_and_inputs() -> None:
    pd = pytest.importorskip("pandas")
    page = BoardsListResponse.from_dict({"items": BOARDS, "bookmark": None})
    flat = to_dataframe(page, flatten=True)
    assert "owner.username" in flat.columns and list(flat["owner.username"]) == ["cook", "x"]
    picked = to_dataframe(page, columns=["name", "id", "missing"])
    assert list(picked.columns) == ["name", "id", "missing"] and picked["missing"].isna().all()
    analytics = to_dataframe(AdAccountAnalyticsResponse.from_dict(ANALYTICS))
    assert list(analytics.columns) == ["AD_ACCOUNT_ID", "DATE", "SPEND_IN_DOLLAR", "TOTAL_CLICKTHROUGH"]
    assert analytics["SPEND_IN_DOLLAR"].sum() == 3.5
    assert analytics["AD_ACCOUNT_ID"].tolist() == ["549755885175"] * 2  # ids stay strings
    report = AnalyticsReport(token="t", status="FINISHED", content=b'[{"A": 1}, {"A": 2}]')
    assert to_dataframe(report)["A"].tolist() == [1, 2]
    empty = to_dataframe([])
    assert isinstance(empty, pd.DataFrame) and empty.empty
    assert len(to_dataframe(iter([{"a": 1}, {"a": 2}]))) == 2  # any iterator
