# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.optimization_goal_metadata_conversion_tag_v3_goal_metadata_attribution_windows import (
        OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows,
    )


class OptimizationGoalMetadataConversionTagV3GoalMetadata(Model):
    """OptimizationGoalMetadataConversionTagV3GoalMetadata (inline schema)."""

    attribution_windows: Optional[OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows]

    conversion_event: Optional[str]

    conversion_tag_id: Optional[str]

    cpa_goal_value_in_micro_currency: Optional[str]

    is_roas_optimized: Optional[bool]
    """Pinterest Performance+ ROAS bidding. When enabled, Pinterest will optimize for conversion value instead of conversion volume. Only supported when `conversion_event` is set to `"CHECKOUT"` and `bid_strategy_type` is set to `"AUTOMATIC_BID"`. <br>This parameter is not enabled for all advertisers. <a href="https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/">Learn more</a>."""

    learning_mode_type: Optional[str]
    """Conversion learning model type"""

    reporting_event: Optional[str]
    """Event name for custom or standard events mapped to an oCPM model"""

    _spec = (
        ('attribution_windows', 'OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows'),
        ('conversion_event', 'str', '', {'enum': ('PAGE_VISIT', 'SIGNUP', 'CHECKOUT', 'CUSTOM', 'VIEW_CATEGORY', 'SEARCH', 'ADD_TO_CART', 'WATCH_VIDEO', 'LEAD', 'APP_INSTALL')}),
        ('conversion_tag_id', 'str', '', {'pattern': '^[0-9]+$'}),
        ('cpa_goal_value_in_micro_currency', 'str', '', {'pattern': '^[0-9]+$'}),
        ('is_roas_optimized', 'bool', 'nullable'),
        ('learning_mode_type', 'str', 'nullable', {'enum': ('NOT_ACTIVE', 'ACTIVE')}),
        ('reporting_event', 'str'),
    )
