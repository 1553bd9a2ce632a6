# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.action_type import ActionType, ActionTypeValue
    from pinterest_client.model.budget_type import BudgetType, BudgetTypeValue
    from pinterest_client.model.entity_status import EntityStatus, EntityStatusValue
    from pinterest_client.model.optimization_goal_metadata import OptimizationGoalMetadata
    from pinterest_client.model.pacing_delivery_type import PacingDeliveryType, PacingDeliveryTypeValue
    from pinterest_client.model.placement_group_type import PlacementGroupType, PlacementGroupTypeValue
    from pinterest_client.model.targeting_spec import TargetingSpec
    from pinterest_client.model.tracking_urls import TrackingUrls


class AdGroupCreateRequest(Model):
    """AdGroupCreateRequest (component schema `AdGroupCreateRequest`)."""

    auto_targeting_enabled: Optional[bool] = Field("bool")
    """Enable auto-targeting for ad group. Default value is True. Also known as ["Pinterest Performance+
    targeting"](https://help.pinterest.com/en/business/article/performance-plus-targeting).
    """

    bid_in_micro_currency: Optional[int] = Field("int", nullable=True)
    """Bid price in micro currency. This field is **REQUIRED** for the following campaign objective_type/billable_event
    combinations: AWARENESS/IMPRESSION, CONSIDERATION/CLICKTHROUGH, CATALOG_SALES/CLICKTHROUGH.
    """

    bid_strategy_type: Optional[str] = Field("str", nullable=True, enum=("AUTOMATIC_BID", "MAX_BID", "TARGET_AVG"))
    """Bid strategy type. For Campaigns with Video Completion objectives, the only supported bid strategy type is
    AUTOMATIC_BID, also known as "Pinterest Performance+ bidding".
    """

    billable_event: Union[ActionType, str] = Field("ActionType", required=True)
    """Ad group billable event type. For update, only draft ad groups may update billable event."""

    budget_in_micro_currency: Optional[int] = Field("int", nullable=True)
    """Budget in micro currency. This field is **REQUIRED** for non-CBO (campaign budget optimization) campaigns.  A CBO
    campaign automatically generates ad group budgets from its campaign budget to maximize campaign outcome. A CBO
    campaign is limited to 70 or less ad groups.
    """

    budget_type: Optional[Union[BudgetType, str]] = Field("BudgetType")

    campaign_id: str = Field("str", required=True, pattern="^[C]?\\d+$")
    """Campaign ID of the ad group."""

    end_time: Optional[int] = Field("int", nullable=True)
    """Timestamp in Unix format for scheduling when ads in the ad group stop appearing. If not specified, ads run
    indefinitely unless you update the ad group by changing their status to `paused`. Cannot occur after `end_time`
    for parent campaign (if specified). Learn about [scheduling
    ads](https://developers.pinterest.com/docs/api-features/managing-ads/#step-2-create-an-ad-group).
    For certain organizations ([Closed
    beta](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)): Supported for
    campaigns with Campaign Budget Optimization (CBO).
    For all organizations: Supported for campaigns without CBO.
    """

    is_creative_optimization: Optional[bool] = Field("bool", nullable=True)
    """Enable creative optimization for the ad group, default value is FALSE. When enabled, you allow Pinterest to
    automatically turn your product Pins into ads in different formats (collections and shopping) and deliver those
    ads to users at scale.
    """

    lifetime_frequency_cap: Optional[int] = Field("int")
    """Set a limit to the number of times a promoted pin from this campaign can be impressed by a pinner within the past
    rolling 30 days. Only available for CPM (cost per mille (1000 impressions))  ad groups. A CPM ad group has an
    IMPRESSION [billable_event](https://developers.pinterest.com/docs/redoc/#section/Billable-event) value. This
    field **REQUIRES** the `end_time` field.
    """

    name: str = Field("str", required=True)
    """Ad group name."""

    optimization_goal_metadata: Optional[OptimizationGoalMetadata] = Field("OptimizationGoalMetadata", nullable=True)
    """Optimization goals for objective-based performance campaigns. **REQUIRED** when campaign's `objective_type` is
    set to `"WEB_CONVERSION"`.
    """

    pacing_delivery_type: Optional[Union[PacingDeliveryType, str]] = Field("PacingDeliveryType")

    placement_group: Optional[Union[PlacementGroupType, str]] = Field("PlacementGroupType")
    """[Placement group](https://developers.pinterest.com/docs/redoc/#section/Placement-group)."""

    promotion_application_level: Optional[str] = Field("str", nullable=True, enum=("NONE", "ITEM", "AD_GROUP"))
    """Specify if the promotion is applied at ad group or item level"""

    promotion_id: Optional[str] = Field("str", nullable=True, pattern="^\\d+$")
    """Promotion ID. To clear this field, set to null."""

    start_time: Optional[int] = Field("int", nullable=True)
    """Timestamp in Unix format for scheduling when ads in the ad group start to appear. If not specified, ads appear
    during parent campaign's `start_time`. Cannot precede `start_time` for parent campaign (if specified). Learn
    about [scheduling
    ads](https://developers.pinterest.com/docs/api-features/managing-ads/#step-2-create-an-ad-group).
    For certain organizations ([Closed
    beta](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)): Supported for
    campaigns with Campaign Budget Optimization (CBO).
    For all organizations: Supported for campaigns without CBO.
    """

    status: Optional[Union[EntityStatus, str]] = Field("EntityStatus")
    """Ad group/entity status."""

    targeting_spec: Optional[TargetingSpec] = Field("TargetingSpec")
    """Ad group targeting specification defining the ad group target audience. For example, `{"APPTYPE":["iphone"],
    "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"], "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`
    """

    targeting_template_ids: Optional[List[str]] = Field(
        "list[str]", nullable=True, items={"pattern": "^\\d+$"}, max_items=1
    )
    """Targeting template IDs applied to the ad group. We currently only support 1 targeting template per ad group. To
    use targeting templates, do not set any other targeting fields: targeting_spec, tracking_urls,
    auto_targeting_enabled, placement_group. To clear all targeting template IDs, set this field to ['0'].
    """

    tracking_urls: Optional[TrackingUrls] = Field("TrackingUrls", nullable=True)
    """Third-party tracking URLs.
     JSON object with the format: {"[Tracking event
     enum](https://developers.pinterest.com/docs/redoc/#section/Tracking-URL-event)":[URL string array],...}
     For example: {"impression": ["URL1", "URL2"], "click": ["URL1", "URL2", "URL3"]}.
    Up to three tracking URLs are supported for each event type. Tracking URLs set at the ad group or ad level can
    override those set at the campaign level. May be null. Pass in an empty object - {} - to remove tracking URLs.

     For more information, see [Third-party and dynamic
     tracking](https://help.pinterest.com/en/business/article/third-party-and-dynamic-tracking).
    """

    bid_multiplier: Optional[float] = Field("float", maximum=10, minimum=0)
    """[Open beta](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)
    Bid multiplier for ad group. This value is a double between 0.1
    and 10.0. Enter 0 to remove the bid multiplier.
    - Make sure the `bid_strategy` type for your ad group is set to `AUTOMATIC_BID`.
    - Not currently supported for [Pinterest Performance+
      campaigns](https://developers.pinterest.com/docs/api-features/pinterest-performance-plus-setup/).
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            auto_targeting_enabled: Optional[bool] = ...,
            bid_in_micro_currency: Optional[int] = ...,
            bid_strategy_type: Optional[str] = ...,
            billable_event: Optional[Union[ActionType, ActionTypeValue]] = ...,
            budget_in_micro_currency: Optional[int] = ...,
            budget_type: Optional[Union[BudgetType, BudgetTypeValue]] = ...,
            campaign_id: Optional[str] = ...,
            end_time: Optional[int] = ...,
            is_creative_optimization: Optional[bool] = ...,
            lifetime_frequency_cap: Optional[int] = ...,
            name: Optional[str] = ...,
            optimization_goal_metadata: Optional[OptimizationGoalMetadata] = ...,
            pacing_delivery_type: Optional[Union[PacingDeliveryType, PacingDeliveryTypeValue]] = ...,
            placement_group: Optional[Union[PlacementGroupType, PlacementGroupTypeValue]] = ...,
            promotion_application_level: Optional[str] = ...,
            promotion_id: Optional[str] = ...,
            start_time: Optional[int] = ...,
            status: Optional[Union[EntityStatus, EntityStatusValue]] = ...,
            targeting_spec: Optional[TargetingSpec] = ...,
            targeting_template_ids: Optional[List[str]] = ...,
            tracking_urls: Optional[TrackingUrls] = ...,
            bid_multiplier: Optional[float] = ...,
        ) -> None: ...


__all__ = ["AdGroupCreateRequest"]
