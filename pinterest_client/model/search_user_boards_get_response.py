# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.board import Board


class SearchUserBoardsGetResponse(Model):
    """SearchUserBoardsGetResponse (inline schema)."""

    bookmark: Optional[str] = Field("str", nullable=True)

    items: List[Board] = Field("list[Board]", required=True)
    """items"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[Board]] = ...,
        ) -> None: ...


__all__ = ["SearchUserBoardsGetResponse"]
