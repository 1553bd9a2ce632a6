# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class ConversionEventsDataItemCustomDataContentsItem(Model):
    """ConversionEventsDataItemCustomDataContentsItem (inline schema)."""

    id: Optional[str]
    """The id of a product. We recommend using this if you are a merchant for AddToCart and Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section)."""

    item_brand: Optional[str]
    """The brand of a product."""

    item_category: Optional[str]
    """The category of a product."""

    item_name: Optional[str]
    """The name of a product."""

    item_price: Optional[str]
    """The price of a product. Accepted as a string in the request; it will be parsed into a double. This is the original item value before any discount. We recommend using this if you are a merchant for PageVisit, AddToCart and Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section)."""

    quantity: Optional[int]
    """The amount of a product. We recommend using this if you are a merchant for AddToCart and Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section)."""

    _spec = (
        ('id', 'str'),
        ('item_brand', 'str'),
        ('item_category', 'str'),
        ('item_name', 'str'),
        ('item_price', 'str'),
        ('quantity', 'int'),
    )
    _additional = None
