# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CatalogsHotelFilterValuesMap`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`CatalogsHotelAvailableFilterValuesFilterValues`, the same class under its current name.
"""

from pinterest_client.model.catalogs_hotel_available_filter_values_filter_values import (
    CatalogsHotelAvailableFilterValuesFilterValues,
)

CatalogsHotelFilterValuesMap = CatalogsHotelAvailableFilterValuesFilterValues

__all__ = ["CatalogsHotelFilterValuesMap"]
