# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.ad_group_summary_status import AdGroupSummaryStatus, AdGroupSummaryStatusValue
    from pinterest_client.model.ads_analytics_metrics_filter import AdsAnalyticsMetricsFilter
    from pinterest_client.model.campaign_summary_status import CampaignSummaryStatus, CampaignSummaryStatusValue
    from pinterest_client.model.conversion_attribution_window_days import (
        ConversionAttributionWindowDays,
        ConversionAttributionWindowDaysValue,
    )
    from pinterest_client.model.conversion_report_attribution_type import (
        ConversionReportAttributionType,
        ConversionReportAttributionTypeValue,
    )
    from pinterest_client.model.conversion_report_time_type import (
        ConversionReportTimeType,
        ConversionReportTimeTypeValue,
    )
    from pinterest_client.model.data_output_format import DataOutputFormat, DataOutputFormatValue
    from pinterest_client.model.granularity import Granularity, GranularityValue
    from pinterest_client.model.metrics_reporting_level import MetricsReportingLevel, MetricsReportingLevelValue
    from pinterest_client.model.objective_type import ObjectiveType, ObjectiveTypeValue
    from pinterest_client.model.pin_promotion_summary_status import (
        PinPromotionSummaryStatus,
        PinPromotionSummaryStatusValue,
    )
    from pinterest_client.model.product_group_summary_status import (
        ProductGroupSummaryStatus,
        ProductGroupSummaryStatusValue,
    )
    from pinterest_client.model.reporting_column_async import ReportingColumnAsync, ReportingColumnAsyncValue
    from pinterest_client.model.reporting_time_zone import ReportingTimeZone, ReportingTimeZoneValue


