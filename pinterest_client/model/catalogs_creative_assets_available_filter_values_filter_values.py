# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.catalogs_creative_assets_available_filter_values import (
    CatalogsCreativeAssetsAvailableFilterValuesFilterValues as CatalogsCreativeAssetsAvailableFilterValuesFilterValues,
)

__all__ = ["CatalogsCreativeAssetsAvailableFilterValuesFilterValues"]
