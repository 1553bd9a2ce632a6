# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_product_group_pricing_criteria import CatalogsProductGroupPricingCriteria


class MinPriceFilter(Model):
    """MIN_PRICE"""

    MIN_PRICE: CatalogsProductGroupPricingCriteria
    """catalogs_product_group_pricing_criteria"""

    _fields = (
        Field('MIN_PRICE', 'CatalogsProductGroupPricingCriteria', required=True),
    )
    _additional = None
