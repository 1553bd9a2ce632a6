# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Union

    from pinterest_client.model.country import Country, CountryValue
    from pinterest_client.model.language import Language, LanguageValue


class AdvancedAuctionKey(Model):
    """Object uniquely identifying a retail catalog item"""

    country: Union[Country, str] = Field("Country", required=True)
    """Country ID from ISO 3166-1 alpha-2."""

    item_id: str = Field("str", required=True)
    """The catalog retail item id in the merchant namespace"""

    language: Union[Language, str] = Field("Language", required=True)
    """Language code, which is among the official ISO 639-1 language list."""

    _positional = ("item_id", "country", "language")

    if TYPE_CHECKING:

        def __init__(
            self,
            item_id: str,
            country: Union[Country, CountryValue],
            language: Union[Language, LanguageValue],
        ) -> None: ...


__all__ = ["AdvancedAuctionKey"]
