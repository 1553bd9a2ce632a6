# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model.advanced_auction_key import AdvancedAuctionKey

AdvancedAuctionItemsGetRecord = AdvancedAuctionKey
"""Object uniquely identifying a retail catalog item"""


__all__ = ["AdvancedAuctionItemsGetRecord"]
