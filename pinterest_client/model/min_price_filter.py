# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_pricing_criteria import CatalogsProductGroupPricingCriteria


class MinPriceFilter(Model):
    """MIN_PRICE"""

    min_price: CatalogsProductGroupPricingCriteria = Field(
        "CatalogsProductGroupPricingCriteria", wire="MIN_PRICE", required=True
    )
    """catalogs_product_group_pricing_criteria"""

    _positional = ("min_price",)
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            min_price: CatalogsProductGroupPricingCriteria,
        ) -> None: ...


__all__ = ["MinPriceFilter"]
