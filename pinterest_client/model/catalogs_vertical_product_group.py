# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsVerticalProductGroup(UnionModel):
    """product_group

    One of: `CatalogsRetailProductGroup`, `CatalogsHotelProductGroup`, `CatalogsCreativeAssetsProductGroup`.
    """

    _variants = ("CatalogsRetailProductGroup", "CatalogsHotelProductGroup", "CatalogsCreativeAssetsProductGroup")
    _discriminator = (
        "catalog_type",
        {
            "RETAIL": "CatalogsRetailProductGroup",
            "HOTEL": "CatalogsHotelProductGroup",
            "CREATIVE_ASSETS": "CatalogsCreativeAssetsProductGroup",
        },
    )


__all__ = ["CatalogsVerticalProductGroup"]
