# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CatalogsProductGroupFiltersAllOfRequestAnyOf`` is the original client's name (releases 0.1.2-0.1.12)
for
:class:`CatalogsProductGroupFiltersAllOfRequest`, the same class under its current name.
"""

from pinterest_client.model.catalogs_product_group_filters_all_of_request import CatalogsProductGroupFiltersAllOfRequest

CatalogsProductGroupFiltersAllOfRequestAnyOf = CatalogsProductGroupFiltersAllOfRequest

__all__ = ["CatalogsProductGroupFiltersAllOfRequestAnyOf"]
