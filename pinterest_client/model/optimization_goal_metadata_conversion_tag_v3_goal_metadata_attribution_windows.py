# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows(Model):
    """OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows (inline schema)."""

    click_window_days: Optional[int]

    engagement_window_days: Optional[int]

    view_window_days: Optional[int]

    _spec = (
        ('click_window_days', 'int'),
        ('engagement_window_days', 'int'),
        ('view_window_days', 'int'),
    )
