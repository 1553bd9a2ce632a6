# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsItemsBatchRequest(UnionModel):
    """Request object of catalogs items batch

    One of: `CatalogsItemsUpdateBatchRequest`, `CatalogsItemsUpsertBatchRequest`, `CatalogsItemsCreateBatchRequest`,
    `CatalogsItemsDeleteDiscontinuedBatchRequest`, `CatalogsItemsDeleteBatchRequest`.
    """

    _variants = (
        "CatalogsItemsUpdateBatchRequest",
        "CatalogsItemsUpsertBatchRequest",
        "CatalogsItemsCreateBatchRequest",
        "CatalogsItemsDeleteDiscontinuedBatchRequest",
        "CatalogsItemsDeleteBatchRequest",
    )
    _discriminator = (
        "operation",
        {
            "UPDATE": "CatalogsItemsUpdateBatchRequest",
            "UPSERT": "CatalogsItemsUpsertBatchRequest",
            "CREATE": "CatalogsItemsCreateBatchRequest",
            "DELETE_DISCONTINUED": "CatalogsItemsDeleteDiscontinuedBatchRequest",
            "DELETE": "CatalogsItemsDeleteBatchRequest",
        },
    )


__all__ = ["CatalogsItemsBatchRequest"]
