# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AnyOf`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`CatalogsProductGroupFiltersAnyOf`, the same class under its current name.
"""

from pinterest_client.model.catalogs_product_group_filters_any_of import CatalogsProductGroupFiltersAnyOf

AnyOf = CatalogsProductGroupFiltersAnyOf

__all__ = ["AnyOf"]
