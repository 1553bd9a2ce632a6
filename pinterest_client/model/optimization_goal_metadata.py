# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class OptimizationGoalMetadata(Model):
    """OptimizationGoalMetadata (component schema)."""

    conversion_tag_v3_goal_metadata: Optional[OptimizationGoalMetadataConversionTagV3GoalMetadata] = Field(
        "OptimizationGoalMetadataConversionTagV3GoalMetadata"
    )

    frequency_goal_metadata: Optional[OptimizationGoalMetadataFrequencyGoalMetadata] = Field(
        "OptimizationGoalMetadataFrequencyGoalMetadata"
    )

    scrollup_goal_metadata: Optional[OptimizationGoalMetadataScrollupGoalMetadata] = Field(
        "OptimizationGoalMetadataScrollupGoalMetadata"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            conversion_tag_v3_goal_metadata: Optional[OptimizationGoalMetadataConversionTagV3GoalMetadata] = ...,
            frequency_goal_metadata: Optional[OptimizationGoalMetadataFrequencyGoalMetadata] = ...,
            scrollup_goal_metadata: Optional[OptimizationGoalMetadataScrollupGoalMetadata] = ...,
        ) -> None: ...


class OptimizationGoalMetadataConversionTagV3GoalMetadata(Model):
    """OptimizationGoalMetadataConversionTagV3GoalMetadata (inline schema)."""

    attribution_windows: Optional[OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows] = Field(
        "OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows"
    )

    conversion_event: Optional[str] = Field(
        "str",
        enum=(
            "PAGE_VISIT",
            "SIGNUP",
            "CHECKOUT",
            "CUSTOM",
            "VIEW_CATEGORY",
            "SEARCH",
            "ADD_TO_CART",
            "WATCH_VIDEO",
            "LEAD",
            "APP_INSTALL",
        ),
    )

    conversion_tag_id: Optional[str] = Field("str", pattern="^[0-9]+$")

    cpa_goal_value_in_micro_currency: Optional[str] = Field("str", pattern="^[0-9]+$")

    is_roas_optimized: Optional[bool] = Field("bool", nullable=True)
    """Pinterest Performance+ ROAS bidding. When enabled, Pinterest will optimize for conversion value instead of
    conversion volume. Only supported when `conversion_event` is set to `"CHECKOUT"` and `bid_strategy_type` is set
    to `"AUTOMATIC_BID"`.
    This parameter is not enabled for all advertisers. [Learn
    more](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/).
    """

    learning_mode_type: Optional[str] = Field("str", nullable=True, enum=("NOT_ACTIVE", "ACTIVE"))
    """Conversion learning model type"""

    reporting_event: Optional[str] = Field("str")
    """Event name for custom or standard events mapped to an oCPM model"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            attribution_windows: Optional[OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows] = ...,
            conversion_event: Optional[str] = ...,
            conversion_tag_id: Optional[str] = ...,
            cpa_goal_value_in_micro_currency: Optional[str] = ...,
            is_roas_optimized: Optional[bool] = ...,
            learning_mode_type: Optional[str] = ...,
            reporting_event: Optional[str] = ...,
        ) -> None: ...


class OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows(Model):
    """OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows (inline schema)."""

    click_window_days: Optional[int] = Field("int")

    engagement_window_days: Optional[int] = Field("int")

    view_window_days: Optional[int] = Field("int")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            click_window_days: Optional[int] = ...,
            engagement_window_days: Optional[int] = ...,
            view_window_days: Optional[int] = ...,
        ) -> None: ...


class OptimizationGoalMetadataFrequencyGoalMetadata(Model):
    """OptimizationGoalMetadataFrequencyGoalMetadata (inline schema)."""

    frequency: Optional[int] = Field("int", maximum=20, minimum=2)
    """Frequency target can only be between 2 and 20"""

    timerange: Optional[str] = Field(
        "str", enum=("THIRTY_DAY", "DAY", "SEVEN_DAY", "TWENTY_MINUTE", "TEN_MINUTE", "TWENTY_FOUR_HOUR")
    )
    """User entity counts time range"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            frequency: Optional[int] = ...,
            timerange: Optional[str] = ...,
        ) -> None: ...


class OptimizationGoalMetadataScrollupGoalMetadata(Model):
    """OptimizationGoalMetadataScrollupGoalMetadata (inline schema)."""

    scrollup_goal_value_in_micro_currency: Optional[str] = Field("str", nullable=True, pattern="^[0-9]+$")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            scrollup_goal_value_in_micro_currency: Optional[str] = ...,
        ) -> None: ...


__all__ = [
    "OptimizationGoalMetadata",
    "OptimizationGoalMetadataConversionTagV3GoalMetadata",
    "OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows",
    "OptimizationGoalMetadataFrequencyGoalMetadata",
    "OptimizationGoalMetadataScrollupGoalMetadata",
]
