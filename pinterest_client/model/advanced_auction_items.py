# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.advanced_auction_item import AdvancedAuctionItem


class AdvancedAuctionItems(Model):
    """Response object containing item bid options"""

    catalog_id: Optional[str]
    """Response object of item bid options"""

    items: Optional[List[AdvancedAuctionItem]]
    """Array with item bid options"""

    _fields = (
        Field('catalog_id', 'str', pattern='^\\d+$'),
        Field('items', 'list[AdvancedAuctionItem]'),
    )
