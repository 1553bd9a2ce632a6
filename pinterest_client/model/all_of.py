# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AllOf`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`CatalogsProductGroupFiltersAllOf`, the same class under its current name.
"""

from pinterest_client.model.catalogs_product_group_filters_all_of import CatalogsProductGroupFiltersAllOf

AllOf = CatalogsProductGroupFiltersAllOf

__all__ = ["AllOf"]
