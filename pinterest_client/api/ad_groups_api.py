# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""AdGroupsApi: View, create or update ad groups."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING
from pinterest_client.api._values import COLUMNS_VALUES
from pinterest_client.legacy_calls import one_or_list

if TYPE_CHECKING:
    import datetime
    from typing import Any, Dict, List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.ad_group_array_response import AdGroupArrayResponse
    from pinterest_client.model.ad_group_audience_sizing_request import AdGroupAudienceSizingRequest
    from pinterest_client.model.ad_group_audience_sizing_response import AdGroupAudienceSizingResponse
    from pinterest_client.model.ad_group_create_request import AdGroupCreateRequest
    from pinterest_client.model.ad_group_response import AdGroupResponse
    from pinterest_client.model.ad_group_update_request import AdGroupUpdateRequest
    from pinterest_client.model.ad_groups_analytics_response_item import AdGroupsAnalyticsResponseItem
    from pinterest_client.model.ad_groups_list_response import AdGroupsListResponse
    from pinterest_client.model.ads_analytics_ad_group_targeting_type import AdsAnalyticsAdGroupTargetingType
    from pinterest_client.model.bid_floor import BidFloor
    from pinterest_client.model.bid_floor_request import BidFloorRequest
    from pinterest_client.model.conversion_report_attribution_type import ConversionReportAttributionType
    from pinterest_client.model.granularity import Granularity
    from pinterest_client.model.metrics_response import MetricsResponse
    from pinterest_client.model.reporting_time_zone import ReportingTimeZone


