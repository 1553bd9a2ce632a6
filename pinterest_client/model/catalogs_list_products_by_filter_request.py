# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsListProductsByFilterRequest(UnionModel):
    """Request object to list products for a given product group filter.

    One of: `CatalogsListProductsByFeedBasedFilter`, `CatalogsVerticalsListProductsByCatalogBasedFilterRequest`.
    """

    _variants = ("CatalogsListProductsByFeedBasedFilter", "CatalogsVerticalsListProductsByCatalogBasedFilterRequest")


__all__ = ["CatalogsListProductsByFilterRequest"]
