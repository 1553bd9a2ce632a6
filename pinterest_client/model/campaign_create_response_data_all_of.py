# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CampaignCreateResponseDataAllOf`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`CampaignCreateResponseData`, the same class under its current name.
"""

from pinterest_client.model.campaign_create_response_data import CampaignCreateResponseData

CampaignCreateResponseDataAllOf = CampaignCreateResponseData

__all__ = ["CampaignCreateResponseDataAllOf"]