_AD_GROUPS_LIST = Operation(
    "ad_groups/list",
    "GET",
    "/ad_accounts/{ad_account_id}/ad_groups",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param(
            "campaign_ids",
            "query",
            "list[str]",
            items={"max_length": 18, "pattern": "^\\d+$"},
            max_items=250,
            min_items=1,
        ),
        Param("ad_group_ids", "query", "list[str]", items={"pattern": "^\\d+$"}, max_items=250, min_items=1),
        Param(
            "entity_statuses",
            "query",
            "list[str]",
            items={"enum": ("ACTIVE", "PAUSED", "ARCHIVED", "DRAFT", "DELETED_DRAFT")},
        ),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("order", "query", "str", enum=("ASCENDING", "DESCENDING")),
        Param("bookmark", "query", "str"),
        Param("translate_interests_to_names", "query", "bool"),
    ),
    responses={"200": "AdGroupsListResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_AD_GROUPS_CREATE = Operation(
    "ad_groups/create",
    "POST",
    "/ad_accounts/{ad_account_id}/ad_groups",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="list[AdGroupCreateRequest]",
    body_name="ad_group_create_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "AdGroupArrayResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_AD_GROUPS_UPDATE = Operation(
    "ad_groups/update",
    "PATCH",
    "/ad_accounts/{ad_account_id}/ad_groups",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="list[AdGroupUpdateRequest]",
    body_name="ad_group_update_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "AdGroupArrayResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_AD_GROUPS_ANALYTICS = Operation(
    "ad_groups/analytics",
    "GET",
    "/ad_accounts/{ad_account_id}/ad_groups/analytics",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("start_date", "query", "date", required=True),
        Param("end_date", "query", "date", required=True),
        Param(
            "ad_group_ids",
            "query",
            "list[str]",
            required=True,
            items={"max_length": 18, "pattern": "^\\d+$"},
            max_items=250,
            min_items=1,
        ),
        Param("columns", "query", "list[str]", required=True, explode=False, items={"enum": COLUMNS_VALUES}),
        Param("granularity", "query", "Granularity", required=True),
        Param("click_window_days", "query", "int", enum=(0, 1, 7, 14, 30, 60)),
        Param("engagement_window_days", "query", "int", enum=(0, 1, 7, 14, 30, 60)),
        Param("view_window_days", "query", "int", enum=(0, 1, 7, 14, 30, 60)),
        Param("conversion_report_time", "query", "str", enum=("TIME_OF_AD_ACTION", "TIME_OF_CONVERSION")),
        Param("aggregate_report_rows", "query", "bool"),
        Param("reporting_timezone", "query", "ReportingTimeZone"),
    ),
    responses={"200": "AdGroupsAnalyticsResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_analytics",
)


_AD_GROUPS_TARGETING_ANALYTICS_GET = Operation(
    "ad_groups_targeting_analytics/get",
    "GET",
    "/ad_accounts/{ad_account_id}/ad_groups/targeting_analytics",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param(
            "ad_group_ids",
            "query",
            "list[str]",
            required=True,
            items={"max_length": 18, "pattern": "^\\d+$"},
            max_items=250,
            min_items=1,
        ),
        Param("start_date", "query", "date", required=True),
        Param("end_date", "query", "date", required=True),
        Param(
            "targeting_types",
            "query",
            "list[AdsAnalyticsAdGroupTargetingType]",
            required=True,
            explode=False,
            max_items=14,
            min_items=1,
        ),
        Param("columns", "query", "list[str]", required=True, explode=False, items={"enum": COLUMNS_VALUES}),
        Param("granularity", "query", "Granularity", required=True),
        Param("click_window_days", "query", "int", enum=(0, 1, 7, 14, 30, 60)),
        Param("engagement_window_days", "query", "int", enum=(0, 1, 7, 14, 30, 60)),
        Param("view_window_days", "query", "int", enum=(0, 1, 7, 14, 30, 60)),
        Param("conversion_report_time", "query", "str", enum=("TIME_OF_AD_ACTION", "TIME_OF_CONVERSION")),
        Param("attribution_types", "query", "list[ConversionReportAttributionType]", explode=False, max_items=2),
        Param("reporting_timezone", "query", "ReportingTimeZone"),
    ),
    responses={"200": "MetricsResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_analytics",
)


_AD_GROUPS_AUDIENCE_SIZING = Operation(
    "ad_groups/audience_sizing",
    "POST",
    "/ad_accounts/{ad_account_id}/ad_groups/audience_sizing",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="AdGroupAudienceSizingRequest",
    body_name="ad_group_audience_sizing_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "AdGroupAudienceSizingResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_AD_GROUPS_GET = Operation(
    "ad_groups/get",
    "GET",
    "/ad_accounts/{ad_account_id}/ad_groups/{ad_group_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("ad_group_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "AdGroupResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_AD_GROUPS_BID_FLOOR_GET = Operation(
    "ad_groups_bid_floor/get",
    "POST",
    "/ad_accounts/{ad_account_id}/bid_floor",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="BidFloorRequest",
    body_name="bid_floor_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "BidFloor"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


class AdGroupsApi(ApiBase):
    """View, create or update ad groups."""

    @calls(_AD_GROUPS_LIST)
    def ad_groups_list(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        ad_group_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        translate_interests_to_names: Optional[bool] = None,
        **options: Unpack[CallOptions],
    ) -> AdGroupsListResponse:
        """List ad groups (``GET /ad_accounts/{ad_account_id}/ad_groups``)

        List ad groups based on provided campaign IDs or ad group IDs.(campaign_ids or ad_group_ids).

        **Note:**

        Provide only campaign_id or ad_group_id. Do not provide both.

        :param ad_account_id: Unique identifier of an ad account.
        :param campaign_ids: List of Campaign Ids to use to filter the results.
        :param ad_group_ids: List of Ad group Ids to use to filter the results.
        :param entity_statuses: Entity status
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param order: The order in which to sort the items returned: “ASCENDING” or “DESCENDING” by ID. Note that
            higher-value IDs are associated with more-recently added items.
        :param bookmark: Cursor used to fetch the next page of items
        :param translate_interests_to_names: Return interests as text names (if value is true) rather than topic IDs.
        :returns: AdGroupsListResponse
        """
        return self.api_client.call(
            _AD_GROUPS_LIST,
            options,
            ad_account_id=ad_account_id,
            campaign_ids=campaign_ids,
            ad_group_ids=ad_group_ids,
            entity_statuses=entity_statuses,
            page_size=page_size,
            order=order,
            bookmark=bookmark,
            translate_interests_to_names=translate_interests_to_names,
        )

    ad_groups_list_with_http_info = WithHttpInfo("ad_groups_list")

    @calls(_AD_GROUPS_CREATE)
    def ad_groups_create(
        self,
        ad_account_id: str,
        ad_group_create_request: List[AdGroupCreateRequest],
        **options: Unpack[CallOptions],
    ) -> AdGroupArrayResponse:
        """Create ad groups (``POST /ad_accounts/{ad_account_id}/ad_groups``)

        Create multiple new ad groups. All ads in a given ad group will have the same budget, bid, run dates,
        targeting, and placement (search, browse, other). For more information, [click
        here](https://help.pinterest.com/en/business/article/campaign-structure).
        **Notes:**
        - `bid_in_micro_currency` and `budget_in_micro_currency` should be expressed in microcurrency amounts based
          on the currency field set in the advertiser's profile.

        Microcurrency is used to track very small transactions, based on the currency set in the advertiser’s
        profile.

        A microcurrency unit is 10^(-6) of the standard unit of currency selected in the advertiser’s profile.

        **Equivalency equations**, using dollars as an example currency:

        - $1 = 1,000,000 microdollars

        - 1 microdollar = $0.000001

        **To convert between currency and microcurrency**, using dollars as an example currency:

        - To convert dollars to microdollars, mutiply dollars by 1,000,000

        - To convert microdollars to dollars, divide microdollars by 1,000,000

        - Ad groups belong to ad campaigns. Some types of campaigns (e.g. budget optimization) have limits on the
          number of ad groups they can hold. If you exceed those limits, you will get an error message.
        - Certain organizations with [closed
          beta](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/) access can
          set `start_time` and `end_time` at the ad group level for campaigns with Campaign Budget Optimization (CBO)
          objectives: `TRAFFIC`, `AWARENESS`, `WEB_CONVERSIONS`, and `CATALOG_SALES`. All other organizations can set
          these scheduling parameters for non-CBO campaigns only.
        - If the parent ad campaign has start and end times set, ad group start and end times must occur within the
          parent campaign schedule.

        :param ad_account_id: Unique identifier of an ad account.
        :param ad_group_create_request: List of ad groups to create, size limit [1, 30].
        :returns: AdGroupArrayResponse
        """
        return self.api_client.call(
            _AD_GROUPS_CREATE, options, ad_account_id=ad_account_id, ad_group_create_request=ad_group_create_request
        )

    ad_groups_create_with_http_info = WithHttpInfo("ad_groups_create")

    @calls(_AD_GROUPS_UPDATE)
    def ad_groups_update(
        self,
        ad_account_id: str,
        ad_group_update_request: List[AdGroupUpdateRequest],
        **options: Unpack[CallOptions],
    ) -> AdGroupArrayResponse:
        """Update ad groups (``PATCH /ad_accounts/{ad_account_id}/ad_groups``)

        Update multiple existing ad groups.

        :param ad_account_id: Unique identifier of an ad account.
        :param ad_group_update_request: List of ad groups to update, size limit [1, 30].
        :returns: AdGroupArrayResponse
        """
        return self.api_client.call(
            _AD_GROUPS_UPDATE, options, ad_account_id=ad_account_id, ad_group_update_request=ad_group_update_request
        )

    ad_groups_update_with_http_info = WithHttpInfo("ad_groups_update")

    @calls(_AD_GROUPS_ANALYTICS)
    def ad_groups_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_group_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, str],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        aggregate_report_rows: Optional[bool] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, str]] = None,
        **options: Unpack[CallOptions],
    ) -> List[AdGroupsAnalyticsResponseItem]:
        """Get ad group analytics (``GET /ad_accounts/{ad_account_id}/ad_groups/analytics``)

        Get analytics for the specified ad groups in the specified `ad_account_id`, filtered by the specified
        options.
        - The token's user_account must either be the Owner of the specified ad account, or have one of the necessary
          roles granted to them via [Business
          Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts): Admin,
          Analyst, Campaign Manager.
        - If granularity is not HOUR, you can pull data from up to 90 days before the current date in UTC time, with
          a maximum time range of 90 days.
        - If granularity is HOUR, you can pull data from up to 8 days before the current date in UTC time, with a
          maximum time range of 3 days.

        :param ad_account_id: Unique identifier of an ad account.
        :param start_date: Metric report start date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days back from
            today.
        :param end_date: Metric report end date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days past
            start_date.
        :param ad_group_ids: List of Ad group Ids to use to filter the results.
        :param columns: Columns to retrieve, encoded as a comma-separated string. **NOTE**: Any metrics defined as
            MICRO_DOLLARS returns a value based on the advertiser profile's currency field. For USD,($1/1,000,000, or
            $0.000001 - one one-ten-thousandth of a cent). it's microdollars. Otherwise, it's in microunits of the
            advertiser's currency. For example, if the advertiser's currency is GBP (British pound sterling), all
            MICRO_DOLLARS fields will be in GBP microunits (1/1,000,000 British pound). If a column has no value, it
            may not be returned
        :param granularity: TOTAL - metrics are aggregated over the specified date range. DAY - metrics are broken
            down daily. HOUR - metrics are broken down hourly. WEEKLY - metrics are broken down weekly. MONTHLY -
            metrics are broken down monthly
        :param click_window_days: Number of days to use as the conversion attribution window for a pin click action.
            Applies to Pinterest Tag conversion metrics. Prior conversion tags use their defined attribution windows.
            If not specified, defaults to `30` days.
        :param engagement_window_days: Number of days to use as the conversion attribution window for an engagement
            action. Engagements include saves, closeups, link clicks, and carousel card swipes. Applies to Pinterest
            Tag conversion metrics. Prior conversion tags use their defined attribution windows. If not specified,
            defaults to `30` days. **Note:** This parameter no longer returns new data. However, you can still access
            historic data through **Sept 30, 2027**.
        :param view_window_days: Number of days to use as the conversion attribution window for a view action.
            Applies to Pinterest Tag conversion metrics. Prior conversion tags use their defined attribution windows.
            If not specified, defaults to `1` day.
        :param conversion_report_time: The date by which the conversion metrics returned from this endpoint will be
            reported. There are two dates associated with a conversion event: the date that the user interacted with
            the ad, and the date that the user completed a conversion event.
        :param aggregate_report_rows: Determines if report rows should be aggregated across all requested entities.
            This feature is currently in BETA and is not available to all users.
        :param reporting_timezone: Specify the timezone to be applied for the reporting. This feature is currently in
            BETA and is not available to all users.
        :returns: List[AdGroupsAnalyticsResponseItem]
        """
        return self.api_client.call(
            _AD_GROUPS_ANALYTICS,
            options,
            ad_account_id=ad_account_id,
            start_date=start_date,
            end_date=end_date,
            ad_group_ids=ad_group_ids,
            columns=columns,
            granularity=granularity,
            click_window_days=click_window_days,
            engagement_window_days=engagement_window_days,
            view_window_days=view_window_days,
            conversion_report_time=conversion_report_time,
            aggregate_report_rows=aggregate_report_rows,
            reporting_timezone=reporting_timezone,
        )

    ad_groups_analytics_with_http_info = WithHttpInfo("ad_groups_analytics")

    @calls(_AD_GROUPS_TARGETING_ANALYTICS_GET)
    def ad_groups_targeting_analytics_get(
        self,
        ad_account_id: str,
        ad_group_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdGroupTargetingType, str]],
        columns: List[str],
        granularity: Union[Granularity, str],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        attribution_types: Optional[
            Union[List[Union[ConversionReportAttributionType, str]], Union[ConversionReportAttributionType, str]]
        ] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, str]] = None,
        **options: Unpack[CallOptions],
    ) -> MetricsResponse:
        """Get targeting analytics for ad groups (``GET /ad_accounts/{ad_account_id}/ad_groups/targeting_analytics``)

        Get targeting analytics for one or more ad groups.
        For the requested ad group(s) and metrics, the response will include the requested metric information
        (e.g. SPEND_IN_DOLLAR) for the requested target type (e.g. "age_bucket") for applicable values (e.g.
        "45-49").

        - The token's user_account must either be the Owner of the specified ad account, or have one
        of the necessary roles granted to them via
        [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts): Admin,
        Analyst, Campaign Manager.
        - If granularity is not HOUR, you can pull data from up to 90 days before the current date in UTC time, with
          a maximum time range of 90 days.
        - If granularity is HOUR, you can pull data from up to 8 days before the current date in UTC time, with a
          maximum time range of 3 days.

        :param ad_account_id: Unique identifier of an ad account.
        :param ad_group_ids: List of Ad group Ids to use to filter the results.
        :param start_date: Metric report start date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days back from
            today.
        :param end_date: Metric report end date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days past
            start_date.
        :param targeting_types: Targeting type breakdowns for the report. The reporting per targeting type is
            independent from each other. ["AGE_BUCKET_AND_GENDER", "CREATIVE_ENHANCEMENTS"] are in BETA and not yet
            available to all users.
        :param columns: Columns to retrieve, encoded as a comma-separated string. **NOTE**: Any metrics defined as
            MICRO_DOLLARS returns a value based on the advertiser profile's currency field. For USD,($1/1,000,000, or
            $0.000001 - one one-ten-thousandth of a cent). it's microdollars. Otherwise, it's in microunits of the
            advertiser's currency. For example, if the advertiser's currency is GBP (British pound sterling), all
            MICRO_DOLLARS fields will be in GBP microunits (1/1,000,000 British pound). If a column has no value, it
            may not be returned
        :param granularity: TOTAL - metrics are aggregated over the specified date range. DAY - metrics are broken
            down daily. HOUR - metrics are broken down hourly. WEEKLY - metrics are broken down weekly. MONTHLY -
            metrics are broken down monthly
        :param click_window_days: Number of days to use as the conversion attribution window for a pin click action.
            Applies to Pinterest Tag conversion metrics. Prior conversion tags use their defined attribution windows.
            If not specified, defaults to `30` days.
        :param engagement_window_days: Number of days to use as the conversion attribution window for an engagement
            action. Engagements include saves, closeups, link clicks, and carousel card swipes. Applies to Pinterest
            Tag conversion metrics. Prior conversion tags use their defined attribution windows. If not specified,
            defaults to `30` days. **Note:** This parameter no longer returns new data. However, you can still access
            historic data through **Sept 30, 2027**.
        :param view_window_days: Number of days to use as the conversion attribution window for a view action.
            Applies to Pinterest Tag conversion metrics. Prior conversion tags use their defined attribution windows.
            If not specified, defaults to `1` day.
        :param conversion_report_time: The date by which the conversion metrics returned from this endpoint will be
            reported. There are two dates associated with a conversion event: the date that the user interacted with
            the ad, and the date that the user completed a conversion event.
        :param attribution_types: List of types of attribution for the conversion report
        :param reporting_timezone: Specify the timezone to be applied for the reporting. This feature is currently in
            BETA and is not available to all users.
        Deprecated: also accepts one value for `attribution_types` (sent as a one-item list).
        :returns: MetricsResponse
        """
        attribution_types = one_or_list("ad_groups_targeting_analytics_get", "attribution_types", attribution_types)
        return self.api_client.call(
            _AD_GROUPS_TARGETING_ANALYTICS_GET,
            options,
            ad_account_id=ad_account_id,
            ad_group_ids=ad_group_ids,
            start_date=start_date,
            end_date=end_date,
            targeting_types=targeting_types,
            columns=columns,
            granularity=granularity,
            click_window_days=click_window_days,
            engagement_window_days=engagement_window_days,
            view_window_days=view_window_days,
            conversion_report_time=conversion_report_time,
            attribution_types=attribution_types,
            reporting_timezone=reporting_timezone,
        )

    ad_groups_targeting_analytics_get_with_http_info = WithHttpInfo("ad_groups_targeting_analytics_get")

    @calls(_AD_GROUPS_AUDIENCE_SIZING)
    def ad_groups_audience_sizing(
        self,
        ad_account_id: str,
        ad_group_audience_sizing_request: Optional[Union[AdGroupAudienceSizingRequest, Dict[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> AdGroupAudienceSizingResponse:
        """Get audience sizing (``POST /ad_accounts/{ad_account_id}/ad_groups/audience_sizing``)

        Get potential audience size for an ad group with given targeting criteria.
        Potential audience size estimates the number of people you may be able to reach per month with your campaign.
        It is based on historical advertising data and the targeting criteria you select.
        It does not guarantee results or take into account factors such as bid, budget, schedule, seasonality or
        product experiments.

        :param ad_account_id: Unique identifier of an ad account.
        :param ad_group_audience_sizing_request: The request body (AdGroupAudienceSizingRequest). Required: it
            defaults to None only so that calls written for the original client bind.
        :returns: AdGroupAudienceSizingResponse
        """
        return self.api_client.call(
            _AD_GROUPS_AUDIENCE_SIZING,
            options,
            ad_account_id=ad_account_id,
            ad_group_audience_sizing_request=ad_group_audience_sizing_request,
        )

    ad_groups_audience_sizing_with_http_info = WithHttpInfo("ad_groups_audience_sizing")

    @calls(_AD_GROUPS_GET)
    def ad_groups_get(
        self,
        ad_account_id: str,
        ad_group_id: str,
        **options: Unpack[CallOptions],
    ) -> AdGroupResponse:
        """Get ad group (``GET /ad_accounts/{ad_account_id}/ad_groups/{ad_group_id}``)

        Get a specific ad group given the ad group ID.

        :param ad_account_id: Unique identifier of an ad account.
        :param ad_group_id: Unique identifier of an ad group.
        :returns: AdGroupResponse
        """
        return self.api_client.call(_AD_GROUPS_GET, options, ad_account_id=ad_account_id, ad_group_id=ad_group_id)

    ad_groups_get_with_http_info = WithHttpInfo("ad_groups_get")

    @calls(_AD_GROUPS_BID_FLOOR_GET)
    def ad_groups_bid_floor_get(
        self,
        ad_account_id: str,
        bid_floor_request: Union[BidFloorRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> BidFloor:
        """Get bid floors (``POST /ad_accounts/{ad_account_id}/bid_floor``)

        List bid floors for your campaign configuration. Bid floors are given in microcurrency values based on the
        currency in the bid floor specification.

        Microcurrency is used to track very small transactions, based on the currency set in the advertiser’s
        profile.

        A microcurrency unit is 10^(-6) of the standard unit of currency selected in the advertiser’s profile.

        **Equivalency equations**, using dollars as an example currency:

        - $1 = 1,000,000 microdollars

        - 1 microdollar = $0.000001

        **To convert between currency and microcurrency**, using dollars as an example currency:

        - To convert dollars to microdollars, mutiply dollars by 1,000,000

        - To convert microdollars to dollars, divide microdollars by 1,000,000

        For more on bid floors see [Set your bid](https://help.pinterest.com/en/business/article/set-your-bid).

        :param ad_account_id: Unique identifier of an ad account.
        :param bid_floor_request: Parameters to get bid_floor info
        :returns: BidFloor
        """
        return self.api_client.call(
            _AD_GROUPS_BID_FLOOR_GET, options, ad_account_id=ad_account_id, bid_floor_request=bid_floor_request
        )

    ad_groups_bid_floor_get_with_http_info = WithHttpInfo("ad_groups_bid_floor_get")
