# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model.campaign_bid_options import CampaignBidOptions

CampaignBidOptionsCreate = CampaignBidOptions
"""Object describing the campaign level bid multipliers."""


__all__ = ["CampaignBidOptionsCreate"]
