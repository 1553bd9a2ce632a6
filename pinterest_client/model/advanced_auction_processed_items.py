# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.advanced_auction_items_submit_record import AdvancedAuctionItemsSubmitRecord


class AdvancedAuctionProcessedItems(Model):
    """Response object containing the results of an operation on an item bid option"""

    catalog_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Catalog id pertaining to all items"""

    items: Optional[List[AdvancedAuctionItemsSubmitRecord]] = Field("list[AdvancedAuctionItemsSubmitRecord]")
    """Array of advanced auction processed items"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            catalog_id: Optional[str] = ...,
            items: Optional[List[AdvancedAuctionItemsSubmitRecord]] = ...,
        ) -> None: ...


__all__ = ["AdvancedAuctionProcessedItems"]
