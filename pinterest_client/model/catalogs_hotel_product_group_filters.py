# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsHotelProductGroupFilters(UnionModel):
    """Object holding a group of filters for a hotel product group

    One of: `CatalogsHotelProductGroupFiltersAnyOf`, `CatalogsHotelProductGroupFiltersAllOf`.
    """

    _variants = ("CatalogsHotelProductGroupFiltersAnyOf", "CatalogsHotelProductGroupFiltersAllOf")


__all__ = ["CatalogsHotelProductGroupFilters"]
