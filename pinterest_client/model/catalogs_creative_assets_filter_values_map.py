# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CatalogsCreativeAssetsFilterValuesMap`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`CatalogsCreativeAssetsAvailableFilterValuesFilterValues`, the same class under its current name.
"""

from pinterest_client.model.catalogs_creative_assets_available_filter_values_filter_values import (
    CatalogsCreativeAssetsAvailableFilterValuesFilterValues,
)

CatalogsCreativeAssetsFilterValuesMap = CatalogsCreativeAssetsAvailableFilterValuesFilterValues

__all__ = ["CatalogsCreativeAssetsFilterValuesMap"]
