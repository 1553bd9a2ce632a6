# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsCreativeAssetsBatchItem(UnionModel):
    """Creative assets batch item

    One of: `CatalogsCreateCreativeAssetsItem`, `CatalogsUpsertCreativeAssetsItem`,
    `CatalogsUpdateCreativeAssetsItem`, `CatalogsDeleteCreativeAssetsItem`.
    """

    _variants = (
        "CatalogsCreateCreativeAssetsItem",
        "CatalogsUpsertCreativeAssetsItem",
        "CatalogsUpdateCreativeAssetsItem",
        "CatalogsDeleteCreativeAssetsItem",
    )
    _discriminator = (
        "operation",
        {
            "CREATE": "CatalogsCreateCreativeAssetsItem",
            "UPSERT": "CatalogsUpsertCreativeAssetsItem",
            "UPDATE": "CatalogsUpdateCreativeAssetsItem",
            "DELETE": "CatalogsDeleteCreativeAssetsItem",
        },
    )


__all__ = ["CatalogsCreativeAssetsBatchItem"]
