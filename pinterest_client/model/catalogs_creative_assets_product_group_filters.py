# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsCreativeAssetsProductGroupFilters(UnionModel):
    """Object holding a group of filters for a creative assets product group

    One of: `CatalogsCreativeAssetsProductGroupFiltersAnyOf`, `CatalogsCreativeAssetsProductGroupFiltersAllOf`.
    """

    _variants = ("CatalogsCreativeAssetsProductGroupFiltersAnyOf", "CatalogsCreativeAssetsProductGroupFiltersAllOf")


__all__ = ["CatalogsCreativeAssetsProductGroupFilters"]
