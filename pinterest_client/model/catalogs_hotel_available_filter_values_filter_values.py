# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.catalogs_hotel_available_filter_values import (
    CatalogsHotelAvailableFilterValuesFilterValues as CatalogsHotelAvailableFilterValuesFilterValues,
)

__all__ = ["CatalogsHotelAvailableFilterValuesFilterValues"]
