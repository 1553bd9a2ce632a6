# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AdvancedAuctionProcessedItemAllOf`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`AdvancedAuctionProcessedItem`, the same class under its current name.
"""

from pinterest_client.model.advanced_auction_processed_item import AdvancedAuctionProcessedItem

AdvancedAuctionProcessedItemAllOf = AdvancedAuctionProcessedItem

__all__ = ["AdvancedAuctionProcessedItemAllOf"]
