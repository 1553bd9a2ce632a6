# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.optimization_goal_metadata import (
    OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows as OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows,
)

__all__ = ["OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows"]
