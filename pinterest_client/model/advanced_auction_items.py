# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.advanced_auction_item import AdvancedAuctionItem


class AdvancedAuctionItems(Model):
    """Response object containing item bid options"""

    catalog_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Response object of item bid options"""

    items: Optional[List[AdvancedAuctionItem]] = Field("list[AdvancedAuctionItem]")
    """Array with item bid options"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            catalog_id: Optional[str] = ...,
            items: Optional[List[AdvancedAuctionItem]] = ...,
        ) -> None: ...


__all__ = ["AdvancedAuctionItems"]
