# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_pricing_criteria import CatalogsProductGroupPricingCriteria


class MaxPriceFilter(Model):
    """MAX_PRICE"""

    MAX_PRICE: CatalogsProductGroupPricingCriteria
    """catalogs_product_group_pricing_criteria"""

    _spec = (
        ('MAX_PRICE', 'CatalogsProductGroupPricingCriteria', 'required'),
    )
    _additional = None
