# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsAvailableFilterValues(UnionModel):
    """Object holding available filter values for each filter key

    One of: `CatalogsRetailAvailableFilterValues`, `CatalogsHotelAvailableFilterValues`,
    `CatalogsCreativeAssetsAvailableFilterValues`.
    """

    _variants = (
        "CatalogsRetailAvailableFilterValues",
        "CatalogsHotelAvailableFilterValues",
        "CatalogsCreativeAssetsAvailableFilterValues",
    )
    _discriminator = (
        "catalog_type",
        {
            "RETAIL": "CatalogsRetailAvailableFilterValues",
            "HOTEL": "CatalogsHotelAvailableFilterValues",
            "CREATIVE_ASSETS": "CatalogsCreativeAssetsAvailableFilterValues",
        },
    )


__all__ = ["CatalogsAvailableFilterValues"]
