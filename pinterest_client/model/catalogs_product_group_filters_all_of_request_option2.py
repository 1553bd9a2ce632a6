# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.catalogs_product_group_filters_all_of_request import (
    CatalogsProductGroupFiltersAllOfRequestOption2 as CatalogsProductGroupFiltersAllOfRequestOption2,
)

__all__ = ["CatalogsProductGroupFiltersAllOfRequestOption2"]
