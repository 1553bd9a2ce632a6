# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class LineItem(Model):
    """LineItem (component schema)."""

    product_brand: Optional[str] = Field("str")
    """Product brand. For example, 'Parker'."""

    product_category: Optional[str] = Field("str")
    """Product category. For example, 'Shoes'."""

    product_id: Optional[int] = Field("int")
    """Product ID. For example, 1414."""

    product_name: Optional[str] = Field("str")
    """Product name. For example, 'Parker Boots'."""

    product_price: Optional[str] = Field("str")
    """Product price. For example, '99.99'."""

    product_quantity: Optional[int] = Field("int")
    """Product quantity. For example, 2."""

    product_variant: Optional[str] = Field("str")
    """Product variant. For example, 'Red'."""

    product_variant_id: Optional[str] = Field("str")
    """Product variant ID. For example, '1414-34832'."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            product_brand: Optional[str] = ...,
            product_category: Optional[str] = ...,
            product_id: Optional[int] = ...,
            product_name: Optional[str] = ...,
            product_price: Optional[str] = ...,
            product_quantity: Optional[int] = ...,
            product_variant: Optional[str] = ...,
            product_variant_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["LineItem"]
