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


class CatalogsProductGroupCurrencyCriteria(Model):
    """A currency filter. This filter cannot be negated"""

    negated: Optional[bool] = Field("bool", enum=(False,))

    values: Union[NonNullableCatalogsCurrency, str] = Field("NonNullableCatalogsCurrency", required=True)
    """Currency Codes from ISO 4217."""

    _positional = ("values",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            values: Union[NonNullableCatalogsCurrency, NonNullableCatalogsCurrencyValue],
            *,
            negated: Optional[bool] = ...,
        ) -> None: ...


__all__ = ["CatalogsProductGroupCurrencyCriteria"]
