# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CatalogsRetailFilterValuesMap`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`CatalogsRetailAvailableFilterValuesFilterValues`, the same class under its current name.
"""

from pinterest_client.model.catalogs_retail_available_filter_values_filter_values import (
    CatalogsRetailAvailableFilterValuesFilterValues,
)

CatalogsRetailFilterValuesMap = CatalogsRetailAvailableFilterValuesFilterValues

__all__ = ["CatalogsRetailFilterValuesMap"]
