# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class AdvancedAuctionItemsSubmitRecord(UnionModel):
    """Object describing an item bid option operation

    One of: `AdvancedAuctionItemsSubmitUpsertRecord`, `AdvancedAuctionItemsSubmitDeleteRecord`.
    """

    _variants = ("AdvancedAuctionItemsSubmitUpsertRecord", "AdvancedAuctionItemsSubmitDeleteRecord")
    _discriminator = (
        "operation",
        {"UPSERT": "AdvancedAuctionItemsSubmitUpsertRecord", "DELETE": "AdvancedAuctionItemsSubmitDeleteRecord"},
    )


__all__ = ["AdvancedAuctionItemsSubmitRecord"]
