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


class PriceFilter(Model):
    """PRICE"""

    price: PriceFilterPRICE = Field("PriceFilterPRICE", wire="PRICE", required=True)
    """catalogs_product_group_pricing_currency_criteria"""

    _positional = ("price",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            price: PriceFilterPRICE,
        ) -> None: ...


class PriceFilterPRICE(Model):
    """catalogs_product_group_pricing_currency_criteria"""

    currency: Union[NonNullableCatalogsCurrency, str] = Field("NonNullableCatalogsCurrency", required=True)
    """Currency Codes from ISO 4217."""

    negated: Optional[bool] = Field("bool")

    operator: str = Field(
        "str", required=True, enum=("GREATER_THAN", "GREATER_THAN_OR_EQUALS", "LESS_THAN", "LESS_THAN_OR_EQUALS")
    )

    value: float = Field("float", required=True, minimum=0)

    _positional = ("currency", "operator", "value")
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            currency: Union[NonNullableCatalogsCurrency, NonNullableCatalogsCurrencyValue],
            operator: str,
            value: float,
            *,
            negated: Optional[bool] = ...,
        ) -> None: ...


__all__ = ["PriceFilter", "PriceFilterPRICE"]
