# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsVerticalFeedsUpdateRequest(UnionModel):
    """Request object for updating a feed.

    One of: `CatalogsRetailFeedsUpdateRequest`, `CatalogsHotelFeedsUpdateRequest`,
    `CatalogsCreativeAssetsFeedsUpdateRequest`.
    """

    _variants = (
        "CatalogsRetailFeedsUpdateRequest",
        "CatalogsHotelFeedsUpdateRequest",
        "CatalogsCreativeAssetsFeedsUpdateRequest",
    )
    _discriminator = (
        "catalog_type",
        {
            "RETAIL": "CatalogsRetailFeedsUpdateRequest",
            "HOTEL": "CatalogsHotelFeedsUpdateRequest",
            "CREATIVE_ASSETS": "CatalogsCreativeAssetsFeedsUpdateRequest",
        },
    )


__all__ = ["CatalogsVerticalFeedsUpdateRequest"]
