# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsProductGroupFilters(UnionModel):
    """Object holding a group of filters for a catalog product group

    One of: `CatalogsProductGroupFiltersAnyOf`, `CatalogsProductGroupFiltersAllOf`.
    """

    _variants = ("CatalogsProductGroupFiltersAnyOf", "CatalogsProductGroupFiltersAllOf")


__all__ = ["CatalogsProductGroupFilters"]
