# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_pricing_criteria import CatalogsProductGroupPricingCriteria


class MaxPriceFilter(Model):
    """MAX_PRICE"""

    max_price: CatalogsProductGroupPricingCriteria = Field(
        "CatalogsProductGroupPricingCriteria", wire="MAX_PRICE", required=True
    )
    """catalogs_product_group_pricing_criteria"""

    _positional = ("max_price",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            max_price: CatalogsProductGroupPricingCriteria,
        ) -> None: ...


__all__ = ["MaxPriceFilter"]
