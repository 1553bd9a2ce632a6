# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.advanced_auction_bid_options import AdvancedAuctionBidOptions
    from pinterest_client.model.advanced_auction_operation_error import AdvancedAuctionOperationError
    from pinterest_client.model.country import Country, CountryValue
    from pinterest_client.model.language import Language, LanguageValue
    from pinterest_client.model.update_mask_bid_option_field import (
        UpdateMaskBidOptionField,
        UpdateMaskBidOptionFieldValue,
    )


class AdvancedAuctionItemsSubmitUpsertRecord(Model):
    """Object describing an item bid option upsert operation"""

    operation: str = Field("str", required=True, enum=("UPSERT",))
    """Discriminator: one of 'UPSERT'."""

    country: Union[Country, str] = Field("Country", required=True)
    """Country ID from ISO 3166-1 alpha-2."""

    item_id: str = Field("str", required=True)
    """The catalog retail item id in the merchant namespace"""

    language: Union[Language, str] = Field("Language", required=True)
    """Language code, which is among the official ISO 639-1 language list."""

    bid_options: AdvancedAuctionBidOptions = Field("AdvancedAuctionBidOptions", required=True)
    """Object describing a retail catalog item's bid options (bid price and bid multipliers)."""

    errors: Optional[List[AdvancedAuctionOperationError]] = Field("list[AdvancedAuctionOperationError]")
    """Array with validation errors for the supplied item bid option modification operation.
    A non empty errors list means this single item operation was not applied.
    """

    update_mask: Optional[List[Union[UpdateMaskBidOptionField, str]]] = Field(
        "list[UpdateMaskBidOptionField]", required=True, nullable=True
    )
    """The list of item bid option fields to be set or updated. Fields specified in the updated mask without a value
    specified in the `bid_options` object in the body will be set to `null`. If an item bid option record is being
    created, fields not specified in the update mask will be initialized to `null`.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            operation: Optional[str] = ...,
            country: Optional[Union[Country, CountryValue]] = ...,
            item_id: Optional[str] = ...,
            language: Optional[Union[Language, LanguageValue]] = ...,
            bid_options: Optional[AdvancedAuctionBidOptions] = ...,
            errors: Optional[List[AdvancedAuctionOperationError]] = ...,
            update_mask: Optional[List[Union[UpdateMaskBidOptionField, UpdateMaskBidOptionFieldValue]]] = ...,
        ) -> None: ...


__all__ = ["AdvancedAuctionItemsSubmitUpsertRecord"]
