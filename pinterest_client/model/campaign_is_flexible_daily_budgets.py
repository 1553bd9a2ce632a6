# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

CampaignIsFlexibleDailyBudgets = bool
"""Determine if a campaign has setup for flexible daily budgets, also known as "Pinterest Performance+ budgets"."""


__all__ = ["CampaignIsFlexibleDailyBudgets"]
