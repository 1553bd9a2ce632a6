# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

CampaignIsCampaignBudgetOptimization = bool
"""Determines if a campaign automatically generate ad-group level budgets given a campaign budget to maximize campaign
outcome. When transitioning from non-cbo to cbo, all previous child ad group budget will be cleared.
"""


__all__ = ["CampaignIsCampaignBudgetOptimization"]
