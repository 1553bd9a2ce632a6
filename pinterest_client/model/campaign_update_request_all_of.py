# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CampaignUpdateRequestAllOf`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`CampaignUpdateRequest`, the same class under its current name.
"""

from pinterest_client.model.campaign_update_request import CampaignUpdateRequest

CampaignUpdateRequestAllOf = CampaignUpdateRequest

__all__ = ["CampaignUpdateRequestAllOf"]
