# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.optimization_goal_metadata_conversion_tag_v3_goal_metadata import (
        OptimizationGoalMetadataConversionTagV3GoalMetadata,
    )
    from pinterest_client.model.optimization_goal_metadata_frequency_goal_metadata import (
        OptimizationGoalMetadataFrequencyGoalMetadata,
    )
    from pinterest_client.model.optimization_goal_metadata_scrollup_goal_metadata import (
        OptimizationGoalMetadataScrollupGoalMetadata,
    )


class OptimizationGoalMetadata(Model):
    """OptimizationGoalMetadata (component schema)."""

    conversion_tag_v3_goal_metadata: Optional[OptimizationGoalMetadataConversionTagV3GoalMetadata]

    frequency_goal_metadata: Optional[OptimizationGoalMetadataFrequencyGoalMetadata]

    scrollup_goal_metadata: Optional[OptimizationGoalMetadataScrollupGoalMetadata]

    _spec = (
        ('conversion_tag_v3_goal_metadata', 'OptimizationGoalMetadataConversionTagV3GoalMetadata'),
        ('frequency_goal_metadata', 'OptimizationGoalMetadataFrequencyGoalMetadata'),
        ('scrollup_goal_metadata', 'OptimizationGoalMetadataScrollupGoalMetadata'),
    )
