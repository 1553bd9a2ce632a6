# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class ItemResponse(UnionModel):
    """Object describing an item record or error

    One of: `ItemResponseOption1`, `ItemResponseOption2`.
    """

    _variants = ("ItemResponseOption1", "ItemResponseOption2")


class ItemResponseOption1(UnionModel):
    """Successful item response

    One of: `CatalogsRetailItemResponse`, `CatalogsHotelItemResponse`, `CatalogsCreativeAssetsItemResponse`.
    """

    _variants = ("CatalogsRetailItemResponse", "CatalogsHotelItemResponse", "CatalogsCreativeAssetsItemResponse")
    _discriminator = (
        "catalog_type",
        {
            "RETAIL": "CatalogsRetailItemResponse",
            "HOTEL": "CatalogsHotelItemResponse",
            "CREATIVE_ASSETS": "CatalogsCreativeAssetsItemResponse",
        },
    )


class ItemResponseOption2(UnionModel):
    """Error item response

    One of: `CatalogsRetailItemErrorResponse`, `CatalogsHotelItemErrorResponse`,
    `CatalogsCreativeAssetsItemErrorResponse`.
    """

    _variants = (
        "CatalogsRetailItemErrorResponse",
        "CatalogsHotelItemErrorResponse",
        "CatalogsCreativeAssetsItemErrorResponse",
    )
    _discriminator = (
        "catalog_type",
        {
            "RETAIL": "CatalogsRetailItemErrorResponse",
            "HOTEL": "CatalogsHotelItemErrorResponse",
            "CREATIVE_ASSETS": "CatalogsCreativeAssetsItemErrorResponse",
        },
    )


__all__ = ["ItemResponse", "ItemResponseOption1", "ItemResponseOption2"]
