"""Mistakes the SDK's annotations must let mypy catch. test/test_typing.py type-checks this file on
its own and expects exactly the errors marked ``# expect: <error code>`` on their lines (and no
others). Never run."""

from __future__ import annotations

import datetime
from typing import List

from pinterest_client import ApiClient, Configuration
from pinterest_client.api.boards_api import BoardsApi
from pinterest_client.api.pins_api import PinsApi
from pinterest_client.model.board import Board
from pinterest_client.model.board_create import BoardCreate
from pinterest_client.model.boards_list_response import BoardsListResponse


def mistakes(client: ApiClient) -> None:
    boards = BoardsApi(client)
    boards.boards_get(12345)  # expect: arg-type
    boards.boards_get()  # expect: call-arg
    boards.boards_list(page_size="25")  # expect: arg-type
    boards.boards_list(pagesize=25)  # expect: call-arg
    boards.boards_list(_request_timeout="soon")  # expect: arg-type
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
