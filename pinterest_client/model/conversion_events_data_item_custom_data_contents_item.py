# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


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

    _fields = (
        Field('id', 'str'),
        Field('item_brand', 'str'),
        Field('item_category', 'str'),
        Field('item_name', 'str'),
        Field('item_price', 'str'),
        Field('quantity', 'int'),
    )
    _additional = None
