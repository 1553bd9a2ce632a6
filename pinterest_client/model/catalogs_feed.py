# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsFeed(UnionModel):
    """Catalogs Feed object

    One of: `CatalogsRetailFeed`, `CatalogsHotelFeed`, `CatalogsCreativeAssetsFeed`.
    """

    _variants = ("CatalogsRetailFeed", "CatalogsHotelFeed", "CatalogsCreativeAssetsFeed")
    _discriminator = (
        "catalog_type",
        {"RETAIL": "CatalogsRetailFeed", "HOTEL": "CatalogsHotelFeed", "CREATIVE_ASSETS": "CatalogsCreativeAssetsFeed"},
    )


__all__ = ["CatalogsFeed"]