class AdsAnalyticsCreateAsyncRequest(Model):
    """AdsAnalyticsCreateAsyncRequest (component schema `AdsAnalyticsCreateAsyncRequest`)."""

    attribution_types: Optional[List[Union[ConversionReportAttributionType, str]]] = Field(
        "list[ConversionReportAttributionType]"
    )
    """List of types of attribution for the conversion report"""

    click_window_days: Optional[Union[ConversionAttributionWindowDays, int]] = Field("ConversionAttributionWindowDays")
    """Number of days to use as the conversion attribution window for a pin click action. Applies to Pinterest Tag
    conversion metrics. Prior conversion tags use their defined attribution windows. If not specified, defaults to
    `30` days.
    """

    conversion_report_time: Optional[Union[ConversionReportTimeType, str]] = Field("ConversionReportTimeType")
    """The date by which the conversion metrics returned from this endpoint will be reported. There are two dates
    associated with a conversion event: the date that the user interacted with the ad, and the date that the user
    completed a conversion event.
    """

    end_date: str = Field("str", required=True, pattern="^(\\d{4})-(\\d{2})-(\\d{2})$")
    """Metric report end date (UTC). Format: YYYY-MM-DD"""

    engagement_window_days: Optional[Union[ConversionAttributionWindowDays, int]] = Field(
        "ConversionAttributionWindowDays"
    )
    """Number of days to use as the conversion attribution window for an engagement action. Engagements include saves,
    closeups, link clicks, and carousel card swipes. Applies to Pinterest Tag conversion metrics. Prior conversion
    tags use their defined attribution windows. If not specified, defaults to `30` days.
    """

    granularity: Union[Granularity, str] = Field("Granularity", required=True)
    """TOTAL - metrics are aggregated over the specified date range.
     DAY - metrics are broken down daily.
     HOUR - metrics are broken down hourly.
    WEEKLY - metrics are broken down weekly.
    MONTHLY - metrics are broken down monthly
    """

    start_date: str = Field("str", required=True, pattern="^(\\d{4})-(\\d{2})-(\\d{2})$")
    """Metric report start date (UTC). Format: YYYY-MM-DD"""

    view_window_days: Optional[Union[ConversionAttributionWindowDays, int]] = Field("ConversionAttributionWindowDays")
    """Number of days to use as the conversion attribution window for a view action. Applies to Pinterest Tag conversion
    metrics. Prior conversion tags use their defined attribution windows. If not specified, defaults to `1` day.
    """

    campaign_ids: Optional[List[str]] = Field("list[str]", items={"pattern": "^\\d+$"}, max_items=500, min_items=1)
    """List of campaign ids"""

    campaign_statuses: Optional[List[Union[CampaignSummaryStatus, str]]] = Field(
        "list[CampaignSummaryStatus]", max_items=6, min_items=1
    )
    """List of status values for filtering"""

    campaign_objective_types: Optional[List[Union[ObjectiveType, str]]] = Field(
        "list[ObjectiveType]", max_items=7, min_items=1
    )
    """List of values for filtering. ["WEB_SESSIONS"] in BETA."""

    campaign_brand_label: Optional[str] = Field("str")
    """Campaign brand label for filtering."""

    ad_group_ids: Optional[List[str]] = Field("list[str]", items={"pattern": "^\\d+$"}, max_items=500, min_items=1)
    """List of ad group ids"""

    ad_group_statuses: Optional[List[Union[AdGroupSummaryStatus, str]]] = Field(
        "list[AdGroupSummaryStatus]", max_items=6, min_items=1
    )
    """List of values for filtering"""

    ad_ids: Optional[List[str]] = Field("list[str]", items={"pattern": "^\\d+$"}, max_items=500, min_items=1)
    """List of ad ids [This parameter is no supported for Product Item Level Reports]"""

    ad_statuses: Optional[List[Union[PinPromotionSummaryStatus, str]]] = Field(
        "list[PinPromotionSummaryStatus]", max_items=6, min_items=1
    )
    """List of values for filtering [This parameter is not supported for Product Item Level Reports]"""

    product_group_ids: Optional[List[str]] = Field("list[str]", items={"pattern": "^\\d+$"}, max_items=500, min_items=1)
    """List of product group ids"""

    product_group_statuses: Optional[List[Union[ProductGroupSummaryStatus, str]]] = Field(
        "list[ProductGroupSummaryStatus]", max_items=6, min_items=1
    )
    """List of values for filtering"""

    product_item_ids: Optional[List[str]] = Field("list[str]", items={"pattern": "^\\d+$"}, max_items=500, min_items=1)
    """List of product item ids"""

    targeting_types: Optional[List[str]] = Field(
        "list[str]",
        items={
            "enum": (
                "KEYWORD",
                "APPTYPE",
                "GENDER",
                "LOCATION",
                "PLACEMENT",
                "COUNTRY",
                "TARGETED_INTEREST",
                "PINNER_INTEREST",
                "AUDIENCE_INCLUDE",
                "GEO",
                "AGE_BUCKET",
                "REGION",
                "MEDIA_TYPE",
                "AGE_BUCKET_AND_GENDER",
                "AUDIENCE_MULTIPLIER",
                "CREATIVE_ENHANCEMENTS",
                "LOCAL_ADS_STORE_CODE",
            )
        },
        max_items=5,
        min_items=1,
    )
    """List of targeting types. Requires `level` to be a value ending in `_TARGETING`. ["AUDIENCE_MULTIPLIER"] is only
    available in CAMPAIGN_TARGETING level. ["MEDIA_TYPE"] is only available in PRODUCT_ITEM_TARGETING level.
    ["AGE_BUCKET_AND_GENDER"] is in BETA and not yet available to all users.
    """

    metrics_filters: Optional[List[AdsAnalyticsMetricsFilter]] = Field("list[AdsAnalyticsMetricsFilter]", min_items=1)
    """List of metrics filters"""

    columns: List[Union[ReportingColumnAsync, str]] = Field("list[ReportingColumnAsync]", required=True)
    """Metric and entity columns. Pin promotion and ad related columns are not supported for the Product Item level
    reports.
    """

    combine_targeting_types: Optional[bool] = Field("bool")
    """Determines if the targeting types included in the request should be consolidated into a single breakdown. For
    example, when combine_targeting_types is set to true, if GENDER and COUNTRY are targeting types in the request,
    the response will have a targeting type of GENDER_AND_COUNTRY and targeting values such as female&US. This
    feature is currently in BETA and is not available to all users.
    """

    custom_conversion_event_metrics: Optional[List[AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem]] = (
        Field("list[AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem]")
    )
    """List of advertiser-defined custom conversion event metrics to include in the report"""

    end_hour: Optional[int] = Field("int", maximum=23, minimum=0)
    """Which hour of the end date to stop the report (inclusive). For example, with an end_date of '2020-01-01' and
    end_hour of '15', the report will contain metrics up to '2020-01-01 14:59:59'. The entire day will be included if
    no end hour is provided. Only allowed for hourly reports.
    """

    level: Union[MetricsReportingLevel, str] = Field("MetricsReportingLevel", required=True)
    """Level of the report"""

    primary_sort: Optional[str] = Field("str", enum=("BY_ID", "BY_DATE"))

    report_format: Optional[Union[DataOutputFormat, str]] = Field("DataOutputFormat")
    """Specification for formatting the report data. Reports in JSON will not zero-fill metrics, whereas reports in CSV
    will. Both report formats will omit rows where all the columns are equal to 0.
    """

    reporting_timezone: Optional[Union[ReportingTimeZone, str]] = Field("ReportingTimeZone")
    """Specify the timezone to be applied for the reporting. This feature is currently in BETA and is not available to
    all users.
    """

    start_hour: Optional[int] = Field("int", maximum=23, minimum=0)
    """Which hour of the start date to begin the report. The entire day will be included if no start hour is provided.
    Only allowed for hourly reports.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            attribution_types: Optional[
                List[Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue]]
            ] = ...,
            click_window_days: Optional[
                Union[ConversionAttributionWindowDays, ConversionAttributionWindowDaysValue]
            ] = ...,
            conversion_report_time: Optional[Union[ConversionReportTimeType, ConversionReportTimeTypeValue]] = ...,
            end_date: Optional[str] = ...,
            engagement_window_days: Optional[
                Union[ConversionAttributionWindowDays, ConversionAttributionWindowDaysValue]
            ] = ...,
            granularity: Optional[Union[Granularity, GranularityValue]] = ...,
            start_date: Optional[str] = ...,
            view_window_days: Optional[
                Union[ConversionAttributionWindowDays, ConversionAttributionWindowDaysValue]
            ] = ...,
            campaign_ids: Optional[List[str]] = ...,
            campaign_statuses: Optional[List[Union[CampaignSummaryStatus, CampaignSummaryStatusValue]]] = ...,
            campaign_objective_types: Optional[List[Union[ObjectiveType, ObjectiveTypeValue]]] = ...,
            campaign_brand_label: Optional[str] = ...,
            ad_group_ids: Optional[List[str]] = ...,
            ad_group_statuses: Optional[List[Union[AdGroupSummaryStatus, AdGroupSummaryStatusValue]]] = ...,
            ad_ids: Optional[List[str]] = ...,
            ad_statuses: Optional[List[Union[PinPromotionSummaryStatus, PinPromotionSummaryStatusValue]]] = ...,
            product_group_ids: Optional[List[str]] = ...,
            product_group_statuses: Optional[
                List[Union[ProductGroupSummaryStatus, ProductGroupSummaryStatusValue]]
            ] = ...,
            product_item_ids: Optional[List[str]] = ...,
            targeting_types: Optional[List[str]] = ...,
            metrics_filters: Optional[List[AdsAnalyticsMetricsFilter]] = ...,
            columns: Optional[List[Union[ReportingColumnAsync, ReportingColumnAsyncValue]]] = ...,
            combine_targeting_types: Optional[bool] = ...,
            custom_conversion_event_metrics: Optional[
                List[AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem]
            ] = ...,
            end_hour: Optional[int] = ...,
            level: Optional[Union[MetricsReportingLevel, MetricsReportingLevelValue]] = ...,
            primary_sort: Optional[str] = ...,
            report_format: Optional[Union[DataOutputFormat, DataOutputFormatValue]] = ...,
            reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = ...,
            start_hour: Optional[int] = ...,
        ) -> None: ...


class AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem(Model):
    """AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem (inline schema)."""

    custom_event_metrics_type: str = Field(
        "str",
        required=True,
        enum=(
            "ADE_COST_PER_ACTION",
            "ADE_ROAS",
            "ADE_TOTAL_CONVERSIONS",
            "ADE_TOTAL_VALUE_IN_MICRO_DOLLAR",
            "ADE_AVERAGE_VALUE_IN_MICRO_DOLLAR",
            "ADE_TOTAL_CLICK",
            "ADE_TOTAL_CLICK_VALUE_IN_MICRO_DOLLAR",
            "ADE_TOTAL_VIEW",
            "ADE_TOTAL_VIEW_VALUE_IN_MICRO_DOLLAR",
            "ADE_TOTAL_CONVERSION_RATE",
            "ADE_WEB_COST_PER_ACTION",
            "ADE_WEB_ROAS",
            "ADE_TOTAL_WEB_CONVERSIONS",
            "ADE_TOTAL_WEB_VALUE_IN_MICRO_DOLLAR",
            "ADE_TOTAL_WEB_CLICK",
            "ADE_TOTAL_WEB_CLICK_VALUE_IN_MICRO_DOLLAR",
            "ADE_TOTAL_WEB_VIEW",
            "ADE_TOTAL_WEB_VIEW_VALUE_IN_MICRO_DOLLAR",
            "ADE_INAPP_COST_PER_ACTION",
            "ADE_INAPP_ROAS",
            "ADE_TOTAL_INAPP_CONVERSIONS",
            "ADE_TOTAL_INAPP_VALUE_IN_MICRO_DOLLAR",
            "ADE_TOTAL_INAPP_CLICK",
            "ADE_TOTAL_INAPP_CLICK_VALUE_IN_MICRO_DOLLAR",
            "ADE_TOTAL_INAPP_VIEW",
            "ADE_TOTAL_INAPP_VIEW_VALUE_IN_MICRO_DOLLAR",
            "ADE_OFFLINE_COST_PER_ACTION",
            "ADE_OFFLINE_ROAS",
            "ADE_TOTAL_OFFLINE_CONVERSIONS",
            "ADE_TOTAL_OFFLINE_VALUE_IN_MICRO_DOLLAR",
            "ADE_TOTAL_OFFLINE_CLICK",
            "ADE_TOTAL_OFFLINE_CLICK_VALUE_IN_MICRO_DOLLAR",
            "ADE_TOTAL_OFFLINE_VIEW",
            "ADE_TOTAL_OFFLINE_VIEW_VALUE_IN_MICRO_DOLLAR",
            "ADE_TOTAL_CONVERSION_PRODUCT_QUANTITY",
            "ADE_TOTAL_CONVERSION_PRODUCT_VALUE",
            "ADE_TOTAL_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS",
            "ADE_TOTAL_CONVERSION_PRODUCT_VALUE_IN_USD",
            "ADE_TOTAL_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD",
            "ADE_TOTAL_WEB_CONVERSION_PRODUCT_QUANTITY",
            "ADE_TOTAL_WEB_CONVERSION_PRODUCT_VALUE",
            "ADE_TOTAL_WEB_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS",
            "ADE_TOTAL_WEB_CONVERSION_PRODUCT_VALUE_IN_USD",
            "ADE_TOTAL_WEB_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD",
            "ADE_TOTAL_INAPP_CONVERSION_PRODUCT_QUANTITY",
            "ADE_TOTAL_INAPP_CONVERSION_PRODUCT_VALUE",
            "ADE_TOTAL_INAPP_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS",
            "ADE_TOTAL_INAPP_CONVERSION_PRODUCT_VALUE_IN_USD",
            "ADE_TOTAL_INAPP_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD",
            "ADE_TOTAL_OFFLINE_CONVERSION_PRODUCT_QUANTITY",
            "ADE_TOTAL_OFFLINE_CONVERSION_PRODUCT_VALUE",
            "ADE_TOTAL_OFFLINE_CONVERSION_PRODUCT_VALUE_IN_MICRO_UNITS",
            "ADE_TOTAL_OFFLINE_CONVERSION_PRODUCT_VALUE_IN_USD",
            "ADE_TOTAL_OFFLINE_CONVERSION_PRODUCT_VALUE_IN_MICRO_USD",
        ),
    )
    """Metrics for custom defined conversion event."""

    custom_event_name: str = Field("str", required=True)
    """Name of the advertiser-defined custom conversion event"""

    _positional = ("custom_event_metrics_type", "custom_event_name")

    if TYPE_CHECKING:

        def __init__(
            self,
            custom_event_metrics_type: str,
            custom_event_name: str,
        ) -> None: ...


__all__ = ["AdsAnalyticsCreateAsyncRequest", "AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem"]
