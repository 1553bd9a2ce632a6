# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""CampaignsApi: View, create or update campaigns."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING
from pinterest_client.api._values import COLUMNS_VALUES
from pinterest_client.legacy_calls import one_or_list

if TYPE_CHECKING:
    import datetime
    from typing import List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.ad_pin_analytics import AdPinAnalytics
    from pinterest_client.model.ads_analytics_campaign_targeting_type import AdsAnalyticsCampaignTargetingType
    from pinterest_client.model.campaign_create_request import CampaignCreateRequest
    from pinterest_client.model.campaign_create_response import CampaignCreateResponse
    from pinterest_client.model.campaign_response import CampaignResponse
    from pinterest_client.model.campaign_update_request import CampaignUpdateRequest
    from pinterest_client.model.campaigns_analytics_response_item import CampaignsAnalyticsResponseItem
    from pinterest_client.model.campaigns_list_response import CampaignsListResponse
    from pinterest_client.model.conversion_report_attribution_type import ConversionReportAttributionType
    from pinterest_client.model.granularity import Granularity
    from pinterest_client.model.metrics_response import MetricsResponse
    from pinterest_client.model.reporting_time_zone import ReportingTimeZone


_CAMPAIGNS_LIST = Operation(
    "campaigns/list",
    "GET",
    "/ad_accounts/{ad_account_id}/campaigns",
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
        Param(
            "entity_statuses",
            "query",
            "list[str]",
            items={"enum": ("ACTIVE", "PAUSED", "ARCHIVED", "DRAFT", "DELETED_DRAFT")},
        ),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("order", "query", "str", enum=("ASCENDING", "DESCENDING")),
        Param("bookmark", "query", "str"),
    ),
    responses={"200": "CampaignsListResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_CAMPAIGNS_CREATE = Operation(
    "campaigns/create",
    "POST",
    "/ad_accounts/{ad_account_id}/campaigns",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="list[CampaignCreateRequest]",
    body_name="campaign_create_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "CampaignCreateResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_CAMPAIGNS_UPDATE = Operation(
    "campaigns/update",
    "PATCH",
    "/ad_accounts/{ad_account_id}/campaigns",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="list[CampaignUpdateRequest]",
    body_name="campaign_update_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "CampaignCreateResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_CAMPAIGNS_ANALYTICS = Operation(
    "campaigns/analytics",
    "GET",
    "/ad_accounts/{ad_account_id}/campaigns/analytics",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("start_date", "query", "date", required=True),
        Param("end_date", "query", "date", required=True),
        Param(
            "campaign_ids",
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
    responses={"200": "CampaignsAnalyticsResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_analytics",
)


_CAMPAIGN_TARGETING_ANALYTICS_GET = Operation(
    "campaign_targeting_analytics/get",
    "GET",
    "/ad_accounts/{ad_account_id}/campaigns/targeting_analytics",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param(
            "campaign_ids",
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
            "list[AdsAnalyticsCampaignTargetingType]",
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


_CAMPAIGNS_GET = Operation(
    "campaigns/get",
    "GET",
    "/ad_accounts/{ad_account_id}/campaigns/{campaign_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("campaign_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "CampaignResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_AD_PINS_ANALYTICS = Operation(
    "ad_pins/analytics",
    "GET",
    "/ad_accounts/{ad_account_id}/pins/analytics",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("campaign_id", "query", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("pin_ids", "query", "list[str]", required=True, items={"pattern": "^\\d+$"}, max_items=100, min_items=1),
        Param("start_date", "query", "date", required=True),
        Param("end_date", "query", "date", required=True),
        Param("columns", "query", "list[str]", required=True, explode=False, items={"enum": COLUMNS_VALUES}),
        Param("granularity", "query", "Granularity", required=True),
        Param("click_window_days", "query", "int", enum=(0, 1, 7, 14, 30, 60)),
        Param("engagement_window_days", "query", "int", enum=(0, 1, 7, 14, 30, 60)),
        Param("view_window_days", "query", "int", enum=(0, 1, 7, 14, 30, 60)),
        Param("conversion_report_time", "query", "str", enum=("TIME_OF_AD_ACTION", "TIME_OF_CONVERSION")),
    ),
    responses={"200": "AdPinsAnalyticsResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_analytics",
)


class CampaignsApi(ApiBase):
    """View, create or update campaigns."""

    @calls(_CAMPAIGNS_LIST)
    def campaigns_list(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> CampaignsListResponse:
        """List campaigns (``GET /ad_accounts/{ad_account_id}/campaigns``)

        Get a list of the campaigns in the specified `ad_account_id`, filtered by the specified options.
        - The token's user_account must either be the Owner of the specified ad account, or have one of the necessary
          roles granted to them via [Business
          Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts): Admin,
          Analyst, Campaign Manager.

        :param ad_account_id: Unique identifier of an ad account.
        :param campaign_ids: List of Campaign Ids to use to filter the results.
        :param entity_statuses: Entity status
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param order: The order in which to sort the items returned: “ASCENDING” or “DESCENDING” by ID. Note that
            higher-value IDs are associated with more-recently added items.
        :param bookmark: Cursor used to fetch the next page of items
        :returns: CampaignsListResponse
        """
        return self.api_client.call(
            _CAMPAIGNS_LIST,
            options,
            ad_account_id=ad_account_id,
            campaign_ids=campaign_ids,
            entity_statuses=entity_statuses,
            page_size=page_size,
            order=order,
            bookmark=bookmark,
        )

    campaigns_list_with_http_info = WithHttpInfo("campaigns_list")

    @calls(_CAMPAIGNS_CREATE)
    def campaigns_create(
        self,
        ad_account_id: str,
        campaign_create_request: List[CampaignCreateRequest],
        **options: Unpack[CallOptions],
    ) -> CampaignCreateResponse:
        """Create campaigns (``POST /ad_accounts/{ad_account_id}/campaigns``)

        Create multiple new campaigns. Every campaign has its own campaign_id and houses one or more ad groups, which
        contain one or more ads.
        For more, see [Set up your campaign](https://help.pinterest.com/en/business/article/set-up-your-campaign/).

        **Note:**
        - The values for 'lifetime_spend_cap' and 'daily_spend_cap' are microcurrency amounts based on the currency
          field set in the advertiser's profile. (e.g. USD)

        Microcurrency is used to track very small transactions, based on the currency set in the advertiser’s
        profile.

        A microcurrency unit is 10^(-6) of the standard unit of currency selected in the advertiser’s profile.

        **Equivalency equations**, using dollars as an example currency:

        - $1 = 1,000,000 microdollars

        - 1 microdollar = $0.000001

        **To convert between currency and microcurrency**, using dollars as an example currency:

        - To convert dollars to microdollars, mutiply dollars by 1,000,000

        - To convert microdollars to dollars, divide microdollars by 1,000,000

        :param ad_account_id: Unique identifier of an ad account.
        :param campaign_create_request: Array of campaigns.
        :returns: CampaignCreateResponse
        """
        return self.api_client.call(
            _CAMPAIGNS_CREATE, options, ad_account_id=ad_account_id, campaign_create_request=campaign_create_request
        )

    campaigns_create_with_http_info = WithHttpInfo("campaigns_create")

    @calls(_CAMPAIGNS_UPDATE)
    def campaigns_update(
        self,
        ad_account_id: str,
        campaign_update_request: List[CampaignUpdateRequest],
        **options: Unpack[CallOptions],
    ) -> CampaignCreateResponse:
        """Update campaigns (``PATCH /ad_accounts/{ad_account_id}/campaigns``)

        Update multiple ad campaigns based on campaign_ids.

        **Note:**

        -

        The values for `lifetime_spend_cap` and `daily_spend_cap` are microcurrency amounts based on the currency
        field set in the advertiser's profile. (e.g. USD)

        Microcurrency is used to track very small transactions, based on the currency set in the advertiser's
        profile.

        A microcurrency unit is 10^(-6) of the standard unit of currency selected in the advertiser's profile.

        **Equivalency equations**, using dollars as an example currency:

        - $1 = 1,000,000 microdollars

        - 1 microdollar = $0.000001

        **To convert between currency and microcurrency**, using dollars as an example currency:

        - To convert dollars to microdollars, mutiply dollars by 1,000,000

        - To convert microdollars to dollars, divide microdollars by 1,000,000

        :param ad_account_id: Unique identifier of an ad account.
        :param campaign_update_request: Array of campaigns.
        :returns: CampaignCreateResponse
        """
        return self.api_client.call(
            _CAMPAIGNS_UPDATE, options, ad_account_id=ad_account_id, campaign_update_request=campaign_update_request
        )

    campaigns_update_with_http_info = WithHttpInfo("campaigns_update")

    @calls(_CAMPAIGNS_ANALYTICS)
    def campaigns_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        campaign_ids: List[str],
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
    ) -> List[CampaignsAnalyticsResponseItem]:
        """Get campaign analytics (``GET /ad_accounts/{ad_account_id}/campaigns/analytics``)

        Get analytics for the specified campaigns in the specified `ad_account_id`, filtered by the specified
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
        :param campaign_ids: List of Campaign Ids to use to filter the results.
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
        :returns: List[CampaignsAnalyticsResponseItem]
        """
        return self.api_client.call(
            _CAMPAIGNS_ANALYTICS,
            options,
            ad_account_id=ad_account_id,
            start_date=start_date,
            end_date=end_date,
            campaign_ids=campaign_ids,
            columns=columns,
            granularity=granularity,
            click_window_days=click_window_days,
            engagement_window_days=engagement_window_days,
            view_window_days=view_window_days,
            conversion_report_time=conversion_report_time,
            aggregate_report_rows=aggregate_report_rows,
            reporting_timezone=reporting_timezone,
        )

    campaigns_analytics_with_http_info = WithHttpInfo("campaigns_analytics")

    @calls(_CAMPAIGN_TARGETING_ANALYTICS_GET)
    def campaign_targeting_analytics_get(
        self,
        ad_account_id: str,
        campaign_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsCampaignTargetingType, str]],
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
        """Get targeting analytics for campaigns (``GET /ad_accounts/{ad_account_id}/campaigns/targeting_analytics``)

        Get targeting analytics for one or more campaigns.
        For the requested account and metrics, the response will include the requested metric information
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
        :param campaign_ids: List of Campaign Ids to use to filter the results.
        :param start_date: Metric report start date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days back from
            today.
        :param end_date: Metric report end date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days past
            start_date.
        :param targeting_types: Targeting type breakdowns for the report. The reporting per targeting type is
            independent from each other. ["AGE_BUCKET_AND_GENDER"] is in BETA and not yet available to all users.
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
        attribution_types = one_or_list("campaign_targeting_analytics_get", "attribution_types", attribution_types)
        return self.api_client.call(
            _CAMPAIGN_TARGETING_ANALYTICS_GET,
            options,
            ad_account_id=ad_account_id,
            campaign_ids=campaign_ids,
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

    campaign_targeting_analytics_get_with_http_info = WithHttpInfo("campaign_targeting_analytics_get")

    @calls(_CAMPAIGNS_GET)
    def campaigns_get(
        self,
        ad_account_id: str,
        campaign_id: str,
        **options: Unpack[CallOptions],
    ) -> CampaignResponse:
        """Get campaign (``GET /ad_accounts/{ad_account_id}/campaigns/{campaign_id}``)

        Get a specific campaign given the campaign ID.

        :param ad_account_id: Unique identifier of an ad account.
        :param campaign_id: Campaign ID, must be associated with the ad account ID provided in the path.
        :returns: CampaignResponse
        """
        return self.api_client.call(_CAMPAIGNS_GET, options, ad_account_id=ad_account_id, campaign_id=campaign_id)

    campaigns_get_with_http_info = WithHttpInfo("campaigns_get")

    @calls(_AD_PINS_ANALYTICS)
    def ad_pins_analytics(
        self,
        ad_account_id: str,
        campaign_id: str,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, str],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> List[AdPinAnalytics]:
        """Get pins analytics (``GET /ad_accounts/{ad_account_id}/pins/analytics``)

        Get analytics for the pins given a campaign and pins in the specified `ad_account_id`, filtered by the
        specified options.
        - The token's user_account must either be the Owner of the specified ad account, or have one of the necessary
          roles granted to them via [Business
          Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts): Admin,
          Analyst, Campaign Manager.
        - If granularity is not HOUR, the furthest back you can are allowed to pull data is 90 days before the
          current date in UTC time and the max time range supported is 90 days.
        - If granularity is HOUR, the furthest back you can are allowed to pull data is 8 days before the current
          date in UTC time and the max time range supported is 3 days. Data will not be provided for conversion
          metrics but will be available for non-conversion metrics.

        :param ad_account_id: Unique identifier of an ad account.
        :param campaign_id: Campaign Id to use to filter the results.
        :param pin_ids: List of Pin IDs.
        :param start_date: Metric report start date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days back from
            today.
        :param end_date: Metric report end date (UTC). Format: YYYY-MM-DD. Cannot be more than 90 days past
            start_date.
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
        :returns: List[AdPinAnalytics]
        """
        return self.api_client.call(
            _AD_PINS_ANALYTICS,
            options,
            ad_account_id=ad_account_id,
            campaign_id=campaign_id,
            pin_ids=pin_ids,
            start_date=start_date,
            end_date=end_date,
            columns=columns,
            granularity=granularity,
            click_window_days=click_window_days,
            engagement_window_days=engagement_window_days,
            view_window_days=view_window_days,
            conversion_report_time=conversion_report_time,
        )

    ad_pins_analytics_with_http_info = WithHttpInfo("ad_pins_analytics")
