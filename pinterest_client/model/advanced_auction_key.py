# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Union

    from pinterest_client.model.country import Country
    from pinterest_client.model.language import Language


class AdvancedAuctionKey(Model):
    """Object uniquely identifying a retail catalog item"""

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    item_id: str
    """The catalog retail item id in the merchant namespace"""

    language: Union[Language, str]
    """Language code, which is among the official ISO 639-1 language list."""

    _spec = (
        ('country', 'Country', 'required'),
        ('item_id', 'str', 'required'),
        ('language', 'Language', 'required'),
    )
    _positional = ('item_id', 'country', 'language')

    if TYPE_CHECKING:

        def __init__(
            self,
            item_id: str,
            country: Union[Country, str],
            language: Union[Language, str],
        ) -> None: ...


__all__ = ["AdvancedAuctionKey"]
