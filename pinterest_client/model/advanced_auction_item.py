# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.advanced_auction_bid_options import AdvancedAuctionBidOptions
    from pinterest_client.model.country import Country, CountryValue
    from pinterest_client.model.language import Language, LanguageValue


class AdvancedAuctionItem(Model):
    """Advanced Auction Item"""

    country: Union[Country, str] = Field("Country", required=True)
    """Country ID from ISO 3166-1 alpha-2."""

    item_id: str = Field("str", required=True)
    """The catalog retail item id in the merchant namespace"""

    language: Union[Language, str] = Field("Language", required=True)
    """Language code, which is among the official ISO 639-1 language list."""

    bid_options: AdvancedAuctionBidOptions = Field("AdvancedAuctionBidOptions", required=True)
    """Object describing a retail catalog item's bid options (bid price and bid multipliers)."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            country: Optional[Union[Country, CountryValue]] = ...,
            item_id: Optional[str] = ...,
            language: Optional[Union[Language, LanguageValue]] = ...,
            bid_options: Optional[AdvancedAuctionBidOptions] = ...,
        ) -> None: ...


__all__ = ["AdvancedAuctionItem"]
