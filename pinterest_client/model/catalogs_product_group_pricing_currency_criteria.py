# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CatalogsProductGroupPricingCurrencyCriteria`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`PriceFilterPRICE`, the same class under its current name.
"""

from pinterest_client.model.price_filter_price import PriceFilterPRICE

CatalogsProductGroupPricingCurrencyCriteria = PriceFilterPRICE

__all__ = ["CatalogsProductGroupPricingCurrencyCriteria"]
