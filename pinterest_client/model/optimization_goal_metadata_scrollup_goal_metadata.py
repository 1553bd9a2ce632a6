# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class OptimizationGoalMetadataScrollupGoalMetadata(Model):
    """OptimizationGoalMetadataScrollupGoalMetadata (inline schema)."""

    scrollup_goal_value_in_micro_currency: Optional[str]

    _fields = (
        Field('scrollup_goal_value_in_micro_currency', 'str', nullable=True, pattern='^[0-9]+$'),
    )
