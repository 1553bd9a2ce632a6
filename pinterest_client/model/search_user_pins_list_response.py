# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.pin import Pin


class SearchUserPinsListResponse(Model):
    """SearchUserPinsListResponse (inline schema)."""

    bookmark: Optional[str] = Field("str", nullable=True)

    items: List[Pin] = Field("list[Pin]", required=True)

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[Pin]] = ...,
        ) -> None: ...


__all__ = ["SearchUserPinsListResponse"]
