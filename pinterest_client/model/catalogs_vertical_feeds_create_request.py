# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsVerticalFeedsCreateRequest(UnionModel):
    """Request object for creating a feed.

    One of: `CatalogsRetailFeedsCreateRequest`, `CatalogsHotelFeedsCreateRequest`,
    `CatalogsCreativeAssetsFeedsCreateRequest`.
    """

    _variants = (
        "CatalogsRetailFeedsCreateRequest",
        "CatalogsHotelFeedsCreateRequest",
        "CatalogsCreativeAssetsFeedsCreateRequest",
    )
    _discriminator = (
        "catalog_type",
        {
            "RETAIL": "CatalogsRetailFeedsCreateRequest",
            "HOTEL": "CatalogsHotelFeedsCreateRequest",
            "CREATIVE_ASSETS": "CatalogsCreativeAssetsFeedsCreateRequest",
        },
    )


__all__ = ["CatalogsVerticalFeedsCreateRequest"]
