# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsItemsBatch(UnionModel):
    """Object describing the catalogs items batch

    One of: `CatalogsRetailItemsBatch`, `CatalogsHotelItemsBatch`, `CatalogsCreativeAssetsItemsBatch`.
    """

    _variants = ("CatalogsRetailItemsBatch", "CatalogsHotelItemsBatch", "CatalogsCreativeAssetsItemsBatch")
    _discriminator = (
        "catalog_type",
        {
            "RETAIL": "CatalogsRetailItemsBatch",
            "HOTEL": "CatalogsHotelItemsBatch",
            "CREATIVE_ASSETS": "CatalogsCreativeAssetsItemsBatch",
        },
    )


__all__ = ["CatalogsItemsBatch"]
