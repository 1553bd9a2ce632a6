# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""The model classes whose names start with 'C': one module per initial, so that loading
every model takes a few dozen imports rather than a thousand. Import them from
``pinterest_client.models``, or from their own modules (``pinterest_client.model.board``).
"""

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Enum, IntEnum, Model, ModelList, UnionModel

if TYPE_CHECKING:
    import datetime
    from typing import Any, Dict, List, Optional, Union

    from pinterest_client.model._a import AppTypeMultipliers, AssetGroupBinding, AssetGroupType, AssetIdToPermissions
    from pinterest_client.model._b import (
        BatchOperation,
        BatchOperationStatus,
        Board,
        BulkReportingJobStatus,
        BusinessAccessUserSummary,
    )
    from pinterest_client.model._e import EnhancedMatchStatusType, EntityStatus, Exception
    from pinterest_client.model._g import Gender
    from pinterest_client.model._h import HotelProcessingRecord
    from pinterest_client.model._i import (
        InviteExceptionResponse,
        InviteType,
        ItemAttributes,
        ItemAttributesRequest,
        ItemCreateBatchRecord,
        ItemDeleteBatchRecord,
        ItemDeleteDiscontinuedBatchRecord,
        ItemProcessingRecord,
        ItemProcessingStatus,
        ItemResponse,
        ItemUpdateBatchRecord,
        ItemUpsertBatchRecord,
        ItemValidationEvent,
    )
    from pinterest_client.model._m import MediaType, MMMReportingColumn, MMMReportingTargetingType
    from pinterest_client.model._n import (
        NonNullableCatalogsCurrency,
        NonNullableProductAvailabilityType,
        NullableCatalogsItemFieldType,
        NullableCurrency,
    )
    from pinterest_client.model._o import ObjectiveType
    from pinterest_client.model._p import Pin, PlacementMultipliers, ProductAvailabilityType
    from pinterest_client.model._s import S3MultipartUploadData
    from pinterest_client.model._t import TargetingAdvertiserCountry, TrackingUrls
    from pinterest_client.model._u import (
        UpdatableItemAttributes,
        UpdateMaskFieldType,
        UserListOperationType,
        UserListType,
    )


class CampaignAudienceMultipliers(Model):
    """This represents a mapping from Audience ID to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10 for example). A value of 0 will stop distribution for this item on the specified audience in `MAX_BID` ad groups in `CATALOG_SALES` campaigns. All audience multipliers must be set at the same time. If a multiplier is not provided it is assumed to be 1 (no bid adjustment).
    """

    AUDIENCE_ID: Optional[str]

    _spec = (
        ('AUDIENCE_ID', 'str', '', {'pattern': '^\\d+$'}),
    )
    _additional = 'float'


class CampaignBidOptions(Model):
    """Object describing the campaign level bid multipliers."""

    app_type_multipliers: Optional[AppTypeMultipliers]
    """This represents a mapping from app type targeting criteria to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10 for example). A value of 0 will stop distribution for this item on the specified app type in `MAX_BID` ad groups in `CATALOG_SALES` campaigns. All app type multipliers must be set at the same time. If a multiplier is not provided it is assumed to be 1 (no bid adjustment).
    """

    audience_multipliers: Optional[CampaignAudienceMultipliers]
    """This represents a mapping from Audience ID to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10 for example). A value of 0 will stop distribution for this item on the specified audience in `MAX_BID` ad groups in `CATALOG_SALES` campaigns. All audience multipliers must be set at the same time. If a multiplier is not provided it is assumed to be 1 (no bid adjustment).
    """

    placement_multipliers: Optional[PlacementMultipliers]
    """This represents a mapping from placement to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10 for example). A value of 0 will stop distribution for this item on the specified placement in `MAX_BID` ad groups in `CATALOG_SALES` campaigns. All placement multipliers must be set at the same time. If a multiplier is not provided it is assumed to be 1 (no bid adjustment).
    """

    _spec = (
        ('app_type_multipliers', 'AppTypeMultipliers', 'nullable'),
        ('audience_multipliers', 'CampaignAudienceMultipliers'),
        ('placement_multipliers', 'PlacementMultipliers', 'nullable'),
    )


class CampaignBidOptionsUpdate(Model):
    """Object describing an update to the campaign level bid multipliers."""

    app_type_multipliers: Optional[AppTypeMultipliers]
    """This represents a mapping from app type targeting criteria to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10 for example). A value of 0 will stop distribution for this item on the specified app type in `MAX_BID` ad groups in `CATALOG_SALES` campaigns. All app type multipliers must be set at the same time. If a multiplier is not provided it is assumed to be 1 (no bid adjustment).
    """

    audience_multipliers: Optional[CampaignAudienceMultipliers]
    """This represents a mapping from Audience ID to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10 for example). A value of 0 will stop distribution for this item on the specified audience in `MAX_BID` ad groups in `CATALOG_SALES` campaigns. All audience multipliers must be set at the same time. If a multiplier is not provided it is assumed to be 1 (no bid adjustment).
    """

    placement_multipliers: Optional[PlacementMultipliers]
    """This represents a mapping from placement to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10 for example). A value of 0 will stop distribution for this item on the specified placement in `MAX_BID` ad groups in `CATALOG_SALES` campaigns. All placement multipliers must be set at the same time. If a multiplier is not provided it is assumed to be 1 (no bid adjustment).
    """

    update_mask: List[str]
    """List of fields to update, only the fields in the list will be updated."""

    _spec = (
        ('app_type_multipliers', 'AppTypeMultipliers', 'nullable'),
        ('audience_multipliers', 'CampaignAudienceMultipliers'),
        ('placement_multipliers', 'PlacementMultipliers', 'nullable'),
        ('update_mask', 'list[str]', 'required', {'items': {'enum': ('AUDIENCE', 'APP_TYPE', 'PLACEMENT', 'GENDER', 'AGE_BUCKET')}}),
    )


class CampaignCommon(Model):
    """Campaign Data"""

    ad_account_id: Optional[str]
    """Campaign's Advertiser ID. If you want to create a campaign in a Business Account shared account you need to specify the Business Access advertiser ID in both the query path param as well as the request body schema."""

    daily_spend_cap: Optional[int]
    """Campaign daily spending cap. Required for Campaign Budget Optimization (CBO) campaigns. This and "lifetime_spend_cap" cannot be set at the same time."""

    end_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the campaign stop appearing. Must occur after any end times for child ad groups. If `end_time` is not specified for the campaign, ads run indefinitely unless you update the campaign, changing their status to `paused`. Learn about <a href="/docs/api-features/managing-campaigns/#campaign-scheduling" target="blank">scheduling campaigns</a>.
    Different end times can be set for the campaign's child ad groups, but they cannot occur after an `end_time` specified for the campaign.
    - If your campaign has a child ad group with an end time specified, and if you update that campaign with an `end_time` that is earlier than that of the ad group, the campaign `end_time` will supersede the ad group `end_time`, and the request will not return an error.
    - In this scenario, if you call <a href="/docs/api/v5/campaigns-list" target="blank">List campaigns</a> or <a href="/docs/api/v5/ad_groups-list" target="blank">List ad groups</a>, the returned campaigns or ad groups are listed with the start and end times that you assigned them, regardless of supersedence.
    """

    is_automated_campaign: Optional[bool]
    """Specifies whether the campaign was created in the automated campaign flow"""

    is_flexible_daily_budgets: Optional[bool]
    """Determine if a campaign has setup for flexible daily budgets, also known as "Pinterest Performance+ budgets"."""

    lifetime_spend_cap: Optional[int]
    """Campaign total spending cap. Required for Campaign Budget Optimization (CBO) campaigns. This and "daily_spend_cap" cannot be set at the same time."""

    name: Optional[str]
    """Campaign name."""

    order_line_id: Optional[str]
    """Order line ID that appears on the invoice."""

    start_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the campaign start to appear. Must precede any start times set for child ad groups. Defaults to current time if no time is specified. Learn about <a href="/docs/api-features/managing-campaigns/#campaign-scheduling" target="blank">scheduling campaigns</a>.
    Different start times can be set for the campaign's child ad groups, but they cannot occur before a `start_time` specified for the campaign.
    - If your campaign has a child ad group with a start time specified, and if you update that campaign with a `start_time` that is later than that of the ad group, the campaign `start_time` will supersede the ad group `start_time`, and the request will not return an error.
    - In this scenario, if you call <a href="/docs/api/v5/campaigns-list" target="blank">List campaigns</a> or <a href="/docs/api/v5/ad_groups-list" target="blank">List ad groups</a>, the returned campaigns or ad groups are listed with the start and end times that you assigned them, regardless of supersedence.
    """

    status: Optional[Union[EntityStatus, str]]

    tracking_urls: Optional[TrackingUrls]

    _spec = (
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('daily_spend_cap', 'int', 'nullable'),
        ('end_time', 'int', 'nullable'),
        ('is_automated_campaign', 'bool', 'nullable'),
        ('is_flexible_daily_budgets', 'bool', 'nullable'),
        ('lifetime_spend_cap', 'int', 'nullable'),
        ('name', 'str'),
        ('order_line_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('start_time', 'int', 'nullable'),
        ('status', 'EntityStatus'),
        ('tracking_urls', 'TrackingUrls', 'nullable'),
    )


class CampaignCreateCommon(Model):
    """CampaignCreateCommon (component schema `CampaignCreateCommon`)."""

    ad_account_id: Optional[str]
    """Campaign's Advertiser ID. If you want to create a campaign in a Business Account shared account you need to specify the Business Access advertiser ID in both the query path param as well as the request body schema."""

    daily_spend_cap: Optional[int]
    """Campaign daily spending cap. Required for Campaign Budget Optimization (CBO) campaigns. This and "lifetime_spend_cap" cannot be set at the same time."""

    end_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the campaign stop appearing. Must occur after any end times for child ad groups. If `end_time` is not specified for the campaign, ads run indefinitely unless you update the campaign, changing their status to `paused`. Learn about <a href="/docs/api-features/managing-campaigns/#campaign-scheduling" target="blank">scheduling campaigns</a>.
    Different end times can be set for the campaign's child ad groups, but they cannot occur after an `end_time` specified for the campaign.
    - If your campaign has a child ad group with an end time specified, and if you update that campaign with an `end_time` that is earlier than that of the ad group, the campaign `end_time` will supersede the ad group `end_time`, and the request will not return an error.
    - In this scenario, if you call <a href="/docs/api/v5/campaigns-list" target="blank">List campaigns</a> or <a href="/docs/api/v5/ad_groups-list" target="blank">List ad groups</a>, the returned campaigns or ad groups are listed with the start and end times that you assigned them, regardless of supersedence.
    """

    is_automated_campaign: Optional[bool]
    """Specifies whether the campaign was created in the automated campaign flow"""

    is_flexible_daily_budgets: Optional[bool]
    """Determine if a campaign has setup for flexible daily budgets, also known as "Pinterest Performance+ budgets"."""

    lifetime_spend_cap: Optional[int]
    """Campaign total spending cap. Required for Campaign Budget Optimization (CBO) campaigns. This and "daily_spend_cap" cannot be set at the same time."""

    name: Optional[str]
    """Campaign name."""

    order_line_id: Optional[str]
    """Order line ID that appears on the invoice."""

    start_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the campaign start to appear. Must precede any start times set for child ad groups. Defaults to current time if no time is specified. Learn about <a href="/docs/api-features/managing-campaigns/#campaign-scheduling" target="blank">scheduling campaigns</a>.
    Different start times can be set for the campaign's child ad groups, but they cannot occur before a `start_time` specified for the campaign.
    - If your campaign has a child ad group with a start time specified, and if you update that campaign with a `start_time` that is later than that of the ad group, the campaign `start_time` will supersede the ad group `start_time`, and the request will not return an error.
    - In this scenario, if you call <a href="/docs/api/v5/campaigns-list" target="blank">List campaigns</a> or <a href="/docs/api/v5/ad_groups-list" target="blank">List ad groups</a>, the returned campaigns or ad groups are listed with the start and end times that you assigned them, regardless of supersedence.
    """

    status: Optional[Union[EntityStatus, str]]

    tracking_urls: Optional[TrackingUrls]

    default_ad_group_budget_in_micro_currency: Optional[int]
    """When transitioning from campaign budget optimization to non-campaign budget optimization, the default_ad_group_budget_in_micro_currency will propagate to each child ad groups daily budget. Unit is micro currency of the associated advertiser account."""

    is_campaign_budget_optimization: Optional[bool]
    """Determines if a campaign automatically generate ad-group level budgets given a campaign budget to maximize campaign outcome. When transitioning from non-cbo to cbo, all previous child ad group budget will be cleared."""

    _spec = (
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('daily_spend_cap', 'int', 'nullable'),
        ('end_time', 'int', 'nullable'),
        ('is_automated_campaign', 'bool', 'nullable'),
        ('is_flexible_daily_budgets', 'bool', 'nullable'),
        ('lifetime_spend_cap', 'int', 'nullable'),
        ('name', 'str'),
        ('order_line_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('start_time', 'int', 'nullable'),
        ('status', 'EntityStatus'),
        ('tracking_urls', 'TrackingUrls', 'nullable'),
        ('default_ad_group_budget_in_micro_currency', 'int', 'nullable'),
        ('is_campaign_budget_optimization', 'bool', 'nullable'),
    )


class CampaignCreateRequest(Model):
    """CampaignCreateRequest (component schema)."""

    ad_account_id: str
    """Campaign's Advertiser ID. If you want to create a campaign in a Business Account shared account you need to specify the Business Access advertiser ID in both the query path param as well as the request body schema."""

    daily_spend_cap: Optional[int]
    """Campaign daily spending cap. Required for Campaign Budget Optimization (CBO) campaigns. This and "lifetime_spend_cap" cannot be set at the same time."""

    end_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the campaign stop appearing. Must occur after any end times for child ad groups. If `end_time` is not specified for the campaign, ads run indefinitely unless you update the campaign, changing their status to `paused`. Learn about <a href="/docs/api-features/managing-campaigns/#campaign-scheduling" target="blank">scheduling campaigns</a>.
    Different end times can be set for the campaign's child ad groups, but they cannot occur after an `end_time` specified for the campaign.
    - If your campaign has a child ad group with an end time specified, and if you update that campaign with an `end_time` that is earlier than that of the ad group, the campaign `end_time` will supersede the ad group `end_time`, and the request will not return an error.
    - In this scenario, if you call <a href="/docs/api/v5/campaigns-list" target="blank">List campaigns</a> or <a href="/docs/api/v5/ad_groups-list" target="blank">List ad groups</a>, the returned campaigns or ad groups are listed with the start and end times that you assigned them, regardless of supersedence.
    """

    is_automated_campaign: Optional[bool]
    """Specifies whether the campaign was created in the automated campaign flow"""

    is_flexible_daily_budgets: Optional[bool]
    """Determine if a campaign has setup for flexible daily budgets, also known as "Pinterest Performance+ budgets"."""

    lifetime_spend_cap: Optional[int]
    """Campaign total spending cap. Required for Campaign Budget Optimization (CBO) campaigns. This and "daily_spend_cap" cannot be set at the same time."""

    name: str
    """Campaign name."""

    order_line_id: Optional[str]
    """Order line ID that appears on the invoice."""

    start_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the campaign start to appear. Must precede any start times set for child ad groups. Defaults to current time if no time is specified. Learn about <a href="/docs/api-features/managing-campaigns/#campaign-scheduling" target="blank">scheduling campaigns</a>.
    Different start times can be set for the campaign's child ad groups, but they cannot occur before a `start_time` specified for the campaign.
    - If your campaign has a child ad group with a start time specified, and if you update that campaign with a `start_time` that is later than that of the ad group, the campaign `start_time` will supersede the ad group `start_time`, and the request will not return an error.
    - In this scenario, if you call <a href="/docs/api/v5/campaigns-list" target="blank">List campaigns</a> or <a href="/docs/api/v5/ad_groups-list" target="blank">List ad groups</a>, the returned campaigns or ad groups are listed with the start and end times that you assigned them, regardless of supersedence.
    """

    status: Optional[Union[EntityStatus, str]]

    tracking_urls: Optional[TrackingUrls]

    default_ad_group_budget_in_micro_currency: Optional[int]
    """When transitioning from campaign budget optimization to non-campaign budget optimization, the default_ad_group_budget_in_micro_currency will propagate to each child ad groups daily budget. Unit is micro currency of the associated advertiser account."""

    is_campaign_budget_optimization: Optional[bool]
    """Determines if a campaign automatically generate ad-group level budgets given a campaign budget to maximize campaign outcome. When transitioning from non-cbo to cbo, all previous child ad group budget will be cleared."""

    bid_options: Optional[CampaignBidOptions]
    """Object describing the campaign level bid multipliers."""

    is_performance_plus: Optional[bool]
    """Enable Pinterest Performance+ for your campaign. To learn more, see <a href="https://developers.pinterest.com/docs/api-features/pinterest-performance-plus-setup/">Pinterest Performance+ Setup</a>."""

    objective_type: Union[ObjectiveType, str]
    """Intended result of the campaign.
    You can only update objectives for draft campaigns.
    `WEB_SESSIONS` and `VIDEO_VIEW` objectives are deprecated. We recommend using `VIDEO_COMPLETION` as an alternative for the latter.
    """

    _spec = (
        ('ad_account_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('daily_spend_cap', 'int', 'nullable'),
        ('end_time', 'int', 'nullable'),
        ('is_automated_campaign', 'bool', 'nullable'),
        ('is_flexible_daily_budgets', 'bool', 'nullable'),
        ('lifetime_spend_cap', 'int', 'nullable'),
        ('name', 'str', 'required'),
        ('order_line_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('start_time', 'int', 'nullable'),
        ('status', 'EntityStatus'),
        ('tracking_urls', 'TrackingUrls', 'nullable'),
        ('default_ad_group_budget_in_micro_currency', 'int', 'nullable'),
        ('is_campaign_budget_optimization', 'bool', 'nullable'),
        ('bid_options', 'CampaignBidOptions', 'nullable'),
        ('is_performance_plus', 'bool'),
        ('objective_type', 'ObjectiveType', 'required'),
    )


class CampaignCreateResponse(Model):
    """CampaignCreateResponse (component schema `CampaignCreateResponse`)."""

    items: Optional[List[CampaignCreateResponseItem]]

    _spec = (
        ('items', 'list[CampaignCreateResponseItem]'),
    )


class CampaignCreateResponseData(Model):
    """CampaignCreateResponseData (component schema)."""

    ad_account_id: Optional[str]
    """Campaign's Advertiser ID. If you want to create a campaign in a Business Account shared account you need to specify the Business Access advertiser ID in both the query path param as well as the request body schema."""

    daily_spend_cap: Optional[int]
    """Campaign daily spending cap. Required for Campaign Budget Optimization (CBO) campaigns. This and "lifetime_spend_cap" cannot be set at the same time."""

    end_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the campaign stop appearing. Must occur after any end times for child ad groups. If `end_time` is not specified for the campaign, ads run indefinitely unless you update the campaign, changing their status to `paused`. Learn about <a href="/docs/api-features/managing-campaigns/#campaign-scheduling" target="blank">scheduling campaigns</a>.
    Different end times can be set for the campaign's child ad groups, but they cannot occur after an `end_time` specified for the campaign.
    - If your campaign has a child ad group with an end time specified, and if you update that campaign with an `end_time` that is earlier than that of the ad group, the campaign `end_time` will supersede the ad group `end_time`, and the request will not return an error.
    - In this scenario, if you call <a href="/docs/api/v5/campaigns-list" target="blank">List campaigns</a> or <a href="/docs/api/v5/ad_groups-list" target="blank">List ad groups</a>, the returned campaigns or ad groups are listed with the start and end times that you assigned them, regardless of supersedence.
    """

    is_automated_campaign: Optional[bool]
    """Specifies whether the campaign was created in the automated campaign flow"""

    is_flexible_daily_budgets: Optional[bool]
    """Determine if a campaign has setup for flexible daily budgets, also known as "Pinterest Performance+ budgets"."""

    lifetime_spend_cap: Optional[int]
    """Campaign total spending cap. Required for Campaign Budget Optimization (CBO) campaigns. This and "daily_spend_cap" cannot be set at the same time."""

    name: Optional[str]
    """Campaign name."""

    order_line_id: Optional[str]
    """Order line ID that appears on the invoice."""

    start_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the campaign start to appear. Must precede any start times set for child ad groups. Defaults to current time if no time is specified. Learn about <a href="/docs/api-features/managing-campaigns/#campaign-scheduling" target="blank">scheduling campaigns</a>.
    Different start times can be set for the campaign's child ad groups, but they cannot occur before a `start_time` specified for the campaign.
    - If your campaign has a child ad group with a start time specified, and if you update that campaign with a `start_time` that is later than that of the ad group, the campaign `start_time` will supersede the ad group `start_time`, and the request will not return an error.
    - In this scenario, if you call <a href="/docs/api/v5/campaigns-list" target="blank">List campaigns</a> or <a href="/docs/api/v5/ad_groups-list" target="blank">List ad groups</a>, the returned campaigns or ad groups are listed with the start and end times that you assigned them, regardless of supersedence.
    """

    status: Optional[Union[EntityStatus, str]]

    tracking_urls: Optional[TrackingUrls]

    default_ad_group_budget_in_micro_currency: Optional[int]
    """When transitioning from campaign budget optimization to non-campaign budget optimization, the default_ad_group_budget_in_micro_currency will propagate to each child ad groups daily budget. Unit is micro currency of the associated advertiser account."""

    is_campaign_budget_optimization: Optional[bool]
    """Determines if a campaign automatically generate ad-group level budgets given a campaign budget to maximize campaign outcome. When transitioning from non-cbo to cbo, all previous child ad group budget will be cleared."""

    id: Optional[str]
    """Campaign ID."""

    bid_options: Optional[CampaignBidOptions]
    """Object describing the campaign level bid multipliers."""

    created_time: Optional[int]
    """Campaign creation time. Unix timestamp in seconds."""

    is_performance_plus: Optional[bool]
    """Enable Pinterest Performance+ for your campaign. To learn more, see <a href="https://developers.pinterest.com/docs/api-features/pinterest-performance-plus-setup/">Pinterest Performance+ Setup</a>."""

    objective_type: Optional[Union[ObjectiveType, str]]
    """Intended result of the campaign.
    You can only update objectives for draft campaigns.
    `WEB_SESSIONS` and `VIDEO_VIEW` objectives are deprecated. We recommend using `VIDEO_COMPLETION` as an alternative for the latter.
    """

    summary_status: Optional[Union[CampaignSummaryStatus, str]]
    """Summary status for campaign"""

    type: Optional[str]
    """Always "campaign"."""

    updated_time: Optional[int]
    """UTC timestamp. Last update time."""

    _spec = (
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('daily_spend_cap', 'int', 'nullable'),
        ('end_time', 'int', 'nullable'),
        ('is_automated_campaign', 'bool', 'nullable'),
        ('is_flexible_daily_budgets', 'bool', 'nullable'),
        ('lifetime_spend_cap', 'int', 'nullable'),
        ('name', 'str'),
        ('order_line_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('start_time', 'int', 'nullable'),
        ('status', 'EntityStatus'),
        ('tracking_urls', 'TrackingUrls', 'nullable'),
        ('default_ad_group_budget_in_micro_currency', 'int', 'nullable'),
        ('is_campaign_budget_optimization', 'bool', 'nullable'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('bid_options', 'CampaignBidOptions', 'nullable'),
        ('created_time', 'int'),
        ('is_performance_plus', 'bool'),
        ('objective_type', 'ObjectiveType'),
        ('summary_status', 'CampaignSummaryStatus'),
        ('type', 'str'),
        ('updated_time', 'int'),
    )


class CampaignCreateResponseItem(Model):
    """CampaignCreateResponseItem (component schema)."""

    data: Optional[CampaignCreateResponseData]

    exceptions: Optional[List[Exception]]

    _spec = (
        ('data', 'CampaignCreateResponseData'),
        ('exceptions', 'list[Exception]'),
    )


class CampaignId(Model):
    """CampaignId (component schema `CampaignId`)."""

    id: Optional[str]
    """Campaign ID."""

    _spec = (
        ('id', 'str', '', {'pattern': '^\\d+$'}),
    )


class CampaignIdFilter(Model):
    """CampaignIdFilter (component schema `CampaignIdFilter`)."""

    campaign_ids: Optional[List[str]]
    """List of campaign ids"""

    _spec = (
        ('campaign_ids', 'list[str]', '', {'items': {'pattern': '^\\d+$'}, 'max_items': 500, 'min_items': 1}),
    )


class CampaignObjectivesFilter(Model):
    """CampaignObjectivesFilter (component schema `CampaignObjectivesFilter`)."""

    campaign_objective_types: Optional[List[Union[ObjectiveType, str]]]
    """List of values for filtering. ["WEB_SESSIONS"] in BETA."""

    _spec = (
        ('campaign_objective_types', 'list[ObjectiveType]', '', {'max_items': 7, 'min_items': 1}),
    )


class CampaignResponse(Model):
    """CampaignResponse (component schema `CampaignResponse`)."""

    id: Optional[str]
    """Campaign ID."""

    ad_account_id: Optional[str]
    """Campaign's Advertiser ID. If you want to create a campaign in a Business Account shared account you need to specify the Business Access advertiser ID in both the query path param as well as the request body schema."""

    daily_spend_cap: Optional[int]
    """Campaign daily spending cap. Required for Campaign Budget Optimization (CBO) campaigns. This and "lifetime_spend_cap" cannot be set at the same time."""

    end_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the campaign stop appearing. Must occur after any end times for child ad groups. If `end_time` is not specified for the campaign, ads run indefinitely unless you update the campaign, changing their status to `paused`. Learn about <a href="/docs/api-features/managing-campaigns/#campaign-scheduling" target="blank">scheduling campaigns</a>.
    Different end times can be set for the campaign's child ad groups, but they cannot occur after an `end_time` specified for the campaign.
    - If your campaign has a child ad group with an end time specified, and if you update that campaign with an `end_time` that is earlier than that of the ad group, the campaign `end_time` will supersede the ad group `end_time`, and the request will not return an error.
    - In this scenario, if you call <a href="/docs/api/v5/campaigns-list" target="blank">List campaigns</a> or <a href="/docs/api/v5/ad_groups-list" target="blank">List ad groups</a>, the returned campaigns or ad groups are listed with the start and end times that you assigned them, regardless of supersedence.
    """

    is_automated_campaign: Optional[bool]
    """Specifies whether the campaign was created in the automated campaign flow"""

    is_flexible_daily_budgets: Optional[bool]
    """Determine if a campaign has setup for flexible daily budgets, also known as "Pinterest Performance+ budgets"."""

    lifetime_spend_cap: Optional[int]
    """Campaign total spending cap. Required for Campaign Budget Optimization (CBO) campaigns. This and "daily_spend_cap" cannot be set at the same time."""

    name: Optional[str]
    """Campaign name."""

    order_line_id: Optional[str]
    """Order line ID that appears on the invoice."""

    start_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the campaign start to appear. Must precede any start times set for child ad groups. Defaults to current time if no time is specified. Learn about <a href="/docs/api-features/managing-campaigns/#campaign-scheduling" target="blank">scheduling campaigns</a>.
    Different start times can be set for the campaign's child ad groups, but they cannot occur before a `start_time` specified for the campaign.
    - If your campaign has a child ad group with a start time specified, and if you update that campaign with a `start_time` that is later than that of the ad group, the campaign `start_time` will supersede the ad group `start_time`, and the request will not return an error.
    - In this scenario, if you call <a href="/docs/api/v5/campaigns-list" target="blank">List campaigns</a> or <a href="/docs/api/v5/ad_groups-list" target="blank">List ad groups</a>, the returned campaigns or ad groups are listed with the start and end times that you assigned them, regardless of supersedence.
    """

    status: Optional[Union[EntityStatus, str]]

    tracking_urls: Optional[TrackingUrls]

    bid_options: Optional[CampaignBidOptions]
    """Object describing the campaign level bid multipliers."""

    created_time: Optional[int]
    """Campaign creation time. Unix timestamp in seconds."""

    is_campaign_budget_optimization: Optional[bool]
    """Determines if a campaign automatically generate ad-group level budgets given a campaign budget to maximize campaign outcome. When transitioning from non-cbo to cbo, all previous child ad group budget will be cleared."""

    is_performance_plus: Optional[bool]
    """Enable Pinterest Performance+ for your campaign. To learn more, see <a href="https://developers.pinterest.com/docs/api-features/pinterest-performance-plus-setup/">Pinterest Performance+ Setup</a>."""

    objective_type: Optional[Union[ObjectiveType, str]]
    """Intended result of the campaign.
    You can only update objectives for draft campaigns.
    `WEB_SESSIONS` and `VIDEO_VIEW` objectives are deprecated. We recommend using `VIDEO_COMPLETION` as an alternative for the latter.
    """

    summary_status: Optional[Union[CampaignSummaryStatus, str]]
    """Summary status for campaign"""

    type: Optional[str]
    """Always "campaign"."""

    updated_time: Optional[int]
    """UTC timestamp. Last update time."""

    _spec = (
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('daily_spend_cap', 'int', 'nullable'),
        ('end_time', 'int', 'nullable'),
        ('is_automated_campaign', 'bool', 'nullable'),
        ('is_flexible_daily_budgets', 'bool', 'nullable'),
        ('lifetime_spend_cap', 'int', 'nullable'),
        ('name', 'str'),
        ('order_line_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('start_time', 'int', 'nullable'),
        ('status', 'EntityStatus'),
        ('tracking_urls', 'TrackingUrls', 'nullable'),
        ('bid_options', 'CampaignBidOptions', 'nullable'),
        ('created_time', 'int'),
        ('is_campaign_budget_optimization', 'bool', 'nullable'),
        ('is_performance_plus', 'bool'),
        ('objective_type', 'ObjectiveType'),
        ('summary_status', 'CampaignSummaryStatus'),
        ('type', 'str'),
        ('updated_time', 'int'),
    )


class CampaignSummaryStatus(Enum):
    """Summary status for campaign"""

    RUNNING = 'RUNNING'
    PAUSED = 'PAUSED'
    NOT_STARTED = 'NOT_STARTED'
    COMPLETED = 'COMPLETED'
    ADVERTISER_DISABLED = 'ADVERTISER_DISABLED'
    ARCHIVED = 'ARCHIVED'
    DRAFT = 'DRAFT'
    DELETED_DRAFT = 'DELETED_DRAFT'


class CampaignUpdateRequest(Model):
    """CampaignUpdateRequest (component schema)."""

    id: str
    """Campaign ID."""

    ad_account_id: str
    """Campaign's Advertiser ID. If you want to create a campaign in a Business Account shared account you need to specify the Business Access advertiser ID in both the query path param as well as the request body schema."""

    daily_spend_cap: Optional[int]
    """Campaign daily spending cap. Required for Campaign Budget Optimization (CBO) campaigns. This and "lifetime_spend_cap" cannot be set at the same time."""

    end_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the campaign stop appearing. Must occur after any end times for child ad groups. If `end_time` is not specified for the campaign, ads run indefinitely unless you update the campaign, changing their status to `paused`. Learn about <a href="/docs/api-features/managing-campaigns/#campaign-scheduling" target="blank">scheduling campaigns</a>.
    Different end times can be set for the campaign's child ad groups, but they cannot occur after an `end_time` specified for the campaign.
    - If your campaign has a child ad group with an end time specified, and if you update that campaign with an `end_time` that is earlier than that of the ad group, the campaign `end_time` will supersede the ad group `end_time`, and the request will not return an error.
    - In this scenario, if you call <a href="/docs/api/v5/campaigns-list" target="blank">List campaigns</a> or <a href="/docs/api/v5/ad_groups-list" target="blank">List ad groups</a>, the returned campaigns or ad groups are listed with the start and end times that you assigned them, regardless of supersedence.
    """

    is_automated_campaign: Optional[bool]
    """Specifies whether the campaign was created in the automated campaign flow"""

    is_flexible_daily_budgets: Optional[bool]
    """Determine if a campaign has setup for flexible daily budgets, also known as "Pinterest Performance+ budgets"."""

    lifetime_spend_cap: Optional[int]
    """Campaign total spending cap. Required for Campaign Budget Optimization (CBO) campaigns. This and "daily_spend_cap" cannot be set at the same time."""

    name: Optional[str]
    """Campaign name."""

    order_line_id: Optional[str]
    """Order line ID that appears on the invoice."""

    start_time: Optional[int]
    """Timestamp in Unix format for scheduling when ads in the campaign start to appear. Must precede any start times set for child ad groups. Defaults to current time if no time is specified. Learn about <a href="/docs/api-features/managing-campaigns/#campaign-scheduling" target="blank">scheduling campaigns</a>.
    Different start times can be set for the campaign's child ad groups, but they cannot occur before a `start_time` specified for the campaign.
    - If your campaign has a child ad group with a start time specified, and if you update that campaign with a `start_time` that is later than that of the ad group, the campaign `start_time` will supersede the ad group `start_time`, and the request will not return an error.
    - In this scenario, if you call <a href="/docs/api/v5/campaigns-list" target="blank">List campaigns</a> or <a href="/docs/api/v5/ad_groups-list" target="blank">List ad groups</a>, the returned campaigns or ad groups are listed with the start and end times that you assigned them, regardless of supersedence.
    """

    status: Optional[Union[EntityStatus, str]]

    tracking_urls: Optional[TrackingUrls]

    default_ad_group_budget_in_micro_currency: Optional[int]
    """When transitioning from campaign budget optimization to non-campaign budget optimization, the default_ad_group_budget_in_micro_currency will propagate to each child ad groups daily budget. Unit is micro currency of the associated advertiser account."""

    is_campaign_budget_optimization: Optional[bool]
    """Determines if a campaign automatically generate ad-group level budgets given a campaign budget to maximize campaign outcome. When transitioning from non-cbo to cbo, all previous child ad group budget will be cleared."""

    bid_options: Optional[CampaignBidOptionsUpdate]
    """Object describing an update to the campaign level bid multipliers."""

    is_performance_plus: Optional[bool]
    """Enable Pinterest Performance+ for your campaign. To learn more, see <a href="https://developers.pinterest.com/docs/api-features/pinterest-performance-plus-setup/">Pinterest Performance+ Setup</a>. This field is immutable, except only for campaigns in draft status which may update this field."""

    objective_type: Optional[Union[ObjectiveType, str]]

    _spec = (
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('ad_account_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('daily_spend_cap', 'int', 'nullable'),
        ('end_time', 'int', 'nullable'),
        ('is_automated_campaign', 'bool', 'nullable'),
        ('is_flexible_daily_budgets', 'bool', 'nullable'),
        ('lifetime_spend_cap', 'int', 'nullable'),
        ('name', 'str'),
        ('order_line_id', 'str', 'nullable', {'pattern': '^\\d+$'}),
        ('start_time', 'int', 'nullable'),
        ('status', 'EntityStatus'),
        ('tracking_urls', 'TrackingUrls', 'nullable'),
        ('default_ad_group_budget_in_micro_currency', 'int', 'nullable'),
        ('is_campaign_budget_optimization', 'bool', 'nullable'),
        ('bid_options', 'CampaignBidOptionsUpdate'),
        ('is_performance_plus', 'bool'),
        ('objective_type', 'ObjectiveType', 'nullable'),
    )


class CampaignsAnalyticsResponse(ModelList):
    """CampaignsAnalyticsResponse (component schema `CampaignsAnalyticsResponse`)."""

    _item_type = 'CampaignsAnalyticsResponseItem'


class CampaignsAnalyticsResponseItem(Model):
    """CampaignsAnalyticsResponseItem (inline schema)."""

    CAMPAIGN_ID: Optional[str]
    """The ID of the campaing that this metrics belongs to. Returned as long as aggregate_report_rows is not true."""

    DATE: Optional[datetime.date]
    """Current metrics date. Only returned when granularity is a time-based value (`DAY`, `HOUR`, `WEEK`, `MONTH`)"""

    _spec = (
        ('CAMPAIGN_ID', 'str', '', {'pattern': '^\\d+$'}),
        ('DATE', 'date'),
    )


class CampaignsListResponse(Model):
    """CampaignsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[CampaignResponse]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[CampaignResponse]', 'required'),
    )


class CancelInvitesBody(Model):
    """Request body used to cancel invites"""

    invite_ids: List[str]
    """List of invite/request ids to be cancelled"""

    _spec = (
        ('invite_ids', 'list[str]', 'required', {'items': {'max_length': 25, 'pattern': '^\\d+$'}, 'max_items': 50, 'min_items': 1}),
    )


class CarouselSlot(Model):
    """CarouselSlot (component schema `CarouselSlot`)."""

    description: Optional[str]
    """Carousel Pin slot description."""

    link: Optional[str]
    """Carousel Pin slot link."""

    title: Optional[str]
    """Carousel Pin slot title."""

    _spec = (
        ('description', 'str'),
        ('link', 'str'),
        ('title', 'str'),
    )


class Catalog(Model):
    """Catalog entity"""

    created_at: datetime.datetime

    id: str
    """ID of the catalog entity."""

    updated_at: datetime.datetime

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    name: Optional[str]
    """A human-friendly name associated to a catalog entity."""

    _spec = (
        ('created_at', 'datetime', 'required'),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('updated_at', 'datetime', 'required'),
        ('catalog_type', 'CatalogsType', 'required'),
        ('name', 'str', 'required nullable'),
    )


class CatalogProductGroup(Model):
    """Deprecated: from Pinterest's spec 5.10.0, no longer in the current spec; kept for code written against the original client.

    non-promoted catalog product group entity
    """

    id: Optional[str]
    """ID of the catalog product group."""

    merchant_id: Optional[str]
    """Merchant ID pertaining to the owner of the catalog product group."""

    name: Optional[str]
    """Name of catalog product group"""

    filters: Optional[Dict[str, Any]]
    """Object holding a list of filters"""

    filter_v2: Optional[Dict[str, Any]]
    """Object holding a list of filters"""

    type: Optional[Board]
    """Board model containing properties related to a Pinterest Board."""

    status: Optional[Union[EntityStatus, str]]
    """Entity status"""

    feed_profile_id: Optional[str]
    """id of the feed profile belonging to this catalog product group"""

    created_at: Optional[int]
    """Unix timestamp in seconds of when catalog product group was created."""

    last_update: Optional[int]
    """Unix timestamp in seconds of last time catalog product group was updated."""

    product_count: Optional[int]
    """Amount of products in the catalog product group"""

    featured_position: Optional[int]
    """index of the featured position of the catalog product group"""

    _spec = (
        ('id', 'str'),
        ('merchant_id', 'str', '', {'pattern': '^\\d+$'}),
        ('name', 'str'),
        ('filters', 'dict[any]'),
        ('filter_v2', 'dict[any]'),
        ('type', 'Board'),
        ('status', 'EntityStatus'),
        ('feed_profile_id', 'str', '', {'pattern': '^\\d+$'}),
        ('created_at', 'int'),
        ('last_update', 'int'),
        ('product_count', 'int'),
        ('featured_position', 'int'),
    )


class CatalogsAvailableFilterValues(UnionModel):
    """Object holding available filter values for each filter key

    One of: `CatalogsRetailAvailableFilterValues`, `CatalogsHotelAvailableFilterValues`, `CatalogsCreativeAssetsAvailableFilterValues`.
    """

    _variants = ('CatalogsRetailAvailableFilterValues', 'CatalogsHotelAvailableFilterValues', 'CatalogsCreativeAssetsAvailableFilterValues')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailAvailableFilterValues', 'HOTEL': 'CatalogsHotelAvailableFilterValues', 'CREATIVE_ASSETS': 'CatalogsCreativeAssetsAvailableFilterValues'})


class CatalogsCreateCreativeAssetsItem(Model):
    """A creative assets item to be created."""

    attributes: CatalogsCreativeAssetsAttributes

    creative_assets_id: str
    """The catalog creative assets id in the merchant namespace"""

    operation: str

    _spec = (
        ('attributes', 'CatalogsCreativeAssetsAttributes', 'required'),
        ('creative_assets_id', 'str', 'required'),
        ('operation', 'str', 'required', {'enum': ('CREATE',)}),
    )


class CatalogsCreateHotelItem(Model):
    """A hotel item to be created."""

    attributes: CatalogsHotelAttributes

    hotel_id: str
    """The catalog hotel id in the merchant namespace"""

    operation: str

    _spec = (
        ('attributes', 'CatalogsHotelAttributes', 'required'),
        ('hotel_id', 'str', 'required'),
        ('operation', 'str', 'required', {'enum': ('CREATE',)}),
    )


class CatalogsCreateReportResponse(Model):
    """CatalogsCreateReportResponse (component schema `CatalogsCreateReportResponse`)."""

    token: Optional[str]
    """Token to be used to get the report"""

    _spec = (
        ('token', 'str'),
    )


class CatalogsCreateRequest(Model):
    """Request object for creating a catalog."""

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    name: str
    """A human-friendly name associated to a given catalog."""

    _spec = (
        ('catalog_type', 'CatalogsType', 'required'),
        ('name', 'str', 'required'),
    )
    _additional = None


class CatalogsCreateRetailItem(Model):
    """An item to be created"""

    attributes: ItemAttributesRequest

    item_id: str
    """The catalog item id in the merchant namespace"""

    operation: str

    _spec = (
        ('attributes', 'ItemAttributesRequest', 'required'),
        ('item_id', 'str', 'required'),
        ('operation', 'str', 'required', {'enum': ('CREATE',)}),
    )


class CatalogsCreativeAssetsAttributes(Model):
    """CatalogsCreativeAssetsAttributes (component schema)."""

    image_link: Optional[str]
    """The creative assets image."""

    video_link: Optional[str]
    """The creative assets video."""

    android_deep_link: Optional[str]
    """Link to the creative assets page."""

    custom_label_0: Optional[str]
    """Custom grouping of creative assets."""

    custom_label_1: Optional[str]
    """Custom grouping of creative assets."""

    custom_label_2: Optional[str]
    """Custom grouping of creative assets."""

    custom_label_3: Optional[str]
    """Custom grouping of creative assets."""

    custom_label_4: Optional[str]
    """Custom grouping of creative assets."""

    description: Optional[str]
    """Brief description of the creative assets."""

    google_product_category: Optional[str]
    """The categorization of the product based on the standardized Google Product Taxonomy. This is a set taxonomy. Both the text values and numeric codes are accepted."""

    ios_deep_link: Optional[str]
    """IOS deep link to the creative assets page."""

    link: Optional[str]
    """Link to the creative assets page."""

    title: Optional[str]
    """The name of the creative assets."""

    visibility: Optional[str]
    """Visibility of the creative assets. Must be one of the following values (upper or lowercase): ‘visible’, ‘hidden’."""

    _spec = (
        ('image_link', 'str'),
        ('video_link', 'str'),
        ('android_deep_link', 'str', 'nullable'),
        ('custom_label_0', 'str', 'nullable'),
        ('custom_label_1', 'str', 'nullable'),
        ('custom_label_2', 'str', 'nullable'),
        ('custom_label_3', 'str', 'nullable'),
        ('custom_label_4', 'str', 'nullable'),
        ('description', 'str'),
        ('google_product_category', 'str', 'nullable'),
        ('ios_deep_link', 'str', 'nullable'),
        ('link', 'str'),
        ('title', 'str'),
        ('visibility', 'str', 'nullable'),
    )


class CatalogsCreativeAssetsAvailableFilterValues(Model):
    """catalogs_creative_assets_available_filter_values"""

    catalog_type: str

    filter_values: CatalogsCreativeAssetsAvailableFilterValuesFilterValues
    """A map of filter attributes to their available values."""

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('CREATIVE_ASSETS',)}),
        ('filter_values', 'CatalogsCreativeAssetsAvailableFilterValuesFilterValues', 'required'),
    )


class CatalogsCreativeAssetsAvailableFilterValuesFilterValues(Model):
    """A map of filter attributes to their available values."""

    custom_label_0: Optional[List[str]]

    custom_label_1: Optional[List[str]]

    custom_label_2: Optional[List[str]]

    custom_label_3: Optional[List[str]]

    custom_label_4: Optional[List[str]]

    google_product_category_0: Optional[List[str]]

    google_product_category_1: Optional[List[str]]

    google_product_category_2: Optional[List[str]]

    google_product_category_3: Optional[List[str]]

    google_product_category_4: Optional[List[str]]

    google_product_category_5: Optional[List[str]]

    google_product_category_6: Optional[List[str]]

    media_type: Optional[List[str]]

    _spec = (
        ('custom_label_0', 'list[str]'),
        ('custom_label_1', 'list[str]'),
        ('custom_label_2', 'list[str]'),
        ('custom_label_3', 'list[str]'),
        ('custom_label_4', 'list[str]'),
        ('google_product_category_0', 'list[str]'),
        ('google_product_category_1', 'list[str]'),
        ('google_product_category_2', 'list[str]'),
        ('google_product_category_3', 'list[str]'),
        ('google_product_category_4', 'list[str]'),
        ('google_product_category_5', 'list[str]'),
        ('google_product_category_6', 'list[str]'),
        ('media_type', 'list[str]', '', {'items': {'enum': ('IMAGE', 'VIDEO')}}),
    )


class CatalogsCreativeAssetsBatchItem(UnionModel):
    """Creative assets batch item

    One of: `CatalogsCreateCreativeAssetsItem`, `CatalogsUpsertCreativeAssetsItem`, `CatalogsUpdateCreativeAssetsItem`, `CatalogsDeleteCreativeAssetsItem`.
    """

    _variants = ('CatalogsCreateCreativeAssetsItem', 'CatalogsUpsertCreativeAssetsItem', 'CatalogsUpdateCreativeAssetsItem', 'CatalogsDeleteCreativeAssetsItem')
    _discriminator = ('operation', {'CREATE': 'CatalogsCreateCreativeAssetsItem', 'UPSERT': 'CatalogsUpsertCreativeAssetsItem', 'UPDATE': 'CatalogsUpdateCreativeAssetsItem', 'DELETE': 'CatalogsDeleteCreativeAssetsItem'})


class CatalogsCreativeAssetsBatchRequest(Model):
    """Request object to update catalogs creative assets items"""

    catalog_id: Optional[str]
    """Catalog id pertaining to the creative assets item. If not provided, default to oldest creative assets catalog"""

    catalog_type: str

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    items: List[CatalogsCreativeAssetsBatchItem]
    """Array with creative assets item operations"""

    language: str
    """We recommend using the CatalogsLocale values."""

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('CREATIVE_ASSETS',)}),
        ('country', 'Country', 'required'),
        ('items', 'list[CatalogsCreativeAssetsBatchItem]', 'required', {'max_items': 1000, 'min_items': 1}),
        ('language', 'str', 'required', {'enum': ('af-ZA', 'ar-SA', 'bg-BG', 'bn-IN', 'cs-CZ', 'da-DK', 'de', 'el-GR', 'en-AU', 'en-CA', 'en-GB', 'en-IN', 'en-US', 'es-419', 'es-AR', 'es-ES', 'es-MX', 'fi-FI', 'fr', 'fr-CA', 'he-IL', 'hi-IN', 'hr-HR', 'hu-HU', 'id-ID', 'it', 'ja', 'ko-KR', 'ms-MY', 'nb-NO', 'nl', 'pl-PL', 'pt-BR', 'pt-PT', 'ro-RO', 'ru-RU', 'sk-SK', 'sv-SE', 'te-IN', 'th-TH', 'tl-PH', 'tr', 'uk-UA', 'vi-VN', 'zh-CN', 'zh-TW', 'AM', 'AR', 'AZ', 'BG', 'BN', 'BS', 'CA', 'CS', 'DA', 'DV', 'DZ', 'DE', 'EL', 'EN', 'ES', 'ET', 'FA', 'FI', 'FR', 'HE', 'HI', 'HR', 'HU', 'HY', 'ID', 'IN', 'IS', 'IT', 'IW', 'JA', 'KA', 'KM', 'KO', 'LO', 'LT', 'LV', 'MK', 'MN', 'MS', 'MY', 'NB', 'NE', 'NL', 'NO', 'PL', 'PT', 'RO', 'RU', 'SK', 'SL', 'SQ', 'SR', 'SV', 'TL', 'UK', 'VI', 'TE', 'TH', 'TR', 'XX', 'ZH')}),
    )
    _additional = None


class CatalogsCreativeAssetsFeed(Model):
    """Catalogs Creative Asset Feed object"""

    created_at: datetime.datetime

    id: str

    updated_at: datetime.datetime

    catalog_id: str
    """Catalog id pertaining to the feed. If not provided, feed will use a default catalog based on type."""

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    credentials: Optional[CatalogsFeedCredentials]
    """This field is **OPTIONAL**. Use this if your feed file requires username and password."""

    default_country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    default_currency: Optional[Union[NullableCurrency, str]]
    """Currency Codes from ISO 4217."""

    default_locale: str
    """The locale used within a feed for product descriptions."""

    format: Union[CatalogsFormat, str]
    """The file format of a feed."""

    location: str
    """The URL where a feed is available for download. This URL is what Pinterest will use to download a feed for processing."""

    name: Optional[str]
    """A human-friendly name associated to a given feed. This value is currently nullable due to historical reasons. It is expected to become non-nullable in the future."""

    preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule]
    """Daily processing schedule. This field is **OPTIONAL**. Use this to configure the preferred time for processing a feed (otherwise random)."""

    status: Union[CatalogsStatus, str]
    """Status for catalogs entities. Present in catalogs_feed values. When a feed is deleted, the response will inform DELETED as status."""

    _spec = (
        ('created_at', 'datetime', 'required'),
        ('id', 'str', 'required'),
        ('updated_at', 'datetime', 'required'),
        ('catalog_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('catalog_type', 'CatalogsType', 'required'),
        ('credentials', 'CatalogsFeedCredentials', 'required nullable'),
        ('default_country', 'Country', 'required'),
        ('default_currency', 'NullableCurrency', 'required nullable'),
        ('default_locale', 'str', 'required'),
        ('format', 'CatalogsFormat', 'required'),
        ('location', 'str', 'required'),
        ('name', 'str', 'required nullable'),
        ('preferred_processing_schedule', 'CatalogsFeedProcessingSchedule', 'required nullable'),
        ('status', 'CatalogsStatus', 'required'),
    )


class CatalogsCreativeAssetsFeedsCreateRequest(Model):
    """Request object for creating a feed."""

    catalog_id: Optional[str]
    """Catalog id pertaining to the feed. If not provided, feed will use a default catalog based on type. At the moment a catalog can not have multiple creative assets feeds but this will change in the future."""

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    credentials: Optional[CatalogsFeedCredentials]
    """This field is **OPTIONAL**. Use this if your feed file requires username and password."""

    default_country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    default_currency: Optional[Union[NullableCurrency, str]]
    """Currency Codes from ISO 4217."""

    default_locale: str
    """The locale used within a feed for product descriptions."""

    format: Union[CatalogsFormat, str]
    """The file format of a feed."""

    location: str
    """The URL where a feed is available for download. This URL is what Pinterest will use to download a feed for processing."""

    name: str
    """A human-friendly name associated to a given feed."""

    preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule]
    """Daily processing schedule. This field is **OPTIONAL**. Use this to configure the preferred time for processing a feed (otherwise random)."""

    status: Optional[Union[CatalogsStatus, str]]

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('catalog_type', 'CatalogsType', 'required'),
        ('credentials', 'CatalogsFeedCredentials', 'nullable'),
        ('default_country', 'Country', 'required'),
        ('default_currency', 'NullableCurrency', 'nullable'),
        ('default_locale', 'str', 'required'),
        ('format', 'CatalogsFormat', 'required'),
        ('location', 'str', 'required', {'pattern': '^(http|https|ftp|sftp)://'}),
        ('name', 'str', 'required'),
        ('preferred_processing_schedule', 'CatalogsFeedProcessingSchedule', 'nullable'),
        ('status', 'CatalogsStatus'),
    )
    _additional = None


class CatalogsCreativeAssetsFeedsUpdateRequest(Model):
    """Request object for updating a feed."""

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    credentials: Optional[CatalogsFeedCredentials]
    """This field is **OPTIONAL**. Use this if your feed file requires username and password."""

    default_currency: Optional[Union[NullableCurrency, str]]
    """Currency Codes from ISO 4217."""

    format: Optional[Union[CatalogsFormat, str]]
    """The file format of a feed."""

    location: Optional[str]
    """The URL where a feed is available for download. This URL is what Pinterest will use to download a feed for processing."""

    name: Optional[str]
    """A human-friendly name associated to a given feed."""

    preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule]
    """Daily processing schedule. This field is **OPTIONAL**. Use this to configure the preferred time for processing a feed (otherwise random)."""

    status: Optional[Union[CatalogsStatus, str]]
    """Status for catalogs entities. Present in catalogs_feed values. When a feed is deleted, the response will inform DELETED as status."""

    _spec = (
        ('catalog_type', 'CatalogsType', 'required'),
        ('credentials', 'CatalogsFeedCredentials', 'nullable'),
        ('default_currency', 'NullableCurrency', 'nullable'),
        ('format', 'CatalogsFormat'),
        ('location', 'str', '', {'pattern': '^(http|https|ftp|sftp)://'}),
        ('name', 'str'),
        ('preferred_processing_schedule', 'CatalogsFeedProcessingSchedule', 'nullable'),
        ('status', 'CatalogsStatus'),
    )
    _additional = None


class CatalogsCreativeAssetsItemErrorResponse(Model):
    """Object describing a creative assets item error"""

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    creative_assets_id: Optional[str]
    """The catalog creative assets id in the merchant namespace"""

    errors: List[ItemValidationEvent]
    """Array with the errors for the item id requested"""

    _spec = (
        ('catalog_type', 'CatalogsType', 'required'),
        ('creative_assets_id', 'str'),
        ('errors', 'list[ItemValidationEvent]', 'required'),
    )
    _additional = None


class CatalogsCreativeAssetsItemResponse(Model):
    """Object describing a hotel record"""

    attributes: Optional[CatalogsCreativeAssetsAttributes]

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    creative_assets_id: Optional[str]
    """The catalog creative assets id in the merchant namespace"""

    pins: Optional[List[Pin]]
    """The pins mapped to the item"""

    _spec = (
        ('attributes', 'CatalogsCreativeAssetsAttributes'),
        ('catalog_type', 'CatalogsType', 'required'),
        ('creative_assets_id', 'str'),
        ('pins', 'list[Pin]', 'nullable', {'max_items': 11}),
    )
    _additional = None


class CatalogsCreativeAssetsItemsBatch(Model):
    """Object describing the catalogs creative assets items batch"""

    batch_id: Optional[str]
    """Id of the catalogs items batch"""

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    completed_time: Optional[datetime.datetime]
    """Date and time (UTC) of the batch completion: YYYY-MM-DD'T'hh:mm:ss"""

    created_time: Optional[datetime.datetime]
    """Date and time (UTC) of the batch creation: YYYY-MM-DD'T'hh:mm:ss"""

    items: Optional[List[CreativeAssetsProcessingRecord]]
    """Array with the catalogs items processing records part of the catalogs items batch"""

    status: Optional[Union[BatchOperationStatus, str]]
    """The status of the operation performed by the batch"""

    _spec = (
        ('batch_id', 'str'),
        ('catalog_type', 'CatalogsType', 'required'),
        ('completed_time', 'datetime', 'nullable read_only'),
        ('created_time', 'datetime', 'read_only'),
        ('items', 'list[CreativeAssetsProcessingRecord]'),
        ('status', 'BatchOperationStatus'),
    )


class CatalogsCreativeAssetsItemsFilter(Model):
    """CatalogsCreativeAssetsItemsFilter (component schema `CatalogsCreativeAssetsItemsFilter`)."""

    catalog_id: Optional[str]
    """Catalog id pertaining to the creative assets item. If not provided, default to oldest creative assets catalog"""

    catalog_type: str

    creative_assets_ids: List[str]

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('CREATIVE_ASSETS',)}),
        ('creative_assets_ids', 'list[str]', 'required', {'max_items': 100, 'min_items': 1}),
    )


class CatalogsCreativeAssetsItemsPostFilter(Model):
    """CatalogsCreativeAssetsItemsPostFilter (component schema `CatalogsCreativeAssetsItemsPostFilter`)."""

    catalog_id: Optional[str]
    """Catalog id pertaining to the creative assets item. If not provided, default to oldest creative assets catalog"""

    catalog_type: str

    creative_assets_ids: List[str]

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('CREATIVE_ASSETS',)}),
        ('creative_assets_ids', 'list[str]', 'required', {'max_items': 1000, 'min_items': 1}),
    )


class CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest(Model):
    """Request object to list products for a given creative assets catalog_id and product group filter."""

    catalog_id: str
    """Catalog id pertaining to the creative assets product group."""

    catalog_type: str

    filters: CatalogsCreativeAssetsProductGroupFilters
    """Object holding a group of filters for a creative assets product group"""

    _spec = (
        ('catalog_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('CREATIVE_ASSETS',)}),
        ('filters', 'CatalogsCreativeAssetsProductGroupFilters', 'required'),
    )
    _additional = None


class CatalogsCreativeAssetsProduct(Model):
    """CatalogsCreativeAssetsProduct (component schema `CatalogsCreativeAssetsProduct`)."""

    catalog_type: str

    metadata: CatalogsCreativeAssetsProductMetadata
    """Creative assets product metadata entity"""

    pin: Pin
    """Pin model containing properties related to a Pinterest Pin."""

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('CREATIVE_ASSETS',)}),
        ('metadata', 'CatalogsCreativeAssetsProductMetadata', 'required'),
        ('pin', 'Pin', 'required'),
    )


class CatalogsCreativeAssetsProductGroup(Model):
    """creative_assets_product_group"""

    catalog_id: str
    """Catalog id pertaining to the creative assets product group."""

    catalog_type: str

    created_at: Optional[int]
    """Unix timestamp in seconds of when catalog product group was created."""

    description: Optional[str]

    filters: CatalogsCreativeAssetsProductGroupFilters
    """Object holding a group of filters for a creative assets product group"""

    id: str
    """ID of the creative assets product group."""

    name: Optional[str]
    """Name of creative assets product group"""

    updated_at: Optional[int]
    """Unix timestamp in seconds of last time catalog product group was updated."""

    _spec = (
        ('catalog_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('CREATIVE_ASSETS',)}),
        ('created_at', 'int'),
        ('description', 'str', 'nullable'),
        ('filters', 'CatalogsCreativeAssetsProductGroupFilters', 'required'),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('name', 'str'),
        ('updated_at', 'int'),
    )


class CatalogsCreativeAssetsProductGroupCreateRequest(Model):
    """Request object for creating a creative assets product group."""

    catalog_id: str
    """Catalog id pertaining to the creative assets product group."""

    catalog_type: str

    description: Optional[str]

    filters: CatalogsCreativeAssetsProductGroupFilters
    """Object holding a group of filters for a creative assets product group"""

    name: str

    _spec = (
        ('catalog_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('CREATIVE_ASSETS',)}),
        ('description', 'str', 'nullable'),
        ('filters', 'CatalogsCreativeAssetsProductGroupFilters', 'required'),
        ('name', 'str', 'required'),
    )
    _additional = None


class CatalogsCreativeAssetsProductGroupFilterKeys(UnionModel):
    """catalogs_product_group_keys

    One of: `CreativeAssetsIdFilter`, `CustomLabel0Filter`, `CustomLabel1Filter`, `CustomLabel2Filter`, `CustomLabel3Filter`, `CustomLabel4Filter`, `GoogleProductCategory6Filter`, `GoogleProductCategory5Filter`, `GoogleProductCategory4Filter`, `GoogleProductCategory3Filter`, `GoogleProductCategory2Filter`, `GoogleProductCategory1Filter`, `GoogleProductCategory0Filter`, `MediaTypeFilter`, `TitleKeywordsFilter`.
    """

    _variants = ('CreativeAssetsIdFilter', 'CustomLabel0Filter', 'CustomLabel1Filter', 'CustomLabel2Filter', 'CustomLabel3Filter', 'CustomLabel4Filter', 'GoogleProductCategory6Filter', 'GoogleProductCategory5Filter', 'GoogleProductCategory4Filter', 'GoogleProductCategory3Filter', 'GoogleProductCategory2Filter', 'GoogleProductCategory1Filter', 'GoogleProductCategory0Filter', 'MediaTypeFilter', 'TitleKeywordsFilter')


class CatalogsCreativeAssetsProductGroupFilters(UnionModel):
    """Object holding a group of filters for a creative assets product group

    One of: `CatalogsCreativeAssetsProductGroupFiltersAnyOf`, `CatalogsCreativeAssetsProductGroupFiltersAllOf`.
    """

    _variants = ('CatalogsCreativeAssetsProductGroupFiltersAnyOf', 'CatalogsCreativeAssetsProductGroupFiltersAllOf')


class CatalogsCreativeAssetsProductGroupFiltersAllOf(Model):
    """all_of"""

    all_of: List[CatalogsCreativeAssetsProductGroupFilterKeys]

    _spec = (
        ('all_of', 'list[CatalogsCreativeAssetsProductGroupFilterKeys]', 'required'),
    )
    _additional = None


class CatalogsCreativeAssetsProductGroupFiltersAnyOf(Model):
    """any_of"""

    any_of: List[CatalogsCreativeAssetsProductGroupFilterKeys]

    _spec = (
        ('any_of', 'list[CatalogsCreativeAssetsProductGroupFilterKeys]', 'required'),
    )
    _additional = None


class CatalogsCreativeAssetsProductGroupProductCounts(Model):
    """Product counts for a Creative Assets CatalogsProductGroup"""

    catalog_type: str

    total: float

    videos: float

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('CREATIVE_ASSETS',)}),
        ('total', 'float', 'required', {'minimum': 0}),
        ('videos', 'float', 'required', {'minimum': 0}),
    )


class CatalogsCreativeAssetsProductGroupUpdateRequest(Model):
    """Request object for updating a creative assets product group."""

    catalog_type: Optional[str]

    description: Optional[str]

    filters: Optional[CatalogsCreativeAssetsProductGroupFilters]
    """Object holding a group of filters for a creative assets product group"""

    name: Optional[str]

    _spec = (
        ('catalog_type', 'str', '', {'enum': ('CREATIVE_ASSETS',)}),
        ('description', 'str', 'nullable'),
        ('filters', 'CatalogsCreativeAssetsProductGroupFilters'),
        ('name', 'str'),
    )
    _additional = None


class CatalogsCreativeAssetsProductMetadata(Model):
    """Creative assets product metadata entity"""

    creative_assets_id: str
    """The user-created unique ID that represents the creative assets item."""

    visibility: Union[CreativeAssetsVisibilityType, str]
    """Creative assets visibility."""

    _spec = (
        ('creative_assets_id', 'str', 'required'),
        ('visibility', 'CreativeAssetsVisibilityType', 'required'),
    )


class CatalogsDbItem(Model):
    """db_item"""

    created_at: datetime.datetime

    id: str

    updated_at: datetime.datetime

    _spec = (
        ('created_at', 'datetime', 'required'),
        ('id', 'str', 'required'),
        ('updated_at', 'datetime', 'required'),
    )


class CatalogsDeleteCreativeAssetsItem(Model):
    """A creative assets item to be deleted"""

    creative_assets_id: str
    """The catalog creative assets id in the merchant namespace"""

    operation: str

    _spec = (
        ('creative_assets_id', 'str', 'required'),
        ('operation', 'str', 'required', {'enum': ('DELETE',)}),
    )


class CatalogsDeleteHotelItem(Model):
    """A hotel item to be deleted"""

    hotel_id: str
    """The catalog hotel id in the merchant namespace"""

    operation: str

    _spec = (
        ('hotel_id', 'str', 'required'),
        ('operation', 'str', 'required', {'enum': ('DELETE',)}),
    )


class CatalogsDeleteRetailItem(Model):
    """An item to be deleted"""

    item_id: str
    """The catalog item id in the merchant namespace"""

    last_updated_time: Optional[int]
    """The millisecond timestamp when the item was lastly modified by the merchant."""

    operation: str

    _spec = (
        ('item_id', 'str', 'required'),
        ('last_updated_time', 'int'),
        ('operation', 'str', 'required', {'enum': ('DELETE',)}),
    )


class CatalogsFeed(UnionModel):
    """Catalogs Feed object

    One of: `CatalogsRetailFeed`, `CatalogsHotelFeed`, `CatalogsCreativeAssetsFeed`.
    """

    _variants = ('CatalogsRetailFeed', 'CatalogsHotelFeed', 'CatalogsCreativeAssetsFeed')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailFeed', 'HOTEL': 'CatalogsHotelFeed', 'CREATIVE_ASSETS': 'CatalogsCreativeAssetsFeed'})


class CatalogsFeedCredentials(Model):
    """This field is **OPTIONAL**. Use this if your feed file requires username and password."""

    password: str
    """The required password for downloading a feed."""

    username: str
    """The required username for downloading a feed."""

    _spec = (
        ('password', 'str', 'required'),
        ('username', 'str', 'required'),
    )


class CatalogsFeedIngestion(Model):
    """CatalogsFeedIngestion (component schema `CatalogsFeedIngestion`)."""

    created_at: datetime.datetime

    feed_id: str

    id: str

    status: Union[CatalogsFeedProcessingStatus, str]

    _spec = (
        ('created_at', 'datetime', 'required'),
        ('feed_id', 'str', 'required'),
        ('id', 'str', 'required'),
        ('status', 'CatalogsFeedProcessingStatus', 'required'),
    )


class CatalogsFeedIngestionDetails(Model):
    """CatalogsFeedIngestionDetails (component schema `CatalogsFeedIngestionDetails`)."""

    errors: CatalogsFeedIngestionErrors

    info: CatalogsFeedIngestionInfo

    warnings: CatalogsFeedIngestionWarnings

    _spec = (
        ('errors', 'CatalogsFeedIngestionErrors', 'required'),
        ('info', 'CatalogsFeedIngestionInfo', 'required'),
        ('warnings', 'CatalogsFeedIngestionWarnings', 'required'),
    )


class CatalogsFeedIngestionErrors(Model):
    """CatalogsFeedIngestionErrors (component schema)."""

    ACCOUNT_FLAGGED: Optional[int]
    """We detected an issue with your account and are not currently ingesting your items. Please review our policies at policy.pinterest.com/community-guidelines#section-spam or contact us at help.pinterest.com/contact for more information."""

    FETCH_GOOGLE_SHEET_NOT_SHARED: Optional[int]
    """Update your Google Sheets sharing settings to 'Anyone with link' as a Viewer so that Pinterest can access your file."""

    IMAGE_FILE_NOT_ACCESSIBLE: Optional[int]
    """Image files are unreadable. Please upload new files to continue."""

    IMAGE_FILE_NOT_FOUND: Optional[int]
    """Image files are unreadable. Please upload new files to continue."""

    IMAGE_INVALID_FILE: Optional[int]
    """Image files are unreadable. Please upload new files to continue."""

    IMAGE_LEVEL_INTERNAL_ERROR: Optional[int]
    """We experienced a technical difficulty and were unable to download some images. The next download attempt will happen in 24 hours."""

    IMAGE_MALFORMED_URL: Optional[int]
    """Image files are unreadable. Please check your link and upload new files to continue."""

    LARGE_PRODUCT_COUNT_DECREASE: Optional[int]
    """The product count has decreased by more than 99% compared to the last successful ingestion."""

    LINE_LEVEL_INTERNAL_ERROR: Optional[int]
    """We experienced a technical difficulty and were unable to ingest this some items. The next ingestion will happen in 24 hours."""

    _spec = (
        ('ACCOUNT_FLAGGED', 'int'),
        ('FETCH_GOOGLE_SHEET_NOT_SHARED', 'int'),
        ('IMAGE_FILE_NOT_ACCESSIBLE', 'int'),
        ('IMAGE_FILE_NOT_FOUND', 'int'),
        ('IMAGE_INVALID_FILE', 'int'),
        ('IMAGE_LEVEL_INTERNAL_ERROR', 'int'),
        ('IMAGE_MALFORMED_URL', 'int'),
        ('LARGE_PRODUCT_COUNT_DECREASE', 'int', '', {'enum': (1,)}),
        ('LINE_LEVEL_INTERNAL_ERROR', 'int'),
    )


class CatalogsFeedIngestionInfo(Model):
    """CatalogsFeedIngestionInfo (component schema)."""

    IN_STOCK: Optional[int]
    """The number of ingested products that are in stock."""

    OUT_OF_STOCK: Optional[int]
    """The number of ingested products that are in out of stock."""

    PREORDER: Optional[int]
    """The number of ingested products that are in preorder."""

    _spec = (
        ('IN_STOCK', 'int'),
        ('OUT_OF_STOCK', 'int'),
        ('PREORDER', 'int'),
    )


class CatalogsFeedIngestionWarnings(Model):
    """CatalogsFeedIngestionWarnings (component schema)."""

    AD_IMAGE_DOWNLOAD_CONTENT_READ_ERROR: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_DNS_LOOKUP_ERROR: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_FILE_NOT_ACCESSIBLE: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_FILE_NOT_FOUND: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_400: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_403: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_404: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_405: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_410: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_429: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_500: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_502: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_503: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_504: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_507: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_508: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_520: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_521: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_522: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_HTTP_STATUS_525: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_INTERNAL_CONFIGURATION_ERROR: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_IMAGE_DOWNLOAD_INTERNAL_ERROR: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_IMAGE_DOWNLOAD_INTERNAL_FAILED_TO_DOWNLOAD: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_IMAGE_DOWNLOAD_INTERNAL_MALFORMED_URL: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_INTERNAL_RATE_LIMITED: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_IMAGE_DOWNLOAD_INTERNAL_REQUEST_EXPIRED: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_IMAGE_DOWNLOAD_INVALID_FILE: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_SITE_ERROR: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_SITE_TIMEOUT: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_SSL_ERROR: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_DOWNLOAD_SSL_HANDSHAKE_ERROR: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_PROCESSING_EMPTY_FILE: Optional[int]
    """Ad image files are unreadable. Please check your link and upload new files to continue."""

    AD_IMAGE_PROCESSING_HEIGHT_TOO_SMALL: Optional[int]
    """Ad images must have a height larger than 75 pixels"""

    AD_IMAGE_PROCESSING_TOO_MANY_PIXELS: Optional[int]
    """Ad images must have a maximum area (width x height) of less than 89478485 pixels"""

    AD_IMAGE_PROCESSING_TYPE_MISMATCH: Optional[int]
    """Some ad images could not be processed due to a file type mismatch."""

    AD_IMAGE_PROCESSING_WIDTH_TOO_SMALL: Optional[int]
    """Ad images must have a width larger than 75 pixels"""

    AD_VIDEO_DOWNLOAD_CONTENT_READ_ERROR: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_DNS_LOOKUP_ERROR: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_FILE_NOT_ACCESSIBLE: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_FILE_NOT_FOUND: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_400: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_403: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_404: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_405: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_410: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_429: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_500: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_502: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_503: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_504: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_507: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_508: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_520: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_521: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_522: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_HTTP_STATUS_525: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_INTERNAL_CONFIGURATION_ERROR: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_VIDEO_DOWNLOAD_INTERNAL_ERROR: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_VIDEO_DOWNLOAD_INTERNAL_FAILED_TO_DOWNLOAD: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_VIDEO_DOWNLOAD_INTERNAL_MALFORMED_URL: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_INTERNAL_RATE_LIMITED: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_VIDEO_DOWNLOAD_INTERNAL_REQUEST_EXPIRED: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    AD_VIDEO_DOWNLOAD_INVALID_FILE: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_SITE_ERROR: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_SITE_TIMEOUT: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_SSL_ERROR: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_DOWNLOAD_SSL_HANDSHAKE_ERROR: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_LENGTH_TOO_SHORT: Optional[int]
    """Ad videos length is too short. Please ensure that all ad videos are at least 4 seconds long."""

    AD_VIDEO_PROCESSING_EMPTY_FILE: Optional[int]
    """Ad video files are unreadable. Please check your link and upload new files to continue."""

    AD_VIDEO_PROCESSING_HEIGHT_TOO_SMALL: Optional[int]
    """Ad videos must have a height larger than 75 pixels"""

    AD_VIDEO_PROCESSING_TOO_MANY_PIXELS: Optional[int]
    """Ad videos must have a maximum area (width x height) of less than 89478485 pixels"""

    AD_VIDEO_PROCESSING_TYPE_MISMATCH: Optional[int]
    """Some ad videos could not be processed due to a file type mismatch."""

    AD_VIDEO_PROCESSING_WIDTH_TOO_SMALL: Optional[int]
    """Ad videos must have a width larger than 75 pixels"""

    ADDITIONAL_IMAGE_FILE_NOT_ACCESSIBLE: Optional[int]
    """Additional image files are unreadable. Please upload new files to continue."""

    ADDITIONAL_IMAGE_FILE_NOT_FOUND: Optional[int]
    """Additional image files are unreadable. Please upload new files to continue."""

    ADDITIONAL_IMAGE_INVALID_FILE: Optional[int]
    """Additional image files are unreadable. Please upload new files to continue."""

    ADDITIONAL_IMAGE_LEVEL_INTERNAL_ERROR: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional images. The next download attempt will happen in 24 hours."""

    ADDITIONAL_IMAGE_MALFORMED_URL: Optional[int]
    """Additional image files are unreadable. Please check your link and upload new files to continue."""

    FETCH_GOOGLE_SHEET_PUBLIC_CAN_EDIT: Optional[int]
    """Update your Google Sheets sharing settings from 'Editor' to 'Viewer'."""

    HOTEL_PRICE_HEADER_IS_PRESENT: Optional[int]
    """Price is not a supported column. Use base_price and sale_price instead."""

    VIDEO_DOWNLOAD_VIDEO_TOO_SHORT: Optional[int]
    """Video length is too short. Please ensure that the main video is at least 4 seconds long."""

    VIDEO_FILE_NOT_ACCESSIBLE: Optional[int]
    """Video files are unreadable. Please upload new files to continue."""

    VIDEO_FILE_NOT_FOUND: Optional[int]
    """Video files are unreadable. Please upload new files to continue."""

    VIDEO_INVALID_FILE: Optional[int]
    """Video files are unreadable. Please upload new files to continue."""

    VIDEO_LEVEL_INTERNAL_ERROR: Optional[int]
    """We experienced a technical difficulty and were unable to download some additional videos. The next download attempt will happen in 24 hours."""

    VIDEO_MALFORMED_URL: Optional[int]
    """Video files are unreadable. Please check your link and upload new files to continue."""

    _spec = (
        ('AD_IMAGE_DOWNLOAD_CONTENT_READ_ERROR', 'int'),
        ('AD_IMAGE_DOWNLOAD_DNS_LOOKUP_ERROR', 'int'),
        ('AD_IMAGE_DOWNLOAD_FILE_NOT_ACCESSIBLE', 'int'),
        ('AD_IMAGE_DOWNLOAD_FILE_NOT_FOUND', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_400', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_403', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_404', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_405', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_410', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_429', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_500', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_502', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_503', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_504', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_507', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_508', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_520', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_521', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_522', 'int'),
        ('AD_IMAGE_DOWNLOAD_HTTP_STATUS_525', 'int'),
        ('AD_IMAGE_DOWNLOAD_INTERNAL_CONFIGURATION_ERROR', 'int'),
        ('AD_IMAGE_DOWNLOAD_INTERNAL_ERROR', 'int'),
        ('AD_IMAGE_DOWNLOAD_INTERNAL_FAILED_TO_DOWNLOAD', 'int'),
        ('AD_IMAGE_DOWNLOAD_INTERNAL_MALFORMED_URL', 'int'),
        ('AD_IMAGE_DOWNLOAD_INTERNAL_RATE_LIMITED', 'int'),
        ('AD_IMAGE_DOWNLOAD_INTERNAL_REQUEST_EXPIRED', 'int'),
        ('AD_IMAGE_DOWNLOAD_INVALID_FILE', 'int'),
        ('AD_IMAGE_DOWNLOAD_SITE_ERROR', 'int'),
        ('AD_IMAGE_DOWNLOAD_SITE_TIMEOUT', 'int'),
        ('AD_IMAGE_DOWNLOAD_SSL_ERROR', 'int'),
        ('AD_IMAGE_DOWNLOAD_SSL_HANDSHAKE_ERROR', 'int'),
        ('AD_IMAGE_PROCESSING_EMPTY_FILE', 'int'),
        ('AD_IMAGE_PROCESSING_HEIGHT_TOO_SMALL', 'int'),
        ('AD_IMAGE_PROCESSING_TOO_MANY_PIXELS', 'int'),
        ('AD_IMAGE_PROCESSING_TYPE_MISMATCH', 'int'),
        ('AD_IMAGE_PROCESSING_WIDTH_TOO_SMALL', 'int'),
        ('AD_VIDEO_DOWNLOAD_CONTENT_READ_ERROR', 'int'),
        ('AD_VIDEO_DOWNLOAD_DNS_LOOKUP_ERROR', 'int'),
        ('AD_VIDEO_DOWNLOAD_FILE_NOT_ACCESSIBLE', 'int'),
        ('AD_VIDEO_DOWNLOAD_FILE_NOT_FOUND', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_400', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_403', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_404', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_405', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_410', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_429', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_500', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_502', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_503', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_504', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_507', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_508', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_520', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_521', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_522', 'int'),
        ('AD_VIDEO_DOWNLOAD_HTTP_STATUS_525', 'int'),
        ('AD_VIDEO_DOWNLOAD_INTERNAL_CONFIGURATION_ERROR', 'int'),
        ('AD_VIDEO_DOWNLOAD_INTERNAL_ERROR', 'int'),
        ('AD_VIDEO_DOWNLOAD_INTERNAL_FAILED_TO_DOWNLOAD', 'int'),
        ('AD_VIDEO_DOWNLOAD_INTERNAL_MALFORMED_URL', 'int'),
        ('AD_VIDEO_DOWNLOAD_INTERNAL_RATE_LIMITED', 'int'),
        ('AD_VIDEO_DOWNLOAD_INTERNAL_REQUEST_EXPIRED', 'int'),
        ('AD_VIDEO_DOWNLOAD_INVALID_FILE', 'int'),
        ('AD_VIDEO_DOWNLOAD_SITE_ERROR', 'int'),
        ('AD_VIDEO_DOWNLOAD_SITE_TIMEOUT', 'int'),
        ('AD_VIDEO_DOWNLOAD_SSL_ERROR', 'int'),
        ('AD_VIDEO_DOWNLOAD_SSL_HANDSHAKE_ERROR', 'int'),
        ('AD_VIDEO_LENGTH_TOO_SHORT', 'int'),
        ('AD_VIDEO_PROCESSING_EMPTY_FILE', 'int'),
        ('AD_VIDEO_PROCESSING_HEIGHT_TOO_SMALL', 'int'),
        ('AD_VIDEO_PROCESSING_TOO_MANY_PIXELS', 'int'),
        ('AD_VIDEO_PROCESSING_TYPE_MISMATCH', 'int'),
        ('AD_VIDEO_PROCESSING_WIDTH_TOO_SMALL', 'int'),
        ('ADDITIONAL_IMAGE_FILE_NOT_ACCESSIBLE', 'int'),
        ('ADDITIONAL_IMAGE_FILE_NOT_FOUND', 'int'),
        ('ADDITIONAL_IMAGE_INVALID_FILE', 'int'),
        ('ADDITIONAL_IMAGE_LEVEL_INTERNAL_ERROR', 'int'),
        ('ADDITIONAL_IMAGE_MALFORMED_URL', 'int'),
        ('FETCH_GOOGLE_SHEET_PUBLIC_CAN_EDIT', 'int'),
        ('HOTEL_PRICE_HEADER_IS_PRESENT', 'int'),
        ('VIDEO_DOWNLOAD_VIDEO_TOO_SHORT', 'int'),
        ('VIDEO_FILE_NOT_ACCESSIBLE', 'int'),
        ('VIDEO_FILE_NOT_FOUND', 'int'),
        ('VIDEO_INVALID_FILE', 'int'),
        ('VIDEO_LEVEL_INTERNAL_ERROR', 'int'),
        ('VIDEO_MALFORMED_URL', 'int'),
    )


class CatalogsFeedProcessingResult(Model):
    """CatalogsFeedProcessingResult (component schema `CatalogsFeedProcessingResult`)."""

    created_at: datetime.datetime

    id: str

    updated_at: datetime.datetime

    ingestion_details: CatalogsFeedIngestionDetails

    product_counts: Optional[CatalogsFeedProductCounts]
    """The counts can be null early in the process."""

    status: Union[CatalogsFeedProcessingStatus, str]

    validation_details: CatalogsFeedValidationDetails

    video_counts: Optional[CatalogsFeedVideoCounts]
    """Counts of total, ingested, and not ingested videos in the feed file. The counts may not appear early in the process."""

    _spec = (
        ('created_at', 'datetime', 'required'),
        ('id', 'str', 'required'),
        ('updated_at', 'datetime', 'required'),
        ('ingestion_details', 'CatalogsFeedIngestionDetails', 'required'),
        ('product_counts', 'CatalogsFeedProductCounts', 'required nullable'),
        ('status', 'CatalogsFeedProcessingStatus', 'required'),
        ('validation_details', 'CatalogsFeedValidationDetails', 'required'),
        ('video_counts', 'CatalogsFeedVideoCounts'),
    )


class CatalogsFeedProcessingSchedule(Model):
    """Daily processing schedule. This field is **OPTIONAL**. Use this to configure the preferred time for processing a feed (otherwise random)."""

    time: str
    """A time in format HH:MM with leading 0 (zero)"""

    timezone: Optional[str]
    """The timezone considered for the processing schedule time."""

    _spec = (
        ('time', 'str', 'required', {'pattern': '^(0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$'}),
        ('timezone', 'str', 'required nullable', {'enum': ('Africa/Abidjan', 'Africa/Accra', 'Africa/Algiers', 'Africa/Bissau', 'Africa/Cairo', 'Africa/Casablanca', 'Africa/Ceuta', 'Africa/El_Aaiun', 'Africa/Johannesburg', 'Africa/Juba', 'Africa/Khartoum', 'Africa/Lagos', 'Africa/Maputo', 'Africa/Monrovia', 'Africa/Nairobi', 'Africa/Ndjamena', 'Africa/Sao_Tome', 'Africa/Tripoli', 'Africa/Tunis', 'Africa/Windhoek', 'America/Adak', 'America/Anchorage', 'America/Araguaina', 'America/Argentina/Buenos_Aires', 'America/Argentina/Catamarca', 'America/Argentina/Cordoba', 'America/Argentina/Jujuy', 'America/Argentina/La_Rioja', 'America/Argentina/Mendoza', 'America/Argentina/Rio_Gallegos', 'America/Argentina/Salta', 'America/Argentina/San_Juan', 'America/Argentina/San_Luis', 'America/Argentina/Tucuman', 'America/Argentina/Ushuaia', 'America/Asuncion', 'America/Atikokan', 'America/Bahia', 'America/Bahia_Banderas', 'America/Barbados', 'America/Belem', 'America/Belize', 'America/Blanc-Sablon', 'America/Boa_Vista', 'America/Bogota', 'America/Boise', 'America/Cambridge_Bay', 'America/Campo_Grande', 'America/Cancun', 'America/Caracas', 'America/Cayenne', 'America/Chicago', 'America/Chihuahua', 'America/Costa_Rica', 'America/Creston', 'America/Cuiaba', 'America/Curacao', 'America/Danmarkshavn', 'America/Dawson', 'America/Dawson_Creek', 'America/Denver', 'America/Detroit', 'America/Edmonton', 'America/Eirunepe', 'America/El_Salvador', 'America/Fort_Nelson', 'America/Fortaleza', 'America/Glace_Bay', 'America/Goose_Bay', 'America/Grand_Turk', 'America/Guatemala', 'America/Guayaquil', 'America/Guyana', 'America/Halifax', 'America/Havana', 'America/Hermosillo', 'America/Indiana/Indianapolis', 'America/Indiana/Knox', 'America/Indiana/Marengo', 'America/Indiana/Petersburg', 'America/Indiana/Tell_City', 'America/Indiana/Vevay', 'America/Indiana/Vincennes', 'America/Indiana/Winamac', 'America/Inuvik', 'America/Iqaluit', 'America/Jamaica', 'America/Juneau', 'America/Kentucky/Louisville', 'America/Kentucky/Monticello', 'America/La_Paz', 'America/Lima', 'America/Los_Angeles', 'America/Maceio', 'America/Managua', 'America/Manaus', 'America/Martinique', 'America/Matamoros', 'America/Mazatlan', 'America/Menominee', 'America/Merida', 'America/Metlakatla', 'America/Mexico_City', 'America/Miquelon', 'America/Moncton', 'America/Monterrey', 'America/Montevideo', 'America/Nassau', 'America/New_York', 'America/Nipigon', 'America/Nome', 'America/Noronha', 'America/North_Dakota/Beulah', 'America/North_Dakota/Center', 'America/North_Dakota/New_Salem', 'America/Nuuk', 'America/Ojinaga', 'America/Panama', 'America/Pangnirtung', 'America/Paramaribo', 'America/Phoenix', 'America/Port-au-Prince', 'America/Port_of_Spain', 'America/Porto_Velho', 'America/Puerto_Rico', 'America/Punta_Arenas', 'America/Rainy_River', 'America/Rankin_Inlet', 'America/Recife', 'America/Regina', 'America/Resolute', 'America/Rio_Branco', 'America/Santarem', 'America/Santiago', 'America/Santo_Domingo', 'America/Sao_Paulo', 'America/Scoresbysund', 'America/Sitka', 'America/St_Johns', 'America/Swift_Current', 'America/Tegucigalpa', 'America/Thule', 'America/Thunder_Bay', 'America/Tijuana', 'America/Toronto', 'America/Vancouver', 'America/Whitehorse', 'America/Winnipeg', 'America/Yakutat', 'America/Yellowknife', 'Antarctica/Casey', 'Antarctica/Davis', 'Antarctica/DumontDUrville', 'Antarctica/Macquarie', 'Antarctica/Mawson', 'Antarctica/Palmer', 'Antarctica/Rothera', 'Antarctica/Syowa', 'Antarctica/Troll', 'Antarctica/Vostok', 'Asia/Almaty', 'Asia/Amman', 'Asia/Anadyr', 'Asia/Aqtau', 'Asia/Aqtobe', 'Asia/Ashgabat', 'Asia/Atyrau', 'Asia/Baghdad', 'Asia/Baku', 'Asia/Bangkok', 'Asia/Barnaul', 'Asia/Beirut', 'Asia/Bishkek', 'Asia/Brunei', 'Asia/Chita', 'Asia/Choibalsan', 'Asia/Colombo', 'Asia/Damascus', 'Asia/Dhaka', 'Asia/Dili', 'Asia/Dubai', 'Asia/Dushanbe', 'Asia/Famagusta', 'Asia/Gaza', 'Asia/Hebron', 'Asia/Ho_Chi_Minh', 'Asia/Hong_Kong', 'Asia/Hovd', 'Asia/Irkutsk', 'Asia/Jakarta', 'Asia/Jayapura', 'Asia/Jerusalem', 'Asia/Kabul', 'Asia/Kamchatka', 'Asia/Karachi', 'Asia/Kathmandu', 'Asia/Khandyga', 'Asia/Kolkata', 'Asia/Krasnoyarsk', 'Asia/Kuala_Lumpur', 'Asia/Kuching', 'Asia/Macau', 'Asia/Magadan', 'Asia/Makassar', 'Asia/Manila', 'Asia/Nicosia', 'Asia/Novokuznetsk', 'Asia/Novosibirsk', 'Asia/Omsk', 'Asia/Oral', 'Asia/Pontianak', 'Asia/Pyongyang', 'Asia/Qatar', 'Asia/Qostanay', 'Asia/Qyzylorda', 'Asia/Riyadh', 'Asia/Sakhalin', 'Asia/Samarkand', 'Asia/Seoul', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Srednekolymsk', 'Asia/Taipei', 'Asia/Tashkent', 'Asia/Tbilisi', 'Asia/Tehran', 'Asia/Thimphu', 'Asia/Tokyo', 'Asia/Tomsk', 'Asia/Ulaanbaatar', 'Asia/Urumqi', 'Asia/Ust-Nera', 'Asia/Vladivostok', 'Asia/Yakutsk', 'Asia/Yangon', 'Asia/Yekaterinburg', 'Asia/Yerevan', 'Atlantic/Azores', 'Atlantic/Bermuda', 'Atlantic/Canary', 'Atlantic/Cape_Verde', 'Atlantic/Faroe', 'Atlantic/Madeira', 'Atlantic/Reykjavik', 'Atlantic/South_Georgia', 'Atlantic/Stanley', 'Australia/Adelaide', 'Australia/Brisbane', 'Australia/Broken_Hill', 'Australia/Currie', 'Australia/Darwin', 'Australia/Eucla', 'Australia/Hobart', 'Australia/Lindeman', 'Australia/Lord_Howe', 'Australia/Melbourne', 'Australia/Perth', 'Australia/Sydney', 'CET', 'CST6CDT', 'EET', 'EST', 'EST5EDT', 'Etc/GMT', 'Etc/GMT+1', 'Etc/GMT+10', 'Etc/GMT+11', 'Etc/GMT+12', 'Etc/GMT+2', 'Etc/GMT+3', 'Etc/GMT+4', 'Etc/GMT+5', 'Etc/GMT+6', 'Etc/GMT+7', 'Etc/GMT+8', 'Etc/GMT+9', 'Etc/GMT-1', 'Etc/GMT-10', 'Etc/GMT-11', 'Etc/GMT-12', 'Etc/GMT-13', 'Etc/GMT-14', 'Etc/GMT-2', 'Etc/GMT-3', 'Etc/GMT-4', 'Etc/GMT-5', 'Etc/GMT-6', 'Etc/GMT-7', 'Etc/GMT-8', 'Etc/GMT-9', 'Etc/UTC', 'Europe/Amsterdam', 'Europe/Andorra', 'Europe/Astrakhan', 'Europe/Athens', 'Europe/Belgrade', 'Europe/Berlin', 'Europe/Brussels', 'Europe/Bucharest', 'Europe/Budapest', 'Europe/Chisinau', 'Europe/Copenhagen', 'Europe/Dublin', 'Europe/Gibraltar', 'Europe/Helsinki', 'Europe/Istanbul', 'Europe/Kaliningrad', 'Europe/Kiev', 'Europe/Kirov', 'Europe/Lisbon', 'Europe/London', 'Europe/Luxembourg', 'Europe/Madrid', 'Europe/Malta', 'Europe/Minsk', 'Europe/Monaco', 'Europe/Moscow', 'Europe/Oslo', 'Europe/Paris', 'Europe/Prague', 'Europe/Riga', 'Europe/Rome', 'Europe/Samara', 'Europe/Saratov', 'Europe/Simferopol', 'Europe/Sofia', 'Europe/Stockholm', 'Europe/Tallinn', 'Europe/Tirane', 'Europe/Ulyanovsk', 'Europe/Uzhgorod', 'Europe/Vienna', 'Europe/Vilnius', 'Europe/Volgograd', 'Europe/Warsaw', 'Europe/Zaporozhye', 'Europe/Zurich', 'HST', 'Indian/Chagos', 'Indian/Christmas', 'Indian/Cocos', 'Indian/Kerguelen', 'Indian/Mahe', 'Indian/Maldives', 'Indian/Mauritius', 'Indian/Reunion', 'MET', 'MST', 'MST7MDT', 'PST8PDT', 'Pacific/Apia', 'Pacific/Auckland', 'Pacific/Bougainville', 'Pacific/Chatham', 'Pacific/Chuuk', 'Pacific/Easter', 'Pacific/Efate', 'Pacific/Enderbury', 'Pacific/Fakaofo', 'Pacific/Fiji', 'Pacific/Funafuti', 'Pacific/Galapagos', 'Pacific/Gambier', 'Pacific/Guadalcanal', 'Pacific/Guam', 'Pacific/Honolulu', 'Pacific/Kiritimati', 'Pacific/Kosrae', 'Pacific/Kwajalein', 'Pacific/Majuro', 'Pacific/Marquesas', 'Pacific/Nauru', 'Pacific/Niue', 'Pacific/Norfolk', 'Pacific/Noumea', 'Pacific/Pago_Pago', 'Pacific/Palau', 'Pacific/Pitcairn', 'Pacific/Pohnpei', 'Pacific/Port_Moresby', 'Pacific/Rarotonga', 'Pacific/Tahiti', 'Pacific/Tarawa', 'Pacific/Tongatapu', 'Pacific/Wake', 'Pacific/Wallis', 'WET')}),
    )


class CatalogsFeedProcessingStatus(Enum):
    """CatalogsFeedProcessingStatus (component schema)."""

    COMPLETED = 'COMPLETED'
    FAILED = 'FAILED'
    PROCESSING = 'PROCESSING'


class CatalogsFeedProductCounts(Model):
    """The counts can be null early in the process."""

    ingested: Optional[int]
    """The number of products successfully ingested from the feed file."""

    original: Optional[int]
    """The number of products in the feed file."""

    _spec = (
        ('ingested', 'int'),
        ('original', 'int'),
    )


class CatalogsFeedValidationDetails(Model):
    """CatalogsFeedValidationDetails (component schema)."""

    errors: CatalogsFeedValidationErrors

    warnings: CatalogsFeedValidationWarnings

    _spec = (
        ('errors', 'CatalogsFeedValidationErrors', 'required'),
        ('warnings', 'CatalogsFeedValidationWarnings', 'required'),
    )


class CatalogsFeedValidationErrors(Model):
    """CatalogsFeedValidationErrors (component schema)."""

    ADULT_INVALID: Optional[int]
    """Some items have invalid adult values."""

    ADWORDS_FORMAT_INVALID: Optional[int]
    """Some adwords links contain too many characters."""

    AVAILABILITY_INVALID: Optional[int]
    """Some items are missing an availability value in their product metadata, those items will not be published."""

    BLOCKLISTED_IMAGE_SIGNATURE: Optional[int]
    """Some items were not published because they don't meet Pinterest's Merchant Guidelines."""

    DELIMITER_ERROR: Optional[int]
    """Your feed includes data with formatting errors."""

    DESCRIPTION_MISSING: Optional[int]
    """Some items are missing a description in their product metadata, those items will not be published."""

    DUPLICATE_PRODUCTS: Optional[int]
    """Some products are duplicated."""

    ENCODING_ERROR: Optional[int]
    """Your feed includes data with an unsupported encoding format."""

    FEED_LENGTH_TOO_LONG: Optional[int]
    """Your feed contains too many items, some items will not be published."""

    FEED_TOO_SMALL: Optional[int]
    """Your feed couldn't be validated because the file doesn't contain the minimum number of lines required."""

    FETCH_ERROR: Optional[int]
    """Pinterest couldn't download your feed."""

    FETCH_INACTIVE_FEED_ERROR: Optional[int]
    """Your feed wasn't ingested because it hasn’t changed in the previous 90 days."""

    IMAGE_LINK_INVALID: Optional[int]
    """Some image links are formatted incorrectly."""

    IMAGE_LINK_LENGTH_TOO_LONG: Optional[int]
    """Some items have image_link URLs that contain too many characters, so those items will not be published."""

    IMAGE_LINK_MISSING: Optional[int]
    """Some items are missing an image link URL in their product metadata, those items will not be published."""

    INTERNAL_SERVICE_ERROR: Optional[int]
    """We experienced a technical difficulty and were unable to ingest your feed. The next ingestion will happen in 24 hours."""

    INVALID_DOMAIN: Optional[int]
    """Some of your product link values don't match the verified domain associated with this account."""

    ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE: Optional[int]
    """Some items' main images can't be found."""

    ITEMID_MISSING: Optional[int]
    """Some items are missing an item id in their product metadata, those items will not be published."""

    LINK_FORMAT_INVALID: Optional[int]
    """Some link values are formatted incorrectly."""

    LINK_LENGTH_TOO_LONG: Optional[int]
    """Some product links contain too many characters, those items will not be published."""

    LIST_PRICE_INVALID: Optional[int]
    """Some items have list price formatting errors in their product metadata, those items will not be published."""

    MALFORMED_XML: Optional[int]
    """Your feed couldn't be validated because the xml file is formatted incorrectly."""

    MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED: Optional[int]
    """Some items exceed the maximum number of items per item group, those items will not be published."""

    NO_VERIFIED_DOMAIN: Optional[int]
    """Your merchant domain needs to be claimed."""

    PARSE_LINE_ERROR: Optional[int]
    """Your feed contains formatting errors for some items."""

    PINJOIN_CONTENT_UNSAFE: Optional[int]
    """Some items were not published because they don't meet Pinterest's Merchant Guidelines."""

    PRICE_CANNOT_BE_DETERMINED: Optional[int]
    """Some items were not published because price cannot be determined. The price, list price, and sale price are all different, so those items will not be published."""

    PRICE_MISSING: Optional[int]
    """Some products are missing a price, those items will not be published."""

    PRODUCT_LINK_MISSING: Optional[int]
    """Some items are missing a link URL in their product metadata, those items will not be published."""

    PRODUCT_PRICE_INVALID: Optional[int]
    """Some items have price formatting errors in their product metadata, those items will not be published."""

    REQUIRED_COLUMNS_MISSING: Optional[int]
    """Your feed is missing some required column headers."""

    TITLE_MISSING: Optional[int]
    """Some items are missing a title in their product metadata, those items will not be published."""

    _spec = (
        ('ADULT_INVALID', 'int'),
        ('ADWORDS_FORMAT_INVALID', 'int'),
        ('AVAILABILITY_INVALID', 'int'),
        ('BLOCKLISTED_IMAGE_SIGNATURE', 'int'),
        ('DELIMITER_ERROR', 'int'),
        ('DESCRIPTION_MISSING', 'int'),
        ('DUPLICATE_PRODUCTS', 'int'),
        ('ENCODING_ERROR', 'int'),
        ('FEED_LENGTH_TOO_LONG', 'int'),
        ('FEED_TOO_SMALL', 'int'),
        ('FETCH_ERROR', 'int'),
        ('FETCH_INACTIVE_FEED_ERROR', 'int'),
        ('IMAGE_LINK_INVALID', 'int'),
        ('IMAGE_LINK_LENGTH_TOO_LONG', 'int'),
        ('IMAGE_LINK_MISSING', 'int'),
        ('INTERNAL_SERVICE_ERROR', 'int'),
        ('INVALID_DOMAIN', 'int'),
        ('ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE', 'int'),
        ('ITEMID_MISSING', 'int'),
        ('LINK_FORMAT_INVALID', 'int'),
        ('LINK_LENGTH_TOO_LONG', 'int'),
        ('LIST_PRICE_INVALID', 'int'),
        ('MALFORMED_XML', 'int'),
        ('MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED', 'int'),
        ('NO_VERIFIED_DOMAIN', 'int'),
        ('PARSE_LINE_ERROR', 'int'),
        ('PINJOIN_CONTENT_UNSAFE', 'int'),
        ('PRICE_CANNOT_BE_DETERMINED', 'int'),
        ('PRICE_MISSING', 'int'),
        ('PRODUCT_LINK_MISSING', 'int'),
        ('PRODUCT_PRICE_INVALID', 'int'),
        ('REQUIRED_COLUMNS_MISSING', 'int'),
        ('TITLE_MISSING', 'int'),
    )


class CatalogsFeedValidationWarnings(Model):
    """CatalogsFeedValidationWarnings (component schema)."""

    AD_IMAGE_0_LINK_DUPLICATED: Optional[int]
    """ad_image_0_link is duplicated with another ad image link."""

    AD_IMAGE_0_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 0 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_0_LINK_REQUIRED: Optional[int]
    """Ad image link 0 is required because an image tag was provided."""

    AD_IMAGE_0_LINK_WARNING: Optional[int]
    """Ad image link 0 format is unsupported."""

    AD_IMAGE_0_TAG_DUPLICATED: Optional[int]
    """ad_image_0_tag is duplicated with another ad image tag."""

    AD_IMAGE_0_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 0 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_0_TAG_REQUIRED: Optional[int]
    """Ad image tag 0 is required because an image link was provided."""

    AD_IMAGE_10_LINK_DUPLICATED: Optional[int]
    """ad_image_10_link is duplicated with another ad image link."""

    AD_IMAGE_10_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 10 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_10_LINK_REQUIRED: Optional[int]
    """Ad image link 10 is required because an image tag was provided."""

    AD_IMAGE_10_LINK_WARNING: Optional[int]
    """Ad image link 10 format is unsupported."""

    AD_IMAGE_10_TAG_DUPLICATED: Optional[int]
    """ad_image_10_tag is duplicated with another ad image tag."""

    AD_IMAGE_10_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 10 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_10_TAG_REQUIRED: Optional[int]
    """Ad image tag 10 is required because an image link was provided."""

    AD_IMAGE_11_LINK_DUPLICATED: Optional[int]
    """ad_image_11_link is duplicated with another ad image link."""

    AD_IMAGE_11_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 11 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_11_LINK_REQUIRED: Optional[int]
    """Ad image link 11 is required because an image tag was provided."""

    AD_IMAGE_11_LINK_WARNING: Optional[int]
    """Ad image link 11 format is unsupported."""

    AD_IMAGE_11_TAG_DUPLICATED: Optional[int]
    """ad_image_11_tag is duplicated with another ad image tag."""

    AD_IMAGE_11_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 11 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_11_TAG_REQUIRED: Optional[int]
    """Ad image tag 11 is required because an image link was provided."""

    AD_IMAGE_12_LINK_DUPLICATED: Optional[int]
    """ad_image_12_link is duplicated with another ad image link."""

    AD_IMAGE_12_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 12 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_12_LINK_REQUIRED: Optional[int]
    """Ad image link 12 is required because an image tag was provided."""

    AD_IMAGE_12_LINK_WARNING: Optional[int]
    """Ad image link 12 format is unsupported."""

    AD_IMAGE_12_TAG_DUPLICATED: Optional[int]
    """ad_image_12_tag is duplicated with another ad image tag."""

    AD_IMAGE_12_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 12 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_12_TAG_REQUIRED: Optional[int]
    """Ad image tag 12 is required because an image link was provided."""

    AD_IMAGE_13_LINK_DUPLICATED: Optional[int]
    """ad_image_13_link is duplicated with another ad image link."""

    AD_IMAGE_13_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 13 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_13_LINK_REQUIRED: Optional[int]
    """Ad image link 13 is required because an image tag was provided."""

    AD_IMAGE_13_LINK_WARNING: Optional[int]
    """Ad image link 13 format is unsupported."""

    AD_IMAGE_13_TAG_DUPLICATED: Optional[int]
    """ad_image_13_tag is duplicated with another ad image tag."""

    AD_IMAGE_13_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 13 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_13_TAG_REQUIRED: Optional[int]
    """Ad image tag 13 is required because an image link was provided."""

    AD_IMAGE_14_LINK_DUPLICATED: Optional[int]
    """ad_image_14_link is duplicated with another ad image link."""

    AD_IMAGE_14_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 14 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_14_LINK_REQUIRED: Optional[int]
    """Ad image link 14 is required because an image tag was provided."""

    AD_IMAGE_14_LINK_WARNING: Optional[int]
    """Ad image link 14 format is unsupported."""

    AD_IMAGE_14_TAG_DUPLICATED: Optional[int]
    """ad_image_14_tag is duplicated with another ad image tag."""

    AD_IMAGE_14_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 14 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_14_TAG_REQUIRED: Optional[int]
    """Ad image tag 14 is required because an image link was provided."""

    AD_IMAGE_15_LINK_DUPLICATED: Optional[int]
    """ad_image_15_link is duplicated with another ad image link."""

    AD_IMAGE_15_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 15 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_15_LINK_REQUIRED: Optional[int]
    """Ad image link 15 is required because an image tag was provided."""

    AD_IMAGE_15_LINK_WARNING: Optional[int]
    """Ad image link 15 format is unsupported."""

    AD_IMAGE_15_TAG_DUPLICATED: Optional[int]
    """ad_image_15_tag is duplicated with another ad image tag."""

    AD_IMAGE_15_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 15 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_15_TAG_REQUIRED: Optional[int]
    """Ad image tag 15 is required because an image link was provided."""

    AD_IMAGE_16_LINK_DUPLICATED: Optional[int]
    """ad_image_16_link is duplicated with another ad image link."""

    AD_IMAGE_16_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 16 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_16_LINK_REQUIRED: Optional[int]
    """Ad image link 16 is required because an image tag was provided."""

    AD_IMAGE_16_LINK_WARNING: Optional[int]
    """Ad image link 16 format is unsupported."""

    AD_IMAGE_16_TAG_DUPLICATED: Optional[int]
    """ad_image_16_tag is duplicated with another ad image tag."""

    AD_IMAGE_16_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 16 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_16_TAG_REQUIRED: Optional[int]
    """Ad image tag 16 is required because an image link was provided."""

    AD_IMAGE_17_LINK_DUPLICATED: Optional[int]
    """ad_image_17_link is duplicated with another ad image link."""

    AD_IMAGE_17_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 17 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_17_LINK_REQUIRED: Optional[int]
    """Ad image link 17 is required because an image tag was provided."""

    AD_IMAGE_17_LINK_WARNING: Optional[int]
    """Ad image link 17 format is unsupported."""

    AD_IMAGE_17_TAG_DUPLICATED: Optional[int]
    """ad_image_17_tag is duplicated with another ad image tag."""

    AD_IMAGE_17_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 17 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_17_TAG_REQUIRED: Optional[int]
    """Ad image tag 17 is required because an image link was provided."""

    AD_IMAGE_18_LINK_DUPLICATED: Optional[int]
    """ad_image_18_link is duplicated with another ad image link."""

    AD_IMAGE_18_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 18 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_18_LINK_REQUIRED: Optional[int]
    """Ad image link 18 is required because an image tag was provided."""

    AD_IMAGE_18_LINK_WARNING: Optional[int]
    """Ad image link 18 format is unsupported."""

    AD_IMAGE_18_TAG_DUPLICATED: Optional[int]
    """ad_image_18_tag is duplicated with another ad image tag."""

    AD_IMAGE_18_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 18 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_18_TAG_REQUIRED: Optional[int]
    """Ad image tag 18 is required because an image link was provided."""

    AD_IMAGE_19_LINK_DUPLICATED: Optional[int]
    """ad_image_19_link is duplicated with another ad image link."""

    AD_IMAGE_19_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 19 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_19_LINK_REQUIRED: Optional[int]
    """Ad image link 19 is required because an image tag was provided."""

    AD_IMAGE_19_LINK_WARNING: Optional[int]
    """Ad image link 19 format is unsupported."""

    AD_IMAGE_19_TAG_DUPLICATED: Optional[int]
    """ad_image_19_tag is duplicated with another ad image tag."""

    AD_IMAGE_19_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 19 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_19_TAG_REQUIRED: Optional[int]
    """Ad image tag 19 is required because an image link was provided."""

    AD_IMAGE_1_LINK_DUPLICATED: Optional[int]
    """ad_image_1_link is duplicated with another ad image link."""

    AD_IMAGE_1_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 1 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_1_LINK_REQUIRED: Optional[int]
    """Ad image link 1 is required because an image tag was provided."""

    AD_IMAGE_1_LINK_WARNING: Optional[int]
    """Ad image link 1 format is unsupported."""

    AD_IMAGE_1_TAG_DUPLICATED: Optional[int]
    """ad_image_1_tag is duplicated with another ad image tag."""

    AD_IMAGE_1_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 1 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_1_TAG_REQUIRED: Optional[int]
    """Ad image tag 1 is required because an image link was provided."""

    AD_IMAGE_2_LINK_DUPLICATED: Optional[int]
    """ad_image_2_link is duplicated with another ad image link."""

    AD_IMAGE_2_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 2 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_2_LINK_REQUIRED: Optional[int]
    """Ad image link 2 is required because an image tag was provided."""

    AD_IMAGE_2_LINK_WARNING: Optional[int]
    """Ad image link 2 format is unsupported."""

    AD_IMAGE_2_TAG_DUPLICATED: Optional[int]
    """ad_image_2_tag is duplicated with another ad image tag."""

    AD_IMAGE_2_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 2 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_2_TAG_REQUIRED: Optional[int]
    """Ad image tag 2 is required because an image link was provided."""

    AD_IMAGE_3_LINK_DUPLICATED: Optional[int]
    """ad_image_3_link is duplicated with another ad image link."""

    AD_IMAGE_3_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 3 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_3_LINK_REQUIRED: Optional[int]
    """Ad image link 3 is required because an image tag was provided."""

    AD_IMAGE_3_LINK_WARNING: Optional[int]
    """Ad image link 3 format is unsupported."""

    AD_IMAGE_3_TAG_DUPLICATED: Optional[int]
    """ad_image_3_tag is duplicated with another ad image tag."""

    AD_IMAGE_3_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 3 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_3_TAG_REQUIRED: Optional[int]
    """Ad image tag 3 is required because an image link was provided."""

    AD_IMAGE_4_LINK_DUPLICATED: Optional[int]
    """ad_image_4_link is duplicated with another ad image link."""

    AD_IMAGE_4_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 4 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_4_LINK_REQUIRED: Optional[int]
    """Ad image link 4 is required because an image tag was provided."""

    AD_IMAGE_4_LINK_WARNING: Optional[int]
    """Ad image link 4 format is unsupported."""

    AD_IMAGE_4_TAG_DUPLICATED: Optional[int]
    """ad_image_4_tag is duplicated with another ad image tag."""

    AD_IMAGE_4_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 4 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_4_TAG_REQUIRED: Optional[int]
    """Ad image tag 4 is required because an image link was provided."""

    AD_IMAGE_5_LINK_DUPLICATED: Optional[int]
    """ad_image_5_link is duplicated with another ad image link."""

    AD_IMAGE_5_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 5 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_5_LINK_REQUIRED: Optional[int]
    """Ad image link 5 is required because an image tag was provided."""

    AD_IMAGE_5_LINK_WARNING: Optional[int]
    """Ad image link 5 format is unsupported."""

    AD_IMAGE_5_TAG_DUPLICATED: Optional[int]
    """ad_image_5_tag is duplicated with another ad image tag."""

    AD_IMAGE_5_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 5 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_5_TAG_REQUIRED: Optional[int]
    """Ad image tag 5 is required because an image link was provided."""

    AD_IMAGE_6_LINK_DUPLICATED: Optional[int]
    """ad_image_6_link is duplicated with another ad image link."""

    AD_IMAGE_6_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 6 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_6_LINK_REQUIRED: Optional[int]
    """Ad image link 6 is required because an image tag was provided."""

    AD_IMAGE_6_LINK_WARNING: Optional[int]
    """Ad image link 6 format is unsupported."""

    AD_IMAGE_6_TAG_DUPLICATED: Optional[int]
    """ad_image_6_tag is duplicated with another ad image tag."""

    AD_IMAGE_6_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 6 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_6_TAG_REQUIRED: Optional[int]
    """Ad image tag 6 is required because an image link was provided."""

    AD_IMAGE_7_LINK_DUPLICATED: Optional[int]
    """ad_image_7_link is duplicated with another ad image link."""

    AD_IMAGE_7_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 7 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_7_LINK_REQUIRED: Optional[int]
    """Ad image link 7 is required because an image tag was provided."""

    AD_IMAGE_7_LINK_WARNING: Optional[int]
    """Ad image link 7 format is unsupported."""

    AD_IMAGE_7_TAG_DUPLICATED: Optional[int]
    """ad_image_7_tag is duplicated with another ad image tag."""

    AD_IMAGE_7_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 7 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_7_TAG_REQUIRED: Optional[int]
    """Ad image tag 7 is required because an image link was provided."""

    AD_IMAGE_8_LINK_DUPLICATED: Optional[int]
    """ad_image_8_link is duplicated with another ad image link."""

    AD_IMAGE_8_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 8 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_8_LINK_REQUIRED: Optional[int]
    """Ad image link 8 is required because an image tag was provided."""

    AD_IMAGE_8_LINK_WARNING: Optional[int]
    """Ad image link 8 format is unsupported."""

    AD_IMAGE_8_TAG_DUPLICATED: Optional[int]
    """ad_image_8_tag is duplicated with another ad image tag."""

    AD_IMAGE_8_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 8 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_8_TAG_REQUIRED: Optional[int]
    """Ad image tag 8 is required because an image link was provided."""

    AD_IMAGE_9_LINK_DUPLICATED: Optional[int]
    """ad_image_9_link is duplicated with another ad image link."""

    AD_IMAGE_9_LINK_LENGTH_TOO_LONG: Optional[int]
    """Ad image link 9 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_9_LINK_REQUIRED: Optional[int]
    """Ad image link 9 is required because an image tag was provided."""

    AD_IMAGE_9_LINK_WARNING: Optional[int]
    """Ad image link 9 format is unsupported."""

    AD_IMAGE_9_TAG_DUPLICATED: Optional[int]
    """ad_image_9_tag is duplicated with another ad image tag."""

    AD_IMAGE_9_TAG_LENGTH_TOO_LONG: Optional[int]
    """Ad image tag 9 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_9_TAG_REQUIRED: Optional[int]
    """Ad image tag 9 is required because an image link was provided."""

    AD_LINK_FORMAT_WARNING: Optional[int]
    """Some items have ad links that are formatted incorrectly."""

    AD_LINK_SAME_AS_LINK: Optional[int]
    """Some items have ad link URLs that are duplicates of the link URLs for those items."""

    AD_VIDEO_0_LINK_DUPLICATED: Optional[int]
    """ad_video_0_link is duplicated with another ad video link."""

    AD_VIDEO_0_LINK_LENGTH_TOO_LONG: Optional[int]
    """ad_video_0_link length is too long. The maximum length is 511 characters."""

    AD_VIDEO_0_LINK_REQUIRED: Optional[int]
    """ad_video_0_link is required for this item because ad_video_0_tag was provided."""

    AD_VIDEO_0_LINK_WARNING: Optional[int]
    """ad_video_0_link is formatted incorrectly and will not be published with your items."""

    AD_VIDEO_0_TAG_DUPLICATED: Optional[int]
    """ad_video_0_tag is duplicated with another ad video tag."""

    AD_VIDEO_0_TAG_LENGTH_TOO_LONG: Optional[int]
    """ad_video_0_tag length is too long. The maximum length is 511 characters."""

    AD_VIDEO_0_TAG_REQUIRED: Optional[int]
    """ad_video_0_tag is required because ad_video_0_link was provided."""

    AD_VIDEO_1_LINK_DUPLICATED: Optional[int]
    """ad_video_1_link is duplicated with another ad video link."""

    AD_VIDEO_1_LINK_LENGTH_TOO_LONG: Optional[int]
    """ad_video_1_link length is too long. The maximum length is 511 characters."""

    AD_VIDEO_1_LINK_REQUIRED: Optional[int]
    """ad_video_1_link is required for this item because ad_video_1_tag was provided."""

    AD_VIDEO_1_LINK_WARNING: Optional[int]
    """ad_video_1_link is formatted incorrectly and will not be published with your items."""

    AD_VIDEO_1_TAG_DUPLICATED: Optional[int]
    """ad_video_1_tag is duplicated with another ad video tag."""

    AD_VIDEO_1_TAG_LENGTH_TOO_LONG: Optional[int]
    """ad_video_1_tag length is too long. The maximum length is 511 characters."""

    AD_VIDEO_1_TAG_REQUIRED: Optional[int]
    """ad_video_1_tag is required because ad_video_1_link was provided."""

    AD_VIDEO_2_LINK_DUPLICATED: Optional[int]
    """ad_video_2_link is duplicated with another ad video link."""

    AD_VIDEO_2_LINK_LENGTH_TOO_LONG: Optional[int]
    """ad_video_2_link length is too long. The maximum length is 511 characters."""

    AD_VIDEO_2_LINK_REQUIRED: Optional[int]
    """ad_video_2_link is required for this item because ad_video_2_tag was provided."""

    AD_VIDEO_2_LINK_WARNING: Optional[int]
    """ad_video_2_link is formatted incorrectly and will not be published with your items."""

    AD_VIDEO_2_TAG_DUPLICATED: Optional[int]
    """ad_video_2_tag is duplicated with another ad video tag."""

    AD_VIDEO_2_TAG_LENGTH_TOO_LONG: Optional[int]
    """ad_video_2_tag length is too long. The maximum length is 511 characters."""

    AD_VIDEO_2_TAG_REQUIRED: Optional[int]
    """ad_video_2_tag is required because ad_video_2_link was provided."""

    ADDITIONAL_IMAGE_LINK_LENGTH_TOO_LONG: Optional[int]
    """Some items have additional_image_link URLs that contain too many characters, so those items will not be published."""

    ADDITIONAL_IMAGE_LINK_WARNING: Optional[int]
    """Some items have additional_image_link URLs that are formatted incorrectly and will not be published with your items."""

    ADWORDS_FORMAT_WARNING: Optional[int]
    """Some items have adwords_redirect links that are formatted incorrectly."""

    ADWORDS_SAME_AS_LINK: Optional[int]
    """Some items have adwords_redirect URLs that are duplicates of the link URLs for those items."""

    AGE_GROUP_INVALID: Optional[int]
    """Some items have age group values that are formatted incorrectly, which may limit visibility in recommendations, search results and shopping experiences."""

    ANDROID_DEEP_LINK_INVALID: Optional[int]
    """Some items include invalid android_deep_link."""

    AVAILABILITY_DATE_INVALID: Optional[int]
    """Some items have availability_date values that are formatted incorrectly, those items will be published without an availability date."""

    COUNTRY_DOES_NOT_MAP_TO_CURRENCY: Optional[int]
    """Some items include a currency that doesn't match the usual currency for the location where that product is sold or shipped."""

    CUSTOM_LABEL_LENGTH_TOO_LONG: Optional[int]
    """Some items have custom_label values that are too long, those items will be published without that custom label."""

    DESCRIPTION_LENGTH_TOO_LONG: Optional[int]
    """The description for some items were truncated because they contain too many characters."""

    DUPLICATE_HEADERS: Optional[int]
    """Your feed contains duplicate headers."""

    EXPIRATION_DATE_INVALID: Optional[int]
    """Some items have expiration_date values that are formatted incorrectly, those items will be published without an expiration date."""

    FETCH_SAME_SIGNATURE: Optional[int]
    """Ingestion completed early because there are no changes to your feed since the last successful update."""

    GENDER_INVALID: Optional[int]
    """Some items have gender values that are formatted incorrectly, which may limit visibility in recommendations, search results and shopping experiences."""

    GTIN_INVALID: Optional[int]
    """Some items include incorrectly formatted GTINs."""

    IMAGE_LINK_WARNING: Optional[int]
    """Some items have image_link URLs that are formatted incorrectly and will not be published with those items."""

    INCONSISTENT_CURRENCY_VALUES: Optional[int]
    """Some items include inconsistent currencies in price fields."""

    INDEXED_PRODUCT_COUNT_LARGE_DELTA: Optional[int]
    """The product count has increased or decreased significantly compared to the last successful ingestion."""

    IOS_DEEP_LINK_INVALID: Optional[int]
    """Some items include invalid ios_deep_link values."""

    IS_BUNDLE_INVALID: Optional[int]
    """Some items have is_bundle values that are formatted incorrectly, those items will be published without being bundled with other products."""

    ITEM_ADDITIONAL_IMAGE_DOWNLOAD_FAILURE: Optional[int]
    """Some items include additional_image_links that can't be found."""

    LINK_FORMAT_WARNING: Optional[int]
    """Some items have an invalid product link which contains invalid UTM tracking paramaters."""

    MIN_AD_PRICE_INVALID: Optional[int]
    """Some items include min_ad_price values that are formatted incorrectly."""

    MPN_INVALID: Optional[int]
    """Some items include incorrectly formatted MPNs."""

    MULTIPACK_INVALID: Optional[int]
    """Some items have invalid multipack values."""

    OPTIONAL_CONDITION_INVALID: Optional[int]
    """Some items include condition values that are formatted incorrectly, which may limit visibility in recommendations, search results and shopping experiences."""

    OPTIONAL_CONDITION_MISSING: Optional[int]
    """Some items are missing a condition value, which may limit visibility in recommendations, search results and shopping experiences."""

    OPTIONAL_PRODUCT_CATEGORY_INVALID: Optional[int]
    """Some items include google_product_category values that are not formatted correctly according to the GPC taxonomy."""

    OPTIONAL_PRODUCT_CATEGORY_MISSING: Optional[int]
    """Some items are missing a google_product_category."""

    PRODUCT_CATEGORY_DEPTH_WARNING: Optional[int]
    """Some items only have 1 or 2 levels of google_product_category values, which may limit visibility in recommendations, search results and shopping experiences."""

    PRODUCT_TYPE_LENGTH_TOO_LONG: Optional[int]
    """Some items have product_type values that are too long, those items will be published without that product type."""

    SALE_DATE_INVALID: Optional[int]
    """Some items have sale_price_effective_date values that are formatted incorrectly, those items will be published without a sale date."""

    SALES_PRICE_INVALID: Optional[int]
    """Some items have sale price values that are higher than the original price of the item."""

    SALES_PRICE_TOO_HIGH: Optional[int]
    """Some items include a sales price that is higher than the list price. The sales price has been defaulted to the list price."""

    SALES_PRICE_TOO_LOW: Optional[int]
    """Some items include sales price that is much lower than the list price."""

    SHIPPING_HEIGHT_INVALID: Optional[int]
    """Some items include incorrectly formatted shipping_height."""

    SHIPPING_INVALID: Optional[int]
    """Some items have shipping values that are formatted incorrectly."""

    SHIPPING_WEIGHT_INVALID: Optional[int]
    """Some items have invalid shipping_weight values."""

    SHIPPING_WIDTH_INVALID: Optional[int]
    """Some items include incorrectly formatted shipping_width."""

    SIZE_SYSTEM_INVALID: Optional[int]
    """Some items have size system values which are not one of the supported size systems."""

    SIZE_TYPE_INVALID: Optional[int]
    """Some items have size type values that are formatted incorrectly, which may limit visibility in recommendations, search results and shopping experiences."""

    TAX_INVALID: Optional[int]
    """Some items have tax values that are formatted incorrectly."""

    TITLE_LENGTH_TOO_LONG: Optional[int]
    """The title for some items were truncated because they contain too many characters."""

    TOO_MANY_ADDITIONAL_IMAGE_LINKS: Optional[int]
    """Some items have additional_image_link values that exceed the limit for additional images, those items will be published without some of your images."""

    UPDATED_TIME_INVALID: Optional[int]
    """Some items have updated_time values thate are formatted incorrectly, those items will be published without an updated time."""

    UTM_SOURCE_AUTO_CORRECTED: Optional[int]
    """Some items include utm_source values that are formatted incorrectly and have been automatically corrected."""

    VIDEO_REQUIRED_WHEN_AD_VIDEO_PROVIDED: Optional[int]
    """A video is required in the item when ad_video fields are provided."""

    WEIGHT_UNIT_INVALID: Optional[int]
    """Some items have weight_unit values that are formatted incorrectly, those items will be published without a weight unit."""

    _spec = (
        ('AD_IMAGE_0_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_0_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_0_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_0_LINK_WARNING', 'int'),
        ('AD_IMAGE_0_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_0_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_0_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_10_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_10_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_10_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_10_LINK_WARNING', 'int'),
        ('AD_IMAGE_10_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_10_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_10_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_11_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_11_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_11_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_11_LINK_WARNING', 'int'),
        ('AD_IMAGE_11_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_11_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_11_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_12_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_12_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_12_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_12_LINK_WARNING', 'int'),
        ('AD_IMAGE_12_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_12_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_12_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_13_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_13_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_13_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_13_LINK_WARNING', 'int'),
        ('AD_IMAGE_13_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_13_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_13_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_14_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_14_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_14_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_14_LINK_WARNING', 'int'),
        ('AD_IMAGE_14_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_14_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_14_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_15_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_15_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_15_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_15_LINK_WARNING', 'int'),
        ('AD_IMAGE_15_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_15_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_15_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_16_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_16_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_16_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_16_LINK_WARNING', 'int'),
        ('AD_IMAGE_16_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_16_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_16_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_17_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_17_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_17_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_17_LINK_WARNING', 'int'),
        ('AD_IMAGE_17_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_17_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_17_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_18_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_18_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_18_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_18_LINK_WARNING', 'int'),
        ('AD_IMAGE_18_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_18_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_18_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_19_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_19_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_19_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_19_LINK_WARNING', 'int'),
        ('AD_IMAGE_19_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_19_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_19_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_1_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_1_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_1_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_1_LINK_WARNING', 'int'),
        ('AD_IMAGE_1_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_1_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_1_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_2_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_2_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_2_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_2_LINK_WARNING', 'int'),
        ('AD_IMAGE_2_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_2_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_2_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_3_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_3_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_3_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_3_LINK_WARNING', 'int'),
        ('AD_IMAGE_3_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_3_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_3_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_4_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_4_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_4_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_4_LINK_WARNING', 'int'),
        ('AD_IMAGE_4_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_4_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_4_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_5_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_5_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_5_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_5_LINK_WARNING', 'int'),
        ('AD_IMAGE_5_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_5_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_5_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_6_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_6_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_6_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_6_LINK_WARNING', 'int'),
        ('AD_IMAGE_6_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_6_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_6_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_7_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_7_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_7_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_7_LINK_WARNING', 'int'),
        ('AD_IMAGE_7_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_7_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_7_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_8_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_8_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_8_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_8_LINK_WARNING', 'int'),
        ('AD_IMAGE_8_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_8_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_8_TAG_REQUIRED', 'int'),
        ('AD_IMAGE_9_LINK_DUPLICATED', 'int'),
        ('AD_IMAGE_9_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_9_LINK_REQUIRED', 'int'),
        ('AD_IMAGE_9_LINK_WARNING', 'int'),
        ('AD_IMAGE_9_TAG_DUPLICATED', 'int'),
        ('AD_IMAGE_9_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_IMAGE_9_TAG_REQUIRED', 'int'),
        ('AD_LINK_FORMAT_WARNING', 'int'),
        ('AD_LINK_SAME_AS_LINK', 'int'),
        ('AD_VIDEO_0_LINK_DUPLICATED', 'int'),
        ('AD_VIDEO_0_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_VIDEO_0_LINK_REQUIRED', 'int'),
        ('AD_VIDEO_0_LINK_WARNING', 'int'),
        ('AD_VIDEO_0_TAG_DUPLICATED', 'int'),
        ('AD_VIDEO_0_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_VIDEO_0_TAG_REQUIRED', 'int'),
        ('AD_VIDEO_1_LINK_DUPLICATED', 'int'),
        ('AD_VIDEO_1_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_VIDEO_1_LINK_REQUIRED', 'int'),
        ('AD_VIDEO_1_LINK_WARNING', 'int'),
        ('AD_VIDEO_1_TAG_DUPLICATED', 'int'),
        ('AD_VIDEO_1_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_VIDEO_1_TAG_REQUIRED', 'int'),
        ('AD_VIDEO_2_LINK_DUPLICATED', 'int'),
        ('AD_VIDEO_2_LINK_LENGTH_TOO_LONG', 'int'),
        ('AD_VIDEO_2_LINK_REQUIRED', 'int'),
        ('AD_VIDEO_2_LINK_WARNING', 'int'),
        ('AD_VIDEO_2_TAG_DUPLICATED', 'int'),
        ('AD_VIDEO_2_TAG_LENGTH_TOO_LONG', 'int'),
        ('AD_VIDEO_2_TAG_REQUIRED', 'int'),
        ('ADDITIONAL_IMAGE_LINK_LENGTH_TOO_LONG', 'int'),
        ('ADDITIONAL_IMAGE_LINK_WARNING', 'int'),
        ('ADWORDS_FORMAT_WARNING', 'int'),
        ('ADWORDS_SAME_AS_LINK', 'int'),
        ('AGE_GROUP_INVALID', 'int'),
        ('ANDROID_DEEP_LINK_INVALID', 'int'),
        ('AVAILABILITY_DATE_INVALID', 'int'),
        ('COUNTRY_DOES_NOT_MAP_TO_CURRENCY', 'int'),
        ('CUSTOM_LABEL_LENGTH_TOO_LONG', 'int'),
        ('DESCRIPTION_LENGTH_TOO_LONG', 'int'),
        ('DUPLICATE_HEADERS', 'int'),
        ('EXPIRATION_DATE_INVALID', 'int'),
        ('FETCH_SAME_SIGNATURE', 'int', '', {'enum': (1,)}),
        ('GENDER_INVALID', 'int'),
        ('GTIN_INVALID', 'int'),
        ('IMAGE_LINK_WARNING', 'int'),
        ('INCONSISTENT_CURRENCY_VALUES', 'int'),
        ('INDEXED_PRODUCT_COUNT_LARGE_DELTA', 'int'),
        ('IOS_DEEP_LINK_INVALID', 'int'),
        ('IS_BUNDLE_INVALID', 'int'),
        ('ITEM_ADDITIONAL_IMAGE_DOWNLOAD_FAILURE', 'int'),
        ('LINK_FORMAT_WARNING', 'int'),
        ('MIN_AD_PRICE_INVALID', 'int'),
        ('MPN_INVALID', 'int'),
        ('MULTIPACK_INVALID', 'int'),
        ('OPTIONAL_CONDITION_INVALID', 'int'),
        ('OPTIONAL_CONDITION_MISSING', 'int'),
        ('OPTIONAL_PRODUCT_CATEGORY_INVALID', 'int'),
        ('OPTIONAL_PRODUCT_CATEGORY_MISSING', 'int'),
        ('PRODUCT_CATEGORY_DEPTH_WARNING', 'int'),
        ('PRODUCT_TYPE_LENGTH_TOO_LONG', 'int'),
        ('SALE_DATE_INVALID', 'int'),
        ('SALES_PRICE_INVALID', 'int'),
        ('SALES_PRICE_TOO_HIGH', 'int'),
        ('SALES_PRICE_TOO_LOW', 'int'),
        ('SHIPPING_HEIGHT_INVALID', 'int'),
        ('SHIPPING_INVALID', 'int'),
        ('SHIPPING_WEIGHT_INVALID', 'int'),
        ('SHIPPING_WIDTH_INVALID', 'int'),
        ('SIZE_SYSTEM_INVALID', 'int'),
        ('SIZE_TYPE_INVALID', 'int'),
        ('TAX_INVALID', 'int'),
        ('TITLE_LENGTH_TOO_LONG', 'int'),
        ('TOO_MANY_ADDITIONAL_IMAGE_LINKS', 'int'),
        ('UPDATED_TIME_INVALID', 'int'),
        ('UTM_SOURCE_AUTO_CORRECTED', 'int'),
        ('VIDEO_REQUIRED_WHEN_AD_VIDEO_PROVIDED', 'int'),
        ('WEIGHT_UNIT_INVALID', 'int'),
    )


class CatalogsFeedVideoCounts(Model):
    """Counts of total, ingested, and not ingested videos in the feed file. The counts may not appear early in the process."""

    ingested_videos: Optional[int]
    """The number of videos successfully ingested from the feed file."""

    not_ingested_videos: Optional[int]
    """The number of videos that were not ingested from the feed file."""

    total_videos: Optional[int]
    """The number of videos in the feed file."""

    _spec = (
        ('ingested_videos', 'int'),
        ('not_ingested_videos', 'int'),
        ('total_videos', 'int'),
    )


class CatalogsFeedsCreateRequest(Model):
    """Request object for creating a feed. Please, be aware that "default_country" and "default_locale" are not required in the spec for forward compatibility but for now the API will not accept requests without those fields."""

    credentials: Optional[CatalogsFeedCredentials]
    """This field is **OPTIONAL**. Use this if your feed file requires username and password."""

    default_availability: Optional[Union[ProductAvailabilityType, str]]
    """Default availability for products in a feed."""

    default_country: Optional[Union[Country, str]]
    """Country ID from ISO 3166-1 alpha-2."""

    default_currency: Optional[Union[NullableCurrency, str]]
    """Currency Codes from ISO 4217."""

    default_locale: Optional[str]
    """The locale used within a feed for product descriptions."""

    format: Union[CatalogsFormat, str]
    """The file format of a feed."""

    location: str
    """The URL where a feed is available for download. This URL is what Pinterest will use to download a feed for processing."""

    name: str
    """A human-friendly name associated to a given feed."""

    preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule]
    """Daily processing schedule. This field is **OPTIONAL**. Use this to configure the preferred time for processing a feed (otherwise random)."""

    status: Optional[Union[CatalogsStatus, str]]

    _spec = (
        ('credentials', 'CatalogsFeedCredentials', 'nullable'),
        ('default_availability', 'ProductAvailabilityType', 'nullable'),
        ('default_country', 'Country'),
        ('default_currency', 'NullableCurrency', 'nullable'),
        ('default_locale', 'str'),
        ('format', 'CatalogsFormat', 'required'),
        ('location', 'str', 'required', {'pattern': '^(http|https|ftp|sftp)://'}),
        ('name', 'str', 'required'),
        ('preferred_processing_schedule', 'CatalogsFeedProcessingSchedule', 'nullable'),
        ('status', 'CatalogsStatus'),
    )
    _additional = None


class CatalogsFeedsUpdateRequest(Model):
    """Request object for updating a feed."""

    credentials: Optional[CatalogsFeedCredentials]
    """This field is **OPTIONAL**. Use this if your feed file requires username and password."""

    default_availability: Optional[Union[ProductAvailabilityType, str]]
    """Default availability for products in a feed."""

    default_currency: Optional[Union[NullableCurrency, str]]
    """Currency Codes from ISO 4217."""

    format: Optional[Union[CatalogsFormat, str]]
    """The file format of a feed."""

    location: Optional[str]
    """The URL where a feed is available for download. This URL is what Pinterest will use to download a feed for processing."""

    name: Optional[str]
    """A human-friendly name associated to a given feed."""

    preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule]
    """Daily processing schedule. This field is **OPTIONAL**. Use this to configure the preferred time for processing a feed (otherwise random)."""

    status: Optional[Union[CatalogsStatus, str]]
    """Status for catalogs entities. Present in catalogs_feed values. When a feed is deleted, the response will inform DELETED as status."""

    _spec = (
        ('credentials', 'CatalogsFeedCredentials', 'nullable'),
        ('default_availability', 'ProductAvailabilityType', 'nullable'),
        ('default_currency', 'NullableCurrency', 'nullable'),
        ('format', 'CatalogsFormat'),
        ('location', 'str', '', {'pattern': '^(http|https|ftp|sftp)://'}),
        ('name', 'str'),
        ('preferred_processing_schedule', 'CatalogsFeedProcessingSchedule', 'nullable'),
        ('status', 'CatalogsStatus'),
    )
    _additional = None


class CatalogsFormat(Enum):
    """The file format of a feed."""

    TSV = 'TSV'
    CSV = 'CSV'
    XML = 'XML'


class CatalogsHotelAddress(Model):
    """CatalogsHotelAddress (component schema)."""

    addr1: Optional[str]
    """Primary street address of hotel."""

    city: Optional[str]
    """City where the hotel is located."""

    country: Optional[str]
    """Country where the hotel is located."""

    postal_code: Optional[str]
    """Required for countries with a postal code system. Postal or zip code of the hotel."""

    region: Optional[str]
    """State, county, province, where the hotel is located."""

    _spec = (
        ('addr1', 'str'),
        ('city', 'str'),
        ('country', 'str'),
        ('postal_code', 'str'),
        ('region', 'str'),
    )


class CatalogsHotelAttributes(Model):
    """CatalogsHotelAttributes (component schema)."""

    additional_image_link: Optional[List[str]]
    """<p><= 2000 characters</p>
    <p>The links to additional images for your hotel. Up to ten
    additional images can be used to show a hotel from different angles.
    Must begin with http:// or https://.</p>
    """

    main_image: Optional[CatalogsHotelAttributesMainImage]
    """The main hotel image"""

    address: Optional[CatalogsHotelAddress]
    """Hotel address"""

    base_price: Optional[str]
    """Base price of the hotel room per night followed by the ISO currency code"""

    brand: Optional[str]
    """The brand to which this hotel belongs to."""

    category: Optional[str]
    """The type of property. The category can be any type of internal description desired."""

    custom_label_0: Optional[str]
    """Custom grouping of hotels"""

    custom_label_1: Optional[str]
    """Custom grouping of hotels"""

    custom_label_2: Optional[str]
    """Custom grouping of hotels"""

    custom_label_3: Optional[str]
    """Custom grouping of hotels"""

    custom_label_4: Optional[str]
    """Custom grouping of hotels"""

    description: Optional[str]
    """Brief description of the hotel."""

    guest_ratings: Optional[CatalogsHotelGuestRatings]
    """If specified, you must provide all properties"""

    latitude: Optional[float]
    """Latitude of the hotel."""

    link: Optional[str]
    """Link to the product page"""

    longitude: Optional[float]
    """Longitude of the hotel."""

    name: Optional[str]
    """The hotel's name."""

    neighborhood: Optional[List[str]]
    """A list of neighborhoods where the hotel is located"""

    sale_price: Optional[str]
    """Sale price of a hotel room per night. Used to advertise discounts off the regular price of the hotel."""

    _spec = (
        ('additional_image_link', 'list[str]', 'nullable'),
        ('main_image', 'CatalogsHotelAttributesMainImage'),
        ('address', 'CatalogsHotelAddress'),
        ('base_price', 'str', 'nullable'),
        ('brand', 'str', 'nullable'),
        ('category', 'str', 'nullable'),
        ('custom_label_0', 'str', 'nullable'),
        ('custom_label_1', 'str', 'nullable'),
        ('custom_label_2', 'str', 'nullable'),
        ('custom_label_3', 'str', 'nullable'),
        ('custom_label_4', 'str', 'nullable'),
        ('description', 'str', 'nullable'),
        ('guest_ratings', 'CatalogsHotelGuestRatings'),
        ('latitude', 'float'),
        ('link', 'str', 'nullable'),
        ('longitude', 'float', 'nullable'),
        ('name', 'str', 'nullable'),
        ('neighborhood', 'list[str]', 'nullable'),
        ('sale_price', 'str', 'nullable'),
    )


class CatalogsHotelAttributesMainImage(Model):
    """The main hotel image"""

    link: Optional[str]
    """<p><= 2000 characters</p>
    <p>The link to the main hotel image. Image should be at least
    75x75 pixels to avoid errors. Use the additional_image_link field to add
    more images of your hotel. The URL of your main_image.link must be accessible
    by the Pinterest user-agent, and send the accurate image. Please make
    sure there is no template or placeholder image at the link. Must start
    with http:// or https://.</p>
    """

    tag: Optional[List[str]]
    """Tag appended to the image that identifies image category or details. There can be multiple tags associated with an image"""

    _spec = (
        ('link', 'str'),
        ('tag', 'list[str]', 'nullable'),
    )


class CatalogsHotelAvailableFilterValues(Model):
    """catalogs_hotel_available_filter_values"""

    catalog_type: str

    filter_values: CatalogsHotelAvailableFilterValuesFilterValues
    """A map of filter attributes to their available values."""

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('HOTEL',)}),
        ('filter_values', 'CatalogsHotelAvailableFilterValuesFilterValues', 'required'),
    )


class CatalogsHotelAvailableFilterValuesFilterValues(Model):
    """A map of filter attributes to their available values."""

    brand: Optional[List[str]]

    custom_label_0: Optional[List[str]]

    custom_label_1: Optional[List[str]]

    custom_label_2: Optional[List[str]]

    custom_label_3: Optional[List[str]]

    custom_label_4: Optional[List[str]]

    _spec = (
        ('brand', 'list[str]'),
        ('custom_label_0', 'list[str]'),
        ('custom_label_1', 'list[str]'),
        ('custom_label_2', 'list[str]'),
        ('custom_label_3', 'list[str]'),
        ('custom_label_4', 'list[str]'),
    )


class CatalogsHotelBatchItem(UnionModel):
    """Hotel batch item

    One of: `CatalogsCreateHotelItem`, `CatalogsUpsertHotelItem`, `CatalogsUpdateHotelItem`, `CatalogsDeleteHotelItem`.
    """

    _variants = ('CatalogsCreateHotelItem', 'CatalogsUpsertHotelItem', 'CatalogsUpdateHotelItem', 'CatalogsDeleteHotelItem')
    _discriminator = ('operation', {'CREATE': 'CatalogsCreateHotelItem', 'UPSERT': 'CatalogsUpsertHotelItem', 'UPDATE': 'CatalogsUpdateHotelItem', 'DELETE': 'CatalogsDeleteHotelItem'})


class CatalogsHotelBatchRequest(Model):
    """Request object to update catalogs hotel items"""

    catalog_id: Optional[str]
    """Catalog id pertaining to the hotel item. If not provided, default to oldest hotel catalog"""

    catalog_type: str

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    items: List[CatalogsHotelBatchItem]
    """Array with catalogs item operations"""

    language: str
    """We recommend using the CatalogsLocale values."""

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('HOTEL',)}),
        ('country', 'Country', 'required'),
        ('items', 'list[CatalogsHotelBatchItem]', 'required', {'max_items': 1000, 'min_items': 1}),
        ('language', 'str', 'required', {'enum': ('af-ZA', 'ar-SA', 'bg-BG', 'bn-IN', 'cs-CZ', 'da-DK', 'de', 'el-GR', 'en-AU', 'en-CA', 'en-GB', 'en-IN', 'en-US', 'es-419', 'es-AR', 'es-ES', 'es-MX', 'fi-FI', 'fr', 'fr-CA', 'he-IL', 'hi-IN', 'hr-HR', 'hu-HU', 'id-ID', 'it', 'ja', 'ko-KR', 'ms-MY', 'nb-NO', 'nl', 'pl-PL', 'pt-BR', 'pt-PT', 'ro-RO', 'ru-RU', 'sk-SK', 'sv-SE', 'te-IN', 'th-TH', 'tl-PH', 'tr', 'uk-UA', 'vi-VN', 'zh-CN', 'zh-TW', 'AM', 'AR', 'AZ', 'BG', 'BN', 'BS', 'CA', 'CS', 'DA', 'DV', 'DZ', 'DE', 'EL', 'EN', 'ES', 'ET', 'FA', 'FI', 'FR', 'HE', 'HI', 'HR', 'HU', 'HY', 'ID', 'IN', 'IS', 'IT', 'IW', 'JA', 'KA', 'KM', 'KO', 'LO', 'LT', 'LV', 'MK', 'MN', 'MS', 'MY', 'NB', 'NE', 'NL', 'NO', 'PL', 'PT', 'RO', 'RU', 'SK', 'SL', 'SQ', 'SR', 'SV', 'TL', 'UK', 'VI', 'TE', 'TH', 'TR', 'XX', 'ZH')}),
    )
    _additional = None


class CatalogsHotelFeed(Model):
    """Catalogs Hotel Feed object"""

    created_at: datetime.datetime

    id: str

    updated_at: datetime.datetime

    catalog_id: Optional[str]
    """Catalog id pertaining to the feed. If not provided, feed will use a default catalog based on type."""

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    credentials: Optional[CatalogsFeedCredentials]
    """This field is **OPTIONAL**. Use this if your feed file requires username and password."""

    default_currency: Optional[Union[NullableCurrency, str]]
    """Currency Codes from ISO 4217."""

    default_locale: str
    """The locale used within a feed for product descriptions."""

    format: Union[CatalogsFormat, str]
    """The file format of a feed."""

    location: str
    """The URL where a feed is available for download. This URL is what Pinterest will use to download a feed for processing."""

    name: Optional[str]
    """A human-friendly name associated to a given feed. This value is currently nullable due to historical reasons. It is expected to become non-nullable in the future."""

    preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule]
    """Daily processing schedule. This field is **OPTIONAL**. Use this to configure the preferred time for processing a feed (otherwise random)."""

    status: Union[CatalogsStatus, str]
    """Status for catalogs entities. Present in catalogs_feed values. When a feed is deleted, the response will inform DELETED as status."""

    _spec = (
        ('created_at', 'datetime', 'required'),
        ('id', 'str', 'required'),
        ('updated_at', 'datetime', 'required'),
        ('catalog_id', 'str', 'required nullable', {'pattern': '^\\d+$'}),
        ('catalog_type', 'CatalogsType', 'required'),
        ('credentials', 'CatalogsFeedCredentials', 'required nullable'),
        ('default_currency', 'NullableCurrency', 'required nullable'),
        ('default_locale', 'str', 'required'),
        ('format', 'CatalogsFormat', 'required'),
        ('location', 'str', 'required'),
        ('name', 'str', 'required nullable'),
        ('preferred_processing_schedule', 'CatalogsFeedProcessingSchedule', 'required nullable'),
        ('status', 'CatalogsStatus', 'required'),
    )


class CatalogsHotelFeedsCreateRequest(Model):
    """Request object for creating a feed. Please, be aware that "default_country" and "default_locale" are not required in the spec for forward compatibility but for now the API will not accept requests without those fields."""

    catalog_id: Optional[str]
    """Catalog id pertaining to the feed. If not provided, feed will use a default catalog based on type. At the moment a catalog can not have multiple hotel feeds but this will change in the future."""

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    credentials: Optional[CatalogsFeedCredentials]
    """This field is **OPTIONAL**. Use this if your feed file requires username and password."""

    default_currency: Optional[Union[NullableCurrency, str]]
    """Currency Codes from ISO 4217."""

    default_locale: str
    """The locale used within a feed for product descriptions."""

    format: Union[CatalogsFormat, str]
    """The file format of a feed."""

    location: str
    """The URL where a feed is available for download. This URL is what Pinterest will use to download a feed for processing."""

    name: str
    """A human-friendly name associated to a given feed."""

    preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule]
    """Daily processing schedule. This field is **OPTIONAL**. Use this to configure the preferred time for processing a feed (otherwise random)."""

    status: Optional[Union[CatalogsStatus, str]]

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('catalog_type', 'CatalogsType', 'required'),
        ('credentials', 'CatalogsFeedCredentials', 'nullable'),
        ('default_currency', 'NullableCurrency', 'nullable'),
        ('default_locale', 'str', 'required'),
        ('format', 'CatalogsFormat', 'required'),
        ('location', 'str', 'required', {'pattern': '^(http|https|ftp|sftp)://'}),
        ('name', 'str', 'required'),
        ('preferred_processing_schedule', 'CatalogsFeedProcessingSchedule', 'nullable'),
        ('status', 'CatalogsStatus'),
    )
    _additional = None


class CatalogsHotelFeedsUpdateRequest(Model):
    """Request object for updating a feed."""

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    credentials: Optional[CatalogsFeedCredentials]
    """This field is **OPTIONAL**. Use this if your feed file requires username and password."""

    default_currency: Optional[Union[NullableCurrency, str]]
    """Currency Codes from ISO 4217."""

    format: Optional[Union[CatalogsFormat, str]]
    """The file format of a feed."""

    location: Optional[str]
    """The URL where a feed is available for download. This URL is what Pinterest will use to download a feed for processing."""

    name: Optional[str]
    """A human-friendly name associated to a given feed."""

    preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule]
    """Daily processing schedule. This field is **OPTIONAL**. Use this to configure the preferred time for processing a feed (otherwise random)."""

    status: Optional[Union[CatalogsStatus, str]]
    """Status for catalogs entities. Present in catalogs_feed values. When a feed is deleted, the response will inform DELETED as status."""

    _spec = (
        ('catalog_type', 'CatalogsType', 'required'),
        ('credentials', 'CatalogsFeedCredentials', 'nullable'),
        ('default_currency', 'NullableCurrency', 'nullable'),
        ('format', 'CatalogsFormat'),
        ('location', 'str', '', {'pattern': '^(http|https|ftp|sftp)://'}),
        ('name', 'str'),
        ('preferred_processing_schedule', 'CatalogsFeedProcessingSchedule', 'nullable'),
        ('status', 'CatalogsStatus'),
    )
    _additional = None


class CatalogsHotelGuestRatings(Model):
    """If specified, you must provide all properties"""

    max_score: Optional[float]
    """Max value for the hotel rating score."""

    number_of_reviewers: Optional[int]
    """Total number of people who have rated this hotel."""

    rating_system: Optional[str]
    """System you use for guest reviews."""

    score: Optional[float]
    """Your hotel's rating."""

    _spec = (
        ('max_score', 'float', 'nullable'),
        ('number_of_reviewers', 'int', 'nullable'),
        ('rating_system', 'str', 'nullable'),
        ('score', 'float', 'nullable'),
    )


class CatalogsHotelItemErrorResponse(Model):
    """Object describing a hotel item error"""

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    errors: List[ItemValidationEvent]
    """Array with the errors for the item id requested"""

    hotel_id: Optional[str]
    """The catalog hotel id in the merchant namespace"""

    _spec = (
        ('catalog_type', 'CatalogsType', 'required'),
        ('errors', 'list[ItemValidationEvent]', 'required'),
        ('hotel_id', 'str'),
    )
    _additional = None


class CatalogsHotelItemResponse(Model):
    """Object describing a hotel record"""

    attributes: Optional[CatalogsHotelAttributes]

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    hotel_id: Optional[str]
    """The catalog hotel id in the merchant namespace"""

    pins: Optional[List[Pin]]
    """The pins mapped to the item"""

    _spec = (
        ('attributes', 'CatalogsHotelAttributes'),
        ('catalog_type', 'CatalogsType', 'required'),
        ('hotel_id', 'str'),
        ('pins', 'list[Pin]', 'nullable', {'max_items': 11}),
    )
    _additional = None


class CatalogsHotelItemsBatch(Model):
    """Object describing the catalogs hotel items batch"""

    batch_id: Optional[str]
    """Id of the catalogs items batch"""

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    completed_time: Optional[datetime.datetime]
    """Date and time (UTC) of the batch completion: YYYY-MM-DD'T'hh:mm:ss"""

    created_time: Optional[datetime.datetime]
    """Date and time (UTC) of the batch creation: YYYY-MM-DD'T'hh:mm:ss"""

    items: Optional[List[HotelProcessingRecord]]
    """Array with the catalogs items processing records part of the catalogs items batch"""

    status: Optional[Union[BatchOperationStatus, str]]
    """The status of the operation performed by the batch"""

    _spec = (
        ('batch_id', 'str'),
        ('catalog_type', 'CatalogsType', 'required'),
        ('completed_time', 'datetime', 'nullable read_only'),
        ('created_time', 'datetime', 'read_only'),
        ('items', 'list[HotelProcessingRecord]'),
        ('status', 'BatchOperationStatus'),
    )


class CatalogsHotelItemsFilter(Model):
    """CatalogsHotelItemsFilter (component schema `CatalogsHotelItemsFilter`)."""

    catalog_id: Optional[str]
    """Catalog id pertaining to the hotel item. If not provided, default to oldest hotel catalog"""

    catalog_type: str

    hotel_ids: List[str]

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('HOTEL',)}),
        ('hotel_ids', 'list[str]', 'required', {'max_items': 100, 'min_items': 1}),
    )


class CatalogsHotelItemsPostFilter(Model):
    """CatalogsHotelItemsPostFilter (component schema `CatalogsHotelItemsPostFilter`)."""

    catalog_id: Optional[str]
    """Catalog id pertaining to the hotel item. If not provided, default to oldest hotel catalog"""

    catalog_type: str

    hotel_ids: List[str]

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('HOTEL',)}),
        ('hotel_ids', 'list[str]', 'required', {'max_items': 1000, 'min_items': 1}),
    )


class CatalogsHotelListProductsByCatalogBasedFilterRequest(Model):
    """Request object to list products for a given hotel catalog_id and product group filter."""

    catalog_id: str
    """Catalog id pertaining to the hotel product group."""

    catalog_type: str

    filters: CatalogsHotelProductGroupFilters
    """Object holding a group of filters for a hotel product group"""

    _spec = (
        ('catalog_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('HOTEL',)}),
        ('filters', 'CatalogsHotelProductGroupFilters', 'required'),
    )
    _additional = None


class CatalogsHotelProduct(Model):
    """CatalogsHotelProduct (component schema `CatalogsHotelProduct`)."""

    catalog_type: str

    metadata: CatalogsHotelProductMetadata
    """Hotel product metadata entity"""

    pin: Pin
    """Pin model containing properties related to a Pinterest Pin."""

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('HOTEL',)}),
        ('metadata', 'CatalogsHotelProductMetadata', 'required'),
        ('pin', 'Pin', 'required'),
    )


class CatalogsHotelProductGroup(Model):
    """hotel_product_group"""

    catalog_id: str
    """Catalog id pertaining to the hotel product group."""

    catalog_type: str

    created_at: Optional[int]
    """Unix timestamp in seconds of when catalog product group was created."""

    description: Optional[str]

    filters: CatalogsHotelProductGroupFilters
    """Object holding a group of filters for a hotel product group"""

    id: str
    """ID of the hotel product group."""

    name: Optional[str]
    """Name of hotel product group"""

    type: Union[CatalogsHotelProductGroupType, str]
    """<p>Catalog hotel product group type</p>
    <p>MERCHANT_CREATED: Product groups created by merchants.
    <br>ALL_LISTINGS: Includes every hotel item in your catalog.
    """

    updated_at: Optional[int]
    """Unix timestamp in seconds of last time catalog product group was updated."""

    _spec = (
        ('catalog_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('HOTEL',)}),
        ('created_at', 'int'),
        ('description', 'str', 'nullable'),
        ('filters', 'CatalogsHotelProductGroupFilters', 'required'),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('name', 'str'),
        ('type', 'CatalogsHotelProductGroupType', 'required'),
        ('updated_at', 'int'),
    )


class CatalogsHotelProductGroupCreateRequest(Model):
    """Request object for creating a hotel product group."""

    catalog_id: str
    """Catalog id pertaining to the hotel product group."""

    catalog_type: str

    description: Optional[str]

    filters: CatalogsHotelProductGroupFilters
    """Object holding a group of filters for a hotel product group"""

    name: str

    _spec = (
        ('catalog_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('HOTEL',)}),
        ('description', 'str', 'nullable'),
        ('filters', 'CatalogsHotelProductGroupFilters', 'required'),
        ('name', 'str', 'required'),
    )
    _additional = None


class CatalogsHotelProductGroupFilterKeys(UnionModel):
    """catalogs_product_group_keys

    One of: `PriceFilter`, `HotelIdFilter`, `BrandFilter`, `CustomLabel0Filter`, `CustomLabel1Filter`, `CustomLabel2Filter`, `CustomLabel3Filter`, `CustomLabel4Filter`, `CountryFilter`, `TitleKeywordsFilter`.
    """

    _variants = ('PriceFilter', 'HotelIdFilter', 'BrandFilter', 'CustomLabel0Filter', 'CustomLabel1Filter', 'CustomLabel2Filter', 'CustomLabel3Filter', 'CustomLabel4Filter', 'CountryFilter', 'TitleKeywordsFilter')


class CatalogsHotelProductGroupFilters(UnionModel):
    """Object holding a group of filters for a hotel product group

    One of: `CatalogsHotelProductGroupFiltersAnyOf`, `CatalogsHotelProductGroupFiltersAllOf`.
    """

    _variants = ('CatalogsHotelProductGroupFiltersAnyOf', 'CatalogsHotelProductGroupFiltersAllOf')


class CatalogsHotelProductGroupFiltersAllOf(Model):
    """all_of"""

    all_of: List[CatalogsHotelProductGroupFilterKeys]

    _spec = (
        ('all_of', 'list[CatalogsHotelProductGroupFilterKeys]', 'required'),
    )
    _additional = None


class CatalogsHotelProductGroupFiltersAnyOf(Model):
    """any_of"""

    any_of: List[CatalogsHotelProductGroupFilterKeys]

    _spec = (
        ('any_of', 'list[CatalogsHotelProductGroupFilterKeys]', 'required'),
    )
    _additional = None


class CatalogsHotelProductGroupProductCounts(Model):
    """Product counts for a Hotel CatalogsProductGroup"""

    catalog_type: str

    total: float

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('HOTEL',)}),
        ('total', 'float', 'required', {'minimum': 0}),
    )


class CatalogsHotelProductGroupType(Enum):
    """<p>Catalog hotel product group type</p>
    <p>MERCHANT_CREATED: Product groups created by merchants.
    <br>ALL_LISTINGS: Includes every hotel item in your catalog.
    """

    MERCHANT_CREATED = 'MERCHANT_CREATED'
    ALL_LISTINGS = 'ALL_LISTINGS'


class CatalogsHotelProductGroupUpdateRequest(Model):
    """Request object for updating a hotel product group."""

    catalog_type: Optional[str]

    description: Optional[str]

    filters: Optional[CatalogsHotelProductGroupFilters]
    """Object holding a group of filters for a hotel product group"""

    name: Optional[str]

    _spec = (
        ('catalog_type', 'str', '', {'enum': ('HOTEL',)}),
        ('description', 'str', 'nullable'),
        ('filters', 'CatalogsHotelProductGroupFilters'),
        ('name', 'str'),
    )
    _additional = None


class CatalogsHotelProductMetadata(Model):
    """Hotel product metadata entity"""

    hotel_id: str
    """The user-created unique ID that represents the hotel item."""

    _spec = (
        ('hotel_id', 'str', 'required'),
    )


class CatalogsHotelReportParameters(Model):
    """Parameters for hotel report"""

    catalog_type: str

    report: CatalogsHotelReportParametersReport

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('HOTEL',)}),
        ('report', 'CatalogsHotelReportParametersReport', 'required'),
    )


class CatalogsHotelReportParametersReport(UnionModel):
    """CatalogsHotelReportParametersReport (inline schema).

    One of: `CatalogsReportFeedIngestionFilter`, `CatalogsReportDistributionIssueFilter`, `CatalogsReportAllItemsFilter`.
    """

    _variants = ('CatalogsReportFeedIngestionFilter', 'CatalogsReportDistributionIssueFilter', 'CatalogsReportAllItemsFilter')
    _discriminator = ('report_type', {'FEED_INGESTION_ISSUES': 'CatalogsReportFeedIngestionFilter', 'DISTRIBUTION_ISSUES': 'CatalogsReportDistributionIssueFilter', 'ALL_ITEMS': 'CatalogsReportAllItemsFilter'})


class CatalogsHotelReportStatsParameters(Model):
    """Parameters for hotel report"""

    catalog_type: str

    report: CatalogsHotelReportStatsParametersReport

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('HOTEL',)}),
        ('report', 'CatalogsHotelReportStatsParametersReport', 'required'),
    )


class CatalogsHotelReportStatsParametersReport(UnionModel):
    """CatalogsHotelReportStatsParametersReport (inline schema).

    One of: `CatalogsReportFeedIngestionFilter`, `CatalogsReportDistributionIssueFilter`.
    """

    _variants = ('CatalogsReportFeedIngestionFilter', 'CatalogsReportDistributionIssueFilter')
    _discriminator = ('report_type', {'FEED_INGESTION_ISSUES': 'CatalogsReportFeedIngestionFilter', 'DISTRIBUTION_ISSUES': 'CatalogsReportDistributionIssueFilter'})


class CatalogsItemValidationDetails(Model):
    """CatalogsItemValidationDetails (component schema `CatalogsItemValidationDetails`)."""

    attribute_name: Optional[Union[NullableCatalogsItemFieldType, str]]
    """Attribute that has a validation issue."""

    provided_value: Optional[str]
    """Provided value that caused the validation issue."""

    _spec = (
        ('attribute_name', 'NullableCatalogsItemFieldType', 'required nullable'),
        ('provided_value', 'str', 'required nullable'),
    )


class CatalogsItemValidationErrors(Model):
    """CatalogsItemValidationErrors (component schema `CatalogsItemValidationErrors`)."""

    ADULT_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an invalid adult value."""

    ADWORDS_FORMAT_INVALID: Optional[CatalogsItemValidationDetails]
    """Adword link contains too many characters."""

    AVAILABILITY_INVALID: Optional[CatalogsItemValidationDetails]
    """Item is missing availability value in its product metadata, this item will not be published."""

    BLOCKLISTED_IMAGE_SIGNATURE: Optional[CatalogsItemValidationDetails]
    """Item will not be published because it doesn't meet Pinterest's Merchant Guidelines."""

    DESCRIPTION_MISSING: Optional[CatalogsItemValidationDetails]
    """Item is missing description in its product metadata, this item will not be published."""

    DUPLICATE_PRODUCTS: Optional[CatalogsItemValidationDetails]
    """This product is duplicated. The duplicate entry will not be published."""

    IMAGE_LINK_INVALID: Optional[CatalogsItemValidationDetails]
    """Image link is invalid."""

    IMAGE_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Item has image_link URL that contains too many characters, so the item will not be published."""

    IMAGE_LINK_MISSING: Optional[CatalogsItemValidationDetails]
    """Item is missing an image link URL in its product metadata, this item will not be published."""

    INVALID_DOMAIN: Optional[CatalogsItemValidationDetails]
    """Product link value doesn't match the verified domain associated with this account."""

    ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE: Optional[CatalogsItemValidationDetails]
    """Main image can't be found."""

    ITEMID_MISSING: Optional[CatalogsItemValidationDetails]
    """Item is missing item id in its product metadata, this item will not be published."""

    LINK_FORMAT_INVALID: Optional[CatalogsItemValidationDetails]
    """Link is invalid."""

    LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Product link contains too many characters, this item will not be published."""

    LIST_PRICE_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a list price formatting error, this item will not be published."""

    MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED: Optional[CatalogsItemValidationDetails]
    """Item exceed the maximum number of items per item group, this item will not be published."""

    PARSE_LINE_ERROR: Optional[CatalogsItemValidationDetails]
    """Item contains formating errors."""

    PINJOIN_CONTENT_UNSAFE: Optional[CatalogsItemValidationDetails]
    """Item will not be published because it doesn't meet Pinterest's Merchant Guidelines."""

    PRICE_CANNOT_BE_DETERMINED: Optional[CatalogsItemValidationDetails]
    """Item price cannot be determined because the price, list price, and sale price are all different."""

    PRICE_MISSING: Optional[CatalogsItemValidationDetails]
    """Product is missing a price, this item will not be published."""

    PRODUCT_LINK_MISSING: Optional[CatalogsItemValidationDetails]
    """Item is missing a link URL in its product metadata, this item will not be published."""

    PRODUCT_PRICE_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a price formatting error in its product metadata, this item will not be published."""

    TITLE_MISSING: Optional[CatalogsItemValidationDetails]
    """Item is missing title in its product metadata, this item will not be published."""

    _spec = (
        ('ADULT_INVALID', 'CatalogsItemValidationDetails'),
        ('ADWORDS_FORMAT_INVALID', 'CatalogsItemValidationDetails'),
        ('AVAILABILITY_INVALID', 'CatalogsItemValidationDetails'),
        ('BLOCKLISTED_IMAGE_SIGNATURE', 'CatalogsItemValidationDetails'),
        ('DESCRIPTION_MISSING', 'CatalogsItemValidationDetails'),
        ('DUPLICATE_PRODUCTS', 'CatalogsItemValidationDetails'),
        ('IMAGE_LINK_INVALID', 'CatalogsItemValidationDetails'),
        ('IMAGE_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('IMAGE_LINK_MISSING', 'CatalogsItemValidationDetails'),
        ('INVALID_DOMAIN', 'CatalogsItemValidationDetails'),
        ('ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE', 'CatalogsItemValidationDetails'),
        ('ITEMID_MISSING', 'CatalogsItemValidationDetails'),
        ('LINK_FORMAT_INVALID', 'CatalogsItemValidationDetails'),
        ('LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('LIST_PRICE_INVALID', 'CatalogsItemValidationDetails'),
        ('MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED', 'CatalogsItemValidationDetails'),
        ('PARSE_LINE_ERROR', 'CatalogsItemValidationDetails'),
        ('PINJOIN_CONTENT_UNSAFE', 'CatalogsItemValidationDetails'),
        ('PRICE_CANNOT_BE_DETERMINED', 'CatalogsItemValidationDetails'),
        ('PRICE_MISSING', 'CatalogsItemValidationDetails'),
        ('PRODUCT_LINK_MISSING', 'CatalogsItemValidationDetails'),
        ('PRODUCT_PRICE_INVALID', 'CatalogsItemValidationDetails'),
        ('TITLE_MISSING', 'CatalogsItemValidationDetails'),
    )


class CatalogsItemValidationIssue(Enum):
    """CatalogsItemValidationIssue (component schema `CatalogsItemValidationIssue`)."""

    AD_IMAGE_0_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_0_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_1_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_1_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_2_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_2_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_3_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_3_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_4_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_4_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_5_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_5_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_6_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_6_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_7_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_7_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_8_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_8_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_9_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_9_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_10_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_10_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_11_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_11_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_12_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_12_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_13_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_13_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_14_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_14_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_15_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_15_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_16_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_16_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_17_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_17_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_18_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_18_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_19_LINK_LENGTH_TOO_LONG = 'AD_IMAGE_19_LINK_LENGTH_TOO_LONG'
    AD_IMAGE_0_LINK_WARNING = 'AD_IMAGE_0_LINK_WARNING'
    AD_IMAGE_1_LINK_WARNING = 'AD_IMAGE_1_LINK_WARNING'
    AD_IMAGE_2_LINK_WARNING = 'AD_IMAGE_2_LINK_WARNING'
    AD_IMAGE_3_LINK_WARNING = 'AD_IMAGE_3_LINK_WARNING'
    AD_IMAGE_4_LINK_WARNING = 'AD_IMAGE_4_LINK_WARNING'
    AD_IMAGE_5_LINK_WARNING = 'AD_IMAGE_5_LINK_WARNING'
    AD_IMAGE_6_LINK_WARNING = 'AD_IMAGE_6_LINK_WARNING'
    AD_IMAGE_7_LINK_WARNING = 'AD_IMAGE_7_LINK_WARNING'
    AD_IMAGE_8_LINK_WARNING = 'AD_IMAGE_8_LINK_WARNING'
    AD_IMAGE_9_LINK_WARNING = 'AD_IMAGE_9_LINK_WARNING'
    AD_IMAGE_10_LINK_WARNING = 'AD_IMAGE_10_LINK_WARNING'
    AD_IMAGE_11_LINK_WARNING = 'AD_IMAGE_11_LINK_WARNING'
    AD_IMAGE_12_LINK_WARNING = 'AD_IMAGE_12_LINK_WARNING'
    AD_IMAGE_13_LINK_WARNING = 'AD_IMAGE_13_LINK_WARNING'
    AD_IMAGE_14_LINK_WARNING = 'AD_IMAGE_14_LINK_WARNING'
    AD_IMAGE_15_LINK_WARNING = 'AD_IMAGE_15_LINK_WARNING'
    AD_IMAGE_16_LINK_WARNING = 'AD_IMAGE_16_LINK_WARNING'
    AD_IMAGE_17_LINK_WARNING = 'AD_IMAGE_17_LINK_WARNING'
    AD_IMAGE_18_LINK_WARNING = 'AD_IMAGE_18_LINK_WARNING'
    AD_IMAGE_19_LINK_WARNING = 'AD_IMAGE_19_LINK_WARNING'
    AD_IMAGE_0_LINK_REQUIRED = 'AD_IMAGE_0_LINK_REQUIRED'
    AD_IMAGE_1_LINK_REQUIRED = 'AD_IMAGE_1_LINK_REQUIRED'
    AD_IMAGE_2_LINK_REQUIRED = 'AD_IMAGE_2_LINK_REQUIRED'
    AD_IMAGE_3_LINK_REQUIRED = 'AD_IMAGE_3_LINK_REQUIRED'
    AD_IMAGE_4_LINK_REQUIRED = 'AD_IMAGE_4_LINK_REQUIRED'
    AD_IMAGE_5_LINK_REQUIRED = 'AD_IMAGE_5_LINK_REQUIRED'
    AD_IMAGE_6_LINK_REQUIRED = 'AD_IMAGE_6_LINK_REQUIRED'
    AD_IMAGE_7_LINK_REQUIRED = 'AD_IMAGE_7_LINK_REQUIRED'
    AD_IMAGE_8_LINK_REQUIRED = 'AD_IMAGE_8_LINK_REQUIRED'
    AD_IMAGE_9_LINK_REQUIRED = 'AD_IMAGE_9_LINK_REQUIRED'
    AD_IMAGE_10_LINK_REQUIRED = 'AD_IMAGE_10_LINK_REQUIRED'
    AD_IMAGE_11_LINK_REQUIRED = 'AD_IMAGE_11_LINK_REQUIRED'
    AD_IMAGE_12_LINK_REQUIRED = 'AD_IMAGE_12_LINK_REQUIRED'
    AD_IMAGE_13_LINK_REQUIRED = 'AD_IMAGE_13_LINK_REQUIRED'
    AD_IMAGE_14_LINK_REQUIRED = 'AD_IMAGE_14_LINK_REQUIRED'
    AD_IMAGE_15_LINK_REQUIRED = 'AD_IMAGE_15_LINK_REQUIRED'
    AD_IMAGE_16_LINK_REQUIRED = 'AD_IMAGE_16_LINK_REQUIRED'
    AD_IMAGE_17_LINK_REQUIRED = 'AD_IMAGE_17_LINK_REQUIRED'
    AD_IMAGE_18_LINK_REQUIRED = 'AD_IMAGE_18_LINK_REQUIRED'
    AD_IMAGE_19_LINK_REQUIRED = 'AD_IMAGE_19_LINK_REQUIRED'
    AD_IMAGE_0_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_0_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_1_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_1_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_2_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_2_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_3_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_3_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_4_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_4_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_5_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_5_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_6_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_6_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_7_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_7_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_8_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_8_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_9_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_9_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_10_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_10_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_11_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_11_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_12_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_12_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_13_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_13_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_14_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_14_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_15_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_15_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_16_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_16_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_17_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_17_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_18_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_18_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_19_TAG_LENGTH_TOO_LONG = 'AD_IMAGE_19_TAG_LENGTH_TOO_LONG'
    AD_IMAGE_0_TAG_REQUIRED = 'AD_IMAGE_0_TAG_REQUIRED'
    AD_IMAGE_1_TAG_REQUIRED = 'AD_IMAGE_1_TAG_REQUIRED'
    AD_IMAGE_2_TAG_REQUIRED = 'AD_IMAGE_2_TAG_REQUIRED'
    AD_IMAGE_3_TAG_REQUIRED = 'AD_IMAGE_3_TAG_REQUIRED'
    AD_IMAGE_4_TAG_REQUIRED = 'AD_IMAGE_4_TAG_REQUIRED'
    AD_IMAGE_5_TAG_REQUIRED = 'AD_IMAGE_5_TAG_REQUIRED'
    AD_IMAGE_6_TAG_REQUIRED = 'AD_IMAGE_6_TAG_REQUIRED'
    AD_IMAGE_7_TAG_REQUIRED = 'AD_IMAGE_7_TAG_REQUIRED'
    AD_IMAGE_8_TAG_REQUIRED = 'AD_IMAGE_8_TAG_REQUIRED'
    AD_IMAGE_9_TAG_REQUIRED = 'AD_IMAGE_9_TAG_REQUIRED'
    AD_IMAGE_10_TAG_REQUIRED = 'AD_IMAGE_10_TAG_REQUIRED'
    AD_IMAGE_11_TAG_REQUIRED = 'AD_IMAGE_11_TAG_REQUIRED'
    AD_IMAGE_12_TAG_REQUIRED = 'AD_IMAGE_12_TAG_REQUIRED'
    AD_IMAGE_13_TAG_REQUIRED = 'AD_IMAGE_13_TAG_REQUIRED'
    AD_IMAGE_14_TAG_REQUIRED = 'AD_IMAGE_14_TAG_REQUIRED'
    AD_IMAGE_15_TAG_REQUIRED = 'AD_IMAGE_15_TAG_REQUIRED'
    AD_IMAGE_16_TAG_REQUIRED = 'AD_IMAGE_16_TAG_REQUIRED'
    AD_IMAGE_17_TAG_REQUIRED = 'AD_IMAGE_17_TAG_REQUIRED'
    AD_IMAGE_18_TAG_REQUIRED = 'AD_IMAGE_18_TAG_REQUIRED'
    AD_IMAGE_19_TAG_REQUIRED = 'AD_IMAGE_19_TAG_REQUIRED'
    AD_IMAGE_0_LINK_DUPLICATED = 'AD_IMAGE_0_LINK_DUPLICATED'
    AD_IMAGE_1_LINK_DUPLICATED = 'AD_IMAGE_1_LINK_DUPLICATED'
    AD_IMAGE_2_LINK_DUPLICATED = 'AD_IMAGE_2_LINK_DUPLICATED'
    AD_IMAGE_3_LINK_DUPLICATED = 'AD_IMAGE_3_LINK_DUPLICATED'
    AD_IMAGE_4_LINK_DUPLICATED = 'AD_IMAGE_4_LINK_DUPLICATED'
    AD_IMAGE_5_LINK_DUPLICATED = 'AD_IMAGE_5_LINK_DUPLICATED'
    AD_IMAGE_6_LINK_DUPLICATED = 'AD_IMAGE_6_LINK_DUPLICATED'
    AD_IMAGE_7_LINK_DUPLICATED = 'AD_IMAGE_7_LINK_DUPLICATED'
    AD_IMAGE_8_LINK_DUPLICATED = 'AD_IMAGE_8_LINK_DUPLICATED'
    AD_IMAGE_9_LINK_DUPLICATED = 'AD_IMAGE_9_LINK_DUPLICATED'
    AD_IMAGE_10_LINK_DUPLICATED = 'AD_IMAGE_10_LINK_DUPLICATED'
    AD_IMAGE_11_LINK_DUPLICATED = 'AD_IMAGE_11_LINK_DUPLICATED'
    AD_IMAGE_12_LINK_DUPLICATED = 'AD_IMAGE_12_LINK_DUPLICATED'
    AD_IMAGE_13_LINK_DUPLICATED = 'AD_IMAGE_13_LINK_DUPLICATED'
    AD_IMAGE_14_LINK_DUPLICATED = 'AD_IMAGE_14_LINK_DUPLICATED'
    AD_IMAGE_15_LINK_DUPLICATED = 'AD_IMAGE_15_LINK_DUPLICATED'
    AD_IMAGE_16_LINK_DUPLICATED = 'AD_IMAGE_16_LINK_DUPLICATED'
    AD_IMAGE_17_LINK_DUPLICATED = 'AD_IMAGE_17_LINK_DUPLICATED'
    AD_IMAGE_18_LINK_DUPLICATED = 'AD_IMAGE_18_LINK_DUPLICATED'
    AD_IMAGE_19_LINK_DUPLICATED = 'AD_IMAGE_19_LINK_DUPLICATED'
    AD_IMAGE_0_TAG_DUPLICATED = 'AD_IMAGE_0_TAG_DUPLICATED'
    AD_IMAGE_1_TAG_DUPLICATED = 'AD_IMAGE_1_TAG_DUPLICATED'
    AD_IMAGE_2_TAG_DUPLICATED = 'AD_IMAGE_2_TAG_DUPLICATED'
    AD_IMAGE_3_TAG_DUPLICATED = 'AD_IMAGE_3_TAG_DUPLICATED'
    AD_IMAGE_4_TAG_DUPLICATED = 'AD_IMAGE_4_TAG_DUPLICATED'
    AD_IMAGE_5_TAG_DUPLICATED = 'AD_IMAGE_5_TAG_DUPLICATED'
    AD_IMAGE_6_TAG_DUPLICATED = 'AD_IMAGE_6_TAG_DUPLICATED'
    AD_IMAGE_7_TAG_DUPLICATED = 'AD_IMAGE_7_TAG_DUPLICATED'
    AD_IMAGE_8_TAG_DUPLICATED = 'AD_IMAGE_8_TAG_DUPLICATED'
    AD_IMAGE_9_TAG_DUPLICATED = 'AD_IMAGE_9_TAG_DUPLICATED'
    AD_IMAGE_10_TAG_DUPLICATED = 'AD_IMAGE_10_TAG_DUPLICATED'
    AD_IMAGE_11_TAG_DUPLICATED = 'AD_IMAGE_11_TAG_DUPLICATED'
    AD_IMAGE_12_TAG_DUPLICATED = 'AD_IMAGE_12_TAG_DUPLICATED'
    AD_IMAGE_13_TAG_DUPLICATED = 'AD_IMAGE_13_TAG_DUPLICATED'
    AD_IMAGE_14_TAG_DUPLICATED = 'AD_IMAGE_14_TAG_DUPLICATED'
    AD_IMAGE_15_TAG_DUPLICATED = 'AD_IMAGE_15_TAG_DUPLICATED'
    AD_IMAGE_16_TAG_DUPLICATED = 'AD_IMAGE_16_TAG_DUPLICATED'
    AD_IMAGE_17_TAG_DUPLICATED = 'AD_IMAGE_17_TAG_DUPLICATED'
    AD_IMAGE_18_TAG_DUPLICATED = 'AD_IMAGE_18_TAG_DUPLICATED'
    AD_IMAGE_19_TAG_DUPLICATED = 'AD_IMAGE_19_TAG_DUPLICATED'
    AD_VIDEO_0_LINK_LENGTH_TOO_LONG = 'AD_VIDEO_0_LINK_LENGTH_TOO_LONG'
    AD_VIDEO_1_LINK_LENGTH_TOO_LONG = 'AD_VIDEO_1_LINK_LENGTH_TOO_LONG'
    AD_VIDEO_2_LINK_LENGTH_TOO_LONG = 'AD_VIDEO_2_LINK_LENGTH_TOO_LONG'
    AD_VIDEO_0_LINK_WARNING = 'AD_VIDEO_0_LINK_WARNING'
    AD_VIDEO_1_LINK_WARNING = 'AD_VIDEO_1_LINK_WARNING'
    AD_VIDEO_2_LINK_WARNING = 'AD_VIDEO_2_LINK_WARNING'
    AD_VIDEO_0_LINK_REQUIRED = 'AD_VIDEO_0_LINK_REQUIRED'
    AD_VIDEO_1_LINK_REQUIRED = 'AD_VIDEO_1_LINK_REQUIRED'
    AD_VIDEO_2_LINK_REQUIRED = 'AD_VIDEO_2_LINK_REQUIRED'
    AD_VIDEO_0_LINK_DUPLICATED = 'AD_VIDEO_0_LINK_DUPLICATED'
    AD_VIDEO_1_LINK_DUPLICATED = 'AD_VIDEO_1_LINK_DUPLICATED'
    AD_VIDEO_2_LINK_DUPLICATED = 'AD_VIDEO_2_LINK_DUPLICATED'
    AD_VIDEO_0_TAG_LENGTH_TOO_LONG = 'AD_VIDEO_0_TAG_LENGTH_TOO_LONG'
    AD_VIDEO_1_TAG_LENGTH_TOO_LONG = 'AD_VIDEO_1_TAG_LENGTH_TOO_LONG'
    AD_VIDEO_2_TAG_LENGTH_TOO_LONG = 'AD_VIDEO_2_TAG_LENGTH_TOO_LONG'
    AD_VIDEO_0_TAG_REQUIRED = 'AD_VIDEO_0_TAG_REQUIRED'
    AD_VIDEO_1_TAG_REQUIRED = 'AD_VIDEO_1_TAG_REQUIRED'
    AD_VIDEO_2_TAG_REQUIRED = 'AD_VIDEO_2_TAG_REQUIRED'
    AD_VIDEO_0_TAG_DUPLICATED = 'AD_VIDEO_0_TAG_DUPLICATED'
    AD_VIDEO_1_TAG_DUPLICATED = 'AD_VIDEO_1_TAG_DUPLICATED'
    AD_VIDEO_2_TAG_DUPLICATED = 'AD_VIDEO_2_TAG_DUPLICATED'
    VIDEO_REQUIRED_WHEN_AD_VIDEO_PROVIDED = 'VIDEO_REQUIRED_WHEN_AD_VIDEO_PROVIDED'
    AD_LINK_FORMAT_WARNING = 'AD_LINK_FORMAT_WARNING'
    AD_LINK_SAME_AS_LINK = 'AD_LINK_SAME_AS_LINK'
    ADDITIONAL_IMAGE_LINK_LENGTH_TOO_LONG = 'ADDITIONAL_IMAGE_LINK_LENGTH_TOO_LONG'
    ADDITIONAL_IMAGE_LINK_WARNING = 'ADDITIONAL_IMAGE_LINK_WARNING'
    ADULT_INVALID = 'ADULT_INVALID'
    ADWORDS_FORMAT_INVALID = 'ADWORDS_FORMAT_INVALID'
    ADWORDS_FORMAT_WARNING = 'ADWORDS_FORMAT_WARNING'
    ADWORDS_SAME_AS_LINK = 'ADWORDS_SAME_AS_LINK'
    AGE_GROUP_INVALID = 'AGE_GROUP_INVALID'
    ANDROID_DEEP_LINK_INVALID = 'ANDROID_DEEP_LINK_INVALID'
    AVAILABILITY_DATE_INVALID = 'AVAILABILITY_DATE_INVALID'
    AVAILABILITY_INVALID = 'AVAILABILITY_INVALID'
    BLOCKLISTED_IMAGE_SIGNATURE = 'BLOCKLISTED_IMAGE_SIGNATURE'
    COUNTRY_DOES_NOT_MAP_TO_CURRENCY = 'COUNTRY_DOES_NOT_MAP_TO_CURRENCY'
    CUSTOM_LABEL_LENGTH_TOO_LONG = 'CUSTOM_LABEL_LENGTH_TOO_LONG'
    DESCRIPTION_LENGTH_TOO_LONG = 'DESCRIPTION_LENGTH_TOO_LONG'
    DESCRIPTION_MISSING = 'DESCRIPTION_MISSING'
    DUPLICATE_PRODUCTS = 'DUPLICATE_PRODUCTS'
    EXPIRATION_DATE_INVALID = 'EXPIRATION_DATE_INVALID'
    GENDER_INVALID = 'GENDER_INVALID'
    GTIN_INVALID = 'GTIN_INVALID'
    IMAGE_LINK_INVALID = 'IMAGE_LINK_INVALID'
    IMAGE_LINK_LENGTH_TOO_LONG = 'IMAGE_LINK_LENGTH_TOO_LONG'
    IMAGE_LINK_MISSING = 'IMAGE_LINK_MISSING'
    IMAGE_LINK_WARNING = 'IMAGE_LINK_WARNING'
    INVALID_DOMAIN = 'INVALID_DOMAIN'
    IOS_DEEP_LINK_INVALID = 'IOS_DEEP_LINK_INVALID'
    IS_BUNDLE_INVALID = 'IS_BUNDLE_INVALID'
    ITEM_ADDITIONAL_IMAGE_DOWNLOAD_FAILURE = 'ITEM_ADDITIONAL_IMAGE_DOWNLOAD_FAILURE'
    ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE = 'ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE'
    ITEMID_MISSING = 'ITEMID_MISSING'
    LINK_FORMAT_INVALID = 'LINK_FORMAT_INVALID'
    LINK_FORMAT_WARNING = 'LINK_FORMAT_WARNING'
    LINK_LENGTH_TOO_LONG = 'LINK_LENGTH_TOO_LONG'
    LIST_PRICE_INVALID = 'LIST_PRICE_INVALID'
    MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED = 'MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED'
    MIN_AD_PRICE_INVALID = 'MIN_AD_PRICE_INVALID'
    MPN_INVALID = 'MPN_INVALID'
    MULTIPACK_INVALID = 'MULTIPACK_INVALID'
    OPTIONAL_CONDITION_INVALID = 'OPTIONAL_CONDITION_INVALID'
    OPTIONAL_CONDITION_MISSING = 'OPTIONAL_CONDITION_MISSING'
    OPTIONAL_PRODUCT_CATEGORY_INVALID = 'OPTIONAL_PRODUCT_CATEGORY_INVALID'
    OPTIONAL_PRODUCT_CATEGORY_MISSING = 'OPTIONAL_PRODUCT_CATEGORY_MISSING'
    PARSE_LINE_ERROR = 'PARSE_LINE_ERROR'
    PINJOIN_CONTENT_UNSAFE = 'PINJOIN_CONTENT_UNSAFE'
    PRICE_CANNOT_BE_DETERMINED = 'PRICE_CANNOT_BE_DETERMINED'
    PRICE_MISSING = 'PRICE_MISSING'
    PRODUCT_CATEGORY_DEPTH_WARNING = 'PRODUCT_CATEGORY_DEPTH_WARNING'
    PRODUCT_LINK_MISSING = 'PRODUCT_LINK_MISSING'
    PRODUCT_PRICE_INVALID = 'PRODUCT_PRICE_INVALID'
    PRODUCT_TYPE_LENGTH_TOO_LONG = 'PRODUCT_TYPE_LENGTH_TOO_LONG'
    SALE_DATE_INVALID = 'SALE_DATE_INVALID'
    SALES_PRICE_INVALID = 'SALES_PRICE_INVALID'
    SALES_PRICE_TOO_HIGH = 'SALES_PRICE_TOO_HIGH'
    SALES_PRICE_TOO_LOW = 'SALES_PRICE_TOO_LOW'
    SHIPPING_INVALID = 'SHIPPING_INVALID'
    SHIPPING_HEIGHT_INVALID = 'SHIPPING_HEIGHT_INVALID'
    SHIPPING_WEIGHT_INVALID = 'SHIPPING_WEIGHT_INVALID'
    SHIPPING_WIDTH_INVALID = 'SHIPPING_WIDTH_INVALID'
    SIZE_SYSTEM_INVALID = 'SIZE_SYSTEM_INVALID'
    SIZE_TYPE_INVALID = 'SIZE_TYPE_INVALID'
    TAX_INVALID = 'TAX_INVALID'
    TITLE_LENGTH_TOO_LONG = 'TITLE_LENGTH_TOO_LONG'
    TITLE_MISSING = 'TITLE_MISSING'
    TOO_MANY_ADDITIONAL_IMAGE_LINKS = 'TOO_MANY_ADDITIONAL_IMAGE_LINKS'
    UTM_SOURCE_AUTO_CORRECTED = 'UTM_SOURCE_AUTO_CORRECTED'
    WEIGHT_UNIT_INVALID = 'WEIGHT_UNIT_INVALID'


class CatalogsItemValidationIssues(Model):
    """CatalogsItemValidationIssues (component schema `CatalogsItemValidationIssues`)."""

    errors: CatalogsItemValidationErrors

    item_id: Optional[str]
    """The merchant-created unique ID that represents the product."""

    item_number: int
    """Item number based on order of appearance in the Catalogs Feed. For example, '0' refers to first item found in a feed that was downloaded from a 'location' specified during feed creation."""

    warnings: CatalogsItemValidationWarnings

    _spec = (
        ('errors', 'CatalogsItemValidationErrors', 'required'),
        ('item_id', 'str', 'required nullable'),
        ('item_number', 'int', 'required'),
        ('warnings', 'CatalogsItemValidationWarnings', 'required'),
    )


class CatalogsItemValidationWarnings(Model):
    """CatalogsItemValidationWarnings (component schema)."""

    AD_IMAGE_0_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_0_link is duplicated with another ad image link."""

    AD_IMAGE_0_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 0 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_0_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 0 is required because an image tag was provided."""

    AD_IMAGE_0_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 0 format is unsupported."""

    AD_IMAGE_0_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_0_tag is duplicated with another ad image tag."""

    AD_IMAGE_0_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 0 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_0_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 0 is required because an image link was provided."""

    AD_IMAGE_10_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_10_link is duplicated with another ad image link."""

    AD_IMAGE_10_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 10 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_10_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 10 is required because an image tag was provided."""

    AD_IMAGE_10_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 10 format is unsupported."""

    AD_IMAGE_10_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_10_tag is duplicated with another ad image tag."""

    AD_IMAGE_10_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 10 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_10_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 10 is required because an image link was provided."""

    AD_IMAGE_11_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_11_link is duplicated with another ad image link."""

    AD_IMAGE_11_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 11 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_11_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 11 is required because an image tag was provided."""

    AD_IMAGE_11_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 11 format is unsupported."""

    AD_IMAGE_11_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_11_tag is duplicated with another ad image tag."""

    AD_IMAGE_11_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 11 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_11_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 11 is required because an image link was provided."""

    AD_IMAGE_12_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_12_link is duplicated with another ad image link."""

    AD_IMAGE_12_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 12 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_12_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 12 is required because an image tag was provided."""

    AD_IMAGE_12_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 12 format is unsupported."""

    AD_IMAGE_12_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_12_tag is duplicated with another ad image tag."""

    AD_IMAGE_12_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 12 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_12_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 12 is required because an image link was provided."""

    AD_IMAGE_13_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_13_link is duplicated with another ad image link."""

    AD_IMAGE_13_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 13 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_13_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 13 is required because an image tag was provided."""

    AD_IMAGE_13_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 13 format is unsupported."""

    AD_IMAGE_13_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_13_tag is duplicated with another ad image tag."""

    AD_IMAGE_13_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 13 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_13_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 13 is required because an image link was provided."""

    AD_IMAGE_14_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_14_link is duplicated with another ad image link."""

    AD_IMAGE_14_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 14 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_14_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 14 is required because an image tag was provided."""

    AD_IMAGE_14_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 14 format is unsupported."""

    AD_IMAGE_14_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_14_tag is duplicated with another ad image tag."""

    AD_IMAGE_14_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 14 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_14_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 14 is required because an image link was provided."""

    AD_IMAGE_15_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_15_link is duplicated with another ad image link."""

    AD_IMAGE_15_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 15 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_15_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 15 is required because an image tag was provided."""

    AD_IMAGE_15_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 15 format is unsupported."""

    AD_IMAGE_15_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_15_tag is duplicated with another ad image tag."""

    AD_IMAGE_15_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 15 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_15_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 15 is required because an image link was provided."""

    AD_IMAGE_16_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_16_link is duplicated with another ad image link."""

    AD_IMAGE_16_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 16 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_16_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 16 is required because an image tag was provided."""

    AD_IMAGE_16_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 16 format is unsupported."""

    AD_IMAGE_16_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_16_tag is duplicated with another ad image tag."""

    AD_IMAGE_16_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 16 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_16_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 16 is required because an image link was provided."""

    AD_IMAGE_17_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_17_link is duplicated with another ad image link."""

    AD_IMAGE_17_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 17 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_17_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 17 is required because an image tag was provided."""

    AD_IMAGE_17_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 17 format is unsupported."""

    AD_IMAGE_17_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_17_tag is duplicated with another ad image tag."""

    AD_IMAGE_17_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 17 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_17_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 17 is required because an image link was provided."""

    AD_IMAGE_18_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_18_link is duplicated with another ad image link."""

    AD_IMAGE_18_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 18 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_18_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 18 is required because an image tag was provided."""

    AD_IMAGE_18_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 18 format is unsupported."""

    AD_IMAGE_18_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_18_tag is duplicated with another ad image tag."""

    AD_IMAGE_18_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 18 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_18_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 18 is required because an image link was provided."""

    AD_IMAGE_19_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_19_link is duplicated with another ad image link."""

    AD_IMAGE_19_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 19 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_19_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 19 is required because an image tag was provided."""

    AD_IMAGE_19_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 19 format is unsupported."""

    AD_IMAGE_19_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_19_tag is duplicated with another ad image tag."""

    AD_IMAGE_19_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 19 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_19_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 19 is required because an image link was provided."""

    AD_IMAGE_1_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_1_link is duplicated with another ad image link."""

    AD_IMAGE_1_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 1 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_1_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 1 is required because an image tag was provided."""

    AD_IMAGE_1_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 1 format is unsupported."""

    AD_IMAGE_1_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_1_tag is duplicated with another ad image tag."""

    AD_IMAGE_1_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 1 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_1_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 1 is required because an image link was provided."""

    AD_IMAGE_2_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_2_link is duplicated with another ad image link."""

    AD_IMAGE_2_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 2 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_2_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 2 is required because an image tag was provided."""

    AD_IMAGE_2_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 2 format is unsupported."""

    AD_IMAGE_2_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_2_tag is duplicated with another ad image tag."""

    AD_IMAGE_2_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 2 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_2_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 2 is required because an image link was provided."""

    AD_IMAGE_3_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_3_link is duplicated with another ad image link."""

    AD_IMAGE_3_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 3 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_3_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 3 is required because an image tag was provided."""

    AD_IMAGE_3_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 3 format is unsupported."""

    AD_IMAGE_3_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_3_tag is duplicated with another ad image tag."""

    AD_IMAGE_3_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 3 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_3_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 3 is required because an image link was provided."""

    AD_IMAGE_4_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_4_link is duplicated with another ad image link."""

    AD_IMAGE_4_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 4 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_4_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 4 is required because an image tag was provided."""

    AD_IMAGE_4_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 4 format is unsupported."""

    AD_IMAGE_4_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_4_tag is duplicated with another ad image tag."""

    AD_IMAGE_4_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 4 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_4_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 4 is required because an image link was provided."""

    AD_IMAGE_5_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_5_link is duplicated with another ad image link."""

    AD_IMAGE_5_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 5 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_5_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 5 is required because an image tag was provided."""

    AD_IMAGE_5_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 5 format is unsupported."""

    AD_IMAGE_5_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_5_tag is duplicated with another ad image tag."""

    AD_IMAGE_5_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 5 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_5_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 5 is required because an image link was provided."""

    AD_IMAGE_6_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_6_link is duplicated with another ad image link."""

    AD_IMAGE_6_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 6 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_6_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 6 is required because an image tag was provided."""

    AD_IMAGE_6_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 6 format is unsupported."""

    AD_IMAGE_6_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_6_tag is duplicated with another ad image tag."""

    AD_IMAGE_6_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 6 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_6_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 6 is required because an image link was provided."""

    AD_IMAGE_7_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_7_link is duplicated with another ad image link."""

    AD_IMAGE_7_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 7 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_7_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 7 is required because an image tag was provided."""

    AD_IMAGE_7_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 7 format is unsupported."""

    AD_IMAGE_7_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_7_tag is duplicated with another ad image tag."""

    AD_IMAGE_7_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 7 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_7_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 7 is required because an image link was provided."""

    AD_IMAGE_8_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_8_link is duplicated with another ad image link."""

    AD_IMAGE_8_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 8 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_8_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 8 is required because an image tag was provided."""

    AD_IMAGE_8_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 8 format is unsupported."""

    AD_IMAGE_8_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_8_tag is duplicated with another ad image tag."""

    AD_IMAGE_8_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 8 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_8_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 8 is required because an image link was provided."""

    AD_IMAGE_9_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_9_link is duplicated with another ad image link."""

    AD_IMAGE_9_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image link 9 length is too long. The maximum length is 2047 characters."""

    AD_IMAGE_9_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image link 9 is required because an image tag was provided."""

    AD_IMAGE_9_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Ad image link 9 format is unsupported."""

    AD_IMAGE_9_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_image_9_tag is duplicated with another ad image tag."""

    AD_IMAGE_9_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Ad image tag 9 length is too long. The maximum length is 511 characters."""

    AD_IMAGE_9_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """Ad image tag 9 is required because an image link was provided."""

    AD_LINK_FORMAT_WARNING: Optional[CatalogsItemValidationDetails]
    """Item has an ad link that is formatted incorrectly."""

    AD_LINK_SAME_AS_LINK: Optional[CatalogsItemValidationDetails]
    """Item has an ad link URL that is duplicate of the link URL."""

    AD_VIDEO_0_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_video_0_link is duplicated with another ad video link."""

    AD_VIDEO_0_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """ad_video_0_link length is too long. The maximum length is 511 characters."""

    AD_VIDEO_0_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """ad_video_0_link is required for this item because ad_video_0_tag was provided."""

    AD_VIDEO_0_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """ad_video_0_link is formatted incorrectly and will not be published with your items."""

    AD_VIDEO_0_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_video_0_tag is duplicated with another ad video tag."""

    AD_VIDEO_0_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """ad_video_0_tag length is too long. The maximum length is 511 characters."""

    AD_VIDEO_0_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """ad_video_0_tag is required because ad_video_0_link was provided."""

    AD_VIDEO_1_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_video_1_link is duplicated with another ad video link."""

    AD_VIDEO_1_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """ad_video_1_link length is too long. The maximum length is 511 characters."""

    AD_VIDEO_1_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """ad_video_1_link is required for this item because ad_video_1_tag was provided."""

    AD_VIDEO_1_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """ad_video_1_link is formatted incorrectly and will not be published with your items."""

    AD_VIDEO_1_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_video_1_tag is duplicated with another ad video tag."""

    AD_VIDEO_1_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """ad_video_1_tag length is too long. The maximum length is 511 characters."""

    AD_VIDEO_1_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """ad_video_1_tag is required because ad_video_1_link was provided."""

    AD_VIDEO_2_LINK_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_video_2_link is duplicated with another ad video link."""

    AD_VIDEO_2_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """ad_video_2_link length is too long. The maximum length is 511 characters."""

    AD_VIDEO_2_LINK_REQUIRED: Optional[CatalogsItemValidationDetails]
    """ad_video_2_link is required for this item because ad_video_2_tag was provided."""

    AD_VIDEO_2_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """ad_video_2_link is formatted incorrectly and will not be published with your items."""

    AD_VIDEO_2_TAG_DUPLICATED: Optional[CatalogsItemValidationDetails]
    """ad_video_2_tag is duplicated with another ad video tag."""

    AD_VIDEO_2_TAG_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """ad_video_2_tag length is too long. The maximum length is 511 characters."""

    AD_VIDEO_2_TAG_REQUIRED: Optional[CatalogsItemValidationDetails]
    """ad_video_2_tag is required because ad_video_2_link was provided."""

    ADDITIONAL_IMAGE_LINK_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Item has an additional_image_link URL that contains too many characters, so the item will not be published."""

    ADDITIONAL_IMAGE_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Item has additional_image_link URLs that are formatted incorrectly and will not be published with your items."""

    ADWORDS_FORMAT_WARNING: Optional[CatalogsItemValidationDetails]
    """Item has an adwords_redirect link that is formatted incorrectly."""

    ADWORDS_SAME_AS_LINK: Optional[CatalogsItemValidationDetails]
    """Item has an adwords_redirect URL that is duplicate of the link URL."""

    AGE_GROUP_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an age group value that is formatted incorrectly, which may limit visibility in recommendations, search results and shopping experiences."""

    ANDROID_DEEP_LINK_INVALID: Optional[CatalogsItemValidationDetails]
    """Item includes an invalid android_deep_link."""

    AVAILABILITY_DATE_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an availability_date value that is formatted incorrectly, this item will be published without an availability date."""

    COUNTRY_DOES_NOT_MAP_TO_CURRENCY: Optional[CatalogsItemValidationDetails]
    """Item includes a currency that doesn't match the usual currency for the location where the product is sold or shipped."""

    CUSTOM_LABEL_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Item has a custom_label value that is too long, this item will be published without that custom label."""

    DESCRIPTION_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """The description for this item was truncated because it contains too many characters."""

    EXPIRATION_DATE_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an expiration_date value that is formatted incorrectly, this item will be published without an expiration date."""

    GENDER_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a gender value that is formatted incorrectly, which may limit visibility in recommendations, search results and shopping experiences."""

    GTIN_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a GTIN value that is formatted incorrectly."""

    IMAGE_LINK_WARNING: Optional[CatalogsItemValidationDetails]
    """Item has an image_link URL that is formatted incorrectly and will not be published."""

    IOS_DEEP_LINK_INVALID: Optional[CatalogsItemValidationDetails]
    """Item includes an invalid ios_deep_link value."""

    IS_BUNDLE_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an is_bundle value that is formatted incorrectly, this item will be published without being bundled with other products."""

    ITEM_ADDITIONAL_IMAGE_DOWNLOAD_FAILURE: Optional[CatalogsItemValidationDetails]
    """Item includes additional_image_links that can't be found."""

    LINK_FORMAT_WARNING: Optional[CatalogsItemValidationDetails]
    """Item has an invalid product link which contains invalid UTM tracking paramaters."""

    MIN_AD_PRICE_INVALID: Optional[CatalogsItemValidationDetails]
    """Item includes a min_ad_price value that is formatted incorrectly."""

    MPN_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a MPN value that is formatted incorrectly."""

    MULTIPACK_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an invalid multipack value."""

    OPTIONAL_CONDITION_INVALID: Optional[CatalogsItemValidationDetails]
    """Item includes a condition value that is formatted incorrectly, which may limit visibility in recommendations, search results and shopping experiences."""

    OPTIONAL_CONDITION_MISSING: Optional[CatalogsItemValidationDetails]
    """Item is missing condition value, which may limit visibility in recommendations, search results and shopping experiences."""

    OPTIONAL_PRODUCT_CATEGORY_INVALID: Optional[CatalogsItemValidationDetails]
    """Item includes a google_product_category value that is not formatted correctly according to the GPC taxonomy."""

    OPTIONAL_PRODUCT_CATEGORY_MISSING: Optional[CatalogsItemValidationDetails]
    """Item is missing google_product_category."""

    PRODUCT_CATEGORY_DEPTH_WARNING: Optional[CatalogsItemValidationDetails]
    """Item only has 1 or 2 levels of google_product_category value, which may limit visibility in recommendations, search results and shopping experiences."""

    PRODUCT_TYPE_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """Item has a product_type value that is too long, this item will be published without that product type."""

    SALE_DATE_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a sale_price_effective_date value that is formatted incorrectly, this item will be published without a sale date."""

    SALES_PRICE_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an incorrectly formatted sales price."""

    SALES_PRICE_TOO_HIGH: Optional[CatalogsItemValidationDetails]
    """Item has a sale price value that is higher than the original price of the item."""

    SALES_PRICE_TOO_LOW: Optional[CatalogsItemValidationDetails]
    """Item has a sale price value that is discounted very low compared to the price."""

    SHIPPING_HEIGHT_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an incorrectly formatted shipping_height value. The value must first contain a numeric value then a valid dimension unit type."""

    SHIPPING_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a shipping value that is formatted incorrectly."""

    SHIPPING_WEIGHT_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an invalid shipping_weight value."""

    SHIPPING_WIDTH_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has an incorrectly formatted shipping_width value. The value must first contain a numeric value then a valid dimension unit type."""

    SIZE_SYSTEM_INVALID: Optional[CatalogsItemValidationDetails]
    """Some items have size system values which are not one of the supported size systems."""

    SIZE_TYPE_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a size type value that is formatted incorrectly, which may limit visibility in recommendations, search results and shopping experiences."""

    TAX_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a tax value that is formatted incorrectly."""

    TITLE_LENGTH_TOO_LONG: Optional[CatalogsItemValidationDetails]
    """The title for the item was truncated because it contains too many characters."""

    TOO_MANY_ADDITIONAL_IMAGE_LINKS: Optional[CatalogsItemValidationDetails]
    """Item has a additional_image_link value that exceed the limit for additional images, this item will be published without some of your images."""

    UTM_SOURCE_AUTO_CORRECTED: Optional[CatalogsItemValidationDetails]
    """Item includes an utm_source value that is formatted incorrectly and has been automatically corrected."""

    VIDEO_REQUIRED_WHEN_AD_VIDEO_PROVIDED: Optional[CatalogsItemValidationDetails]
    """A video is required in the item when ad_video fields are provided."""

    WEIGHT_UNIT_INVALID: Optional[CatalogsItemValidationDetails]
    """Item has a weight_unit value that is formatted incorrectly, this item will be published without a weight unit."""

    _spec = (
        ('AD_IMAGE_0_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_0_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_0_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_0_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_0_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_0_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_0_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_10_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_10_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_10_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_10_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_10_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_10_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_10_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_11_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_11_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_11_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_11_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_11_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_11_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_11_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_12_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_12_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_12_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_12_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_12_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_12_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_12_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_13_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_13_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_13_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_13_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_13_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_13_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_13_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_14_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_14_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_14_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_14_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_14_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_14_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_14_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_15_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_15_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_15_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_15_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_15_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_15_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_15_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_16_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_16_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_16_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_16_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_16_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_16_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_16_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_17_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_17_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_17_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_17_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_17_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_17_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_17_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_18_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_18_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_18_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_18_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_18_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_18_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_18_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_19_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_19_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_19_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_19_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_19_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_19_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_19_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_1_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_1_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_1_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_1_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_1_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_1_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_1_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_2_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_2_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_2_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_2_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_2_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_2_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_2_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_3_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_3_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_3_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_3_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_3_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_3_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_3_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_4_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_4_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_4_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_4_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_4_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_4_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_4_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_5_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_5_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_5_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_5_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_5_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_5_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_5_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_6_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_6_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_6_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_6_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_6_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_6_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_6_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_7_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_7_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_7_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_7_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_7_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_7_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_7_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_8_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_8_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_8_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_8_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_8_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_8_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_8_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_9_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_9_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_9_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_9_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_9_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_9_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_IMAGE_9_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_LINK_FORMAT_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_LINK_SAME_AS_LINK', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_0_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_0_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_0_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_0_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_0_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_0_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_0_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_1_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_1_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_1_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_1_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_1_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_1_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_1_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_2_LINK_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_2_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_2_LINK_REQUIRED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_2_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_2_TAG_DUPLICATED', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_2_TAG_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('AD_VIDEO_2_TAG_REQUIRED', 'CatalogsItemValidationDetails'),
        ('ADDITIONAL_IMAGE_LINK_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('ADDITIONAL_IMAGE_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('ADWORDS_FORMAT_WARNING', 'CatalogsItemValidationDetails'),
        ('ADWORDS_SAME_AS_LINK', 'CatalogsItemValidationDetails'),
        ('AGE_GROUP_INVALID', 'CatalogsItemValidationDetails'),
        ('ANDROID_DEEP_LINK_INVALID', 'CatalogsItemValidationDetails'),
        ('AVAILABILITY_DATE_INVALID', 'CatalogsItemValidationDetails'),
        ('COUNTRY_DOES_NOT_MAP_TO_CURRENCY', 'CatalogsItemValidationDetails'),
        ('CUSTOM_LABEL_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('DESCRIPTION_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('EXPIRATION_DATE_INVALID', 'CatalogsItemValidationDetails'),
        ('GENDER_INVALID', 'CatalogsItemValidationDetails'),
        ('GTIN_INVALID', 'CatalogsItemValidationDetails'),
        ('IMAGE_LINK_WARNING', 'CatalogsItemValidationDetails'),
        ('IOS_DEEP_LINK_INVALID', 'CatalogsItemValidationDetails'),
        ('IS_BUNDLE_INVALID', 'CatalogsItemValidationDetails'),
        ('ITEM_ADDITIONAL_IMAGE_DOWNLOAD_FAILURE', 'CatalogsItemValidationDetails'),
        ('LINK_FORMAT_WARNING', 'CatalogsItemValidationDetails'),
        ('MIN_AD_PRICE_INVALID', 'CatalogsItemValidationDetails'),
        ('MPN_INVALID', 'CatalogsItemValidationDetails'),
        ('MULTIPACK_INVALID', 'CatalogsItemValidationDetails'),
        ('OPTIONAL_CONDITION_INVALID', 'CatalogsItemValidationDetails'),
        ('OPTIONAL_CONDITION_MISSING', 'CatalogsItemValidationDetails'),
        ('OPTIONAL_PRODUCT_CATEGORY_INVALID', 'CatalogsItemValidationDetails'),
        ('OPTIONAL_PRODUCT_CATEGORY_MISSING', 'CatalogsItemValidationDetails'),
        ('PRODUCT_CATEGORY_DEPTH_WARNING', 'CatalogsItemValidationDetails'),
        ('PRODUCT_TYPE_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('SALE_DATE_INVALID', 'CatalogsItemValidationDetails'),
        ('SALES_PRICE_INVALID', 'CatalogsItemValidationDetails'),
        ('SALES_PRICE_TOO_HIGH', 'CatalogsItemValidationDetails'),
        ('SALES_PRICE_TOO_LOW', 'CatalogsItemValidationDetails'),
        ('SHIPPING_HEIGHT_INVALID', 'CatalogsItemValidationDetails'),
        ('SHIPPING_INVALID', 'CatalogsItemValidationDetails'),
        ('SHIPPING_WEIGHT_INVALID', 'CatalogsItemValidationDetails'),
        ('SHIPPING_WIDTH_INVALID', 'CatalogsItemValidationDetails'),
        ('SIZE_SYSTEM_INVALID', 'CatalogsItemValidationDetails'),
        ('SIZE_TYPE_INVALID', 'CatalogsItemValidationDetails'),
        ('TAX_INVALID', 'CatalogsItemValidationDetails'),
        ('TITLE_LENGTH_TOO_LONG', 'CatalogsItemValidationDetails'),
        ('TOO_MANY_ADDITIONAL_IMAGE_LINKS', 'CatalogsItemValidationDetails'),
        ('UTM_SOURCE_AUTO_CORRECTED', 'CatalogsItemValidationDetails'),
        ('VIDEO_REQUIRED_WHEN_AD_VIDEO_PROVIDED', 'CatalogsItemValidationDetails'),
        ('WEIGHT_UNIT_INVALID', 'CatalogsItemValidationDetails'),
    )


class CatalogsItems(Model):
    """Response object of catalogs items"""

    items: Optional[List[ItemResponse]]
    """Array with catalogs items"""

    _spec = (
        ('items', 'list[ItemResponse]'),
    )


class CatalogsItemsBatch(UnionModel):
    """Object describing the catalogs items batch

    One of: `CatalogsRetailItemsBatch`, `CatalogsHotelItemsBatch`, `CatalogsCreativeAssetsItemsBatch`.
    """

    _variants = ('CatalogsRetailItemsBatch', 'CatalogsHotelItemsBatch', 'CatalogsCreativeAssetsItemsBatch')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailItemsBatch', 'HOTEL': 'CatalogsHotelItemsBatch', 'CREATIVE_ASSETS': 'CatalogsCreativeAssetsItemsBatch'})


class CatalogsItemsBatchRequest(UnionModel):
    """Request object of catalogs items batch

    One of: `CatalogsItemsUpdateBatchRequest`, `CatalogsItemsUpsertBatchRequest`, `CatalogsItemsCreateBatchRequest`, `CatalogsItemsDeleteDiscontinuedBatchRequest`, `CatalogsItemsDeleteBatchRequest`.
    """

    _variants = ('CatalogsItemsUpdateBatchRequest', 'CatalogsItemsUpsertBatchRequest', 'CatalogsItemsCreateBatchRequest', 'CatalogsItemsDeleteDiscontinuedBatchRequest', 'CatalogsItemsDeleteBatchRequest')
    _discriminator = ('operation', {'UPDATE': 'CatalogsItemsUpdateBatchRequest', 'UPSERT': 'CatalogsItemsUpsertBatchRequest', 'CREATE': 'CatalogsItemsCreateBatchRequest', 'DELETE_DISCONTINUED': 'CatalogsItemsDeleteDiscontinuedBatchRequest', 'DELETE': 'CatalogsItemsDeleteBatchRequest'})


class CatalogsItemsCreateBatchRequest(Model):
    """Request object to create catalogs items"""

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    items: List[ItemCreateBatchRecord]
    """Array with catalogs items"""

    language: str
    """We recommend using the CatalogsLocale values."""

    operation: Union[BatchOperation, str]
    """The operation performed by the batch. The DELETE_DISCONTINUED operation only updates availablity to "Out of Stock"."""

    _spec = (
        ('country', 'Country', 'required'),
        ('items', 'list[ItemCreateBatchRecord]', 'required', {'max_items': 1000, 'min_items': 1}),
        ('language', 'str', 'required', {'enum': ('af-ZA', 'ar-SA', 'bg-BG', 'bn-IN', 'cs-CZ', 'da-DK', 'de', 'el-GR', 'en-AU', 'en-CA', 'en-GB', 'en-IN', 'en-US', 'es-419', 'es-AR', 'es-ES', 'es-MX', 'fi-FI', 'fr', 'fr-CA', 'he-IL', 'hi-IN', 'hr-HR', 'hu-HU', 'id-ID', 'it', 'ja', 'ko-KR', 'ms-MY', 'nb-NO', 'nl', 'pl-PL', 'pt-BR', 'pt-PT', 'ro-RO', 'ru-RU', 'sk-SK', 'sv-SE', 'te-IN', 'th-TH', 'tl-PH', 'tr', 'uk-UA', 'vi-VN', 'zh-CN', 'zh-TW', 'AM', 'AR', 'AZ', 'BG', 'BN', 'BS', 'CA', 'CS', 'DA', 'DV', 'DZ', 'DE', 'EL', 'EN', 'ES', 'ET', 'FA', 'FI', 'FR', 'HE', 'HI', 'HR', 'HU', 'HY', 'ID', 'IN', 'IS', 'IT', 'IW', 'JA', 'KA', 'KM', 'KO', 'LO', 'LT', 'LV', 'MK', 'MN', 'MS', 'MY', 'NB', 'NE', 'NL', 'NO', 'PL', 'PT', 'RO', 'RU', 'SK', 'SL', 'SQ', 'SR', 'SV', 'TL', 'UK', 'VI', 'TE', 'TH', 'TR', 'XX', 'ZH')}),
        ('operation', 'BatchOperation', 'required'),
    )
    _additional = None


class CatalogsItemsDeleteBatchRequest(Model):
    """Request object to delete catalogs items"""

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    items: List[ItemDeleteBatchRecord]
    """Array with catalogs items"""

    language: str
    """We recommend using the CatalogsLocale values."""

    operation: Union[BatchOperation, str]
    """The operation performed by the batch. The DELETE_DISCONTINUED operation only updates availablity to "Out of Stock"."""

    _spec = (
        ('country', 'Country', 'required'),
        ('items', 'list[ItemDeleteBatchRecord]', 'required'),
        ('language', 'str', 'required', {'enum': ('af-ZA', 'ar-SA', 'bg-BG', 'bn-IN', 'cs-CZ', 'da-DK', 'de', 'el-GR', 'en-AU', 'en-CA', 'en-GB', 'en-IN', 'en-US', 'es-419', 'es-AR', 'es-ES', 'es-MX', 'fi-FI', 'fr', 'fr-CA', 'he-IL', 'hi-IN', 'hr-HR', 'hu-HU', 'id-ID', 'it', 'ja', 'ko-KR', 'ms-MY', 'nb-NO', 'nl', 'pl-PL', 'pt-BR', 'pt-PT', 'ro-RO', 'ru-RU', 'sk-SK', 'sv-SE', 'te-IN', 'th-TH', 'tl-PH', 'tr', 'uk-UA', 'vi-VN', 'zh-CN', 'zh-TW', 'AM', 'AR', 'AZ', 'BG', 'BN', 'BS', 'CA', 'CS', 'DA', 'DV', 'DZ', 'DE', 'EL', 'EN', 'ES', 'ET', 'FA', 'FI', 'FR', 'HE', 'HI', 'HR', 'HU', 'HY', 'ID', 'IN', 'IS', 'IT', 'IW', 'JA', 'KA', 'KM', 'KO', 'LO', 'LT', 'LV', 'MK', 'MN', 'MS', 'MY', 'NB', 'NE', 'NL', 'NO', 'PL', 'PT', 'RO', 'RU', 'SK', 'SL', 'SQ', 'SR', 'SV', 'TL', 'UK', 'VI', 'TE', 'TH', 'TR', 'XX', 'ZH')}),
        ('operation', 'BatchOperation', 'required'),
    )
    _additional = None


class CatalogsItemsDeleteDiscontinuedBatchRequest(Model):
    """Request object to discontinue catalogs items"""

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    items: List[ItemDeleteDiscontinuedBatchRecord]
    """Array with catalogs items"""

    language: str
    """We recommend using the CatalogsLocale values."""

    operation: Union[BatchOperation, str]
    """The operation performed by the batch. The DELETE_DISCONTINUED operation only updates availablity to "Out of Stock"."""

    _spec = (
        ('country', 'Country', 'required'),
        ('items', 'list[ItemDeleteDiscontinuedBatchRecord]', 'required'),
        ('language', 'str', 'required', {'enum': ('af-ZA', 'ar-SA', 'bg-BG', 'bn-IN', 'cs-CZ', 'da-DK', 'de', 'el-GR', 'en-AU', 'en-CA', 'en-GB', 'en-IN', 'en-US', 'es-419', 'es-AR', 'es-ES', 'es-MX', 'fi-FI', 'fr', 'fr-CA', 'he-IL', 'hi-IN', 'hr-HR', 'hu-HU', 'id-ID', 'it', 'ja', 'ko-KR', 'ms-MY', 'nb-NO', 'nl', 'pl-PL', 'pt-BR', 'pt-PT', 'ro-RO', 'ru-RU', 'sk-SK', 'sv-SE', 'te-IN', 'th-TH', 'tl-PH', 'tr', 'uk-UA', 'vi-VN', 'zh-CN', 'zh-TW', 'AM', 'AR', 'AZ', 'BG', 'BN', 'BS', 'CA', 'CS', 'DA', 'DV', 'DZ', 'DE', 'EL', 'EN', 'ES', 'ET', 'FA', 'FI', 'FR', 'HE', 'HI', 'HR', 'HU', 'HY', 'ID', 'IN', 'IS', 'IT', 'IW', 'JA', 'KA', 'KM', 'KO', 'LO', 'LT', 'LV', 'MK', 'MN', 'MS', 'MY', 'NB', 'NE', 'NL', 'NO', 'PL', 'PT', 'RO', 'RU', 'SK', 'SL', 'SQ', 'SR', 'SV', 'TL', 'UK', 'VI', 'TE', 'TH', 'TR', 'XX', 'ZH')}),
        ('operation', 'BatchOperation', 'required'),
    )
    _additional = None


class CatalogsItemsFilters(UnionModel):
    """CatalogsItemsFilters (component schema `CatalogsItemsFilters`).

    One of: `CatalogsRetailItemsFilter`, `CatalogsHotelItemsFilter`, `CatalogsCreativeAssetsItemsFilter`.
    """

    _variants = ('CatalogsRetailItemsFilter', 'CatalogsHotelItemsFilter', 'CatalogsCreativeAssetsItemsFilter')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailItemsFilter', 'HOTEL': 'CatalogsHotelItemsFilter', 'CREATIVE_ASSETS': 'CatalogsCreativeAssetsItemsFilter'})


class CatalogsItemsPostFilters(UnionModel):
    """CatalogsItemsPostFilters (component schema `CatalogsItemsPostFilters`).

    One of: `CatalogsRetailItemsPostFilter`, `CatalogsHotelItemsPostFilter`, `CatalogsCreativeAssetsItemsPostFilter`.
    """

    _variants = ('CatalogsRetailItemsPostFilter', 'CatalogsHotelItemsPostFilter', 'CatalogsCreativeAssetsItemsPostFilter')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailItemsPostFilter', 'HOTEL': 'CatalogsHotelItemsPostFilter', 'CREATIVE_ASSETS': 'CatalogsCreativeAssetsItemsPostFilter'})


class CatalogsItemsRequest(Model):
    """Request object of catalogs items"""

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    filters: CatalogsItemsPostFilters

    language: str
    """We recommend using the CatalogsLocale values."""

    _spec = (
        ('country', 'Country', 'required'),
        ('filters', 'CatalogsItemsPostFilters', 'required'),
        ('language', 'str', 'required', {'enum': ('af-ZA', 'ar-SA', 'bg-BG', 'bn-IN', 'cs-CZ', 'da-DK', 'de', 'el-GR', 'en-AU', 'en-CA', 'en-GB', 'en-IN', 'en-US', 'es-419', 'es-AR', 'es-ES', 'es-MX', 'fi-FI', 'fr', 'fr-CA', 'he-IL', 'hi-IN', 'hr-HR', 'hu-HU', 'id-ID', 'it', 'ja', 'ko-KR', 'ms-MY', 'nb-NO', 'nl', 'pl-PL', 'pt-BR', 'pt-PT', 'ro-RO', 'ru-RU', 'sk-SK', 'sv-SE', 'te-IN', 'th-TH', 'tl-PH', 'tr', 'uk-UA', 'vi-VN', 'zh-CN', 'zh-TW', 'AM', 'AR', 'AZ', 'BG', 'BN', 'BS', 'CA', 'CS', 'DA', 'DV', 'DZ', 'DE', 'EL', 'EN', 'ES', 'ET', 'FA', 'FI', 'FR', 'HE', 'HI', 'HR', 'HU', 'HY', 'ID', 'IN', 'IS', 'IT', 'IW', 'JA', 'KA', 'KM', 'KO', 'LO', 'LT', 'LV', 'MK', 'MN', 'MS', 'MY', 'NB', 'NE', 'NL', 'NO', 'PL', 'PT', 'RO', 'RU', 'SK', 'SL', 'SQ', 'SR', 'SV', 'TL', 'UK', 'VI', 'TE', 'TH', 'TR', 'XX', 'ZH')}),
    )
    _additional = None


class CatalogsItemsUpdateBatchRequest(Model):
    """Request object to update catalogs items"""

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    items: List[ItemUpdateBatchRecord]
    """Array with catalogs items"""

    language: str
    """We recommend using the CatalogsLocale values."""

    operation: Union[BatchOperation, str]
    """The operation performed by the batch. The DELETE_DISCONTINUED operation only updates availablity to "Out of Stock"."""

    _spec = (
        ('country', 'Country', 'required'),
        ('items', 'list[ItemUpdateBatchRecord]', 'required', {'max_items': 1000, 'min_items': 1}),
        ('language', 'str', 'required', {'enum': ('af-ZA', 'ar-SA', 'bg-BG', 'bn-IN', 'cs-CZ', 'da-DK', 'de', 'el-GR', 'en-AU', 'en-CA', 'en-GB', 'en-IN', 'en-US', 'es-419', 'es-AR', 'es-ES', 'es-MX', 'fi-FI', 'fr', 'fr-CA', 'he-IL', 'hi-IN', 'hr-HR', 'hu-HU', 'id-ID', 'it', 'ja', 'ko-KR', 'ms-MY', 'nb-NO', 'nl', 'pl-PL', 'pt-BR', 'pt-PT', 'ro-RO', 'ru-RU', 'sk-SK', 'sv-SE', 'te-IN', 'th-TH', 'tl-PH', 'tr', 'uk-UA', 'vi-VN', 'zh-CN', 'zh-TW', 'AM', 'AR', 'AZ', 'BG', 'BN', 'BS', 'CA', 'CS', 'DA', 'DV', 'DZ', 'DE', 'EL', 'EN', 'ES', 'ET', 'FA', 'FI', 'FR', 'HE', 'HI', 'HR', 'HU', 'HY', 'ID', 'IN', 'IS', 'IT', 'IW', 'JA', 'KA', 'KM', 'KO', 'LO', 'LT', 'LV', 'MK', 'MN', 'MS', 'MY', 'NB', 'NE', 'NL', 'NO', 'PL', 'PT', 'RO', 'RU', 'SK', 'SL', 'SQ', 'SR', 'SV', 'TL', 'UK', 'VI', 'TE', 'TH', 'TR', 'XX', 'ZH')}),
        ('operation', 'BatchOperation', 'required'),
    )
    _additional = None


class CatalogsItemsUpsertBatchRequest(Model):
    """Request object to upsert catalogs items"""

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    items: List[ItemUpsertBatchRecord]
    """Array with catalogs items"""

    language: str
    """We recommend using the CatalogsLocale values."""

    operation: Union[BatchOperation, str]
    """The operation performed by the batch. The DELETE_DISCONTINUED operation only updates availablity to "Out of Stock"."""

    _spec = (
        ('country', 'Country', 'required'),
        ('items', 'list[ItemUpsertBatchRecord]', 'required', {'max_items': 1000, 'min_items': 1}),
        ('language', 'str', 'required', {'enum': ('af-ZA', 'ar-SA', 'bg-BG', 'bn-IN', 'cs-CZ', 'da-DK', 'de', 'el-GR', 'en-AU', 'en-CA', 'en-GB', 'en-IN', 'en-US', 'es-419', 'es-AR', 'es-ES', 'es-MX', 'fi-FI', 'fr', 'fr-CA', 'he-IL', 'hi-IN', 'hr-HR', 'hu-HU', 'id-ID', 'it', 'ja', 'ko-KR', 'ms-MY', 'nb-NO', 'nl', 'pl-PL', 'pt-BR', 'pt-PT', 'ro-RO', 'ru-RU', 'sk-SK', 'sv-SE', 'te-IN', 'th-TH', 'tl-PH', 'tr', 'uk-UA', 'vi-VN', 'zh-CN', 'zh-TW', 'AM', 'AR', 'AZ', 'BG', 'BN', 'BS', 'CA', 'CS', 'DA', 'DV', 'DZ', 'DE', 'EL', 'EN', 'ES', 'ET', 'FA', 'FI', 'FR', 'HE', 'HI', 'HR', 'HU', 'HY', 'ID', 'IN', 'IS', 'IT', 'IW', 'JA', 'KA', 'KM', 'KO', 'LO', 'LT', 'LV', 'MK', 'MN', 'MS', 'MY', 'NB', 'NE', 'NL', 'NO', 'PL', 'PT', 'RO', 'RU', 'SK', 'SL', 'SQ', 'SR', 'SV', 'TL', 'UK', 'VI', 'TE', 'TH', 'TR', 'XX', 'ZH')}),
        ('operation', 'BatchOperation', 'required'),
    )


class CatalogsListProductsByFeedBasedFilter(Model):
    """Request object to list products for a given feed_id and product group filter."""

    feed_id: str
    """Catalog Feed id pertaining to the catalog product group filter."""

    filters: CatalogsProductGroupFilters
    """Object holding a group of filters for a catalog product group"""

    _spec = (
        ('feed_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('filters', 'CatalogsProductGroupFilters', 'required'),
    )
    _additional = None


class CatalogsListProductsByFilterRequest(UnionModel):
    """Request object to list products for a given product group filter.

    One of: `CatalogsListProductsByFeedBasedFilter`, `CatalogsVerticalsListProductsByCatalogBasedFilterRequest`.
    """

    _variants = ('CatalogsListProductsByFeedBasedFilter', 'CatalogsVerticalsListProductsByCatalogBasedFilterRequest')


class CatalogsListResponse(Model):
    """CatalogsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[Catalog]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[Catalog]', 'required'),
    )


class CatalogsLocale(Enum):
    """CatalogsLocale (component schema)."""

    AF_ZA = 'af-ZA'
    AR_SA = 'ar-SA'
    BG_BG = 'bg-BG'
    BN_IN = 'bn-IN'
    CS_CZ = 'cs-CZ'
    DA_DK = 'da-DK'
    DE = 'de'
    EL_GR = 'el-GR'
    EN_AU = 'en-AU'
    EN_CA = 'en-CA'
    EN_GB = 'en-GB'
    EN_IN = 'en-IN'
    EN_US = 'en-US'
    ES_419 = 'es-419'
    ES_AR = 'es-AR'
    ES_ES = 'es-ES'
    ES_MX = 'es-MX'
    FI_FI = 'fi-FI'
    FR = 'fr'
    FR_CA = 'fr-CA'
    HE_IL = 'he-IL'
    HI_IN = 'hi-IN'
    HR_HR = 'hr-HR'
    HU_HU = 'hu-HU'
    ID_ID = 'id-ID'
    IT = 'it'
    JA = 'ja'
    KO_KR = 'ko-KR'
    MS_MY = 'ms-MY'
    NB_NO = 'nb-NO'
    NL = 'nl'
    PL_PL = 'pl-PL'
    PT_BR = 'pt-BR'
    PT_PT = 'pt-PT'
    RO_RO = 'ro-RO'
    RU_RU = 'ru-RU'
    SK_SK = 'sk-SK'
    SV_SE = 'sv-SE'
    TE_IN = 'te-IN'
    TH_TH = 'th-TH'
    TL_PH = 'tl-PH'
    TR = 'tr'
    UK_UA = 'uk-UA'
    VI_VN = 'vi-VN'
    ZH_CN = 'zh-CN'
    ZH_TW = 'zh-TW'


class CatalogsProduct(UnionModel):
    """Catalogs product for all verticals

    One of: `CatalogsRetailProduct`, `CatalogsHotelProduct`, `CatalogsCreativeAssetsProduct`.
    """

    _variants = ('CatalogsRetailProduct', 'CatalogsHotelProduct', 'CatalogsCreativeAssetsProduct')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailProduct', 'HOTEL': 'CatalogsHotelProduct', 'CREATIVE_ASSETS': 'CatalogsCreativeAssetsProduct'})


class CatalogsProductGroup(UnionModel):
    """Deprecated: from Pinterest's spec 5.10.0, no longer in the current spec; kept for code written against the original client.

    catalog product group entity

    One of: `CatalogsProductGroupCatalogsProductGroupFeedBasedCase`, `CatalogsProductGroupCatalogsProductGroupMerchantBasedCase`.
    """

    _variants = ('CatalogsProductGroupCatalogsProductGroupFeedBasedCase', 'CatalogsProductGroupCatalogsProductGroupMerchantBasedCase')


class CatalogsProductGroupCatalogsProductGroupFeedBasedCase(Model):
    """catalogs_product_group_feed_based_case"""

    id: str
    """ID of the catalog product group."""

    name: Optional[str]
    """Name of catalog product group"""

    description: Optional[str]

    filters: CatalogsProductGroupFilters
    """Object holding a group of filters for a catalog product group"""

    is_featured: Optional[bool]
    """boolean indicator of whether the product group is being featured or not"""

    type: Optional[Union[CatalogsProductGroupType, str]]
    """<p>Catalog product group type</p>
    <p>MERCHANT_CREATED: Product groups created by merchants.
    <br>ALL_PRODUCTS: Consists of every product in your latest successful feed upload.
    <br>BEST_DEALS: Consists of products with the deepest drop in price.
    <br>PINNER_FAVORITES: Consists of products that are resonating most with people on Pinterest, based on engagement.
    <br>TOP_SELLERS: Consists of products with the highest conversion rate, if you have the conversion tag installed.
    <br>BACK_IN_STOCK: Consists of products that were previously out of stock and are now in stock.
    <br>NEW_ARRIVALS: Consists of products that are new to your Catalog.
    <br>SHOPIFY_COLLECTION: Product groups created based on Shopify Product Collections.
    <br>I2PC: Product groups created based on predicted product category.</p>
    """

    status: Optional[Union[CatalogsProductGroupStatus, str]]

    created_at: Optional[int]
    """Unix timestamp in seconds of when catalog product group was created."""

    updated_at: Optional[int]
    """Unix timestamp in seconds of last time catalog product group was updated."""

    feed_id: str
    """id of the catalogs feed belonging to this catalog product group"""

    _spec = (
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('name', 'str'),
        ('description', 'str', 'nullable'),
        ('filters', 'CatalogsProductGroupFilters', 'required'),
        ('is_featured', 'bool'),
        ('type', 'CatalogsProductGroupType'),
        ('status', 'CatalogsProductGroupStatus'),
        ('created_at', 'int'),
        ('updated_at', 'int'),
        ('feed_id', 'str', 'required', {'pattern': '^\\d+$'}),
    )


class CatalogsProductGroupCatalogsProductGroupMerchantBasedCase(Model):
    """catalogs_product_group_merchant_based_case"""

    id: str
    """ID of the catalog product group."""

    name: Optional[str]
    """Name of catalog product group"""

    description: Optional[str]

    filters: CatalogsProductGroupFilters
    """Object holding a group of filters for a catalog product group"""

    is_featured: Optional[bool]
    """boolean indicator of whether the product group is being featured or not"""

    type: Optional[Union[CatalogsProductGroupType, str]]
    """<p>Catalog product group type</p>
    <p>MERCHANT_CREATED: Product groups created by merchants.
    <br>ALL_PRODUCTS: Consists of every product in your latest successful feed upload.
    <br>BEST_DEALS: Consists of products with the deepest drop in price.
    <br>PINNER_FAVORITES: Consists of products that are resonating most with people on Pinterest, based on engagement.
    <br>TOP_SELLERS: Consists of products with the highest conversion rate, if you have the conversion tag installed.
    <br>BACK_IN_STOCK: Consists of products that were previously out of stock and are now in stock.
    <br>NEW_ARRIVALS: Consists of products that are new to your Catalog.
    <br>SHOPIFY_COLLECTION: Product groups created based on Shopify Product Collections.
    <br>I2PC: Product groups created based on predicted product category.</p>
    """

    status: Optional[Union[CatalogsProductGroupStatus, str]]

    created_at: Optional[int]
    """Unix timestamp in seconds of when catalog product group was created."""

    updated_at: Optional[int]
    """Unix timestamp in seconds of last time catalog product group was updated."""

    feed_id: Optional[str]

    _spec = (
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('name', 'str'),
        ('description', 'str', 'nullable'),
        ('filters', 'CatalogsProductGroupFilters', 'required'),
        ('is_featured', 'bool'),
        ('type', 'CatalogsProductGroupType'),
        ('status', 'CatalogsProductGroupStatus'),
        ('created_at', 'int'),
        ('updated_at', 'int'),
        ('feed_id', 'str', 'required nullable', {'enum': ()}),
    )


class CatalogsProductGroupCreateRequest(Model):
    """Request object for creating a product group."""

    description: Optional[str]

    feed_id: str
    """Catalog Feed id pertaining to the catalog product group."""

    filters: CatalogsProductGroupFiltersRequest
    """Object holding a group of filters for request on catalog product group. This is a distinct schema It is not possible to create or update a Product Group with empty filters. But some automatically generated Product Groups might have empty filters."""

    is_featured: Optional[bool]
    """boolean indicator of whether the product group is being featured or not"""

    name: str

    _spec = (
        ('description', 'str', 'nullable'),
        ('feed_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('filters', 'CatalogsProductGroupFiltersRequest', 'required'),
        ('is_featured', 'bool'),
        ('name', 'str', 'required'),
    )


class CatalogsProductGroupCurrencyCriteria(Model):
    """A currency filter. This filter cannot be negated"""

    negated: Optional[bool]

    values: Union[NonNullableCatalogsCurrency, str]
    """Currency Codes from ISO 4217."""

    _spec = (
        ('negated', 'bool', '', {'enum': (False,)}),
        ('values', 'NonNullableCatalogsCurrency', 'required'),
    )
    _additional = None


class CatalogsProductGroupFilterKeys(UnionModel):
    """catalogs_product_group_keys

    One of: `MinPriceFilter`, `MaxPriceFilter`, `CurrencyFilter`, `ItemIdFilter`, `AvailabilityFilter`, `BrandFilter`, `ConditionFilter`, `CustomLabel0Filter`, `CustomLabel1Filter`, `CustomLabel2Filter`, `CustomLabel3Filter`, `CustomLabel4Filter`, `ItemGroupIdFilter`, `GenderFilter`, `MediaTypeFilter`, `ProductType4Filter`, `ProductType3Filter`, `ProductType2Filter`, `ProductType1Filter`, `ProductType0Filter`, `GoogleProductCategory6Filter`, `GoogleProductCategory5Filter`, `GoogleProductCategory4Filter`, `GoogleProductCategory3Filter`, `GoogleProductCategory2Filter`, `GoogleProductCategory1Filter`, `GoogleProductCategory0Filter`, `ProductGroupReferenceFilter`, `CustomNumber0Filter`, `CustomNumber1Filter`, `CustomNumber2Filter`, `CustomNumber3Filter`, `CustomNumber4Filter`, `TitleKeywordsFilter`.
    """

    _variants = ('MinPriceFilter', 'MaxPriceFilter', 'CurrencyFilter', 'ItemIdFilter', 'AvailabilityFilter', 'BrandFilter', 'ConditionFilter', 'CustomLabel0Filter', 'CustomLabel1Filter', 'CustomLabel2Filter', 'CustomLabel3Filter', 'CustomLabel4Filter', 'ItemGroupIdFilter', 'GenderFilter', 'MediaTypeFilter', 'ProductType4Filter', 'ProductType3Filter', 'ProductType2Filter', 'ProductType1Filter', 'ProductType0Filter', 'GoogleProductCategory6Filter', 'GoogleProductCategory5Filter', 'GoogleProductCategory4Filter', 'GoogleProductCategory3Filter', 'GoogleProductCategory2Filter', 'GoogleProductCategory1Filter', 'GoogleProductCategory0Filter', 'ProductGroupReferenceFilter', 'CustomNumber0Filter', 'CustomNumber1Filter', 'CustomNumber2Filter', 'CustomNumber3Filter', 'CustomNumber4Filter', 'TitleKeywordsFilter')


class CatalogsProductGroupFilterOperatorTypeCriteria(Model):
    """catalogs_product_group_filter_operator_type_criteria"""

    filter_operator_type: Optional[str]

    negated: Optional[bool]

    values: List[str]

    _spec = (
        ('filter_operator_type', 'str', '', {'enum': ('IS', 'CONTAINS')}),
        ('negated', 'bool'),
        ('values', 'list[str]', 'required'),
    )
    _additional = None


class CatalogsProductGroupFilters(UnionModel):
    """Object holding a group of filters for a catalog product group

    One of: `CatalogsProductGroupFiltersAnyOf`, `CatalogsProductGroupFiltersAllOf`.
    """

    _variants = ('CatalogsProductGroupFiltersAnyOf', 'CatalogsProductGroupFiltersAllOf')


class CatalogsProductGroupFiltersAllOf(Model):
    """all_of"""

    all_of: List[CatalogsProductGroupFilterKeys]

    _spec = (
        ('all_of', 'list[CatalogsProductGroupFilterKeys]', 'required'),
    )
    _additional = None


class CatalogsProductGroupFiltersAllOfRequest(UnionModel):
    """Deprecated: from Pinterest's spec 5.8.0, no longer in the current spec; kept for code written against the original client.

    Object holding a group of filters for request on catalog product group. This is a distinct schema It is not possible to create or update a Product Group with empty filters. But some automatically generated Product Groups might have empty filters.

    One of: `CatalogsProductGroupFiltersAllOfRequestOption1`, `CatalogsProductGroupFiltersAllOfRequestOption2`.
    """

    _variants = ('CatalogsProductGroupFiltersAllOfRequestOption1', 'CatalogsProductGroupFiltersAllOfRequestOption2')


class CatalogsProductGroupFiltersAllOfRequestOption1(Model):
    """CatalogsProductGroupFiltersAllOfRequestOption1 (inline schema)."""

    any_of: List[CatalogsProductGroupFilterKeys]

    _spec = (
        ('any_of', 'list[CatalogsProductGroupFilterKeys]', 'required', {'min_items': 1}),
    )
    _additional = None


class CatalogsProductGroupFiltersAllOfRequestOption2(Model):
    """CatalogsProductGroupFiltersAllOfRequestOption2 (inline schema)."""

    all_of: List[CatalogsProductGroupFilterKeys]

    _spec = (
        ('all_of', 'list[CatalogsProductGroupFilterKeys]', 'required', {'min_items': 1}),
    )
    _additional = None


class CatalogsProductGroupFiltersAnyOf(Model):
    """any_of"""

    any_of: List[CatalogsProductGroupFilterKeys]

    _spec = (
        ('any_of', 'list[CatalogsProductGroupFilterKeys]', 'required'),
    )
    _additional = None


class CatalogsProductGroupFiltersRequest(UnionModel):
    """Object holding a group of filters for request on catalog product group. This is a distinct schema It is not possible to create or update a Product Group with empty filters. But some automatically generated Product Groups might have empty filters.

    One of: `CatalogsProductGroupFiltersRequestAnyOf`, `CatalogsProductGroupFiltersRequestAllOf`.
    """

    _variants = ('CatalogsProductGroupFiltersRequestAnyOf', 'CatalogsProductGroupFiltersRequestAllOf')


class CatalogsProductGroupFiltersRequestAllOf(Model):
    """all_of"""

    all_of: List[CatalogsProductGroupFilterKeys]

    _spec = (
        ('all_of', 'list[CatalogsProductGroupFilterKeys]', 'required', {'min_items': 1}),
    )
    _additional = None


class CatalogsProductGroupFiltersRequestAnyOf(Model):
    """any_of"""

    any_of: List[CatalogsProductGroupFilterKeys]

    _spec = (
        ('any_of', 'list[CatalogsProductGroupFilterKeys]', 'required', {'min_items': 1}),
    )
    _additional = None


class CatalogsProductGroupMultipleCountriesCriteria(Model):
    """catalogs_product_group_multiple_country_criteria"""

    negated: Optional[bool]

    values: List[Union[Country, str]]

    _spec = (
        ('negated', 'bool'),
        ('values', 'list[Country]', 'required'),
    )
    _additional = None


class CatalogsProductGroupMultipleGenderCriteria(Model):
    """catalogs_product_group_multiple_gender_criteria"""

    negated: Optional[bool]

    values: List[Union[Gender, str]]

    _spec = (
        ('negated', 'bool'),
        ('values', 'list[Gender]', 'required'),
    )
    _additional = None


class CatalogsProductGroupMultipleMediaTypesCriteria(Model):
    """catalogs_product_group_multiple_media_type_criteria"""

    negated: Optional[bool]

    values: List[Union[MediaType, str]]

    _spec = (
        ('negated', 'bool'),
        ('values', 'list[MediaType]', 'required'),
    )
    _additional = None


class CatalogsProductGroupMultipleStringCriteria(Model):
    """catalogs_product_group_multiple_string_criteria"""

    negated: Optional[bool]

    values: List[str]

    _spec = (
        ('negated', 'bool'),
        ('values', 'list[str]', 'required'),
    )
    _additional = None


class CatalogsProductGroupMultipleStringListCriteria(Model):
    """catalogs_product_group_multiple_string_list_criteria"""

    negated: Optional[bool]

    values: List[List[str]]

    _spec = (
        ('negated', 'bool'),
        ('values', 'list[list[str]]', 'required'),
    )
    _additional = None


class CatalogsProductGroupPinsListResponse(Model):
    """CatalogsProductGroupPinsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[CatalogsProduct]
    """Pins"""

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[CatalogsProduct]', 'required'),
    )


class CatalogsProductGroupPricingCriteria(Model):
    """catalogs_product_group_pricing_criteria"""

    inclusion: Optional[bool]

    negated: Optional[bool]

    values: float

    _spec = (
        ('inclusion', 'bool'),
        ('negated', 'bool'),
        ('values', 'float', 'required', {'minimum': 0}),
    )
    _additional = None


class CatalogsProductGroupProductCounts(Model):
    """Deprecated: from Pinterest's spec 5.10.0, no longer in the current spec; kept for code written against the original client.

    Product counts for a CatalogsProductGroup
    """

    in_stock: float

    out_of_stock: float

    preorder: float

    total: float

    _spec = (
        ('in_stock', 'float', 'required', {'minimum': 0}),
        ('out_of_stock', 'float', 'required', {'minimum': 0}),
        ('preorder', 'float', 'required', {'minimum': 0}),
        ('total', 'float', 'required', {'minimum': 0}),
    )


class CatalogsProductGroupProductCountsVertical(UnionModel):
    """Product counts for a CatalogsProductGroup

    One of: `CatalogsRetailProductGroupProductCounts`, `CatalogsHotelProductGroupProductCounts`, `CatalogsCreativeAssetsProductGroupProductCounts`.
    """

    _variants = ('CatalogsRetailProductGroupProductCounts', 'CatalogsHotelProductGroupProductCounts', 'CatalogsCreativeAssetsProductGroupProductCounts')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailProductGroupProductCounts', 'HOTEL': 'CatalogsHotelProductGroupProductCounts', 'CREATIVE_ASSETS': 'CatalogsCreativeAssetsProductGroupProductCounts'})


class CatalogsProductGroupStatus(Enum):
    """CatalogsProductGroupStatus (component schema)."""

    ACTIVE = 'ACTIVE'
    INACTIVE = 'INACTIVE'


class CatalogsProductGroupType(Enum):
    """<p>Catalog product group type</p>
    <p>MERCHANT_CREATED: Product groups created by merchants.
    <br>ALL_PRODUCTS: Consists of every product in your latest successful feed upload.
    <br>BEST_DEALS: Consists of products with the deepest drop in price.
    <br>PINNER_FAVORITES: Consists of products that are resonating most with people on Pinterest, based on engagement.
    <br>TOP_SELLERS: Consists of products with the highest conversion rate, if you have the conversion tag installed.
    <br>BACK_IN_STOCK: Consists of products that were previously out of stock and are now in stock.
    <br>NEW_ARRIVALS: Consists of products that are new to your Catalog.
    <br>SHOPIFY_COLLECTION: Product groups created based on Shopify Product Collections.
    <br>I2PC: Product groups created based on predicted product category.</p>
    """

    MERCHANT_CREATED = 'MERCHANT_CREATED'
    ALL_PRODUCTS = 'ALL_PRODUCTS'
    BEST_DEALS = 'BEST_DEALS'
    PINNER_FAVORITES = 'PINNER_FAVORITES'
    TOP_SELLERS = 'TOP_SELLERS'
    BACK_IN_STOCK = 'BACK_IN_STOCK'
    NEW_ARRIVALS = 'NEW_ARRIVALS'
    SHOPIFY_COLLECTIONS = 'SHOPIFY_COLLECTIONS'
    I2PC = 'I2PC'


class CatalogsProductGroupUint32Criteria(Model):
    """catalogs_product_group_uint32_criteria"""

    negated: Optional[bool]

    operator: str

    value: int

    _spec = (
        ('negated', 'bool'),
        ('operator', 'str', 'required', {'enum': ('GREATER_THAN', 'GREATER_THAN_OR_EQUALS', 'LESS_THAN', 'LESS_THAN_OR_EQUALS')}),
        ('value', 'int', 'required', {'maximum': 4294967295, 'minimum': 0}),
    )
    _additional = None


class CatalogsProductGroupUpdateRequest(Model):
    """Request object for updating a product group."""

    description: Optional[str]

    filters: Optional[CatalogsProductGroupFiltersRequest]
    """Object holding a group of filters for request on catalog product group. This is a distinct schema It is not possible to create or update a Product Group with empty filters. But some automatically generated Product Groups might have empty filters."""

    is_featured: Optional[bool]
    """boolean indicator of whether the product group is being featured or not"""

    name: Optional[str]

    _spec = (
        ('description', 'str', 'nullable'),
        ('filters', 'CatalogsProductGroupFiltersRequest'),
        ('is_featured', 'bool'),
        ('name', 'str'),
    )
    _additional = None


class CatalogsProductGroupsCreateManyRequestItem(UnionModel):
    """CatalogsProductGroupsCreateManyRequestItem (inline schema).

    One of: `CatalogsProductGroupCreateRequest`, `CatalogsVerticalProductGroupCreateRequest`.
    """

    _variants = ('CatalogsProductGroupCreateRequest', 'CatalogsVerticalProductGroupCreateRequest')


class CatalogsProductGroupsCreateRequest(UnionModel):
    """CatalogsProductGroupsCreateRequest (inline schema).

    One of: `CatalogsProductGroupCreateRequest`, `CatalogsVerticalProductGroupCreateRequest`.
    """

    _variants = ('CatalogsProductGroupCreateRequest', 'CatalogsVerticalProductGroupCreateRequest')


class CatalogsProductGroupsListResponse(Model):
    """CatalogsProductGroupsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[CatalogsVerticalProductGroup]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[CatalogsVerticalProductGroup]', 'required'),
    )


class CatalogsProductGroupsUpdateRequest(UnionModel):
    """CatalogsProductGroupsUpdateRequest (inline schema).

    One of: `CatalogsProductGroupUpdateRequest`, `CatalogsVerticalProductGroupUpdateRequest`.
    """

    _variants = ('CatalogsProductGroupUpdateRequest', 'CatalogsVerticalProductGroupUpdateRequest')


class CatalogsReport(Model):
    """CatalogsReport (component schema `CatalogsReport`)."""

    report_status: Optional[str]

    size: Optional[float]
    """Size of the report in bytes"""

    url: Optional[str]
    """URL to download the report"""

    _spec = (
        ('report_status', 'str', '', {'enum': ('FINISHED', 'IN_PROGRESS')}),
        ('size', 'float', 'nullable'),
        ('url', 'str', 'nullable'),
    )


class CatalogsReportAllItemsFilter(Model):
    """CatalogsReportAllItemsFilter (component schema)."""

    catalog_id: Optional[str]
    """Unique identifier of a catalog. If not given, oldest catalog will be used"""

    report_type: str

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('report_type', 'str', 'required', {'enum': ('ALL_ITEMS',)}),
    )
    _additional = None


class CatalogsReportDistributionIssueFilter(Model):
    """CatalogsReportDistributionIssueFilter (component schema)."""

    catalog_id: Optional[str]
    """Unique identifier of a catalog. If not given, oldest catalog will be used"""

    report_type: str

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('report_type', 'str', 'required', {'enum': ('DISTRIBUTION_ISSUES',)}),
    )
    _additional = None


class CatalogsReportDistributionStats(Model):
    """CatalogsReportDistributionStats (component schema `CatalogsReportDistributionStats`)."""

    catalog_id: Optional[str]
    """ID of the catalog entity."""

    code: Optional[int]
    """The event code that a diagnostics aggregated number references"""

    code_label: Optional[str]
    """A human-friendly label for the event code (e.g, 'SPAM')"""

    ineligible_for_ads: Optional[bool]
    """Indicates if issue makes items ineligible for ads distribution"""

    ineligible_for_organic: Optional[bool]
    """Indicates if issue makes items ineligible for organic distribution"""

    message: Optional[str]
    """Title message describing the diagnostic issue"""

    occurrences: Optional[int]
    """Number of occurrences of the issue"""

    report_type: Optional[str]

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('code', 'int'),
        ('code_label', 'str'),
        ('ineligible_for_ads', 'bool'),
        ('ineligible_for_organic', 'bool'),
        ('message', 'str'),
        ('occurrences', 'int'),
        ('report_type', 'str', '', {'enum': ('DISTRIBUTION_ISSUES',)}),
    )


class CatalogsReportFeedIngestionFilter(Model):
    """CatalogsReportFeedIngestionFilter (component schema)."""

    feed_id: str
    """ID of the feed entity."""

    processing_result_id: Optional[str]
    """Unique identifier of a feed processing result. It can be acquired from the "id" field of the "items" array within the response of the [List processing results for a given feed](/docs/api/v5/#operation/feed_processing_results/list). If not provided, default to most recent completed processing result."""

    report_type: str

    _spec = (
        ('feed_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('processing_result_id', 'str', '', {'pattern': '^\\d+$'}),
        ('report_type', 'str', 'required', {'enum': ('FEED_INGESTION_ISSUES',)}),
    )
    _additional = None


class CatalogsReportFeedIngestionStats(Model):
    """CatalogsReportFeedIngestionStats (component schema `CatalogsReportFeedIngestionStats`)."""

    catalog_id: Optional[str]
    """ID of the catalog entity."""

    code: Optional[int]
    """The event code that a diagnostics aggregated number references"""

    code_label: Optional[str]
    """A human-friendly label for the event code (e.g, 'AVAILABILITY_INVALID')"""

    message: Optional[str]
    """Title message describing the diagnostic issue"""

    occurrences: Optional[int]
    """Number of occurrences of the issue"""

    report_type: Optional[str]

    severity: Optional[str]
    """An ERROR means that items have been dropped, while a WARN denotes that items have been ingested despite an issue"""

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('code', 'int'),
        ('code_label', 'str'),
        ('message', 'str'),
        ('occurrences', 'int'),
        ('report_type', 'str', '', {'enum': ('FEED_INGESTION_ISSUES',)}),
        ('severity', 'str', '', {'enum': ('WARN', 'ERROR')}),
    )


class CatalogsReportParameters(UnionModel):
    """Report parameters

    One of: `CatalogsRetailReportParameters`, `CatalogsHotelReportParameters`.
    """

    _variants = ('CatalogsRetailReportParameters', 'CatalogsHotelReportParameters')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailReportParameters', 'HOTEL': 'CatalogsHotelReportParameters'})


class CatalogsReportStats(UnionModel):
    """Diagnostics aggregated numbers

    One of: `CatalogsReportFeedIngestionStats`, `CatalogsReportDistributionStats`.
    """

    _variants = ('CatalogsReportFeedIngestionStats', 'CatalogsReportDistributionStats')
    _discriminator = ('report_type', {'FEED_INGESTION_ISSUES': 'CatalogsReportFeedIngestionStats', 'DISTRIBUTION_ISSUES': 'CatalogsReportDistributionStats'})


class CatalogsRetailAvailableFilterValues(Model):
    """catalogs_retail_available_filter_values"""

    catalog_type: str

    filter_values: CatalogsRetailAvailableFilterValuesFilterValues
    """A map of filter attributes to their available values."""

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('RETAIL',)}),
        ('filter_values', 'CatalogsRetailAvailableFilterValuesFilterValues', 'required'),
    )


class CatalogsRetailAvailableFilterValuesFilterValues(Model):
    """A map of filter attributes to their available values."""

    ad_image_tags: Optional[List[str]]

    ad_video_tags: Optional[List[str]]

    availability: Optional[List[str]]

    brand: Optional[List[str]]

    condition: Optional[List[str]]

    custom_label_0: Optional[List[str]]

    custom_label_1: Optional[List[str]]

    custom_label_2: Optional[List[str]]

    custom_label_3: Optional[List[str]]

    custom_label_4: Optional[List[str]]

    gender: Optional[List[str]]

    google_product_category_0: Optional[List[str]]

    google_product_category_1: Optional[List[str]]

    google_product_category_2: Optional[List[str]]

    google_product_category_3: Optional[List[str]]

    google_product_category_4: Optional[List[str]]

    google_product_category_5: Optional[List[str]]

    google_product_category_6: Optional[List[str]]

    media_type: Optional[List[str]]

    product_type_0: Optional[List[str]]

    product_type_1: Optional[List[str]]

    product_type_2: Optional[List[str]]

    product_type_3: Optional[List[str]]

    product_type_4: Optional[List[str]]

    _spec = (
        ('ad_image_tags', 'list[str]'),
        ('ad_video_tags', 'list[str]'),
        ('availability', 'list[str]', '', {'items': {'enum': ('IN_STOCK', 'OUT_OF_STOCK', 'PREORDER', 'UNAVAILABLE')}}),
        ('brand', 'list[str]'),
        ('condition', 'list[str]', '', {'items': {'enum': ('NEW', 'USED', 'REFURBISHED')}}),
        ('custom_label_0', 'list[str]'),
        ('custom_label_1', 'list[str]'),
        ('custom_label_2', 'list[str]'),
        ('custom_label_3', 'list[str]'),
        ('custom_label_4', 'list[str]'),
        ('gender', 'list[str]', '', {'items': {'enum': ('FEMALE', 'MALE', 'UNISEX')}}),
        ('google_product_category_0', 'list[str]'),
        ('google_product_category_1', 'list[str]'),
        ('google_product_category_2', 'list[str]'),
        ('google_product_category_3', 'list[str]'),
        ('google_product_category_4', 'list[str]'),
        ('google_product_category_5', 'list[str]'),
        ('google_product_category_6', 'list[str]'),
        ('media_type', 'list[str]', '', {'items': {'enum': ('IMAGE', 'VIDEO')}}),
        ('product_type_0', 'list[str]'),
        ('product_type_1', 'list[str]'),
        ('product_type_2', 'list[str]'),
        ('product_type_3', 'list[str]'),
        ('product_type_4', 'list[str]'),
    )


class CatalogsRetailBatchRequest(Model):
    """A request object that can have multiple operations on a single retail batch"""

    catalog_id: Optional[str]
    """Catalog id pertaining to the retail item. If not provided, default to oldest retail catalog"""

    catalog_type: str

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    items: List[CatalogsRetailBatchRequestItemsItem]
    """Array with catalogs item operations"""

    language: str
    """We recommend using the CatalogsLocale values."""

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('RETAIL',)}),
        ('country', 'Country', 'required'),
        ('items', 'list[CatalogsRetailBatchRequestItemsItem]', 'required', {'max_items': 1000, 'min_items': 1}),
        ('language', 'str', 'required', {'enum': ('af-ZA', 'ar-SA', 'bg-BG', 'bn-IN', 'cs-CZ', 'da-DK', 'de', 'el-GR', 'en-AU', 'en-CA', 'en-GB', 'en-IN', 'en-US', 'es-419', 'es-AR', 'es-ES', 'es-MX', 'fi-FI', 'fr', 'fr-CA', 'he-IL', 'hi-IN', 'hr-HR', 'hu-HU', 'id-ID', 'it', 'ja', 'ko-KR', 'ms-MY', 'nb-NO', 'nl', 'pl-PL', 'pt-BR', 'pt-PT', 'ro-RO', 'ru-RU', 'sk-SK', 'sv-SE', 'te-IN', 'th-TH', 'tl-PH', 'tr', 'uk-UA', 'vi-VN', 'zh-CN', 'zh-TW', 'AM', 'AR', 'AZ', 'BG', 'BN', 'BS', 'CA', 'CS', 'DA', 'DV', 'DZ', 'DE', 'EL', 'EN', 'ES', 'ET', 'FA', 'FI', 'FR', 'HE', 'HI', 'HR', 'HU', 'HY', 'ID', 'IN', 'IS', 'IT', 'IW', 'JA', 'KA', 'KM', 'KO', 'LO', 'LT', 'LV', 'MK', 'MN', 'MS', 'MY', 'NB', 'NE', 'NL', 'NO', 'PL', 'PT', 'RO', 'RU', 'SK', 'SL', 'SQ', 'SR', 'SV', 'TL', 'UK', 'VI', 'TE', 'TH', 'TR', 'XX', 'ZH')}),
    )
    _additional = None


class CatalogsRetailBatchRequestItemsItem(UnionModel):
    """CatalogsRetailBatchRequestItemsItem (inline schema).

    One of: `CatalogsCreateRetailItem`, `CatalogsUpdateRetailItem`, `CatalogsUpsertRetailItem`, `CatalogsDeleteRetailItem`.
    """

    _variants = ('CatalogsCreateRetailItem', 'CatalogsUpdateRetailItem', 'CatalogsUpsertRetailItem', 'CatalogsDeleteRetailItem')
    _discriminator = ('operation', {'CREATE': 'CatalogsCreateRetailItem', 'UPDATE': 'CatalogsUpdateRetailItem', 'UPSERT': 'CatalogsUpsertRetailItem', 'DELETE': 'CatalogsDeleteRetailItem'})


class CatalogsRetailFeed(Model):
    """Catalogs Retail Feed object"""

    created_at: datetime.datetime

    id: str

    updated_at: datetime.datetime

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    credentials: Optional[CatalogsFeedCredentials]
    """This field is **OPTIONAL**. Use this if your feed file requires username and password."""

    default_availability: Optional[Union[ProductAvailabilityType, str]]
    """Default availability for products in a feed."""

    default_country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    default_currency: Optional[Union[NullableCurrency, str]]
    """Currency Codes from ISO 4217."""

    default_locale: str
    """The locale used within a feed for product descriptions."""

    format: Union[CatalogsFormat, str]
    """The file format of a feed."""

    location: str
    """The URL where a feed is available for download. This URL is what Pinterest will use to download a feed for processing."""

    name: Optional[str]
    """A human-friendly name associated to a given feed. This value is currently nullable due to historical reasons. It is expected to become non-nullable in the future."""

    preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule]
    """Daily processing schedule. This field is **OPTIONAL**. Use this to configure the preferred time for processing a feed (otherwise random)."""

    status: Union[CatalogsStatus, str]
    """Status for catalogs entities. Present in catalogs_feed values. When a feed is deleted, the response will inform DELETED as status."""

    _spec = (
        ('created_at', 'datetime', 'required'),
        ('id', 'str', 'required'),
        ('updated_at', 'datetime', 'required'),
        ('catalog_type', 'CatalogsType', 'required'),
        ('credentials', 'CatalogsFeedCredentials', 'required nullable'),
        ('default_availability', 'ProductAvailabilityType', 'required nullable'),
        ('default_country', 'Country', 'required'),
        ('default_currency', 'NullableCurrency', 'required nullable'),
        ('default_locale', 'str', 'required'),
        ('format', 'CatalogsFormat', 'required'),
        ('location', 'str', 'required'),
        ('name', 'str', 'required nullable'),
        ('preferred_processing_schedule', 'CatalogsFeedProcessingSchedule', 'required nullable'),
        ('status', 'CatalogsStatus', 'required'),
    )


class CatalogsRetailFeedsCreateRequest(Model):
    """Request object for creating a retail feed."""

    catalog_id: Optional[str]
    """Catalog id pertaining to the feed. If not provided, feed will use a default catalog based on type. Currently, this field has no effect."""

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    credentials: Optional[CatalogsFeedCredentials]
    """This field is **OPTIONAL**. Use this if your feed file requires username and password."""

    default_availability: Optional[Union[ProductAvailabilityType, str]]
    """Default availability for products in a feed."""

    default_country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    default_currency: Optional[Union[NullableCurrency, str]]
    """Currency Codes from ISO 4217."""

    default_locale: str
    """The locale used within a feed for product descriptions."""

    format: Union[CatalogsFormat, str]
    """The file format of a feed."""

    location: str
    """The URL where a feed is available for download. This URL is what Pinterest will use to download a feed for processing."""

    name: str
    """A human-friendly name associated to a given feed."""

    preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule]
    """Daily processing schedule. This field is **OPTIONAL**. Use this to configure the preferred time for processing a feed (otherwise random)."""

    status: Optional[Union[CatalogsStatus, str]]

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('catalog_type', 'CatalogsType', 'required'),
        ('credentials', 'CatalogsFeedCredentials', 'nullable'),
        ('default_availability', 'ProductAvailabilityType', 'nullable'),
        ('default_country', 'Country', 'required'),
        ('default_currency', 'NullableCurrency', 'nullable'),
        ('default_locale', 'str', 'required'),
        ('format', 'CatalogsFormat', 'required'),
        ('location', 'str', 'required', {'pattern': '^(http|https|ftp|sftp)://'}),
        ('name', 'str', 'required'),
        ('preferred_processing_schedule', 'CatalogsFeedProcessingSchedule', 'nullable'),
        ('status', 'CatalogsStatus'),
    )
    _additional = None


class CatalogsRetailFeedsUpdateRequest(Model):
    """Request object for updating a feed."""

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    credentials: Optional[CatalogsFeedCredentials]
    """This field is **OPTIONAL**. Use this if your feed file requires username and password."""

    default_availability: Optional[Union[ProductAvailabilityType, str]]
    """Default availability for products in a feed."""

    default_currency: Optional[Union[NullableCurrency, str]]
    """Currency Codes from ISO 4217."""

    format: Optional[Union[CatalogsFormat, str]]
    """The file format of a feed."""

    location: Optional[str]
    """The URL where a feed is available for download. This URL is what Pinterest will use to download a feed for processing."""

    name: Optional[str]
    """A human-friendly name associated to a given feed."""

    preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule]
    """Daily processing schedule. This field is **OPTIONAL**. Use this to configure the preferred time for processing a feed (otherwise random)."""

    status: Optional[Union[CatalogsStatus, str]]
    """Status for catalogs entities. Present in catalogs_feed values. When a feed is deleted, the response will inform DELETED as status."""

    _spec = (
        ('catalog_type', 'CatalogsType', 'required'),
        ('credentials', 'CatalogsFeedCredentials', 'nullable'),
        ('default_availability', 'ProductAvailabilityType', 'nullable'),
        ('default_currency', 'NullableCurrency', 'nullable'),
        ('format', 'CatalogsFormat'),
        ('location', 'str', '', {'pattern': '^(http|https|ftp|sftp)://'}),
        ('name', 'str'),
        ('preferred_processing_schedule', 'CatalogsFeedProcessingSchedule', 'nullable'),
        ('status', 'CatalogsStatus'),
    )
    _additional = None


class CatalogsRetailItemErrorResponse(Model):
    """Object describing a retail item error"""

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    errors: List[ItemValidationEvent]
    """Array with the errors for the item id requested"""

    item_id: Optional[str]
    """The catalog item id in the merchant namespace"""

    _spec = (
        ('catalog_type', 'CatalogsType', 'required'),
        ('errors', 'list[ItemValidationEvent]', 'required'),
        ('item_id', 'str'),
    )
    _additional = None


class CatalogsRetailItemResponse(Model):
    """Object describing a retail item record"""

    attributes: Optional[ItemAttributes]

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    item_id: Optional[str]
    """The catalog retail item id in the merchant namespace"""

    pins: Optional[List[Pin]]
    """The pins mapped to the item"""

    _spec = (
        ('attributes', 'ItemAttributes'),
        ('catalog_type', 'CatalogsType', 'required'),
        ('item_id', 'str'),
        ('pins', 'list[Pin]', 'nullable', {'max_items': 11}),
    )
    _additional = None


class CatalogsRetailItemsBatch(Model):
    """Object describing the catalogs retail items batch"""

    batch_id: Optional[str]
    """Id of the catalogs items batch"""

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    completed_time: Optional[datetime.datetime]
    """Date and time (UTC) of the batch completion: YYYY-MM-DD'T'hh:mm:ss"""

    created_time: Optional[datetime.datetime]
    """Date and time (UTC) of the batch creation: YYYY-MM-DD'T'hh:mm:ss. If null, batch creation was skipped due to a recent duplicate ingestion."""

    items: Optional[List[ItemProcessingRecord]]
    """Array with the catalogs items processing records part of the catalogs items batch"""

    status: Optional[Union[BatchOperationStatus, str]]
    """The status of the operation performed by the batch"""

    _spec = (
        ('batch_id', 'str'),
        ('catalog_type', 'CatalogsType', 'required'),
        ('completed_time', 'datetime', 'nullable read_only'),
        ('created_time', 'datetime', 'required nullable read_only'),
        ('items', 'list[ItemProcessingRecord]'),
        ('status', 'BatchOperationStatus'),
    )


class CatalogsRetailItemsFilter(Model):
    """CatalogsRetailItemsFilter (component schema)."""

    catalog_id: Optional[str]
    """Catalog id pertaining to the retail item. If not provided, default to oldest retail catalog"""

    catalog_type: str

    item_ids: List[str]

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('RETAIL',)}),
        ('item_ids', 'list[str]', 'required', {'max_items': 100, 'min_items': 1}),
    )


class CatalogsRetailItemsPostFilter(Model):
    """CatalogsRetailItemsPostFilter (component schema)."""

    catalog_id: Optional[str]
    """Catalog id pertaining to the retail item. If not provided, default to oldest retail catalog"""

    catalog_type: str

    item_ids: List[str]

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('RETAIL',)}),
        ('item_ids', 'list[str]', 'required', {'max_items': 1000, 'min_items': 1}),
    )


class CatalogsRetailListProductsByCatalogBasedFilterRequest(Model):
    """Request object to list products for a given retail catalog_id and product group filter."""

    catalog_id: str
    """Catalog id pertaining to the retail product group."""

    catalog_type: str
    """Retail catalog based product group is available only for selected partners at the moment. If you are not eligible, please use feed based one."""

    country: Union[Country, str]
    """Country ID from ISO 3166-1 alpha-2."""

    filters: CatalogsProductGroupFilters
    """Object holding a group of filters for a catalog product group"""

    locale: Union[CatalogsLocale, str]

    _spec = (
        ('catalog_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('RETAIL',)}),
        ('country', 'Country', 'required'),
        ('filters', 'CatalogsProductGroupFilters', 'required'),
        ('locale', 'CatalogsLocale', 'required'),
    )
    _additional = None


class CatalogsRetailProduct(Model):
    """CatalogsRetailProduct (component schema)."""

    catalog_type: str

    metadata: CatalogsRetailProductMetadata
    """Retail product metadata entity"""

    pin: Pin
    """Pin model containing properties related to a Pinterest Pin."""

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('RETAIL',)}),
        ('metadata', 'CatalogsRetailProductMetadata', 'required'),
        ('pin', 'Pin', 'required'),
    )


class CatalogsRetailProductGroup(Model):
    """retail_product_group"""

    catalog_id: str
    """Catalog id pertaining to the retail product group."""

    catalog_type: str

    country: Optional[str]

    created_at: Optional[int]
    """Unix timestamp in seconds of when catalog product group was created."""

    description: Optional[str]

    feed_id: Optional[str]
    """id of the catalogs feed belonging to this catalog product group"""

    filters: CatalogsProductGroupFilters
    """Object holding a group of filters for a catalog product group"""

    id: str
    """ID of the catalog product group."""

    is_featured: Optional[bool]
    """boolean indicator of whether the product group is being featured or not"""

    locale: Optional[str]

    name: Optional[str]
    """Name of catalog product group"""

    status: Optional[Union[CatalogsProductGroupStatus, str]]

    type: Union[CatalogsProductGroupType, str]
    """<p>Catalog product group type</p>
    <p>MERCHANT_CREATED: Product groups created by merchants.
    <br>ALL_PRODUCTS: Consists of every product in your latest successful feed upload.
    <br>BEST_DEALS: Consists of products with the deepest drop in price.
    <br>PINNER_FAVORITES: Consists of products that are resonating most with people on Pinterest, based on engagement.
    <br>TOP_SELLERS: Consists of products with the highest conversion rate, if you have the conversion tag installed.
    <br>BACK_IN_STOCK: Consists of products that were previously out of stock and are now in stock.
    <br>NEW_ARRIVALS: Consists of products that are new to your Catalog.
    <br>SHOPIFY_COLLECTION: Product groups created based on Shopify Product Collections.
    <br>I2PC: Product groups created based on predicted product category.</p>
    """

    updated_at: Optional[int]
    """Unix timestamp in seconds of last time catalog product group was updated."""

    _spec = (
        ('catalog_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('RETAIL',)}),
        ('country', 'str', 'nullable'),
        ('created_at', 'int'),
        ('description', 'str', 'nullable'),
        ('feed_id', 'str', 'required nullable', {'pattern': '^\\d+$'}),
        ('filters', 'CatalogsProductGroupFilters', 'required'),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('is_featured', 'bool'),
        ('locale', 'str', 'nullable'),
        ('name', 'str'),
        ('status', 'CatalogsProductGroupStatus'),
        ('type', 'CatalogsProductGroupType', 'required'),
        ('updated_at', 'int'),
    )


class CatalogsRetailProductGroupCreateRequest(Model):
    """Request object for creating a product group."""

    catalog_id: str
    """Catalog id pertaining to the retail product group."""

    catalog_type: str
    """Retail catalog based product group is available only for selected partners at the moment. If you are not eligible, please use feed based one."""

    country: Optional[Union[Country, str]]
    """Country ID from ISO 3166-1 alpha-2."""

    description: Optional[str]

    filters: CatalogsProductGroupFiltersRequest
    """Object holding a group of filters for request on catalog product group. This is a distinct schema It is not possible to create or update a Product Group with empty filters. But some automatically generated Product Groups might have empty filters."""

    locale: Optional[Union[CatalogsLocale, str]]

    name: str

    _spec = (
        ('catalog_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('catalog_type', 'str', 'required', {'enum': ('RETAIL',)}),
        ('country', 'Country'),
        ('description', 'str', 'nullable'),
        ('filters', 'CatalogsProductGroupFiltersRequest', 'required'),
        ('locale', 'CatalogsLocale'),
        ('name', 'str', 'required'),
    )
    _additional = None


class CatalogsRetailProductGroupProductCounts(Model):
    """Product counts for a Retail CatalogsProductGroup"""

    catalog_type: str

    in_stock: float

    out_of_stock: float

    preorder: float

    total: float

    videos: Optional[float]

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('RETAIL',)}),
        ('in_stock', 'float', 'required', {'minimum': 0}),
        ('out_of_stock', 'float', 'required', {'minimum': 0}),
        ('preorder', 'float', 'required', {'minimum': 0}),
        ('total', 'float', 'required', {'minimum': 0}),
        ('videos', 'float', '', {'minimum': 0}),
    )


class CatalogsRetailProductGroupUpdateRequest(Model):
    """Request object for updating a retail product group."""

    catalog_type: Optional[str]
    """Retail catalog based product group is available only for selected partners at the moment. If you are not eligible, please use feed based one."""

    country: Optional[Union[Country, str]]
    """Country ID from ISO 3166-1 alpha-2."""

    description: Optional[str]

    filters: Optional[CatalogsProductGroupFiltersRequest]
    """Object holding a group of filters for request on catalog product group. This is a distinct schema It is not possible to create or update a Product Group with empty filters. But some automatically generated Product Groups might have empty filters."""

    locale: Optional[Union[CatalogsLocale, str]]

    name: Optional[str]

    _spec = (
        ('catalog_type', 'str', '', {'enum': ('RETAIL',)}),
        ('country', 'Country'),
        ('description', 'str', 'nullable'),
        ('filters', 'CatalogsProductGroupFiltersRequest'),
        ('locale', 'CatalogsLocale'),
        ('name', 'str'),
    )
    _additional = None


class CatalogsRetailProductMetadata(Model):
    """Retail product metadata entity"""

    availability: Union[NonNullableProductAvailabilityType, str]
    """Product availability."""

    currency: Union[NonNullableCatalogsCurrency, str]
    """Currency Codes from ISO 4217."""

    item_group_id: Optional[str]
    """The parent ID of the product."""

    item_id: str
    """The user-created unique ID that represents the product."""

    price: float
    """The price of the product."""

    sale_price: Optional[float]
    """The discounted price of the product."""

    _spec = (
        ('availability', 'NonNullableProductAvailabilityType', 'required'),
        ('currency', 'NonNullableCatalogsCurrency', 'required'),
        ('item_group_id', 'str', 'required nullable'),
        ('item_id', 'str', 'required'),
        ('price', 'float', 'required'),
        ('sale_price', 'float', 'required nullable'),
    )


class CatalogsRetailReportParameters(Model):
    """Parameters for retail report"""

    catalog_type: str

    report: CatalogsRetailReportParametersReport

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('RETAIL',)}),
        ('report', 'CatalogsRetailReportParametersReport', 'required'),
    )


class CatalogsRetailReportParametersReport(UnionModel):
    """CatalogsRetailReportParametersReport (inline schema).

    One of: `CatalogsReportFeedIngestionFilter`, `CatalogsReportDistributionIssueFilter`, `CatalogsReportAllItemsFilter`.
    """

    _variants = ('CatalogsReportFeedIngestionFilter', 'CatalogsReportDistributionIssueFilter', 'CatalogsReportAllItemsFilter')
    _discriminator = ('report_type', {'FEED_INGESTION_ISSUES': 'CatalogsReportFeedIngestionFilter', 'DISTRIBUTION_ISSUES': 'CatalogsReportDistributionIssueFilter', 'ALL_ITEMS': 'CatalogsReportAllItemsFilter'})


class CatalogsRetailReportStatsParameters(Model):
    """Parameters for retail report"""

    catalog_type: str

    report: CatalogsRetailReportStatsParametersReport

    _spec = (
        ('catalog_type', 'str', 'required', {'enum': ('RETAIL',)}),
        ('report', 'CatalogsRetailReportStatsParametersReport', 'required'),
    )


class CatalogsRetailReportStatsParametersReport(UnionModel):
    """CatalogsRetailReportStatsParametersReport (inline schema).

    One of: `CatalogsReportFeedIngestionFilter`, `CatalogsReportDistributionIssueFilter`.
    """

    _variants = ('CatalogsReportFeedIngestionFilter', 'CatalogsReportDistributionIssueFilter')
    _discriminator = ('report_type', {'FEED_INGESTION_ISSUES': 'CatalogsReportFeedIngestionFilter', 'DISTRIBUTION_ISSUES': 'CatalogsReportDistributionIssueFilter'})


class CatalogsStatus(Enum):
    """Status for catalogs entities. Present in catalogs_feed values. When a feed is deleted, the response will inform DELETED as status."""

    ACTIVE = 'ACTIVE'
    INACTIVE = 'INACTIVE'


class CatalogsType(Enum):
    """Type of the catalog entity."""

    RETAIL = 'RETAIL'
    HOTEL = 'HOTEL'
    CREATIVE_ASSETS = 'CREATIVE_ASSETS'


class CatalogsUpdatableCreativeAssetsAttributes(Model):
    """CatalogsUpdatableCreativeAssetsAttributes (component schema)."""

    android_deep_link: Optional[str]
    """Link to the creative assets page."""

    custom_label_0: Optional[str]
    """Custom grouping of creative assets."""

    custom_label_1: Optional[str]
    """Custom grouping of creative assets."""

    custom_label_2: Optional[str]
    """Custom grouping of creative assets."""

    custom_label_3: Optional[str]
    """Custom grouping of creative assets."""

    custom_label_4: Optional[str]
    """Custom grouping of creative assets."""

    description: Optional[str]
    """Brief description of the creative assets."""

    google_product_category: Optional[str]
    """The categorization of the product based on the standardized Google Product Taxonomy. This is a set taxonomy. Both the text values and numeric codes are accepted."""

    ios_deep_link: Optional[str]
    """IOS deep link to the creative assets page."""

    link: Optional[str]
    """Link to the creative assets page."""

    title: Optional[str]
    """The name of the creative assets."""

    visibility: Optional[str]
    """Visibility of the creative assets. Must be one of the following values (upper or lowercase): ‘visible’, ‘hidden’."""

    _spec = (
        ('android_deep_link', 'str', 'nullable'),
        ('custom_label_0', 'str', 'nullable'),
        ('custom_label_1', 'str', 'nullable'),
        ('custom_label_2', 'str', 'nullable'),
        ('custom_label_3', 'str', 'nullable'),
        ('custom_label_4', 'str', 'nullable'),
        ('description', 'str'),
        ('google_product_category', 'str', 'nullable'),
        ('ios_deep_link', 'str', 'nullable'),
        ('link', 'str'),
        ('title', 'str'),
        ('visibility', 'str', 'nullable'),
    )


class CatalogsUpdatableHotelAttributes(Model):
    """CatalogsUpdatableHotelAttributes (component schema)."""

    address: Optional[CatalogsHotelAddress]
    """Hotel address"""

    base_price: Optional[str]
    """Base price of the hotel room per night followed by the ISO currency code"""

    brand: Optional[str]
    """The brand to which this hotel belongs to."""

    category: Optional[str]
    """The type of property. The category can be any type of internal description desired."""

    custom_label_0: Optional[str]
    """Custom grouping of hotels"""

    custom_label_1: Optional[str]
    """Custom grouping of hotels"""

    custom_label_2: Optional[str]
    """Custom grouping of hotels"""

    custom_label_3: Optional[str]
    """Custom grouping of hotels"""

    custom_label_4: Optional[str]
    """Custom grouping of hotels"""

    description: Optional[str]
    """Brief description of the hotel."""

    guest_ratings: Optional[CatalogsHotelGuestRatings]
    """If specified, you must provide all properties"""

    latitude: Optional[float]
    """Latitude of the hotel."""

    link: Optional[str]
    """Link to the product page"""

    longitude: Optional[float]
    """Longitude of the hotel."""

    name: Optional[str]
    """The hotel's name."""

    neighborhood: Optional[List[str]]
    """A list of neighborhoods where the hotel is located"""

    sale_price: Optional[str]
    """Sale price of a hotel room per night. Used to advertise discounts off the regular price of the hotel."""

    _spec = (
        ('address', 'CatalogsHotelAddress'),
        ('base_price', 'str', 'nullable'),
        ('brand', 'str', 'nullable'),
        ('category', 'str', 'nullable'),
        ('custom_label_0', 'str', 'nullable'),
        ('custom_label_1', 'str', 'nullable'),
        ('custom_label_2', 'str', 'nullable'),
        ('custom_label_3', 'str', 'nullable'),
        ('custom_label_4', 'str', 'nullable'),
        ('description', 'str', 'nullable'),
        ('guest_ratings', 'CatalogsHotelGuestRatings'),
        ('latitude', 'float'),
        ('link', 'str', 'nullable'),
        ('longitude', 'float', 'nullable'),
        ('name', 'str', 'nullable'),
        ('neighborhood', 'list[str]', 'nullable'),
        ('sale_price', 'str', 'nullable'),
    )


class CatalogsUpdateCreativeAssetsItem(Model):
    """A creative assets item to be updated."""

    attributes: CatalogsUpdatableCreativeAssetsAttributes

    creative_assets_id: str
    """The catalog creative assets item id in the merchant namespace"""

    operation: str

    _spec = (
        ('attributes', 'CatalogsUpdatableCreativeAssetsAttributes', 'required'),
        ('creative_assets_id', 'str', 'required'),
        ('operation', 'str', 'required', {'enum': ('UPDATE',)}),
    )


class CatalogsUpdateHotelItem(Model):
    """Object describing an hotel item batch record"""

    attributes: CatalogsUpdatableHotelAttributes

    hotel_id: str
    """The catalog hotel item id in the merchant namespace"""

    operation: str

    _spec = (
        ('attributes', 'CatalogsUpdatableHotelAttributes', 'required'),
        ('hotel_id', 'str', 'required'),
        ('operation', 'str', 'required', {'enum': ('UPDATE',)}),
    )


class CatalogsUpdateRetailItem(Model):
    """An item to be updated"""

    attributes: UpdatableItemAttributes

    item_id: str
    """The catalog item id in the merchant namespace"""

    operation: str

    update_mask: Optional[List[Union[UpdateMaskFieldType, str]]]
    """The list of product attributes to be updated. Attributes specified in the update mask without a value specified in the body will be deleted from the product item."""

    _spec = (
        ('attributes', 'UpdatableItemAttributes', 'required'),
        ('item_id', 'str', 'required'),
        ('operation', 'str', 'required', {'enum': ('UPDATE',)}),
        ('update_mask', 'list[UpdateMaskFieldType]', 'nullable'),
    )


class CatalogsUpsertCreativeAssetsItem(Model):
    """A creative assets item to be upserted."""

    attributes: CatalogsCreativeAssetsAttributes

    creative_assets_id: str
    """The catalog creative assets id in the merchant namespace"""

    operation: str

    _spec = (
        ('attributes', 'CatalogsCreativeAssetsAttributes', 'required'),
        ('creative_assets_id', 'str', 'required'),
        ('operation', 'str', 'required', {'enum': ('UPSERT',)}),
    )


class CatalogsUpsertHotelItem(Model):
    """A hotel item to be upserted."""

    attributes: CatalogsHotelAttributes

    hotel_id: str
    """The catalog hotel id in the merchant namespace"""

    operation: str

    _spec = (
        ('attributes', 'CatalogsHotelAttributes', 'required'),
        ('hotel_id', 'str', 'required'),
        ('operation', 'str', 'required', {'enum': ('UPSERT',)}),
    )


class CatalogsUpsertRetailItem(Model):
    """An item to be upserted"""

    attributes: ItemAttributesRequest

    item_id: str
    """The catalog item id in the merchant namespace"""

    operation: str

    _spec = (
        ('attributes', 'ItemAttributesRequest', 'required'),
        ('item_id', 'str', 'required'),
        ('operation', 'str', 'required', {'enum': ('UPSERT',)}),
    )


class CatalogsVerticalBatchRequest(UnionModel):
    """A request object that can have multiple operations on a single batch

    One of: `CatalogsRetailBatchRequest`, `CatalogsHotelBatchRequest`, `CatalogsCreativeAssetsBatchRequest`.
    """

    _variants = ('CatalogsRetailBatchRequest', 'CatalogsHotelBatchRequest', 'CatalogsCreativeAssetsBatchRequest')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailBatchRequest', 'HOTEL': 'CatalogsHotelBatchRequest', 'CREATIVE_ASSETS': 'CatalogsCreativeAssetsBatchRequest'})


class CatalogsVerticalFeedsCreateRequest(UnionModel):
    """Request object for creating a feed.

    One of: `CatalogsRetailFeedsCreateRequest`, `CatalogsHotelFeedsCreateRequest`, `CatalogsCreativeAssetsFeedsCreateRequest`.
    """

    _variants = ('CatalogsRetailFeedsCreateRequest', 'CatalogsHotelFeedsCreateRequest', 'CatalogsCreativeAssetsFeedsCreateRequest')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailFeedsCreateRequest', 'HOTEL': 'CatalogsHotelFeedsCreateRequest', 'CREATIVE_ASSETS': 'CatalogsCreativeAssetsFeedsCreateRequest'})


class CatalogsVerticalFeedsUpdateRequest(UnionModel):
    """Request object for updating a feed.

    One of: `CatalogsRetailFeedsUpdateRequest`, `CatalogsHotelFeedsUpdateRequest`, `CatalogsCreativeAssetsFeedsUpdateRequest`.
    """

    _variants = ('CatalogsRetailFeedsUpdateRequest', 'CatalogsHotelFeedsUpdateRequest', 'CatalogsCreativeAssetsFeedsUpdateRequest')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailFeedsUpdateRequest', 'HOTEL': 'CatalogsHotelFeedsUpdateRequest', 'CREATIVE_ASSETS': 'CatalogsCreativeAssetsFeedsUpdateRequest'})


class CatalogsVerticalProductGroup(UnionModel):
    """product_group

    One of: `CatalogsRetailProductGroup`, `CatalogsHotelProductGroup`, `CatalogsCreativeAssetsProductGroup`.
    """

    _variants = ('CatalogsRetailProductGroup', 'CatalogsHotelProductGroup', 'CatalogsCreativeAssetsProductGroup')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailProductGroup', 'HOTEL': 'CatalogsHotelProductGroup', 'CREATIVE_ASSETS': 'CatalogsCreativeAssetsProductGroup'})


class CatalogsVerticalProductGroupCreateRequest(UnionModel):
    """Request object for creating a catalog based product group.

    One of: `CatalogsRetailProductGroupCreateRequest`, `CatalogsHotelProductGroupCreateRequest`, `CatalogsCreativeAssetsProductGroupCreateRequest`.
    """

    _variants = ('CatalogsRetailProductGroupCreateRequest', 'CatalogsHotelProductGroupCreateRequest', 'CatalogsCreativeAssetsProductGroupCreateRequest')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailProductGroupCreateRequest', 'HOTEL': 'CatalogsHotelProductGroupCreateRequest', 'CREATIVE_ASSETS': 'CatalogsCreativeAssetsProductGroupCreateRequest'})


class CatalogsVerticalProductGroupUpdateRequest(UnionModel):
    """Request object for updating a catalog based product group.

    One of: `CatalogsRetailProductGroupUpdateRequest`, `CatalogsHotelProductGroupUpdateRequest`, `CatalogsCreativeAssetsProductGroupUpdateRequest`.
    """

    _variants = ('CatalogsRetailProductGroupUpdateRequest', 'CatalogsHotelProductGroupUpdateRequest', 'CatalogsCreativeAssetsProductGroupUpdateRequest')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailProductGroupUpdateRequest', 'HOTEL': 'CatalogsHotelProductGroupUpdateRequest', 'CREATIVE_ASSETS': 'CatalogsCreativeAssetsProductGroupUpdateRequest'})


class CatalogsVerticalsListProductsByCatalogBasedFilterRequest(UnionModel):
    """Request object to list products for a given catalog_id and product group filter.

    One of: `CatalogsRetailListProductsByCatalogBasedFilterRequest`, `CatalogsHotelListProductsByCatalogBasedFilterRequest`, `CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest`.
    """

    _variants = ('CatalogsRetailListProductsByCatalogBasedFilterRequest', 'CatalogsHotelListProductsByCatalogBasedFilterRequest', 'CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest')
    _discriminator = ('catalog_type', {'RETAIL': 'CatalogsRetailListProductsByCatalogBasedFilterRequest', 'HOTEL': 'CatalogsHotelListProductsByCatalogBasedFilterRequest', 'CREATIVE_ASSETS': 'CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest'})


class ConditionFilter(Model):
    """CONDITION"""

    CONDITION: CatalogsProductGroupMultipleStringCriteria
    """catalogs_product_group_multiple_string_criteria"""

    _spec = (
        ('CONDITION', 'CatalogsProductGroupMultipleStringCriteria', 'required'),
    )
    _additional = None


class ContentType(Enum):
    """ContentType (component schema `ContentType`)."""

    IMAGE_JPEG = 'image/jpeg'
    IMAGE_PNG = 'image/png'


class ConversionAccessTokenResponse(Model):
    """A successful conversion access token response."""

    access_token: str

    token_type: Optional[str]

    _spec = (
        ('access_token', 'str', 'required'),
        ('token_type', 'str'),
    )


class ConversionApiResponse(Model):
    """Schema describing the object in the response, which contains information about the events that were received and processed."""

    events: List[ConversionApiResponseEventsItem]
    """Specific messages for each event received. The order will match the order in which the events were received in the request."""

    num_events_processed: int
    """Number of events that were successfully processed from the events."""

    num_events_received: int
    """Total number of events received in the request."""

    _spec = (
        ('events', 'list[ConversionApiResponseEventsItem]', 'required'),
        ('num_events_processed', 'int', 'required'),
        ('num_events_received', 'int', 'required'),
    )


class ConversionApiResponseEventsItem(Model):
    """ConversionApiResponseEventsItem (inline schema)."""

    error_message: Optional[str]
    """Error message containing more information about why the event failed to be processed."""

    status: str
    """Whether the event was processed successfully."""

    warning_message: Optional[str]
    """Warning messages about any fields in the event which are not standard. These are not critical to event processing."""

    _spec = (
        ('error_message', 'str', 'nullable'),
        ('status', 'str', 'required', {'enum': ('failed', 'processed')}),
        ('warning_message', 'str', 'nullable'),
    )


class ConversionAttributionWindowDays(IntEnum):
    """ConversionAttributionWindowDays (component schema)."""

    N0 = 0
    N1 = 1
    N7 = 7
    N14 = 14
    N30 = 30
    N60 = 60


class ConversionEventAppInfo(Model):
    """Object containing information about the application where event occurred."""

    app_id: Optional[str]
    """App ID in Google Play Store, AppStore or other stores."""

    app_name: Optional[str]
    """Name of the app. Primarily used for Mobile Apps."""

    app_package_name: Optional[str]
    """App package name"""

    app_store: Optional[str]
    """The name of the app distributor or store from which the app was installed.
    Some options: Samsung Galaxy Store, Google Play Store, Amazon Store, Apple App Store, F-Droid, Aptoide, Obtanium, Huawei AppGallery, Xiaomi Mi GetApps
    """

    app_version: Optional[str]
    """App version. Primarily used for mobile apps"""

    install_time: Optional[int]
    """App install time. Unix timestamp in seconds"""

    user_agent: Optional[str]
    """User Agent request header. Primarily used for Web events"""

    window_height: Optional[int]
    """Inner height of the window or viewport."""

    window_width: Optional[int]
    """Inner width of the window or viewport."""

    _spec = (
        ('app_id', 'str', '', {'max_length': 200}),
        ('app_name', 'str', '', {'max_length': 200}),
        ('app_package_name', 'str', '', {'max_length': 200}),
        ('app_store', 'str', '', {'max_length': 100}),
        ('app_version', 'str', '', {'max_length': 100}),
        ('install_time', 'int', '', {'minimum': 0}),
        ('user_agent', 'str', '', {'max_length': 16384}),
        ('window_height', 'int', '', {'maximum': 30720, 'minimum': 0}),
        ('window_width', 'int', '', {'maximum': 30720, 'minimum': 0}),
    )
    _additional = None


class ConversionEventDeviceInfo(Model):
    """Object containing information about the device where event occurred."""

    battery_level: Optional[int]
    """Battery charge level percentage"""

    brand: Optional[str]
    """Device brand"""

    carrier: Optional[str]
    """User device's mobile carrier."""

    cpu_cores: Optional[int]
    """Number of CPU cores"""

    external_storage_free_space: Optional[int]
    """External storage size in GB"""

    external_storage_size: Optional[int]
    """External storage size in GB"""

    form_factor: Optional[str]
    """Device form factor"""

    kernel_version: Optional[str]
    """Kernel version. Examples:
    Linux: 6.15. Obtain by running: uname -r
    MacOS: 24.3.0. Obtain by running: sysctl kern.version
    Android: 6.6. Obtain from OS.uname().release
    """

    languages: Optional[List[str]]
    """List of user installed languages. ISO 639-1 format"""

    locale: Optional[str]
    """Device locale BCP-47 format"""

    model: Optional[str]
    """Device model name"""

    network_type: Optional[str]
    """Network type: 4G, 5G, ethernet, wifi
    In Android: NetworkCapabilities.getNetworkCapabilities()
    """

    os_family: Optional[str]
    """OS Family"""

    os_name: Optional[str]
    """Short name of the OS.
    This value if specific to os family. Examples:
    Windows: 10, 11; Android: 16; iOS: 18; MacOS: 15; Linux: Debian, Ubuntu, Arch
    """

    os_release_name: Optional[str]
    """Marketing name for the release version
    iOS: Dawn
    Android: Baklava
    MacOS: Sequoia
    Ubuntu Linux: Plucky Puffin
    """

    os_version: Optional[str]
    """Full name of the version. Examples:
    iOS: 18.3
    Android: 16.1
    MacOS: 15.5
    Windows: 24H2
    Ubuntu Linux: 25.04
    """

    screen_density: Optional[int]
    """Screen density, PPI"""

    screen_height: Optional[int]
    """Screen height in pixels"""

    screen_width: Optional[int]
    """Screen width in pixels"""

    storage_free_space: Optional[int]
    """Internal storage size in GB"""

    storage_size: Optional[int]
    """Internal storage size in GB"""

    timezone: Optional[str]
    """Device timezone"""

    timezone_abbr: Optional[str]
    """Timezone abbreviation"""

    type: Optional[str]
    """Device type"""

    _spec = (
        ('battery_level', 'int', '', {'maximum': 100, 'minimum': 0}),
        ('brand', 'str', '', {'max_length': 100}),
        ('carrier', 'str', '', {'max_length': 100}),
        ('cpu_cores', 'int', '', {'maximum': 1152, 'minimum': 0}),
        ('external_storage_free_space', 'int', '', {'maximum': 1048576, 'minimum': 0}),
        ('external_storage_size', 'int', '', {'maximum': 1048576, 'minimum': 0}),
        ('form_factor', 'str', '', {'enum': ('desktop', 'laptop', 'cellphone', 'tablet', 'smartwatch', 'tv', 'vr', 'console', 'other')}),
        ('kernel_version', 'str', '', {'max_length': 100}),
        ('languages', 'list[str]', '', {'max_items': 100, 'min_items': 0}),
        ('locale', 'str', '', {'max_length': 35}),
        ('model', 'str', '', {'max_length': 100}),
        ('network_type', 'str', '', {'enum': ('wifi', 'cellular_2g', 'cellular_3g', 'cellular_4g', 'cellular_5g', 'cellular_6g', 'ethernet', 'unknown')}),
        ('os_family', 'str', '', {'enum': ('ios', 'android', 'macos', 'windows', 'linux', 'bsd', 'other')}),
        ('os_name', 'str', '', {'max_length': 100}),
        ('os_release_name', 'str', '', {'max_length': 100}),
        ('os_version', 'str', '', {'max_length': 100}),
        ('screen_density', 'int', '', {'maximum': 100000, 'minimum': 0}),
        ('screen_height', 'int', '', {'maximum': 30720, 'minimum': 0}),
        ('screen_width', 'int', '', {'maximum': 30720, 'minimum': 0}),
        ('storage_free_space', 'int', '', {'maximum': 1048576, 'minimum': 0}),
        ('storage_size', 'int', '', {'maximum': 1048576, 'minimum': 0}),
        ('timezone', 'str', '', {'max_length': 40}),
        ('timezone_abbr', 'str', '', {'max_length': 5}),
        ('type', 'str', '', {'max_length': 100}),
    )
    _additional = None


class ConversionEventResponse(Model):
    """ConversionEventResponse"""

    ad_account_id: Optional[str]
    """Id of the ad account."""

    conversion_event: Optional[Union[ConversionTagType, str]]
    """conversion tag type"""

    conversion_tag_id: Optional[str]
    """Id of the tag."""

    created_time: Optional[int]
    """Creation date in epoch format."""

    _spec = (
        ('ad_account_id', 'str', '', {'pattern': '^\\d+$'}),
        ('conversion_event', 'ConversionTagType'),
        ('conversion_tag_id', 'str', '', {'pattern': '^\\d+$'}),
        ('created_time', 'int'),
    )


class ConversionEvents(Model):
    """A list of events (one or more) encapsulated by a data object."""

    data: List[ConversionEventsDataItem]

    _spec = (
        ('data', 'list[ConversionEventsDataItem]', 'required', {'max_items': 1000, 'min_items': 1}),
    )
    _additional = None


class ConversionEventsDataItem(Model):
    """ConversionEventsDataItem (inline schema)."""

    action_source: str
    """<p>The source indicating where the conversion event occurred.</p>
    - `app_android`
    - `app_ios`
    - `web`
    - `offline`
    """

    app_id: Optional[str]
    """The app store app ID."""

    app_info: Optional[ConversionEventAppInfo]
    """Object containing information about the application where event occurred."""

    app_name: Optional[str]
    """Name of the app."""

    app_version: Optional[str]
    """Version of the app."""

    custom_data: Optional[ConversionEventsDataItemCustomData]
    """Object containing other custom data."""

    device_brand: Optional[str]
    """Brand of the user device."""

    device_carrier: Optional[str]
    """User device's mobile carrier."""

    device_info: Optional[ConversionEventDeviceInfo]
    """Object containing information about the device where event occurred."""

    device_model: Optional[str]
    """Model of the user device."""

    device_type: Optional[str]
    """Type of the user device."""

    event_id: str
    """A unique id string that identifies this event and can be used for deduping between events ingested via both the conversion API and Pinterest tracking. Without this, event's data is likely to be double counted and will cause report metric inflation. Third-party vendors make sure this field is updated on both Pinterest tag and Conversions API side before rolling out template for Conversions API."""

    event_name: str
    """<p>The type of the user event. Please use the right event_name; otherwise the event will not be accepted and show up correctly in reports.</p>

    - `add_payment_info`
    - `add_to_cart`
    - `add_to_wishlist`
    - `app_install`
    - `checkout`
    - `custom`
    - `initiate_checkout`
    - `lead`
    - `page_visit`
    - `search`
    - `signup`
    - `subscribe`
    - `view_category`
    - `view_content`
    - `watch_video`
    """

    event_source_url: Optional[str]
    """URL of the web conversion event."""

    event_time: int
    """The time when the event happened. Unix timestamp in seconds."""

    language: Optional[str]
    """Two-character ISO-639-1 language code indicating the user's language."""

    opt_out: Optional[bool]
    """When action_source is web or offline, it defines whether the user has opted out of tracking for web conversion events. While when action_source is app_android or app_ios, it defines whether the user has enabled Limit Ad Tracking on their iOS device, or opted out of Ads Personalization on their Android device."""

    os_version: Optional[str]
    """Version of the device operating system."""

    partner_name: Optional[str]
    """The third party partner name responsible to send the event to Conversions API on behalf of the advertiser. The naming convention is "ss-partnername" lowercase. E.g ‘ss-shopify’"""

    user_data: ConversionEventsUserData
    """Object containing customer information data. Note, It is required at least one of 1) em, 2) hashed_maids or 3) pair client_ip_address + client_user_agent."""

    wifi: Optional[bool]
    """Whether the event occurred when the user device was connected to wifi."""

    _spec = (
        ('action_source', 'str', 'required'),
        ('app_id', 'str', 'nullable'),
        ('app_info', 'ConversionEventAppInfo'),
        ('app_name', 'str', 'nullable'),
        ('app_version', 'str', 'nullable'),
        ('custom_data', 'ConversionEventsDataItemCustomData'),
        ('device_brand', 'str', 'nullable'),
        ('device_carrier', 'str', 'nullable'),
        ('device_info', 'ConversionEventDeviceInfo'),
        ('device_model', 'str', 'nullable'),
        ('device_type', 'str', 'nullable'),
        ('event_id', 'str', 'required'),
        ('event_name', 'str', 'required'),
        ('event_source_url', 'str', 'nullable'),
        ('event_time', 'int', 'required'),
        ('language', 'str', 'nullable'),
        ('opt_out', 'bool'),
        ('os_version', 'str', 'nullable'),
        ('partner_name', 'str', 'nullable'),
        ('user_data', 'ConversionEventsUserData', 'required'),
        ('wifi', 'bool'),
    )
    _additional = None


class ConversionEventsDataItemCustomData(Model):
    """Object containing other custom data."""

    content_brand: Optional[str]
    """The brand of the content associated with the event."""

    content_category: Optional[str]
    """The category of the content associated with the event."""

    content_ids: Optional[List[str]]
    """List of products IDs. We recommend using this if you are a merchant for PageVisit, AddToCart and Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section)."""

    content_name: Optional[str]
    """The name of the page or product associated with the event."""

    contents: Optional[List[ConversionEventsDataItemCustomDataContentsItem]]
    """A list of objects containing information about products, such as price and quantity. We recommend using this if you are a merchant for PageVisit, AddToCart and Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section)."""

    currency: Optional[str]
    """The ISO-4217 currency code. If not provided, we will default to the advertiser's currency set during account creation. Your campaign performance needs this field to report right ROAS/CPA."""

    external_measurement_id: Optional[str]
    """Only use when instructed."""

    external_measurement_vendor_id: Optional[int]
    """Only use when instructed."""

    np: Optional[str]
    """Named partner. Not required, this is for Pinterest internal use only. Please do not use this unless specifically guided."""

    num_items: Optional[int]
    """Total number of products of the event. For example, the total number of items purchased in a checkout event. We recommend using this if you are a merchant for AddToCart and Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section)."""

    opt_out_type: Optional[str]
    """Flags for different privacy rights laws to opt out users of sharing personal information. Separate values with commas. See the Help Center article about <a href="https://help.pinterest.com/en/business/article/limited-data-processing" target="_blank">limited data processing</a> and the developer's guide for <a href="/docs/track-conversions/track-conversions-in-the-api/#whether-the-user-has-opted-out-of-web-or-offline-conversion-events" target="_blank">tracking conversion events</a> for help with using this parameter."""

    order_id: Optional[str]
    """The order ID. We recommend sending order_id to help us deduplicate events when necessary. This also helps to run other measurement products at Pinterest."""

    predicted_ltv: Optional[str]
    """Predicted lifetime value of user associated with the event. Accepted as a string in the request; it will be parsed into a double."""

    search_string: Optional[str]
    """The search string related to the user conversion event."""

    value: Optional[str]
    """Total value of the event. Accepted as a string in the request; it will be parsed into a double. For example, if there are two items in a checkout event, the value should be the total price. We recommend to use pre-tax, pre-shipping final value."""

    _spec = (
        ('content_brand', 'str', 'nullable'),
        ('content_category', 'str', 'nullable'),
        ('content_ids', 'list[str]'),
        ('content_name', 'str', 'nullable'),
        ('contents', 'list[ConversionEventsDataItemCustomDataContentsItem]'),
        ('currency', 'str', 'nullable'),
        ('external_measurement_id', 'str', 'nullable'),
        ('external_measurement_vendor_id', 'int', 'nullable'),
        ('np', 'str', 'nullable'),
        ('num_items', 'int'),
        ('opt_out_type', 'str', 'nullable'),
        ('order_id', 'str', 'nullable'),
        ('predicted_ltv', 'str', 'nullable'),
        ('search_string', 'str', 'nullable'),
        ('value', 'str', 'nullable'),
    )
    _additional = None


class ConversionEventsDataItemCustomDataContentsItem(Model):
    """ConversionEventsDataItemCustomDataContentsItem (inline schema)."""

    id: Optional[str]
    """The id of a product. We recommend using this if you are a merchant for AddToCart and Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section)."""

    item_brand: Optional[str]
    """The brand of a product."""

    item_category: Optional[str]
    """The category of a product."""

    item_name: Optional[str]
    """The name of a product."""

    item_price: Optional[str]
    """The price of a product. Accepted as a string in the request; it will be parsed into a double. This is the original item value before any discount. We recommend using this if you are a merchant for PageVisit, AddToCart and Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section)."""

    quantity: Optional[int]
    """The amount of a product. We recommend using this if you are a merchant for AddToCart and Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section)."""

    _spec = (
        ('id', 'str'),
        ('item_brand', 'str'),
        ('item_category', 'str'),
        ('item_name', 'str'),
        ('item_price', 'str'),
        ('quantity', 'int'),
    )
    _additional = None


class ConversionEventsUserData(Model):
    """Object containing customer information data. Note, It is required at least one of 1) em, 2) hashed_maids or 3) pair client_ip_address + client_user_agent."""

    click_id: Optional[str]
    """The unique identifier stored in _epik cookie on your domain or &epik= query parameter in the URL. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA."""

    client_ip_address: Optional[str]
    """The user's IP address, which can be either in IPv4 or IPv6 format. Used for matching. We highly recommend this for all events. It may improve reporting performance such as ROAS/CPA."""

    client_user_agent: Optional[str]
    """The user agent string of the user's web browser. We highly recommend this for all events. It may improve reporting performance such as ROAS/CPA."""

    country: Optional[List[str]]
    """Sha256 hashes of two-character ISO-3166 country code indicating the user's country, in lowercase. The string should be in the UTF-8 format."""

    ct: Optional[List[str]]
    """Sha256 hashes of user's city, in lowercase, and without spaces or punctuation. User residency city (mostly billing). The string should be in the UTF-8 format."""

    db: Optional[List[str]]
    """Sha256 hashes of user's date of birthday, given as year, month, and day. The string should be in the UTF-8 format."""

    em: Optional[List[str]]
    """Sha256 hashes of lowercase version of user's email addresses. Used for matching. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format."""

    external_id: Optional[List[str]]
    """Sha256 hashes of the unique id from the advertiser that identifies a user in their space, e.g. user id, loyalty id, etc. We highly recommend this on all events. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format."""

    fn: Optional[List[str]]
    """Sha256 hashes of user's first name, in lowercase. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format."""

    ge: Optional[List[str]]
    """Sha256 hashes of user's gender, in lowercase. Either "f" or "m" or "n" for non-binary gender. The string should be in the UTF-8 format."""

    hashed_maids: Optional[List[str]]
    """Sha256 hashes of user's "Google Advertising IDs" (GAIDs) or "Apple's Identifier for Advertisers" (IDFAs). Used for matching. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format."""

    ln: Optional[List[str]]
    """Sha256 hashes of user's last name, in lowercase. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format."""

    partner_id: Optional[str]
    """A unique identifier of visitors' information defined by third party partners. e.g RampID"""

    ph: Optional[List[str]]
    """Sha256 hashes of user's phone numbers, only digits with country code, area code, and number. Remove any symbols, letters, spaces and leading zeros. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format."""

    st: Optional[List[str]]
    """Sha256 hashes of user's state, given as a two-letter code in lowercase. User residency state (mostly billing). The string should be in the UTF-8 format."""

    zp: Optional[List[str]]
    """Sha256 hashes of user's zipcode, only digits. User residency zipcode (mostly billing). The string should be in the UTF-8 format."""

    _spec = (
        ('click_id', 'str', 'nullable'),
        ('client_ip_address', 'str'),
        ('client_user_agent', 'str'),
        ('country', 'list[str]'),
        ('ct', 'list[str]'),
        ('db', 'list[str]'),
        ('em', 'list[str]'),
        ('external_id', 'list[str]'),
        ('fn', 'list[str]'),
        ('ge', 'list[str]'),
        ('hashed_maids', 'list[str]'),
        ('ln', 'list[str]'),
        ('partner_id', 'str', 'nullable'),
        ('ph', 'list[str]'),
        ('st', 'list[str]'),
        ('zp', 'list[str]'),
    )
    _required_any = (('em',), ('hashed_maids',), ('client_ip_address', 'client_user_agent'))


class ConversionEventsUserDataProperties(Model):
    """ConversionEventsUserDataProperties (component schema `ConversionEventsUserDataProperties`)."""

    click_id: Optional[str]
    """The unique identifier stored in _epik cookie on your domain or &epik= query parameter in the URL. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA."""

    client_ip_address: Optional[str]
    """The user's IP address, which can be either in IPv4 or IPv6 format. Used for matching. We highly recommend this for all events. It may improve reporting performance such as ROAS/CPA."""

    client_user_agent: Optional[str]
    """The user agent string of the user's web browser. We highly recommend this for all events. It may improve reporting performance such as ROAS/CPA."""

    country: Optional[List[str]]
    """Sha256 hashes of two-character ISO-3166 country code indicating the user's country, in lowercase. The string should be in the UTF-8 format."""

    ct: Optional[List[str]]
    """Sha256 hashes of user's city, in lowercase, and without spaces or punctuation. User residency city (mostly billing). The string should be in the UTF-8 format."""

    db: Optional[List[str]]
    """Sha256 hashes of user's date of birthday, given as year, month, and day. The string should be in the UTF-8 format."""

    em: Optional[List[str]]
    """Sha256 hashes of lowercase version of user's email addresses. Used for matching. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format."""

    external_id: Optional[List[str]]
    """Sha256 hashes of the unique id from the advertiser that identifies a user in their space, e.g. user id, loyalty id, etc. We highly recommend this on all events. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format."""

    fn: Optional[List[str]]
    """Sha256 hashes of user's first name, in lowercase. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format."""

    ge: Optional[List[str]]
    """Sha256 hashes of user's gender, in lowercase. Either "f" or "m" or "n" for non-binary gender. The string should be in the UTF-8 format."""

    hashed_maids: Optional[List[str]]
    """Sha256 hashes of user's "Google Advertising IDs" (GAIDs) or "Apple's Identifier for Advertisers" (IDFAs). Used for matching. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format."""

    ln: Optional[List[str]]
    """Sha256 hashes of user's last name, in lowercase. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format."""

    partner_id: Optional[str]
    """A unique identifier of visitors' information defined by third party partners. e.g RampID"""

    ph: Optional[List[str]]
    """Sha256 hashes of user's phone numbers, only digits with country code, area code, and number. Remove any symbols, letters, spaces and leading zeros. We highly recommend this on checkout events at least. It may improve reporting performance such as ROAS/CPA. The string should be in the UTF-8 format."""

    st: Optional[List[str]]
    """Sha256 hashes of user's state, given as a two-letter code in lowercase. User residency state (mostly billing). The string should be in the UTF-8 format."""

    zp: Optional[List[str]]
    """Sha256 hashes of user's zipcode, only digits. User residency zipcode (mostly billing). The string should be in the UTF-8 format."""

    _spec = (
        ('click_id', 'str', 'nullable'),
        ('client_ip_address', 'str'),
        ('client_user_agent', 'str'),
        ('country', 'list[str]'),
        ('ct', 'list[str]'),
        ('db', 'list[str]'),
        ('em', 'list[str]'),
        ('external_id', 'list[str]'),
        ('fn', 'list[str]'),
        ('ge', 'list[str]'),
        ('hashed_maids', 'list[str]'),
        ('ln', 'list[str]'),
        ('partner_id', 'str', 'nullable'),
        ('ph', 'list[str]'),
        ('st', 'list[str]'),
        ('zp', 'list[str]'),
    )


class ConversionHealthSelectionItem(Model):
    """User selection of conversion health criteria for a single feature"""

    conversionType: Optional[Dict[str, Any]]
    """Status for conversion types"""

    criteria: Optional[Dict[str, Any]]
    """Status for criteria"""

    ingestionSource: Optional[Dict[str, Any]]
    """Status for ingestion sources"""

    status: Any
    """Overall status for this selection item"""

    _spec = (
        ('conversionType', 'dict[any]'),
        ('criteria', 'dict[any]'),
        ('ingestionSource', 'dict[any]'),
        ('status', 'any', 'required'),
    )


class ConversionMSOTEvents(Model):
    """Object containing the MSOT conversion events."""

    action_timestamps: Optional[List[int]]
    """Timestamp(s) when the ad action(s) happened. Unix timestamp in seconds."""

    ad_group_id: str
    """The ID of the ad group that was attributed to the conversion event."""

    attribution_model: Optional[str]
    """The attribution model used to attribute the conversion event."""

    attribution_scope: str
    """Ad event type."""

    attribution_score: Optional[float]
    """Credit given to the attributed ad actions. Allowed values are > 0 and <= 1."""

    campaign_id: Optional[str]
    """The ID of the campaign that was attributed to the conversion event."""

    currency: Optional[Union[Currency, str]]

    event_id: str
    """A unique id string that identifies this event. If you are already sending us events through Conversions API, then this id should match the event_id sent through Conversions API."""

    event_name: str
    """Type of user event."""

    event_timestamp: int
    """The time when the event occurred. Unix timestamp in seconds."""

    total_event_touchpoints: Optional[int]
    """Total number of ad events including other non-Pinterest ad platforms."""

    total_events: Optional[int]
    """Total number of conversion events that are reported in one API call.
    <p>If you are sending one API request for one attributed conversion event then this value should be 1.</p>
    <p>If you are sending multiple attributed conversion events in one API request then this value should be the total number of attributed conversion events in the request.</p>
    """

    value: Optional[float]
    """Order value of the conversion event. Required if <code>event_name</code> is 'add_to_cart' or 'checkout'."""

    _spec = (
        ('action_timestamps', 'list[int]'),
        ('ad_group_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('attribution_model', 'str', '', {'enum': ('first_touch', 'last_touch', 'multi_touch')}),
        ('attribution_scope', 'str', 'required', {'enum': ('view', 'engagement', 'click')}),
        ('attribution_score', 'float', '', {'exclusive_minimum': True, 'maximum': 1, 'minimum': 0}),
        ('campaign_id', 'str', '', {'pattern': '^\\d+$'}),
        ('currency', 'Currency'),
        ('event_id', 'str', 'required', {'max_length': 256}),
        ('event_name', 'str', 'required', {'enum': ('add_to_cart', 'checkout', 'lead', 'signup')}),
        ('event_timestamp', 'int', 'required'),
        ('total_event_touchpoints', 'int', '', {'minimum': 1}),
        ('total_events', 'int', '', {'minimum': 1}),
        ('value', 'float'),
    )
    _additional = None


class ConversionProductReportRequest(Model):
    """Request for a brand, category, SKU report"""

    ad_group_ids: Optional[List[str]]
    """List of ad group ids. <br>Only support ad_group_ids field when level of the report is AD_GROUP."""

    campaign_ids: Optional[List[str]]
    """List of campaign ids. <br>Only support campaign_ids field when level of the report is CAMPAIGN."""

    campaign_objective_types: Optional[List[Union[ObjectiveType, str]]]
    """List of values for filtering. Default is ['CONSIDERATION','AWARENESS','WEB_CONVERSION','VIDEO_COMPLETION']."""

    click_window_days: Optional[Union[ConversionAttributionWindowDays, int]]
    """Number of days to use as the conversion attribution window for a pin click action. Applies to Pinterest Tag conversion metrics. Prior conversion tags use their defined attribution windows. If not specified, defaults to `30` days."""

    columns: List[Union[ConversionProductReportingColumn, str]]
    """Metric and entity columns"""

    conversion_product_attribution_type: Optional[ConversionProductReportRequestConversionProductAttributionType]
    """Required attribution type of the B/C/S report.<br>When the attribution type is BRAND_ATTRIBUTION, start_date for the report must be after 2025-04-01."""

    conversion_product_breakdown: Optional[str]
    """Report breakdown type. This is used to specify the breakdown of the report by brand, category, or SKU."""

    conversion_report_time: Optional[Union[ConversionReportTimeType, str]]
    """The date by which the conversion metrics returned from this endpoint will be reported. There are two dates associated with a conversion event: the date that the user interacted with the ad, and the date that the user completed a conversion event."""

    end_date: str
    """Metric report end date (UTC). Format: YYYY-MM-DD.<br> A max of 1 year is allowed between the start and end date for reports."""

    granularity: str
    """TOTAL - metrics are aggregated over the specified date range.<br> WEEK - metrics are broken down weekly.<br> MONTH - metrics are broken down monthly."""

    level: str
    """Level of the report"""

    product_sku_ids: Optional[List[str]]
    """List of SKU ids. <br>Only support product_sku_ids field when report breakdown type is PRODUCT_SKU_GROUP."""

    report_name: str
    """Name of the conversion product report."""

    start_date: str
    """Metric report start date (UTC). Format: YYYY-MM-DD.<br> Start date must be after 2024-03-16. 7 day minimum time window for report is required."""

    view_window_days: Optional[Union[ConversionAttributionWindowDays, int]]
    """Number of days to use as the conversion attribution window for a view action. Applies to Pinterest Tag conversion metrics. Prior conversion tags use their defined attribution windows. If not specified, defaults to `30` day."""

    _spec = (
        ('ad_group_ids', 'list[str]', '', {'items': {'pattern': '^\\d+$'}, 'max_items': 500, 'min_items': 1}),
        ('campaign_ids', 'list[str]', '', {'items': {'pattern': '^\\d+$'}, 'max_items': 500, 'min_items': 1}),
        ('campaign_objective_types', 'list[ObjectiveType]', '', {'max_items': 7, 'min_items': 1}),
        ('click_window_days', 'ConversionAttributionWindowDays'),
        ('columns', 'list[ConversionProductReportingColumn]', 'required'),
        ('conversion_product_attribution_type', 'ConversionProductReportRequestConversionProductAttributionType'),
        ('conversion_product_breakdown', 'str', '', {'enum': ('PRODUCT_BRAND', 'PRODUCT_CATEGORY', 'PRODUCT_BRAND_AND_CATEGORY', 'PRODUCT_SKU', 'PRODUCT_SKU_GROUP')}),
        ('conversion_report_time', 'ConversionReportTimeType'),
        ('end_date', 'str', 'required', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('granularity', 'str', 'required', {'enum': ('WEEK', 'MONTH', 'TOTAL')}),
        ('level', 'str', 'required', {'enum': ('ADVERTISER', 'CAMPAIGN', 'AD_GROUP')}),
        ('product_sku_ids', 'list[str]', '', {'items': {'pattern': '^[a-zA-Z0-9]+$'}, 'max_items': 500, 'min_items': 2}),
        ('report_name', 'str', 'required'),
        ('start_date', 'str', 'required', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('view_window_days', 'ConversionAttributionWindowDays'),
    )


class ConversionProductReportRequestConversionProductAttributionType(Enum):
    """Required attribution type of the B/C/S report.<br>When the attribution type is BRAND_ATTRIBUTION, start_date for the report must be after 2025-04-01."""

    DEFAULT = 'DEFAULT'
    BRAND_ATTRIBUTION = 'BRAND_ATTRIBUTION'


class ConversionProductReportingColumn(Enum):
    """Conversion Product Reporting columns"""

    CAMPAIGN_NAME = 'CAMPAIGN_NAME'
    CAMPAIGN_ID = 'CAMPAIGN_ID'
    ADVERTISER_ID = 'ADVERTISER_ID'
    AD_GROUP_ID = 'AD_GROUP_ID'
    CAMPAIGN_OBJECTIVE_TYPE = 'CAMPAIGN_OBJECTIVE_TYPE'
    AD_GROUP_NAME = 'AD_GROUP_NAME'
    CONVERSION_PRODUCT_ID = 'CONVERSION_PRODUCT_ID'
    CONVERSION_PRODUCT_BRAND = 'CONVERSION_PRODUCT_BRAND'
    CONVERSION_PRODUCT_CATEGORY = 'CONVERSION_PRODUCT_CATEGORY'
    CONVERSION_PRODUCT_ID_GROUP = 'CONVERSION_PRODUCT_ID_GROUP'
    TOTAL_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_WEB_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_WEB_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_INAPP_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_INAPP_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_OFFLINE_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_OFFLINE_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_CONVERSION_PRODUCT_VALUE = 'TOTAL_CONVERSION_PRODUCT_VALUE'
    TOTAL_WEB_CONVERSION_PRODUCT_VALUE = 'TOTAL_WEB_CONVERSION_PRODUCT_VALUE'
    TOTAL_INAPP_CONVERSION_PRODUCT_VALUE = 'TOTAL_INAPP_CONVERSION_PRODUCT_VALUE'
    TOTAL_OFFLINE_CONVERSION_PRODUCT_VALUE = 'TOTAL_OFFLINE_CONVERSION_PRODUCT_VALUE'
    TOTAL_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_WEB_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_WEB_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_INAPP_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_INAPP_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_OFFLINE_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_OFFLINE_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_CHECKOUT_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_CHECKOUT_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_CHECKOUT_CONVERSION_PRODUCT_VALUE = 'TOTAL_CHECKOUT_CONVERSION_PRODUCT_VALUE'
    TOTAL_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_WEB_CHECKOUT_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_WEB_CHECKOUT_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_WEB_CHECKOUT_CONVERSION_PRODUCT_VALUE = 'TOTAL_WEB_CHECKOUT_CONVERSION_PRODUCT_VALUE'
    TOTAL_WEB_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_WEB_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_INAPP_CHECKOUT_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_INAPP_CHECKOUT_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_INAPP_CHECKOUT_CONVERSION_PRODUCT_VALUE = 'TOTAL_INAPP_CHECKOUT_CONVERSION_PRODUCT_VALUE'
    TOTAL_INAPP_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_INAPP_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_OFFLINE_CHECKOUT_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_OFFLINE_CHECKOUT_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_OFFLINE_CHECKOUT_CONVERSION_PRODUCT_VALUE = 'TOTAL_OFFLINE_CHECKOUT_CONVERSION_PRODUCT_VALUE'
    TOTAL_OFFLINE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_OFFLINE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_ADD_TO_CART_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_ADD_TO_CART_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_ADD_TO_CART_CONVERSION_PRODUCT_VALUE = 'TOTAL_ADD_TO_CART_CONVERSION_PRODUCT_VALUE'
    TOTAL_ADD_TO_CART_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_ADD_TO_CART_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_WEB_ADD_TO_CART_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_WEB_ADD_TO_CART_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_WEB_ADD_TO_CART_CONVERSION_PRODUCT_VALUE = 'TOTAL_WEB_ADD_TO_CART_CONVERSION_PRODUCT_VALUE'
    TOTAL_WEB_ADD_TO_CART_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_WEB_ADD_TO_CART_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_INAPP_ADD_TO_CART_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_INAPP_ADD_TO_CART_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_INAPP_ADD_TO_CART_CONVERSION_PRODUCT_VALUE = 'TOTAL_INAPP_ADD_TO_CART_CONVERSION_PRODUCT_VALUE'
    TOTAL_INAPP_ADD_TO_CART_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_INAPP_ADD_TO_CART_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_PAGE_VISIT_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_PAGE_VISIT_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_PAGE_VISIT_CONVERSION_PRODUCT_VALUE = 'TOTAL_PAGE_VISIT_CONVERSION_PRODUCT_VALUE'
    TOTAL_PAGE_VISIT_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_PAGE_VISIT_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_WEB_PAGE_VISIT_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_WEB_PAGE_VISIT_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_WEB_PAGE_VISIT_CONVERSION_PRODUCT_VALUE = 'TOTAL_WEB_PAGE_VISIT_CONVERSION_PRODUCT_VALUE'
    TOTAL_WEB_PAGE_VISIT_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_WEB_PAGE_VISIT_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_SIGNUP_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_SIGNUP_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_SIGNUP_CONVERSION_PRODUCT_VALUE = 'TOTAL_SIGNUP_CONVERSION_PRODUCT_VALUE'
    TOTAL_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_WEB_SIGNUP_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_WEB_SIGNUP_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_WEB_SIGNUP_CONVERSION_PRODUCT_VALUE = 'TOTAL_WEB_SIGNUP_CONVERSION_PRODUCT_VALUE'
    TOTAL_WEB_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_WEB_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_INAPP_SIGNUP_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_INAPP_SIGNUP_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_INAPP_SIGNUP_CONVERSION_PRODUCT_VALUE = 'TOTAL_INAPP_SIGNUP_CONVERSION_PRODUCT_VALUE'
    TOTAL_INAPP_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_INAPP_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_OFFLINE_SIGNUP_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_OFFLINE_SIGNUP_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_OFFLINE_SIGNUP_CONVERSION_PRODUCT_VALUE = 'TOTAL_OFFLINE_SIGNUP_CONVERSION_PRODUCT_VALUE'
    TOTAL_OFFLINE_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_OFFLINE_SIGNUP_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_WATCH_VIDEO_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_WATCH_VIDEO_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_WATCH_VIDEO_CONVERSION_PRODUCT_VALUE = 'TOTAL_WATCH_VIDEO_CONVERSION_PRODUCT_VALUE'
    TOTAL_WATCH_VIDEO_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_WATCH_VIDEO_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_WEB_WATCH_VIDEO_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_WEB_WATCH_VIDEO_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_WEB_WATCH_VIDEO_CONVERSION_PRODUCT_VALUE = 'TOTAL_WEB_WATCH_VIDEO_CONVERSION_PRODUCT_VALUE'
    TOTAL_WEB_WATCH_VIDEO_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_WEB_WATCH_VIDEO_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_LEAD_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_LEAD_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_LEAD_CONVERSION_PRODUCT_VALUE = 'TOTAL_LEAD_CONVERSION_PRODUCT_VALUE'
    TOTAL_LEAD_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_LEAD_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_WEB_LEAD_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_WEB_LEAD_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_WEB_LEAD_CONVERSION_PRODUCT_VALUE = 'TOTAL_WEB_LEAD_CONVERSION_PRODUCT_VALUE'
    TOTAL_WEB_LEAD_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_WEB_LEAD_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_OFFLINE_LEAD_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_OFFLINE_LEAD_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_OFFLINE_LEAD_CONVERSION_PRODUCT_VALUE = 'TOTAL_OFFLINE_LEAD_CONVERSION_PRODUCT_VALUE'
    TOTAL_OFFLINE_LEAD_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_OFFLINE_LEAD_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_SEARCH_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_SEARCH_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_SEARCH_CONVERSION_PRODUCT_VALUE = 'TOTAL_SEARCH_CONVERSION_PRODUCT_VALUE'
    TOTAL_SEARCH_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_SEARCH_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_WEB_SEARCH_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_WEB_SEARCH_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_WEB_SEARCH_CONVERSION_PRODUCT_VALUE = 'TOTAL_WEB_SEARCH_CONVERSION_PRODUCT_VALUE'
    TOTAL_WEB_SEARCH_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_WEB_SEARCH_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_INAPP_SEARCH_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_INAPP_SEARCH_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_INAPP_SEARCH_CONVERSION_PRODUCT_VALUE = 'TOTAL_INAPP_SEARCH_CONVERSION_PRODUCT_VALUE'
    TOTAL_INAPP_SEARCH_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_INAPP_SEARCH_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_VIEW_CATEGORY_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_VIEW_CATEGORY_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_VIEW_CATEGORY_CONVERSION_PRODUCT_VALUE = 'TOTAL_VIEW_CATEGORY_CONVERSION_PRODUCT_VALUE'
    TOTAL_VIEW_CATEGORY_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_VIEW_CATEGORY_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_WEB_VIEW_CATEGORY_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_WEB_VIEW_CATEGORY_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_WEB_VIEW_CATEGORY_CONVERSION_PRODUCT_VALUE = 'TOTAL_WEB_VIEW_CATEGORY_CONVERSION_PRODUCT_VALUE'
    TOTAL_WEB_VIEW_CATEGORY_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_WEB_VIEW_CATEGORY_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_CUSTOM_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_CUSTOM_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_CUSTOM_CONVERSION_PRODUCT_VALUE = 'TOTAL_CUSTOM_CONVERSION_PRODUCT_VALUE'
    TOTAL_CUSTOM_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_CUSTOM_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_WEB_CUSTOM_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_WEB_CUSTOM_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_WEB_CUSTOM_CONVERSION_PRODUCT_VALUE = 'TOTAL_WEB_CUSTOM_CONVERSION_PRODUCT_VALUE'
    TOTAL_WEB_CUSTOM_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_WEB_CUSTOM_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_OFFLINE_CUSTOM_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_OFFLINE_CUSTOM_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_OFFLINE_CUSTOM_CONVERSION_PRODUCT_VALUE = 'TOTAL_OFFLINE_CUSTOM_CONVERSION_PRODUCT_VALUE'
    TOTAL_OFFLINE_CUSTOM_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_OFFLINE_CUSTOM_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_UNKNOWN_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_UNKNOWN_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_UNKNOWN_CONVERSION_PRODUCT_VALUE = 'TOTAL_UNKNOWN_CONVERSION_PRODUCT_VALUE'
    TOTAL_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_WEB_UNKNOWN_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_WEB_UNKNOWN_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_WEB_UNKNOWN_CONVERSION_PRODUCT_VALUE = 'TOTAL_WEB_UNKNOWN_CONVERSION_PRODUCT_VALUE'
    TOTAL_WEB_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_WEB_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_INAPP_UNKNOWN_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_INAPP_UNKNOWN_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_INAPP_UNKNOWN_CONVERSION_PRODUCT_VALUE = 'TOTAL_INAPP_UNKNOWN_CONVERSION_PRODUCT_VALUE'
    TOTAL_INAPP_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_INAPP_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_OFFLINE_UNKNOWN_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_OFFLINE_UNKNOWN_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_OFFLINE_UNKNOWN_CONVERSION_PRODUCT_VALUE = 'TOTAL_OFFLINE_UNKNOWN_CONVERSION_PRODUCT_VALUE'
    TOTAL_OFFLINE_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_OFFLINE_UNKNOWN_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE = 'TOTAL_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE'
    TOTAL_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_WEB_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_WEB_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_WEB_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE = 'TOTAL_WEB_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE'
    TOTAL_WEB_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_WEB_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_INAPP_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_INAPP_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_INAPP_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE = 'TOTAL_INAPP_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE'
    TOTAL_INAPP_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_INAPP_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_OFFLINE_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_OFFLINE_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_OFFLINE_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE = 'TOTAL_OFFLINE_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE'
    TOTAL_OFFLINE_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_OFFLINE_ADD_PAYMENT_INFO_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_ADD_TO_WISHLIST_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_ADD_TO_WISHLIST_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE = 'TOTAL_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE'
    TOTAL_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_WEB_ADD_TO_WISHLIST_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_WEB_ADD_TO_WISHLIST_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_WEB_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE = 'TOTAL_WEB_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE'
    TOTAL_WEB_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_WEB_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_INAPP_ADD_TO_WISHLIST_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_INAPP_ADD_TO_WISHLIST_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_INAPP_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE = 'TOTAL_INAPP_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE'
    TOTAL_INAPP_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_INAPP_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_OFFLINE_ADD_TO_WISHLIST_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_OFFLINE_ADD_TO_WISHLIST_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_OFFLINE_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE = 'TOTAL_OFFLINE_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE'
    TOTAL_OFFLINE_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_OFFLINE_ADD_TO_WISHLIST_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_INITIATE_CHECKOUT_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_INITIATE_CHECKOUT_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE = 'TOTAL_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE'
    TOTAL_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_WEB_INITIATE_CHECKOUT_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_WEB_INITIATE_CHECKOUT_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_WEB_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE = 'TOTAL_WEB_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE'
    TOTAL_WEB_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_WEB_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_INAPP_INITIATE_CHECKOUT_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_INAPP_INITIATE_CHECKOUT_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_INAPP_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE = 'TOTAL_INAPP_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE'
    TOTAL_INAPP_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_INAPP_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_OFFLINE_INITIATE_CHECKOUT_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_OFFLINE_INITIATE_CHECKOUT_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_OFFLINE_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE = 'TOTAL_OFFLINE_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE'
    TOTAL_OFFLINE_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_OFFLINE_INITIATE_CHECKOUT_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_SUBSCRIBE_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_SUBSCRIBE_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_SUBSCRIBE_CONVERSION_PRODUCT_VALUE = 'TOTAL_SUBSCRIBE_CONVERSION_PRODUCT_VALUE'
    TOTAL_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_WEB_SUBSCRIBE_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_WEB_SUBSCRIBE_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_WEB_SUBSCRIBE_CONVERSION_PRODUCT_VALUE = 'TOTAL_WEB_SUBSCRIBE_CONVERSION_PRODUCT_VALUE'
    TOTAL_WEB_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_WEB_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_INAPP_SUBSCRIBE_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_INAPP_SUBSCRIBE_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_INAPP_SUBSCRIBE_CONVERSION_PRODUCT_VALUE = 'TOTAL_INAPP_SUBSCRIBE_CONVERSION_PRODUCT_VALUE'
    TOTAL_INAPP_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_INAPP_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_OFFLINE_SUBSCRIBE_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_OFFLINE_SUBSCRIBE_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_OFFLINE_SUBSCRIBE_CONVERSION_PRODUCT_VALUE = 'TOTAL_OFFLINE_SUBSCRIBE_CONVERSION_PRODUCT_VALUE'
    TOTAL_OFFLINE_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_OFFLINE_SUBSCRIBE_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_VIEW_CONTENT_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_VIEW_CONTENT_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE = 'TOTAL_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE'
    TOTAL_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_WEB_VIEW_CONTENT_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_WEB_VIEW_CONTENT_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_WEB_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE = 'TOTAL_WEB_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE'
    TOTAL_WEB_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_WEB_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_INAPP_VIEW_CONTENT_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_INAPP_VIEW_CONTENT_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_INAPP_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE = 'TOTAL_INAPP_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE'
    TOTAL_INAPP_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_INAPP_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_USD'
    TOTAL_OFFLINE_VIEW_CONTENT_CONVERSION_PRODUCT_QUANTITY = 'TOTAL_OFFLINE_VIEW_CONTENT_CONVERSION_PRODUCT_QUANTITY'
    TOTAL_OFFLINE_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE = 'TOTAL_OFFLINE_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE'
    TOTAL_OFFLINE_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_USD = 'TOTAL_OFFLINE_VIEW_CONTENT_CONVERSION_PRODUCT_VALUE_IN_USD'


class ConversionReportAttributionType(Enum):
    """Attribution type. Refers to the Pinterest Tag endpoints"""

    INDIVIDUAL = 'INDIVIDUAL'
    HOUSEHOLD = 'HOUSEHOLD'


class ConversionReportTimeType(Enum):
    """Conversion report time type"""

    TIME_OF_AD_ACTION = 'TIME_OF_AD_ACTION'
    TIME_OF_CONVERSION = 'TIME_OF_CONVERSION'


class ConversionTag(Model):
    """ConversionTag (component schema `ConversionTag`)."""

    code_snippet: Optional[str]
    """Tag code snippet."""

    configs: Optional[ConversionTagConfigs]

    enhanced_match_status: Optional[Union[EnhancedMatchStatusType, str]]
    """The enhanced match status of the tag"""

    id: Optional[str]
    """Tag ID."""

    last_fired_time_ms: Optional[float]
    """Time for the last event fired."""

    name: str
    """Conversion tag name."""

    version: Optional[str]
    """Version number."""

    ad_account_id: str
    """Ad account ID."""

    status: Optional[Union[EntityStatus, str]]

    _spec = (
        ('code_snippet', 'str', 'read_only'),
        ('configs', 'ConversionTagConfigs', 'read_only'),
        ('enhanced_match_status', 'EnhancedMatchStatusType', 'nullable read_only'),
        ('id', 'str', 'read_only'),
        ('last_fired_time_ms', 'float', 'nullable read_only'),
        ('name', 'str', 'required'),
        ('version', 'str', 'read_only'),
        ('ad_account_id', 'str', 'required read_only'),
        ('status', 'EntityStatus', 'read_only'),
    )


class ConversionTagCommon(Model):
    """ConversionTagCommon (component schema `ConversionTagCommon`)."""

    code_snippet: Optional[str]
    """Tag code snippet."""

    configs: Optional[ConversionTagConfigs]

    enhanced_match_status: Optional[Union[EnhancedMatchStatusType, str]]
    """The enhanced match status of the tag"""

    id: Optional[str]
    """Tag ID."""

    last_fired_time_ms: Optional[float]
    """Time for the last event fired."""

    name: str
    """Conversion tag name."""

    version: Optional[str]
    """Version number."""

    _spec = (
        ('code_snippet', 'str', 'read_only'),
        ('configs', 'ConversionTagConfigs', 'read_only'),
        ('enhanced_match_status', 'EnhancedMatchStatusType', 'nullable read_only'),
        ('id', 'str', 'read_only'),
        ('last_fired_time_ms', 'float', 'nullable read_only'),
        ('name', 'str', 'required'),
        ('version', 'str', 'read_only'),
    )


class ConversionTagConfigs(Model):
    """ConversionTagConfigs (component schema)."""

    aem_db_enabled: Optional[bool]
    """Whether Automatic Enhanced Match birthdate is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    aem_enabled: Optional[bool]
    """Whether Automatic Enhanced Match email is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    aem_external_id_enabled: Optional[bool]
    """Whether Automatic Enhanced Match location is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    aem_fnln_enabled: Optional[bool]
    """Whether Automatic Enhanced Match name is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    aem_ge_enabled: Optional[bool]
    """Whether Automatic Enhanced Match gender is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    aem_loc_enabled: Optional[bool]
    """Whether Automatic Enhanced Match location is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    aem_ph_enabled: Optional[bool]
    """Whether Automatic Enhanced Match phone is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    md_frequency: Optional[float]
    """Metadata ingestion frequency."""

    no_code_capi_domains: Optional[List[str]]
    """List of advertiser subdomains configured for NoCodeCAPI calls."""

    _spec = (
        ('aem_db_enabled', 'bool', 'nullable'),
        ('aem_enabled', 'bool', 'nullable'),
        ('aem_external_id_enabled', 'bool', 'nullable'),
        ('aem_fnln_enabled', 'bool', 'nullable'),
        ('aem_ge_enabled', 'bool', 'nullable'),
        ('aem_loc_enabled', 'bool', 'nullable'),
        ('aem_ph_enabled', 'bool', 'nullable'),
        ('md_frequency', 'float', 'nullable'),
        ('no_code_capi_domains', 'list[str]'),
    )


class ConversionTagCreate(Model):
    """Resource create operation model."""

    aem_db_enabled: Optional[bool]
    """Whether Automatic Enhanced Match birthdate is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    aem_enabled: Optional[bool]
    """Whether Automatic Enhanced Match email is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    aem_external_id_enabled: Optional[bool]
    """Whether Automatic Enhanced Match location is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    aem_fnln_enabled: Optional[bool]
    """Whether Automatic Enhanced Match name is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    aem_ge_enabled: Optional[bool]
    """Whether Automatic Enhanced Match gender is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    aem_loc_enabled: Optional[bool]
    """Whether Automatic Enhanced Match location is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    aem_ph_enabled: Optional[bool]
    """Whether Automatic Enhanced Match phone is enabled. See [Enhanced match](https://help.pinterest.com/en/business/article/enhanced-match) for more information."""

    md_frequency: Optional[float]
    """Metadata ingestion frequency."""

    name: str
    """Conversion tag name."""

    _spec = (
        ('aem_db_enabled', 'bool', 'nullable'),
        ('aem_enabled', 'bool', 'nullable'),
        ('aem_external_id_enabled', 'bool', 'nullable'),
        ('aem_fnln_enabled', 'bool', 'nullable'),
        ('aem_ge_enabled', 'bool', 'nullable'),
        ('aem_loc_enabled', 'bool', 'nullable'),
        ('aem_ph_enabled', 'bool', 'nullable'),
        ('md_frequency', 'float', 'nullable'),
        ('name', 'str', 'required'),
    )


class ConversionTagListResponse(Model):
    """ConversionTagListResponse (component schema `ConversionTagListResponse`)."""

    items: Optional[List[ConversionTag]]

    _spec = (
        ('items', 'list[ConversionTag]'),
    )


class ConversionTagType(Enum):
    """conversion tag type"""

    PAGE_LOAD = 'PAGE_LOAD'
    UNKNOWN = 'UNKNOWN'
    INITIALIZED = 'INITIALIZED'
    PAGE_VISIT = 'PAGE_VISIT'
    SIGNUP = 'SIGNUP'
    CHECKOUT = 'CHECKOUT'
    CUSTOM = 'CUSTOM'
    VIEW_CATEGORY = 'VIEW_CATEGORY'
    SEARCH = 'SEARCH'
    ADD_TO_CART = 'ADD_TO_CART'
    WATCH_VIDEO = 'WATCH_VIDEO'
    LEAD = 'LEAD'
    APP_INSTALL = 'APP_INSTALL'
    WEB_SESSION = 'WEB_SESSION'
    EXTERNAL_MEASUREMENT = 'EXTERNAL_MEASUREMENT'


class ConversionTagsListResponse(Model):
    """ConversionTagsListResponse (inline schema)."""

    items: List[ConversionTag]

    _spec = (
        ('items', 'list[ConversionTag]', 'required'),
    )


class ConversionTagsOcpmEligibleResponse(Model):
    """ConversionTagsOcpmEligibleResponse (component schema `ConversionTagsOcpmEligibleResponse`)."""
    _additional = 'list[ConversionEventResponse]'


class Country(Enum):
    """Country ID from ISO 3166-1 alpha-2."""

    AD = 'AD'
    AE = 'AE'
    AF = 'AF'
    AG = 'AG'
    AI = 'AI'
    AL = 'AL'
    AM = 'AM'
    AO = 'AO'
    AQ = 'AQ'
    AR = 'AR'
    AS = 'AS'
    AT = 'AT'
    AU = 'AU'
    AW = 'AW'
    AX = 'AX'
    AZ = 'AZ'
    BA = 'BA'
    BB = 'BB'
    BD = 'BD'
    BE = 'BE'
    BF = 'BF'
    BG = 'BG'
    BH = 'BH'
    BI = 'BI'
    BJ = 'BJ'
    BL = 'BL'
    BM = 'BM'
    BN = 'BN'
    BO = 'BO'
    BQ = 'BQ'
    BR = 'BR'
    BS = 'BS'
    BT = 'BT'
    BV = 'BV'
    BW = 'BW'
    BY = 'BY'
    BZ = 'BZ'
    CA = 'CA'
    CC = 'CC'
    CD = 'CD'
    CF = 'CF'
    CG = 'CG'
    CH = 'CH'
    CI = 'CI'
    CK = 'CK'
    CL = 'CL'
    CM = 'CM'
    CN = 'CN'
    CO = 'CO'
    CR = 'CR'
    CU = 'CU'
    CV = 'CV'
    CW = 'CW'
    CX = 'CX'
    CY = 'CY'
    CZ = 'CZ'
    DE = 'DE'
    DJ = 'DJ'
    DK = 'DK'
    DM = 'DM'
    DO = 'DO'
    DZ = 'DZ'
    EC = 'EC'
    EE = 'EE'
    EG = 'EG'
    EH = 'EH'
    ER = 'ER'
    ES = 'ES'
    ET = 'ET'
    FI = 'FI'
    FJ = 'FJ'
    FK = 'FK'
    FM = 'FM'
    FO = 'FO'
    FR = 'FR'
    GA = 'GA'
    GB = 'GB'
    GD = 'GD'
    GE = 'GE'
    GF = 'GF'
    GG = 'GG'
    GH = 'GH'
    GI = 'GI'
    GL = 'GL'
    GM = 'GM'
    GN = 'GN'
    GP = 'GP'
    GQ = 'GQ'
    GR = 'GR'
    GS = 'GS'
    GT = 'GT'
    GU = 'GU'
    GW = 'GW'
    GY = 'GY'
    HK = 'HK'
    HM = 'HM'
    HN = 'HN'
    HR = 'HR'
    HT = 'HT'
    HU = 'HU'
    ID = 'ID'
    IE = 'IE'
    IL = 'IL'
    IM = 'IM'
    IN = 'IN'
    IO = 'IO'
    IQ = 'IQ'
    IR = 'IR'
    IS = 'IS'
    IT = 'IT'
    JE = 'JE'
    JM = 'JM'
    JO = 'JO'
    JP = 'JP'
    KE = 'KE'
    KG = 'KG'
    KH = 'KH'
    KI = 'KI'
    KM = 'KM'
    KN = 'KN'
    KR = 'KR'
    KW = 'KW'
    KY = 'KY'
    KZ = 'KZ'
    LA = 'LA'
    LB = 'LB'
    LC = 'LC'
    LI = 'LI'
    LK = 'LK'
    LR = 'LR'
    LS = 'LS'
    LT = 'LT'
    LU = 'LU'
    LV = 'LV'
    LY = 'LY'
    MA = 'MA'
    MC = 'MC'
    MD = 'MD'
    ME = 'ME'
    MF = 'MF'
    MG = 'MG'
    MH = 'MH'
    MK = 'MK'
    ML = 'ML'
    MM = 'MM'
    MN = 'MN'
    MO = 'MO'
    MP = 'MP'
    MQ = 'MQ'
    MR = 'MR'
    MS = 'MS'
    MT = 'MT'
    MU = 'MU'
    MV = 'MV'
    MW = 'MW'
    MX = 'MX'
    MY = 'MY'
    MZ = 'MZ'
    NA = 'NA'
    NC = 'NC'
    NE = 'NE'
    NF = 'NF'
    NG = 'NG'
    NI = 'NI'
    NL = 'NL'
    NO = 'NO'
    NP = 'NP'
    NR = 'NR'
    NU = 'NU'
    NZ = 'NZ'
    OM = 'OM'
    PA = 'PA'
    PE = 'PE'
    PF = 'PF'
    PG = 'PG'
    PH = 'PH'
    PK = 'PK'
    PL = 'PL'
    PM = 'PM'
    PN = 'PN'
    PR = 'PR'
    PS = 'PS'
    PT = 'PT'
    PW = 'PW'
    PY = 'PY'
    QA = 'QA'
    RE = 'RE'
    RO = 'RO'
    RS = 'RS'
    RU = 'RU'
    RW = 'RW'
    SA = 'SA'
    SB = 'SB'
    SC = 'SC'
    SD = 'SD'
    SE = 'SE'
    SG = 'SG'
    SH = 'SH'
    SI = 'SI'
    SJ = 'SJ'
    SK = 'SK'
    SL = 'SL'
    SM = 'SM'
    SN = 'SN'
    SO = 'SO'
    SR = 'SR'
    SS = 'SS'
    ST = 'ST'
    SV = 'SV'
    SX = 'SX'
    SY = 'SY'
    SZ = 'SZ'
    TC = 'TC'
    TD = 'TD'
    TF = 'TF'
    TG = 'TG'
    TH = 'TH'
    TJ = 'TJ'
    TK = 'TK'
    TL = 'TL'
    TM = 'TM'
    TN = 'TN'
    TO = 'TO'
    TR = 'TR'
    TT = 'TT'
    TV = 'TV'
    TW = 'TW'
    TZ = 'TZ'
    UA = 'UA'
    UG = 'UG'
    UM = 'UM'
    US = 'US'
    UY = 'UY'
    UZ = 'UZ'
    VA = 'VA'
    VC = 'VC'
    VE = 'VE'
    VG = 'VG'
    VI = 'VI'
    VN = 'VN'
    VU = 'VU'
    WF = 'WF'
    WS = 'WS'
    YE = 'YE'
    YT = 'YT'
    ZA = 'ZA'
    ZM = 'ZM'
    ZW = 'ZW'


class CountryFilter(Model):
    """COUNTRY"""

    COUNTRY: CatalogsProductGroupMultipleCountriesCriteria
    """catalogs_product_group_multiple_country_criteria"""

    _spec = (
        ('COUNTRY', 'CatalogsProductGroupMultipleCountriesCriteria', 'required'),
    )
    _additional = None


class CreateAssetAccessRequestBody(Model):
    """An object containing a list of all the asset access requests"""

    asset_requests: List[CreateAssetAccessRequestBodyAssetRequestsItem]

    _spec = (
        ('asset_requests', 'list[CreateAssetAccessRequestBodyAssetRequestsItem]', 'required', {'max_items': 100, 'min_items': 1}),
    )


class CreateAssetAccessRequestBodyAssetRequestsItem(Model):
    """CreateAssetAccessRequestBodyAssetRequestsItem (inline schema)."""

    asset_id_to_permissions: AssetIdToPermissions
    """An object mapping asset ids to lists of business permissions. This can be used to setting/requesting permissions on various assets. If accepting an invite or request, this object would be used to grant asset permissions to the member or partner."""

    partner_id: str
    """Unique identifier of a business partner to request asset access to."""

    _spec = (
        ('asset_id_to_permissions', 'AssetIdToPermissions', 'required'),
        ('partner_id', 'str', 'required', {'pattern': '^\\d+$'}),
    )


class CreateAssetAccessRequestErrorMessage(ModelList):
    """A list of errors associated with the asset access requests. Will be returned if there is an error."""

    _item_type = 'CreateAssetAccessRequestErrorMessageItem'


class CreateAssetAccessRequestErrorMessageItem(Model):
    """CreateAssetAccessRequestErrorMessageItem (inline schema)."""

    code: Optional[int]
    """Error code associated with the error in requesting asset access."""

    messages: Optional[List[str]]

    _spec = (
        ('code', 'int'),
        ('messages', 'list[str]'),
    )


class CreateAssetAccessRequestResponse(Model):
    """CreateAssetAccessRequestResponse (component schema `CreateAssetAccessRequestResponse`)."""

    exceptions: Optional[List[CreateAssetAccessRequestErrorMessageItem]]
    """A list of errors associated with the asset access requests. Will be returned if there is an error."""

    invites: Optional[Dict[str, str]]

    _spec = (
        ('exceptions', 'CreateAssetAccessRequestErrorMessage', 'nullable'),
        ('invites', 'dict[str]', 'nullable'),
    )


class CreateAssetGroupBody(Model):
    """CreateAssetGroupBody (component schema `CreateAssetGroupBody`)."""

    asset_group_description: str
    """Asset group description"""

    asset_group_name: str
    """Asset Group name"""

    asset_group_types: List[Union[AssetGroupType, str]]
    """Asset Group Types. Note: The asset group types are used for user reference and categorization purposes only and do not impact the functionality of the asset group."""

    _spec = (
        ('asset_group_description', 'str', 'required'),
        ('asset_group_name', 'str', 'required'),
        ('asset_group_types', 'AssetGroupTypes', 'required'),
    )


class CreateAssetGroupResponse(Model):
    """CreateAssetGroupResponse (component schema `CreateAssetGroupResponse`)."""

    asset_group: Optional[AssetGroupBinding]

    _spec = (
        ('asset_group', 'AssetGroupBinding'),
    )


class CreateAssetInvitesRequest(Model):
    """Request body for updating asset roles for existing invites."""

    invites: List[CreateAssetInvitesRequestItem]

    _spec = (
        ('invites', 'list[CreateAssetInvitesRequestItem]', 'required', {'max_items': 50, 'min_items': 1}),
    )


class CreateAssetInvitesRequestItem(Model):
    """Object declaring an asset role update to an invite."""

    asset_id_to_permissions: AssetIdToPermissions
    """An object mapping asset ids to lists of business permissions. This can be used to setting/requesting permissions on various assets. If accepting an invite or request, this object would be used to grant asset permissions to the member or partner."""

    invite_id: str
    """Unique identifier of an invite."""

    invite_type: Union[InviteType, str]
    """The type of invite. <br>'MEMBER_INVITE' is to invite a member to access your business assets. <br>'PARTNER INVITE' is to invite a partner to access your business assets. <br>'PARTNER_REQUEST' is to request access a partner's business assets."""

    _spec = (
        ('asset_id_to_permissions', 'AssetIdToPermissions', 'required'),
        ('invite_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('invite_type', 'InviteType', 'required'),
    )


class CreateInvitesResultsResponseArray(Model):
    """CreateInvitesResultsResponseArray (component schema `CreateInvitesResultsResponseArray`)."""

    items: Optional[List[CreateInvitesResultsResponseArrayItemsItem]]
    """List of invite/request creation status. If there is an error, an exception object will be returned. If the action was successfully completed, an invite object will be returned."""

    _spec = (
        ('items', 'list[CreateInvitesResultsResponseArrayItemsItem]'),
    )


class CreateInvitesResultsResponseArrayItemsItem(Model):
    """CreateInvitesResultsResponseArrayItemsItem (inline schema)."""

    exception: Optional[InviteExceptionResponse]
    """An exception object if there is an error performing the action. Will only be provided if there is an error."""

    invite: Optional[CreateInvitesResultsResponseArrayItemsItemInvite]
    """An invite object if the invite/request was successfully created. Will only be provided if the an invite/request is successfully created."""

    _spec = (
        ('exception', 'InviteExceptionResponse', 'nullable'),
        ('invite', 'CreateInvitesResultsResponseArrayItemsItemInvite', 'nullable'),
    )


class CreateInvitesResultsResponseArrayItemsItemInvite(Model):
    """An invite object if the invite/request was successfully created. Will only be provided if the an invite/request is successfully created."""

    id: Optional[str]
    """Unique identifier of the invite/request."""

    user: Optional[BusinessAccessUserSummary]
    """Metadata for the member/partner that was sent the invite/request."""

    _spec = (
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('user', 'BusinessAccessUserSummary'),
    )


class CreateMMMReportRequest(Model):
    """CreateMMMReportRequest (component schema `CreateMMMReportRequest`)."""

    countries: Optional[List[Union[TargetingAdvertiserCountry, str]]]
    """A List of countries for filtering"""

    columns: List[Union[MMMReportingColumn, str]]
    """Metric and entity columns"""

    end_date: str
    """Metric report end date (UTC). Format: YYYY-MM-DD"""

    granularity: str
    """DAY - metrics are broken down daily.<br> WEEK - metrics are broken down weekly."""

    level: str
    """Level of the report"""

    report_name: str
    """Name of the Marketing Mix Modeling (MMM) report"""

    start_date: str
    """Metric report start date (UTC). Format: YYYY-MM-DD"""

    targeting_types: List[Union[MMMReportingTargetingType, str]]
    """List of targeting types"""

    _spec = (
        ('countries', 'list[TargetingAdvertiserCountry]'),
        ('columns', 'list[MMMReportingColumn]', 'required'),
        ('end_date', 'str', 'required', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('granularity', 'str', 'required', {'enum': ('DAY', 'WEEK')}),
        ('level', 'str', 'required', {'enum': ('CAMPAIGN_TARGETING', 'AD_GROUP_TARGETING')}),
        ('report_name', 'str', 'required'),
        ('start_date', 'str', 'required', {'pattern': '^(\\d{4})-(\\d{2})-(\\d{2})$'}),
        ('targeting_types', 'list[MMMReportingTargetingType]', 'required', {'max_items': 5, 'min_items': 1}),
    )


class CreateMMMReportResponse(Model):
    """CreateMMMReportResponse (component schema `CreateMMMReportResponse`)."""

    code: Optional[float]

    data: Optional[CreateMMMReportResponseData]
    """CreateMMMReportResponseData"""

    _spec = (
        ('code', 'float'),
        ('data', 'CreateMMMReportResponseData'),
    )


class CreateMMMReportResponseData(Model):
    """CreateMMMReportResponseData"""

    message: Optional[str]

    report_status: Optional[Union[BulkReportingJobStatus, str]]

    status: Optional[str]

    token: Optional[str]

    _spec = (
        ('message', 'str', 'nullable'),
        ('report_status', 'BulkReportingJobStatus'),
        ('status', 'str'),
        ('token', 'str'),
    )


class CreateMembershipOrPartnershipInvitesBody(Model):
    """Body to be used on path to send Members or Partners Invite or Request"""

    business_role: str
    """The business access level to grant member/partner. Note, values are case-sensitive.
    - EMPLOYEE: Can only view and access assets you assign them to. They cannot see details about other employees, partners, or other assets.
    - BIZ_ADMIN: Have full control of roles and can add employees and partners as well as grant asset access.
    - PARTNER: Can only view and access assets you assign them to/or they assign to you.
    """

    invite_type: Union[InviteType, str]
    """The type of invite. <br>'MEMBER_INVITE' is to invite a member to access your business assets. <br>'PARTNER INVITE' is to invite a partner to access your business assets. <br>'PARTNER_REQUEST' is to request access a partner's business assets."""

    members: Optional[List[str]]
    """A list of usernames, emails, or a mix of them. Should be used if invite_type is MEMBER_INVITE"""

    partners: Optional[List[str]]
    """A list of partner_id. Should be used if invite_type is PARTNER_INVITE or PARTNER_REQUEST"""

    _spec = (
        ('business_role', 'str', 'required', {'enum': ('EMPLOYEE', 'BIZ_ADMIN', 'PARTNER')}),
        ('invite_type', 'InviteType', 'required'),
        ('members', 'list[str]', '', {'max_items': 50, 'min_items': 1}),
        ('partners', 'list[str]', '', {'items': {'max_length': 25, 'pattern': '^\\d+$'}, 'max_items': 50, 'min_items': 1}),
    )


class CreativeAssetsIdFilter(Model):
    """CREATIVE_ASSETS_ID"""

    CREATIVE_ASSETS_ID: CatalogsProductGroupMultipleStringCriteria
    """catalogs_product_group_multiple_string_criteria"""

    _spec = (
        ('CREATIVE_ASSETS_ID', 'CatalogsProductGroupMultipleStringCriteria', 'required'),
    )
    _additional = None


class CreativeAssetsProcessingRecord(Model):
    """Object describing an item processing record"""

    creative_assets_id: Optional[str]
    """The catalog creative assets id in the merchant namespace"""

    errors: Optional[List[ItemValidationEvent]]
    """Array with the validation errors for the item processing record.
    A non empty errors list causes the item processing to fail.
    """

    status: Optional[Union[ItemProcessingStatus, str]]
    """The status of the item processing record"""

    warnings: Optional[List[ItemValidationEvent]]
    """Array with the validation warnings for the item processing record"""

    _spec = (
        ('creative_assets_id', 'str'),
        ('errors', 'list[ItemValidationEvent]'),
        ('status', 'ItemProcessingStatus'),
        ('warnings', 'list[ItemValidationEvent]'),
    )


class CreativeAssetsVisibilityType(Enum):
    """Creative assets visibility."""

    VISIBLE = 'VISIBLE'
    HIDDEN = 'HIDDEN'


class CreativeType(Enum):
    """Ad creative type enum.
    **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
    """

    REGULAR = 'REGULAR'
    VIDEO = 'VIDEO'
    SHOPPING = 'SHOPPING'
    CAROUSEL = 'CAROUSEL'
    MAX_VIDEO = 'MAX_VIDEO'
    SHOP_THE_PIN = 'SHOP_THE_PIN'
    COLLECTION = 'COLLECTION'
    IDEA = 'IDEA'
    SHOWCASE = 'SHOWCASE'
    QUIZ = 'QUIZ'
    COLLAGE = 'COLLAGE'
    MAX_WIDTH_REGULAR_COLLECTION = 'MAX_WIDTH_REGULAR_COLLECTION'
    MAX_WIDTH_VIDEO_COLLECTION = 'MAX_WIDTH_VIDEO_COLLECTION'


class Currency(Enum):
    """Currency Codes from ISO 4217"""

    UNK = 'UNK'
    USD = 'USD'
    GBP = 'GBP'
    CAD = 'CAD'
    EUR = 'EUR'
    AUD = 'AUD'
    NZD = 'NZD'
    SEK = 'SEK'
    ILS = 'ILS'
    CHF = 'CHF'
    HKD = 'HKD'
    JPY = 'JPY'
    SGD = 'SGD'
    KRW = 'KRW'
    NOK = 'NOK'
    DKK = 'DKK'
    PLN = 'PLN'
    RON = 'RON'
    HUF = 'HUF'
    CZK = 'CZK'
    BRL = 'BRL'
    MXN = 'MXN'
    ARS = 'ARS'
    CLP = 'CLP'
    COP = 'COP'
    INR = 'INR'
    TRY = 'TRY'


class CurrencyFilter(Model):
    """CURRENCY"""

    CURRENCY: CatalogsProductGroupCurrencyCriteria
    """A currency filter. This filter cannot be negated"""

    _spec = (
        ('CURRENCY', 'CatalogsProductGroupCurrencyCriteria', 'required'),
    )
    _additional = None


class CustomLabel0Filter(Model):
    """CUSTOM_LABEL_0"""

    CUSTOM_LABEL_0: CatalogsProductGroupFilterOperatorTypeCriteria
    """catalogs_product_group_filter_operator_type_criteria"""

    _spec = (
        ('CUSTOM_LABEL_0', 'CatalogsProductGroupFilterOperatorTypeCriteria', 'required'),
    )
    _additional = None


class CustomLabel1Filter(Model):
    """CUSTOM_LABEL_1"""

    CUSTOM_LABEL_1: CatalogsProductGroupFilterOperatorTypeCriteria
    """catalogs_product_group_filter_operator_type_criteria"""

    _spec = (
        ('CUSTOM_LABEL_1', 'CatalogsProductGroupFilterOperatorTypeCriteria', 'required'),
    )
    _additional = None


class CustomLabel2Filter(Model):
    """CUSTOM_LABEL_2"""

    CUSTOM_LABEL_2: CatalogsProductGroupFilterOperatorTypeCriteria
    """catalogs_product_group_filter_operator_type_criteria"""

    _spec = (
        ('CUSTOM_LABEL_2', 'CatalogsProductGroupFilterOperatorTypeCriteria', 'required'),
    )
    _additional = None


class CustomLabel3Filter(Model):
    """CUSTOM_LABEL_3"""

    CUSTOM_LABEL_3: CatalogsProductGroupFilterOperatorTypeCriteria
    """catalogs_product_group_filter_operator_type_criteria"""

    _spec = (
        ('CUSTOM_LABEL_3', 'CatalogsProductGroupFilterOperatorTypeCriteria', 'required'),
    )
    _additional = None


class CustomLabel4Filter(Model):
    """CUSTOM_LABEL_4"""

    CUSTOM_LABEL_4: CatalogsProductGroupFilterOperatorTypeCriteria
    """catalogs_product_group_filter_operator_type_criteria"""

    _spec = (
        ('CUSTOM_LABEL_4', 'CatalogsProductGroupFilterOperatorTypeCriteria', 'required'),
    )
    _additional = None


class CustomNumber0Filter(Model):
    """CUSTOM_NUMBER_0"""

    CUSTOM_NUMBER_0: CatalogsProductGroupUint32Criteria
    """catalogs_product_group_uint32_criteria"""

    _spec = (
        ('CUSTOM_NUMBER_0', 'CatalogsProductGroupUint32Criteria', 'required'),
    )
    _additional = None


class CustomNumber1Filter(Model):
    """CUSTOM_NUMBER_1"""

    CUSTOM_NUMBER_1: CatalogsProductGroupUint32Criteria
    """catalogs_product_group_uint32_criteria"""

    _spec = (
        ('CUSTOM_NUMBER_1', 'CatalogsProductGroupUint32Criteria', 'required'),
    )
    _additional = None


class CustomNumber2Filter(Model):
    """CUSTOM_NUMBER_2"""

    CUSTOM_NUMBER_2: CatalogsProductGroupUint32Criteria
    """catalogs_product_group_uint32_criteria"""

    _spec = (
        ('CUSTOM_NUMBER_2', 'CatalogsProductGroupUint32Criteria', 'required'),
    )
    _additional = None


class CustomNumber3Filter(Model):
    """CUSTOM_NUMBER_3"""

    CUSTOM_NUMBER_3: CatalogsProductGroupUint32Criteria
    """catalogs_product_group_uint32_criteria"""

    _spec = (
        ('CUSTOM_NUMBER_3', 'CatalogsProductGroupUint32Criteria', 'required'),
    )
    _additional = None


class CustomNumber4Filter(Model):
    """CUSTOM_NUMBER_4"""

    CUSTOM_NUMBER_4: CatalogsProductGroupUint32Criteria
    """catalogs_product_group_uint32_criteria"""

    _spec = (
        ('CUSTOM_NUMBER_4', 'CatalogsProductGroupUint32Criteria', 'required'),
    )
    _additional = None


class CustomerList(Model):
    """CustomerList"""

    ad_account_id: Optional[str]
    """Associated ad account ID."""

    created_time: Optional[float]
    """Creation time. Unix timestamp in seconds."""

    exceptions: Optional[Dict[str, Any]]
    """Customer list errors"""

    id: Optional[str]
    """Customer list ID."""

    name: Optional[str]
    """Customer list name."""

    num_batches: Optional[float]
    """Total number of list updates.  List creation counts as one batch. Each <a href="/docs/redoc/#operation/ads_v3_customer_list_add_handler_PUT">Append</a> or <a href="/docs/redoc/#operation/ads_v3_customer_list_remove_handler_PUT">Remove API</a> call counts as another. List creation via the Ads Manager UI could result in more than one batch since the UI breaks up large lists."""

    num_removed_user_records: Optional[float]
    """Number of removed user records. In a <a href="/docs/redoc/#operation/ads_v3_customer_list_remove_handler_PUT">Remove API</a> call, this counter increases even if the user is not found in the list."""

    num_uploaded_user_records: Optional[float]
    """Number of uploaded user records. In an <a href="/docs/redoc/#operation/ads_v3_customer_list_add_handler_PUT">Append API</a> call, this counter increases even if the uploaded user is already in the list."""

    status: Optional[str]
    """Customer list status. TOO_SMALL - the list has less than 100 Pinterest users."""

    type: Optional[str]
    """Always "customerlist"."""

    updated_time: Optional[float]
    """Last update time. Unix timestamp in seconds."""

    _spec = (
        ('ad_account_id', 'str'),
        ('created_time', 'float'),
        ('exceptions', 'dict[any]'),
        ('id', 'str'),
        ('name', 'str'),
        ('num_batches', 'float'),
        ('num_removed_user_records', 'float'),
        ('num_uploaded_user_records', 'float'),
        ('status', 'str', '', {'enum': ('PROCESSING', 'READY', 'TOO_SMALL', 'UPLOADING')}),
        ('type', 'str'),
        ('updated_time', 'float'),
    )


class CustomerListRequest(Model):
    """CustomerListCreate"""

    list_type: Optional[Union[UserListType, str]]
    """list_type"""

    name: str
    """Customer list name."""

    records: str
    """Records list. Can be any combination of emails, MAIDs, or IDFAs. Emails must be lowercase and can be plain text or hashed using SHA1, SHA256, or MD5. MAIDs and IDFAs must be hashed with SHA1, SHA256, or MD5."""

    _spec = (
        ('list_type', 'UserListType'),
        ('name', 'str', 'required'),
        ('records', 'str', 'required'),
    )


class CustomerListUpdateRequest(Model):
    """CustomerListUpdate"""

    operation_type: Union[UserListOperationType, str]
    """operation_type"""

    records: str
    """Records list. Can be any combination of emails, MAIDs, or IDFAs. Emails must be lowercase and can be plain text or hashed using SHA1, SHA256, or MD5. MAIDs and IDFAs must be hashed with SHA1, SHA256, or MD5."""

    _spec = (
        ('operation_type', 'UserListOperationType', 'required'),
        ('records', 'str', 'required'),
    )


class CustomerListUpload(Model):
    """CustomerListUpload"""

    ad_account_id: str
    """Advertiser ID."""

    creation_time: int
    """Customer List Upload creation_time. Epoch (seconds)."""

    customer_list_id: str
    """ID of the customer list associated with this upload."""

    error_counts: Optional[List[CustomerListUploadErrorCountsItem]]
    """Error counts by error code"""

    id: str
    """Customer List Upload ID."""

    operation: Union[UserListOperationType, str]
    """User list operation type (add or remove)"""

    record_counts: Optional[CustomerListUploadRecordCounts]
    """Record processing counts"""

    state: str
    """Workload processing state"""

    updated_time: int
    """Customer List Upload updated_time. Epoch (seconds)."""

    _spec = (
        ('ad_account_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('creation_time', 'int', 'required'),
        ('customer_list_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('error_counts', 'list[CustomerListUploadErrorCountsItem]', 'nullable'),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('operation', 'UserListOperationType', 'required'),
        ('record_counts', 'CustomerListUploadRecordCounts', 'nullable'),
        ('state', 'str', 'required', {'enum': ('NOT_STARTED', 'RUNNING', 'PAUSED', 'SUCCEEDED', 'FAILED')}),
        ('updated_time', 'int', 'required'),
    )


class CustomerListUploadCreateRequest(Model):
    """CustomerListUploadCreateRequest"""

    operation: Union[UserListOperationType, str]
    """operation"""

    total_parts: int
    """Number of parts to upload the file in."""

    _spec = (
        ('operation', 'UserListOperationType', 'required'),
        ('total_parts', 'int', 'required', {'maximum': 10, 'minimum': 1}),
    )


class CustomerListUploadCreateResponse(Model):
    """CustomerListUploadCreateResponse"""

    customer_list_upload: CustomerListUpload
    """The Customer List Upload created."""

    s3_multipart_upload_data: S3MultipartUploadData
    """Pre-signed upload URLs corresponding to each part of the upload."""

    _spec = (
        ('customer_list_upload', 'CustomerListUpload', 'required'),
        ('s3_multipart_upload_data', 'S3MultipartUploadData', 'required'),
    )


class CustomerListUploadErrorCountsItem(Model):
    """ErrorDetail"""

    count: int
    """Number of records with this error"""

    error_code: int
    """Numeric error code"""

    message: str
    """Error message description"""

    _spec = (
        ('count', 'int', 'required'),
        ('error_code', 'int', 'required'),
        ('message', 'str', 'required'),
    )


class CustomerListUploadRecordCounts(Model):
    """Record processing counts"""

    invalid: int
    """Number of invalid records processed"""

    processed: int
    """Number of records processed"""

    valid: int
    """Number of valid records processed"""

    _spec = (
        ('invalid', 'int', 'required'),
        ('processed', 'int', 'required'),
        ('valid', 'int', 'required'),
    )


class CustomerListUploadResponse(Model):
    """CustomerListUploadResponse"""

    ad_account_id: str
    """Advertiser ID."""

    creation_time: int
    """Customer List Upload creation_time. Epoch (seconds)."""

    customer_list_id: str
    """ID of the customer list associated with this upload."""

    error_counts: Optional[List[CustomerListUploadResponseErrorCountsItem]]
    """Error counts by error code"""

    id: str
    """Customer List Upload ID."""

    operation: Union[UserListOperationType, str]
    """User list operation type (add or remove)"""

    record_counts: Optional[CustomerListUploadResponseRecordCounts]
    """Record processing counts"""

    state: str
    """Workload processing state"""

    updated_time: int
    """Customer List Upload updated_time. Epoch (seconds)."""

    _spec = (
        ('ad_account_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('creation_time', 'int', 'required'),
        ('customer_list_id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('error_counts', 'list[CustomerListUploadResponseErrorCountsItem]', 'nullable'),
        ('id', 'str', 'required', {'pattern': '^\\d+$'}),
        ('operation', 'UserListOperationType', 'required'),
        ('record_counts', 'CustomerListUploadResponseRecordCounts', 'nullable'),
        ('state', 'str', 'required', {'enum': ('NOT_STARTED', 'RUNNING', 'PAUSED', 'SUCCEEDED', 'FAILED')}),
        ('updated_time', 'int', 'required'),
    )


class CustomerListUploadResponseErrorCountsItem(Model):
    """ErrorDetail"""

    count: int
    """Number of records with this error"""

    error_code: int
    """Numeric error code"""

    message: str
    """Error message description"""

    _spec = (
        ('count', 'int', 'required'),
        ('error_code', 'int', 'required'),
        ('message', 'str', 'required'),
    )


class CustomerListUploadResponseRecordCounts(Model):
    """Record processing counts"""

    invalid: int
    """Number of invalid records processed"""

    processed: int
    """Number of records processed"""

    valid: int
    """Number of valid records processed"""

    _spec = (
        ('invalid', 'int', 'required'),
        ('processed', 'int', 'required'),
        ('valid', 'int', 'required'),
    )


class CustomerListsListResponse(Model):
    """CustomerListsListResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[CustomerList]

    _spec = (
        ('bookmark', 'str', 'nullable'),
        ('items', 'list[CustomerList]', 'required'),
    )


class CustomizableCTAType(Enum):
    """Select a call to action (CTA) to display below your ad. Available only for ads with direct links enabled. CTA options for consideration and conversion campaigns are LEARN_MORE, SHOP_NOW, BOOK_NOW, SIGN_UP, VISIT_SITE, BUY_NOW, GET_OFFER, ORDER_NOW, ADD_TO_CART (for conversion campaigns with add to cart conversion events only)"""

    GET_OFFER = 'GET_OFFER'
    LEARN_MORE = 'LEARN_MORE'
    ORDER_NOW = 'ORDER_NOW'
    SHOP_NOW = 'SHOP_NOW'
    SIGN_UP = 'SIGN_UP'
    SUBSCRIBE = 'SUBSCRIBE'
    BUY_NOW = 'BUY_NOW'
    CONTACT_US = 'CONTACT_US'
    GET_QUOTE = 'GET_QUOTE'
    VISIT_SITE = 'VISIT_SITE'
    APPLY_NOW = 'APPLY_NOW'
    BOOK_NOW = 'BOOK_NOW'
    REQUEST_DEMO = 'REQUEST_DEMO'
    REGISTER_NOW = 'REGISTER_NOW'
    FIND_A_DEALER = 'FIND_A_DEALER'
    ADD_TO_CART = 'ADD_TO_CART'
    WATCH_NOW = 'WATCH_NOW'
    READ_MORE = 'READ_MORE'
    BUY_TICKETS = 'BUY_TICKETS'
    DONATE_NOW = 'DONATE_NOW'
    DOWNLOAD = 'DOWNLOAD'
    EXPLORE_MORE = 'EXPLORE_MORE'
    FIND_A_LOCATION = 'FIND_A_LOCATION'
    GET_DEAL = 'GET_DEAL'
    GET_RECIPE = 'GET_RECIPE'
    GET_SHOWTIMES = 'GET_SHOWTIMES'
    ON_SALE = 'ON_SALE'
    PLAY_GAME = 'PLAY_GAME'
    TRY_IT = 'TRY_IT'


# Aliases (the spec gives these names to an existing type).
CampaignBidOptionsCreate = CampaignBidOptions
"""Object describing the campaign level bid multipliers."""

CampaignIsAutomatedCampaign = bool
"""Specifies whether the campaign was created in the automated campaign flow"""

CampaignIsCampaignBudgetOptimization = bool
"""Determines if a campaign automatically generate ad-group level budgets given a campaign budget to maximize campaign outcome. When transitioning from non-cbo to cbo, all previous child ad group budget will be cleared."""

CampaignIsFlexibleDailyBudgets = bool
"""Determine if a campaign has setup for flexible daily budgets, also known as "Pinterest Performance+ budgets"."""

CampaignUpdateResponse = CampaignCreateResponse
"""CampaignUpdateResponse (component schema `CampaignUpdateResponse`)."""

ConversionTagResponse = ConversionTag
"""ConversionTagResponse"""

CustomColumnId = str
"""Custom Column ID"""
