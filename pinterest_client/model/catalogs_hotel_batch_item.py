# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsHotelBatchItem(UnionModel):
    """Hotel batch item

    One of: `CatalogsCreateHotelItem`, `CatalogsUpsertHotelItem`, `CatalogsUpdateHotelItem`,
    `CatalogsDeleteHotelItem`.
    """

    _variants = (
        "CatalogsCreateHotelItem",
        "CatalogsUpsertHotelItem",
        "CatalogsUpdateHotelItem",
        "CatalogsDeleteHotelItem",
    )
    _discriminator = (
        "operation",
        {
            "CREATE": "CatalogsCreateHotelItem",
            "UPSERT": "CatalogsUpsertHotelItem",
            "UPDATE": "CatalogsUpdateHotelItem",
            "DELETE": "CatalogsDeleteHotelItem",
        },
    )


__all__ = ["CatalogsHotelBatchItem"]
