# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AdvancedAuctionItemsSubmitUpsertRecordAllOf`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`AdvancedAuctionItemsSubmitUpsertRecord`, the same class under its current name.
"""

from pinterest_client.model.advanced_auction_items_submit_upsert_record import AdvancedAuctionItemsSubmitUpsertRecord

AdvancedAuctionItemsSubmitUpsertRecordAllOf = AdvancedAuctionItemsSubmitUpsertRecord

__all__ = ["AdvancedAuctionItemsSubmitUpsertRecordAllOf"]
