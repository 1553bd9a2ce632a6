# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsVerticalProductGroupCreateRequest(UnionModel):
    """Request object for creating a catalog based product group.

    One of: `CatalogsRetailProductGroupCreateRequest`, `CatalogsHotelProductGroupCreateRequest`,
    `CatalogsCreativeAssetsProductGroupCreateRequest`.
    """

    _variants = (
        "CatalogsRetailProductGroupCreateRequest",
        "CatalogsHotelProductGroupCreateRequest",
        "CatalogsCreativeAssetsProductGroupCreateRequest",
    )
    _discriminator = (
        "catalog_type",
        {
            "RETAIL": "CatalogsRetailProductGroupCreateRequest",
            "HOTEL": "CatalogsHotelProductGroupCreateRequest",
            "CREATIVE_ASSETS": "CatalogsCreativeAssetsProductGroupCreateRequest",
        },
    )


__all__ = ["CatalogsVerticalProductGroupCreateRequest"]
