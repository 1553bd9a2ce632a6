# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.catalogs_retail_available_filter_values import (
    CatalogsRetailAvailableFilterValuesFilterValues as CatalogsRetailAvailableFilterValuesFilterValues,
)

__all__ = ["CatalogsRetailAvailableFilterValuesFilterValues"]
