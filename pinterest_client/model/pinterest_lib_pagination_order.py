# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class PinterestLibPaginationOrder(Enum):
    """PinterestLibPaginationOrder (component schema `Pinterest.Lib.PaginationOrder`)."""

    ASCENDING = "ASCENDING"
    DESCENDING = "DESCENDING"


if TYPE_CHECKING:
    PinterestLibPaginationOrderValue = Literal["ASCENDING", "DESCENDING"]
    """What a parameter typed `PinterestLibPaginationOrder` also takes: one of its values, as is."""


__all__ = ["PinterestLibPaginationOrder"]
