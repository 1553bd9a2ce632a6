# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class LineItem(Model):
    """LineItem (component schema)."""

    product_brand: Optional[str]
    """Product brand. For example, 'Parker'."""

    product_category: Optional[str]
    """Product category. For example, 'Shoes'."""

    product_id: Optional[int]
    """Product ID. For example, 1414."""

    product_name: Optional[str]
    """Product name. For example, 'Parker Boots'."""

    product_price: Optional[str]
    """Product price. For example, '99.99'."""

    product_quantity: Optional[int]
    """Product quantity. For example, 2."""

    product_variant: Optional[str]
    """Product variant. For example, 'Red'."""

    product_variant_id: Optional[str]
    """Product variant ID. For example, '1414-34832'."""

    _fields = (
        Field('product_brand', 'str'),
        Field('product_category', 'str'),
        Field('product_id', 'int'),
        Field('product_name', 'str'),
        Field('product_price', 'str'),
        Field('product_quantity', 'int'),
        Field('product_variant', 'str'),
        Field('product_variant_id', 'str'),
    )
