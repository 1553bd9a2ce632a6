# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CatalogsProductGroupFiltersRequestAnyOf1`` is the original client's name (releases 0.1.8-0.1.12) for
:class:`CatalogsProductGroupFiltersRequestAllOf`, the same class under its current name.
"""

from pinterest_client.model.catalogs_product_group_filters_request_all_of import CatalogsProductGroupFiltersRequestAllOf

CatalogsProductGroupFiltersRequestAnyOf1 = CatalogsProductGroupFiltersRequestAllOf

__all__ = ["CatalogsProductGroupFiltersRequestAnyOf1"]
