# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.non_nullable_catalogs_currency import (
        NonNullableCatalogsCurrency,
        NonNullableCatalogsCurrencyValue,
    )
    from pinterest_client.model.non_nullable_product_availability_type import (
        NonNullableProductAvailabilityType,
        NonNullableProductAvailabilityTypeValue,
    )


class CatalogsRetailProductMetadata(Model):
    """Retail product metadata entity"""

    availability: Union[NonNullableProductAvailabilityType, str] = Field(
        "NonNullableProductAvailabilityType", required=True
    )
    """Product availability."""

    currency: Union[NonNullableCatalogsCurrency, str] = Field("NonNullableCatalogsCurrency", required=True)
    """Currency Codes from ISO 4217."""

    item_group_id: Optional[str] = Field("str", required=True, nullable=True)
    """The parent ID of the product."""

    item_id: str = Field("str", required=True)
    """The user-created unique ID that represents the product."""

    price: float = Field("float", required=True)
    """The price of the product."""

    sale_price: Optional[float] = Field("float", required=True, nullable=True)
    """The discounted price of the product."""

    _positional = ("item_id", "item_group_id", "availability", "price", "sale_price", "currency")

    if TYPE_CHECKING:

        def __init__(
            self,
            item_id: str,
            item_group_id: Optional[str],
            availability: Union[NonNullableProductAvailabilityType, NonNullableProductAvailabilityTypeValue],
            price: float,
            sale_price: Optional[float],
            currency: Union[NonNullableCatalogsCurrency, NonNullableCatalogsCurrencyValue],
        ) -> None: ...


__all__ = ["CatalogsRetailProductMetadata"]
