# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.campaign_bid_options import CampaignBidOptions
    from pinterest_client.model.entity_status import EntityStatus, EntityStatusValue
    from pinterest_client.model.objective_type import ObjectiveType, ObjectiveTypeValue
    from pinterest_client.model.tracking_urls import TrackingUrls


class CampaignCreateRequest(Model):
    """CampaignCreateRequest (component schema)."""

    ad_account_id: str = Field("str", required=True, pattern="^\\d+$")
    """Campaign's Advertiser ID. If you want to create a campaign in a Business Account shared account you need to
    specify the Business Access advertiser ID in both the query path param as well as the request body schema.
    """

    daily_spend_cap: Optional[int] = Field("int", nullable=True)
    """Campaign daily spending cap. Required for Campaign Budget Optimization (CBO) campaigns. This and
    "lifetime_spend_cap" cannot be set at the same time.
    """

    end_time: Optional[int] = Field("int", nullable=True)
    """Timestamp in Unix format for scheduling when ads in the campaign stop appearing. Must occur after any end times
    for child ad groups. If `end_time` is not specified for the campaign, ads run indefinitely unless you update the
    campaign, changing their status to `paused`. Learn about [scheduling
    campaigns](https://developers.pinterest.com/docs/api-features/managing-campaigns/#campaign-scheduling).
    Different end times can be set for the campaign's child ad groups, but they cannot occur after an `end_time`
    specified for the campaign.
    - If your campaign has a child ad group with an end time specified, and if you update that campaign with an
      `end_time` that is earlier than that of the ad group, the campaign `end_time` will supersede the ad group
      `end_time`, and the request will not return an error.
    - In this scenario, if you call [List campaigns](https://developers.pinterest.com/docs/api/v5/campaigns-list) or
      [List ad groups](https://developers.pinterest.com/docs/api/v5/ad_groups-list), the returned campaigns or ad
      groups are listed with the start and end times that you assigned them, regardless of supersedence.
    """

    is_automated_campaign: Optional[bool] = Field("bool", nullable=True)
    """Specifies whether the campaign was created in the automated campaign flow"""

    is_flexible_daily_budgets: Optional[bool] = Field("bool", nullable=True)
    """Determine if a campaign has setup for flexible daily budgets, also known as "Pinterest Performance+ budgets"."""

    lifetime_spend_cap: Optional[int] = Field("int", nullable=True)
    """Campaign total spending cap. Required for Campaign Budget Optimization (CBO) campaigns. This and
    "daily_spend_cap" cannot be set at the same time.
    """

    name: str = Field("str", required=True)
    """Campaign name."""

    order_line_id: Optional[str] = Field("str", nullable=True, pattern="^\\d+$")
    """Order line ID that appears on the invoice."""

    start_time: Optional[int] = Field("int", nullable=True)
    """Timestamp in Unix format for scheduling when ads in the campaign start to appear. Must precede any start times
    set for child ad groups. Defaults to current time if no time is specified. Learn about [scheduling
    campaigns](https://developers.pinterest.com/docs/api-features/managing-campaigns/#campaign-scheduling).
    Different start times can be set for the campaign's child ad groups, but they cannot occur before a `start_time`
    specified for the campaign.
    - If your campaign has a child ad group with a start time specified, and if you update that campaign with a
      `start_time` that is later than that of the ad group, the campaign `start_time` will supersede the ad group
      `start_time`, and the request will not return an error.
    - In this scenario, if you call [List campaigns](https://developers.pinterest.com/docs/api/v5/campaigns-list) or
      [List ad groups](https://developers.pinterest.com/docs/api/v5/ad_groups-list), the returned campaigns or ad
      groups are listed with the start and end times that you assigned them, regardless of supersedence.
    """

    status: Optional[Union[EntityStatus, str]] = Field("EntityStatus")

    tracking_urls: Optional[TrackingUrls] = Field("TrackingUrls", nullable=True)

    summary_status: Optional[str] = Field(
        "str", enum=("RUNNING", "PAUSED", "NOT_STARTED", "COMPLETED", "ADVERTISER_DISABLED", "ARCHIVED")
    )
    """Deprecated: Pinterest dropped this property after spec 5.10.0. Summary status for campaigns"""

    default_ad_group_budget_in_micro_currency: Optional[int] = Field("int", nullable=True)
    """When transitioning from campaign budget optimization to non-campaign budget optimization, the
    default_ad_group_budget_in_micro_currency will propagate to each child ad groups daily budget. Unit is micro
    currency of the associated advertiser account.
    """

    is_campaign_budget_optimization: Optional[bool] = Field("bool", nullable=True)
    """Determines if a campaign automatically generate ad-group level budgets given a campaign budget to maximize
    campaign outcome. When transitioning from non-cbo to cbo, all previous child ad group budget will be cleared.
    """

    bid_options: Optional[CampaignBidOptions] = Field("CampaignBidOptions", nullable=True)
    """Object describing the campaign level bid multipliers."""

    is_performance_plus: Optional[bool] = Field("bool")
    """Enable Pinterest Performance+ for your campaign. To learn more, see [Pinterest Performance+
    Setup](https://developers.pinterest.com/docs/api-features/pinterest-performance-plus-setup/).
    """

    objective_type: Union[ObjectiveType, str] = Field("ObjectiveType", required=True)
    """Intended result of the campaign.
    You can only update objectives for draft campaigns.
    `WEB_SESSIONS` and `VIDEO_VIEW` objectives are deprecated. We recommend using `VIDEO_COMPLETION` as an
    alternative for the latter.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_account_id: Optional[str] = ...,
            daily_spend_cap: Optional[int] = ...,
            end_time: Optional[int] = ...,
            is_automated_campaign: Optional[bool] = ...,
            is_flexible_daily_budgets: Optional[bool] = ...,
            lifetime_spend_cap: Optional[int] = ...,
            name: Optional[str] = ...,
            order_line_id: Optional[str] = ...,
            start_time: Optional[int] = ...,
            status: Optional[Union[EntityStatus, EntityStatusValue]] = ...,
            tracking_urls: Optional[TrackingUrls] = ...,
            summary_status: Optional[str] = ...,
            default_ad_group_budget_in_micro_currency: Optional[int] = ...,
            is_campaign_budget_optimization: Optional[bool] = ...,
            bid_options: Optional[CampaignBidOptions] = ...,
            is_performance_plus: Optional[bool] = ...,
            objective_type: Optional[Union[ObjectiveType, ObjectiveTypeValue]] = ...,
        ) -> None: ...


__all__ = ["CampaignCreateRequest"]
