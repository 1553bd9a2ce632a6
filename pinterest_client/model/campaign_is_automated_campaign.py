# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

CampaignIsAutomatedCampaign = bool
"""Specifies whether the campaign was created in the automated campaign flow"""


__all__ = ["CampaignIsAutomatedCampaign"]
