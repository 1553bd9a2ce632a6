# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsItemsPostFilters(UnionModel):
    """CatalogsItemsPostFilters (component schema `CatalogsItemsPostFilters`).

    One of: `CatalogsRetailItemsPostFilter`, `CatalogsHotelItemsPostFilter`, `CatalogsCreativeAssetsItemsPostFilter`.
    """

    _variants = (
        "CatalogsRetailItemsPostFilter",
        "CatalogsHotelItemsPostFilter",
        "CatalogsCreativeAssetsItemsPostFilter",
    )
    _discriminator = (
        "catalog_type",
        {
            "RETAIL": "CatalogsRetailItemsPostFilter",
            "HOTEL": "CatalogsHotelItemsPostFilter",
            "CREATIVE_ASSETS": "CatalogsCreativeAssetsItemsPostFilter",
        },
    )


__all__ = ["CatalogsItemsPostFilters"]
