# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_currency_criteria import CatalogsProductGroupCurrencyCriteria


class CurrencyFilter(Model):
    """CURRENCY"""

    currency: CatalogsProductGroupCurrencyCriteria = Field(
        "CatalogsProductGroupCurrencyCriteria", wire="CURRENCY", required=True
    )
    """A currency filter. This filter cannot be negated"""

    _positional = ("currency",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            currency: CatalogsProductGroupCurrencyCriteria,
        ) -> None: ...


__all__ = ["CurrencyFilter"]
