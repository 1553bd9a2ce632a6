# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.advanced_auction_operation_error import AdvancedAuctionOperationError
    from pinterest_client.model.country import Country, CountryValue
    from pinterest_client.model.language import Language, LanguageValue


class AdvancedAuctionItemsSubmitDeleteRecord(Model):
    """Object describing an item bid option deletion operation"""

    operation: str = Field("str", required=True, enum=("DELETE",))
    """Discriminator: one of 'DELETE'."""

    country: Union[Country, str] = Field("Country", required=True)
    """Country ID from ISO 3166-1 alpha-2."""

    item_id: str = Field("str", required=True)
    """The catalog retail item id in the merchant namespace"""

    language: Union[Language, str] = Field("Language", required=True)
    """Language code, which is among the official ISO 639-1 language list."""

    errors: Optional[List[AdvancedAuctionOperationError]] = Field("list[AdvancedAuctionOperationError]")
    """Array with validation errors for the supplied item bid option modification operation.
    A non empty errors list means this single item operation was not applied.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            operation: Optional[str] = ...,
            country: Optional[Union[Country, CountryValue]] = ...,
            item_id: Optional[str] = ...,
            language: Optional[Union[Language, LanguageValue]] = ...,
            errors: Optional[List[AdvancedAuctionOperationError]] = ...,
        ) -> None: ...


__all__ = ["AdvancedAuctionItemsSubmitDeleteRecord"]
