# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CatalogsHotelAttributesAllOf`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`CatalogsHotelAttributes`, the same class under its current name.
"""

from pinterest_client.model.catalogs_hotel_attributes import CatalogsHotelAttributes

CatalogsHotelAttributesAllOf = CatalogsHotelAttributes

__all__ = ["CatalogsHotelAttributesAllOf"]
