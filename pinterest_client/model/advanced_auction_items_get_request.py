# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.advanced_auction_key import AdvancedAuctionKey


class AdvancedAuctionItemsGetRequest(Model):
    """Request object used to get bid options values for a batch of retail catalog items"""

    catalog_id: str = Field("str", required=True, pattern="^\\d+$")
    """Catalog id pertaining to the retail item"""

    items: List[AdvancedAuctionKey] = Field("list[AdvancedAuctionKey]", required=True, max_items=10000, min_items=1)
    """A list of retail catalog items to fetch bid options for"""

    _positional = ("catalog_id", "items")
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            catalog_id: str,
            items: List[AdvancedAuctionKey],
        ) -> None: ...


__all__ = ["AdvancedAuctionItemsGetRequest"]
