# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CatalogsHotelAttributesAllOfMainImage`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`CatalogsHotelAttributesMainImage`, the same class under its current name.
"""

from pinterest_client.model.catalogs_hotel_attributes_main_image import CatalogsHotelAttributesMainImage

CatalogsHotelAttributesAllOfMainImage = CatalogsHotelAttributesMainImage

__all__ = ["CatalogsHotelAttributesAllOfMainImage"]
