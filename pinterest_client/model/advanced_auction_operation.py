# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class AdvancedAuctionOperation(Enum):
    """AdvancedAuctionOperation (component schema)."""

    UPSERT = "UPSERT"
    DELETE = "DELETE"


if TYPE_CHECKING:
    AdvancedAuctionOperationValue = Literal["UPSERT", "DELETE"]
    """What a parameter typed `AdvancedAuctionOperation` also takes: one of its values, as is."""


__all__ = ["AdvancedAuctionOperation"]
