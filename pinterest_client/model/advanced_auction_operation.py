# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class AdvancedAuctionOperation(Enum):
    """AdvancedAuctionOperation (component schema)."""

    UPSERT = "UPSERT"
    DELETE = "DELETE"


__all__ = ["AdvancedAuctionOperation"]
