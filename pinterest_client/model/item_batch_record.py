# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class ItemBatchRecord(UnionModel):
    """Object describing an item batch record

    One of: `ItemCreateBatchRecord`, `ItemDeleteDiscontinuedBatchRecord`, `ItemUpdateBatchRecord`,
    `ItemUpsertBatchRecord`, `ItemDeleteBatchRecord`.
    """

    _variants = (
        "ItemCreateBatchRecord",
        "ItemDeleteDiscontinuedBatchRecord",
        "ItemUpdateBatchRecord",
        "ItemUpsertBatchRecord",
        "ItemDeleteBatchRecord",
    )


__all__ = ["ItemBatchRecord"]
