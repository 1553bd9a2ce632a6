# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model.campaign_create_response import CampaignCreateResponse

CampaignUpdateResponse = CampaignCreateResponse
"""CampaignUpdateResponse (component schema `CampaignUpdateResponse`)."""


__all__ = ["CampaignUpdateResponse"]
