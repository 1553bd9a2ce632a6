# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CampaignBidOptionsUpdateAllOf`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`CampaignBidOptionsUpdate`, the same class under its current name.
"""

from pinterest_client.model.campaign_bid_options_update import CampaignBidOptionsUpdate

CampaignBidOptionsUpdateAllOf = CampaignBidOptionsUpdate

__all__ = ["CampaignBidOptionsUpdateAllOf"]
