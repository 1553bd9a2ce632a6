"""Code written the way users of the SDK write it, type-checked with mypy's strict flags
(``python -m mypy``; see mypy.ini and test/test_typing.py). It is never run: it only has to
type-check, proving that the shipped annotations (py.typed) describe calls, results, models,
enums, call options and exceptions precisely enough for a strictly typed application.
"""

from __future__ import annotations

import datetime
from typing import Any, Dict, List, Optional, Tuple, Union

from typing_extensions import assert_type

import pinterest_client
from pinterest_client import ApiClient, ApiResponse, AsyncResult, Configuration, RawResponse, RetryPolicy
from pinterest_client.api import ad_accounts_api, boards_api, pins_api
from pinterest_client.api.boards_api import BoardsApi
from pinterest_client.exceptions import ApiException, NotFoundException, RateLimitException
from pinterest_client.model.board import Board
from pinterest_client.model.board_create import BoardCreate
from pinterest_client.model.board_privacy import BoardPrivacy
from pinterest_client.model.boards_list_response import BoardsListResponse
from pinterest_client.model.granularity import Granularity
from pinterest_client.model.pin import Pin


def make_client(token: str, *, sandbox: bool = False) -> ApiClient:
    configuration = Configuration(
        access_token=token,
        sandbox=sandbox,
        retries=RetryPolicy(max_retries=4, max_wait=30),
        timeout=(3, 30),
    )
    return ApiClient(configuration)


def board_names(client: ApiClient) -> List[str]:
    api = boards_api.BoardsApi(client)
    page: BoardsListResponse = api.boards_list(page_size=25, privacy="PUBLIC")
    names: List[str] = []
    for board in page.items:  # List[Board]
        names.append(board.name)
        created: Optional[datetime.datetime] = board.created_at
        if created is not None:
            names.append(created.isoformat())
    bookmark: Optional[str] = page.bookmark
    if bookmark:
        names.extend(b.name for b in api.boards_list(bookmark=bookmark).items)
    return names


def create_board(client: ApiClient, name: str) -> str:
    api = BoardsApi(client)
    request = BoardCreate(name=name, privacy=BoardPrivacy.SECRET, description="made by usage.py")
    board: Board = api.boards_create(request)
    same: Board = api.boards_create({"name": name, "privacy": "PUBLIC"})  # a plain dict works too
    return board.id + same.id


def board_or_none(client: ApiClient, board_id: str) -> Optional[Board]:
    try:
        return BoardsApi(client).boards_get(board_id, _request_timeout=5)
    except NotFoundException as exc:
        status: Optional[int] = exc.status
        code: Optional[int] = exc.code
        message: Optional[str] = exc.message
        request_id: Optional[str] = exc.request_id
        print(status, code, message, request_id)
        return None
    except RateLimitException as exc:
        wait: Optional[float] = exc.retry_after
        print("rate limited; retry after", wait)
        raise
    except ApiException as exc:
        print(exc.status, exc.reason, exc.body)
        raise


def with_http_info(client: ApiClient, pin_id: str) -> Tuple[Pin, int]:
    info: ApiResponse[Pin] = pins_api.PinsApi(client).pins_get_with_http_info(pin_id)
    pin: Pin = info.data
    untyped: ApiResponse = info  # written before ApiResponse was generic: ApiResponse[Any]
    print(untyped.status)
    rid: Optional[str] = info.request_id
    print(rid)
    return pin, info.status


def call_forms(client: ApiClient, pin_id: str, wait: bool) -> None:
    """What each combination of ``async_req``, ``_preload_content`` and ``_return_http_data_only``
    returns, for a method and its ``*_with_http_info``."""
    pins = pins_api.PinsApi(client)
    assert_type(pins.pins_get(pin_id), Pin)
    assert_type(pins.pins_get(pin_id, _request_timeout=5, async_req=False), Pin)
    assert_type(pins.pins_get(pin_id, _return_http_data_only=False), ApiResponse[Pin])
    assert_type(pins.pins_get(pin_id, _preload_content=False), RawResponse)
    assert_type(pins.pins_get(pin_id, async_req=True), AsyncResult[Pin])
    assert_type(pins.pins_get(pin_id, async_req=True, _return_http_data_only=False), AsyncResult[ApiResponse[Pin]])
    assert_type(pins.pins_get(pin_id, async_req=True, _preload_content=False), AsyncResult[RawResponse])
    assert_type(pins.pins_get(pin_id, async_req=wait), Union[Pin, ApiResponse[Pin], RawResponse, AsyncResult[Any]])
    assert_type(pins.pins_get(pin_id, async_req=True).get(timeout=30), Pin)
    assert_type(pins.pins_get_with_http_info(pin_id), ApiResponse[Pin])
    assert_type(pins.pins_get_with_http_info(pin_id, async_req=True), AsyncResult[ApiResponse[Pin]])
    assert_type(pins.pins_get_with_http_info(pin_id, _preload_content=False), RawResponse)
    assert_type(pins.pins_get_with_http_info(pin_id).data, Pin)
    assert_type(BoardsApi(client).boards_delete("1"), None)
    assert_type(BoardsApi(client).boards_delete_with_http_info("1").status, int)
    raw = pins.pins_get(pin_id, _preload_content=False)
    body: Optional[bytes] = raw.data
    status: int = raw.status
    # a legacy call form (the original client's body name) has the same overloads
    created = BoardsApi(client).boards_create(board={"name": "x"}, async_req=True)
    assert_type(created, AsyncResult[Board])
    print(body, status)


def walk(client: ApiClient) -> List[str]:
    """``paginate`` reads the item type from the overloaded method (its first, the model, form)."""
    boards = pinterest_client.paginate(BoardsApi(client).boards_list, page_size=25)
    assert_type(boards, pinterest_client.Paginator[Board])
    pins = pinterest_client.paginate(BoardsApi(client).boards_list_pins, "1", max_items=10)
    return [board.name for board in boards] + [pin.id or "" for pin in pins]


def spend(client: ApiClient, ad_account_id: str) -> List[Dict[str, object]]:
    api = ad_accounts_api.AdAccountsApi(client)
    rows = api.ad_account_analytics(
        ad_account_id,
        datetime.date(2024, 1, 1),
        datetime.date(2024, 1, 31),
        ["SPEND_IN_DOLLAR", "TOTAL_CLICKTHROUGH"],
        Granularity.DAY,
        click_window_days=7,
    )
    return [row.to_dict() for row in rows]


def models() -> None:
    board = Board(name="Summer Recipes", privacy="PUBLIC")
    name: str = board.name
    privacy = board["privacy"]
    description = board.get("description", "none")
    as_dict: Dict[str, object] = board.to_dict()
    text: str = board.to_json(indent=2)
    again: Board = Board.from_dict(as_dict)
    board.validate()
    day: Granularity = Granularity("DAY")
    is_day: bool = day == Granularity.DAY
    print(name, privacy, description, text, again == board, "name" in board, is_day)


def main() -> None:
    with make_client("YOUR_ACCESS_TOKEN") as client:
        print(board_names(client), create_board(client, "Recipes"), board_or_none(client, "1"))
        print(with_http_info(client, "1"), spend(client, "1"), walk(client))
    models()
    print(pinterest_client.__version__)
