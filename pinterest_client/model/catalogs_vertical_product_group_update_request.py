# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsVerticalProductGroupUpdateRequest(UnionModel):
    """Request object for updating a catalog based product group.

    One of: `CatalogsRetailProductGroupUpdateRequest`, `CatalogsHotelProductGroupUpdateRequest`,
    `CatalogsCreativeAssetsProductGroupUpdateRequest`.
    """

    _variants = (
        "CatalogsRetailProductGroupUpdateRequest",
        "CatalogsHotelProductGroupUpdateRequest",
        "CatalogsCreativeAssetsProductGroupUpdateRequest",
    )
    _discriminator = (
        "catalog_type",
        {
            "RETAIL": "CatalogsRetailProductGroupUpdateRequest",
            "HOTEL": "CatalogsHotelProductGroupUpdateRequest",
            "CREATIVE_ASSETS": "CatalogsCreativeAssetsProductGroupUpdateRequest",
        },
    )


__all__ = ["CatalogsVerticalProductGroupUpdateRequest"]
