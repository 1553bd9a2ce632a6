# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.catalogs_hotel_attributes import (
    CatalogsHotelAttributesMainImage as CatalogsHotelAttributesMainImage,
)

__all__ = ["CatalogsHotelAttributesMainImage"]
