# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows(Model):
    """OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows (inline schema)."""

    click_window_days: Optional[int]

    engagement_window_days: Optional[int]

    view_window_days: Optional[int]

    _fields = (
        Field('click_window_days', 'int'),
        Field('engagement_window_days', 'int'),
        Field('view_window_days', 'int'),
    )
