# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AdvancedAuctionItemAllOf`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`AdvancedAuctionItem`, the same class under its current name.
"""

from pinterest_client.model.advanced_auction_item import AdvancedAuctionItem

AdvancedAuctionItemAllOf = AdvancedAuctionItem

__all__ = ["AdvancedAuctionItemAllOf"]
