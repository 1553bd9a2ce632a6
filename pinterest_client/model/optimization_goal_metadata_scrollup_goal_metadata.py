# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class OptimizationGoalMetadataScrollupGoalMetadata(Model):
    """OptimizationGoalMetadataScrollupGoalMetadata (inline schema)."""

    scrollup_goal_value_in_micro_currency: Optional[str]

    _spec = (
        ('scrollup_goal_value_in_micro_currency', 'str', 'nullable', {'pattern': '^[0-9]+$'}),
    )
