# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsVerticalsListProductsByCatalogBasedFilterRequest(UnionModel):
    """Request object to list products for a given catalog_id and product group filter.

    One of: `CatalogsRetailListProductsByCatalogBasedFilterRequest`,
    `CatalogsHotelListProductsByCatalogBasedFilterRequest`,
    `CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest`.
    """

    _variants = (
        "CatalogsRetailListProductsByCatalogBasedFilterRequest",
        "CatalogsHotelListProductsByCatalogBasedFilterRequest",
        "CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest",
    )
    _discriminator = (
        "catalog_type",
        {
            "RETAIL": "CatalogsRetailListProductsByCatalogBasedFilterRequest",
            "HOTEL": "CatalogsHotelListProductsByCatalogBasedFilterRequest",
            "CREATIVE_ASSETS": "CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest",
        },
    )


__all__ = ["CatalogsVerticalsListProductsByCatalogBasedFilterRequest"]
