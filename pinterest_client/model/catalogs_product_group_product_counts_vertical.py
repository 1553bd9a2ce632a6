# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsProductGroupProductCountsVertical(UnionModel):
    """Product counts for a CatalogsProductGroup

    One of: `CatalogsRetailProductGroupProductCounts`, `CatalogsHotelProductGroupProductCounts`,
    `CatalogsCreativeAssetsProductGroupProductCounts`.
    """

    _variants = (
        "CatalogsRetailProductGroupProductCounts",
        "CatalogsHotelProductGroupProductCounts",
        "CatalogsCreativeAssetsProductGroupProductCounts",
    )
    _discriminator = (
        "catalog_type",
        {
            "RETAIL": "CatalogsRetailProductGroupProductCounts",
            "HOTEL": "CatalogsHotelProductGroupProductCounts",
            "CREATIVE_ASSETS": "CatalogsCreativeAssetsProductGroupProductCounts",
        },
    )


__all__ = ["CatalogsProductGroupProductCountsVertical"]
