# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.advanced_auction_bid_options import AdvancedAuctionBidOptions
    from pinterest_client.model.country import Country
    from pinterest_client.model.language import Language


class AdvancedAuctionItem(Model):
    """Advanced Auction Item"""

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    item_id: str
    """The catalog retail item id in the merchant namespace"""

    language: Union[Language, str]
    """Language code, which is among the official ISO 639-1 language list."""

    bid_options: AdvancedAuctionBidOptions
    """Object describing a retail catalog item's bid options (bid price and bid multipliers)."""

    _fields = (
        Field('country', 'Country', required=True),
        Field('item_id', 'str', required=True),
        Field('language', 'Language', required=True),
        Field('bid_options', 'AdvancedAuctionBidOptions', required=True),
    )
