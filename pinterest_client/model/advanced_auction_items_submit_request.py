# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.advanced_auction_items_submit_record import AdvancedAuctionItemsSubmitRecord


class AdvancedAuctionItemsSubmitRequest(Model):
    """Request containing operations to perform on bid prices and bid multipliers for a batch of retail catalog items"""

    catalog_id: str = Field("str", required=True, pattern="^\\d+$")
    """Catalog id pertaining to all items"""

    items: List[AdvancedAuctionItemsSubmitRecord] = Field(
        "list[AdvancedAuctionItemsSubmitRecord]", required=True, max_items=10000, min_items=1
    )
    """Array of item bid option operations"""

    _positional = ("catalog_id", "items")
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            catalog_id: str,
            items: List[AdvancedAuctionItemsSubmitRecord],
        ) -> None: ...


__all__ = ["AdvancedAuctionItemsSubmitRequest"]
