# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CampaignResponseAllOf`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`CampaignResponse`, the same class under its current name.
"""

from pinterest_client.model.campaign_response import CampaignResponse

CampaignResponseAllOf = CampaignResponse

__all__ = ["CampaignResponseAllOf"]
