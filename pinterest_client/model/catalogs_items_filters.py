# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsItemsFilters(UnionModel):
    """CatalogsItemsFilters (component schema `CatalogsItemsFilters`).

    One of: `CatalogsRetailItemsFilter`, `CatalogsHotelItemsFilter`, `CatalogsCreativeAssetsItemsFilter`.
    """

    _variants = ("CatalogsRetailItemsFilter", "CatalogsHotelItemsFilter", "CatalogsCreativeAssetsItemsFilter")
    _discriminator = (
        "catalog_type",
        {
            "RETAIL": "CatalogsRetailItemsFilter",
            "HOTEL": "CatalogsHotelItemsFilter",
            "CREATIVE_ASSETS": "CatalogsCreativeAssetsItemsFilter",
        },
    )


__all__ = ["CatalogsItemsFilters"]
