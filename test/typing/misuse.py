"""Mistakes the SDK's annotations must let mypy and pyright catch. test/test_typing.py type-checks
this file on its own and expects exactly the errors marked ``# expect: <mypy error code>`` on their
lines (and no others), from both checkers. Never run."""

from __future__ import annotations

import datetime
from typing import List

from pinterest_client import ApiClient, ApiResponse, Configuration
from pinterest_client.api.ad_accounts_api import AdAccountsApi
from pinterest_client.api.boards_api import BoardsApi
from pinterest_client.api.pins_api import PinsApi
from pinterest_client.model.board import Board
from pinterest_client.model.board_create import BoardCreate
from pinterest_client.model.boards_list_response import BoardsListResponse
from pinterest_client.model.pin import Pin


def mistakes(client: ApiClient) -> None:
    boards = BoardsApi(client)
    boards.boards_get(12345)  # expect: call-overload
    boards.boards_get()  # expect: call-overload
    boards.boards_list(page_size="25")  # expect: call-overload
    boards.boards_list(pagesize=25)  # expect: call-overload
    boards.boards_list(_request_timeout="soon")  # expect: call-overload
    page: BoardsListResponse = boards.boards_list()
    first: int = page.items[0].name  # expect: assignment
    names: List[int] = [b.name for b in page.items]  # expect: misc
    wrong: Board = PinsApi(client).pins_get("1")  # expect: assignment
    when: datetime.date = page.items[0].created_at  # expect: assignment
    Configuration(access_token=123)  # expect: arg-type
    BoardCreate(nmae="x")  # expect: call-arg
    BoardCreate("x", privacy=3)  # expect: arg-type
    print(page.items[0].nmae)  # expect: attr-defined
    print(first, names, wrong, when)


def enum_literals(client: ApiClient) -> None:
    """Where a parameter takes an enumeration, a string outside it is an error."""
    boards = BoardsApi(client)
    boards.boards_list(privacy="PUBLIC")
    boards.boards_list(privacy="PUBLIK")  # expect: call-overload
    boards.boards_list_pins("1", creative_types=["VIDEO", "CAROUSEL"])
    boards.boards_list_pins("1", creative_types=["VIDEO", "CAROSEL"])  # expect: list-item
    analytics, day = AdAccountsApi(client).ad_account_analytics, datetime.date(2024, 1, 1)
    analytics("1", day, day, ["SPEND_IN_DOLLAR"], "DAY")
    analytics("1", day, day, ["SPEND_IN_DOLLAR"], "DAILY")  # expect: call-overload
    BoardCreate("x", privacy="SECRET")
    BoardCreate("x", privacy="SECRETE")  # expect: arg-type
    print(BoardCreate("x", privacy="SECRET").privacy)


def call_options(client: ApiClient) -> None:
    """What ``async_req``, ``_preload_content`` and ``*_with_http_info`` return is not the model."""
    pins = PinsApi(client)
    later: Pin = pins.pins_get("1", async_req=True)  # expect: assignment
    raw: Pin = pins.pins_get("1", _preload_content=False)  # expect: assignment
    info: Pin = pins.pins_get_with_http_info("1")  # expect: assignment
    print(pins.pins_get("1", async_req=True).title)  # expect: attr-defined
    print(pins.pins_get_with_http_info("1").title)  # expect: attr-defined
    print(pins.pins_get("1", async_req=True).get().nmae)  # expect: attr-defined
    pins.pins_get_with_http_info(1)  # expect: call-overload
    pins.pins_get_with_http_info("1", _return_http_data_only=True)  # expect: call-overload
    pins.pins_get("1", async_req="yes")  # expect: call-overload
    wrong_data: ApiResponse[Board] = pins.pins_get_with_http_info("1")  # expect: assignment
    print(later, raw, info, wrong_data)
