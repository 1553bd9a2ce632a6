# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsProduct(UnionModel):
    """Catalogs product for all verticals

    One of: `CatalogsRetailProduct`, `CatalogsHotelProduct`, `CatalogsCreativeAssetsProduct`.
    """

    _variants = ("CatalogsRetailProduct", "CatalogsHotelProduct", "CatalogsCreativeAssetsProduct")
    _discriminator = (
        "catalog_type",
        {
            "RETAIL": "CatalogsRetailProduct",
            "HOTEL": "CatalogsHotelProduct",
            "CREATIVE_ASSETS": "CatalogsCreativeAssetsProduct",
        },
    )


__all__ = ["CatalogsProduct"]
