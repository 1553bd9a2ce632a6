# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``CampaignCreateCommonAllOf`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`CampaignCreateCommon`, the same class under its current name.
"""

from pinterest_client.model.campaign_create_common import CampaignCreateCommon

CampaignCreateCommonAllOf = CampaignCreateCommon

__all__ = ["CampaignCreateCommonAllOf"]
