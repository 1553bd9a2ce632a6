# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.advanced_auction_key import AdvancedAuctionKey


class AdvancedAuctionItemsGetRequest(Model):
    """Request object used to get bid options values for a batch of retail catalog items"""

    catalog_id: str
    """Catalog id pertaining to the retail item"""

    items: List[AdvancedAuctionKey]
    """A list of retail catalog items to fetch bid options for"""

    _fields = (
        Field('catalog_id', 'str', required=True, pattern='^\\d+$'),
        Field('items', 'list[AdvancedAuctionKey]', required=True, max_items=10000, min_items=1),
    )
    _additional = None
