# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsVerticalBatchRequest(UnionModel):
    """A request object that can have multiple operations on a single batch

    One of: `CatalogsRetailBatchRequest`, `CatalogsHotelBatchRequest`, `CatalogsCreativeAssetsBatchRequest`.
    """

    _variants = ("CatalogsRetailBatchRequest", "CatalogsHotelBatchRequest", "CatalogsCreativeAssetsBatchRequest")
    _discriminator = (
        "catalog_type",
        {
            "RETAIL": "CatalogsRetailBatchRequest",
            "HOTEL": "CatalogsHotelBatchRequest",
            "CREATIVE_ASSETS": "CatalogsCreativeAssetsBatchRequest",
        },
    )


__all__ = ["CatalogsVerticalBatchRequest"]
