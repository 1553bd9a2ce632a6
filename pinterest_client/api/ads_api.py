# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""AdsApi: View, create or update ads."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING
from pinterest_client.api._values import COLUMNS_VALUES
from pinterest_client.legacy_calls import legacy_order, one_or_list

if TYPE_CHECKING:
    import datetime
    from typing import Any, Dict, List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.ad_array_response import AdArrayResponse
    from pinterest_client.model.ad_create_request import AdCreateRequest
    from pinterest_client.model.ad_preview_request import AdPreviewRequest
    from pinterest_client.model.ad_preview_url_response import AdPreviewURLResponse
    from pinterest_client.model.ad_response import AdResponse
    from pinterest_client.model.ad_update_request import AdUpdateRequest
    from pinterest_client.model.ads_analytics_ad_targeting_type import AdsAnalyticsAdTargetingType
    from pinterest_client.model.ads_analytics_response_item import AdsAnalyticsResponseItem
    from pinterest_client.model.ads_list_response import AdsListResponse
    from pinterest_client.model.conversion_report_attribution_type import ConversionReportAttributionType
    from pinterest_client.model.granularity import Granularity
    from pinterest_client.model.metrics_response import MetricsResponse
    from pinterest_client.model.reporting_time_zone import ReportingTimeZone


_AD_PREVIEWS_CREATE = Operation(
    "ad_previews/create",
    "POST",
    "/ad_accounts/{ad_account_id}/ad_previews",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="AdPreviewRequest",
    body_name="ad_preview_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "AdPreviewURLResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_ADS_LIST = Operation(
    "ads/list",
    "GET",
    "/ad_accounts/{ad_account_id}/ads",
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
        Param("ad_ids", "query", "list[str]", items={"pattern": "^\\d+$"}, max_items=250, min_items=1),
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
    responses={"200": "AdsListResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_ADS_CREATE = Operation(
    "ads/create",
    "POST",
    "/ad_accounts/{ad_account_id}/ads",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="list[AdCreateRequest]",
    body_name="ad_create_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "AdArrayResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_ADS_UPDATE = Operation(
    "ads/update",
    "PATCH",
    "/ad_accounts/{ad_account_id}/ads",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="list[AdUpdateRequest]",
    body_name="ad_update_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "AdArrayResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_ADS_ANALYTICS = Operation(
    "ads/analytics",
    "GET",
    "/ad_accounts/{ad_account_id}/ads/analytics",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("start_date", "query", "date", required=True),
        Param("end_date", "query", "date", required=True),
        Param("ad_ids", "query", "list[str]", items={"pattern": "^\\d+$"}, max_items=250, min_items=1),
        Param("columns", "query", "list[str]", required=True, explode=False, items={"enum": COLUMNS_VALUES}),
        Param("granularity", "query", "Granularity", required=True),
        Param("click_window_days", "query", "int", enum=(0, 1, 7, 14, 30, 60)),
        Param("engagement_window_days", "query", "int", enum=(0, 1, 7, 14, 30, 60)),
        Param("view_window_days", "query", "int", enum=(0, 1, 7, 14, 30, 60)),
        Param("conversion_report_time", "query", "str", enum=("TIME_OF_AD_ACTION", "TIME_OF_CONVERSION")),
        Param("pin_ids", "query", "list[str]", items={"pattern": "^\\d+$"}, max_items=100, min_items=1),
        Param(
            "campaign_ids",
            "query",
            "list[str]",
            items={"max_length": 18, "pattern": "^\\d+$"},
            max_items=250,
            min_items=1,
        ),
        Param("reporting_timezone", "query", "ReportingTimeZone"),
    ),
    responses={"200": "AdsAnalyticsResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_analytics",
)


_AD_TARGETING_ANALYTICS_GET = Operation(
    "ad_targeting_analytics/get",
    "GET",
    "/ad_accounts/{ad_account_id}/ads/targeting_analytics",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("ad_ids", "query", "list[str]", required=True, items={"pattern": "^\\d+$"}, max_items=250, min_items=1),
        Param("start_date", "query", "date", required=True),
        Param("end_date", "query", "date", required=True),
        Param(
            "targeting_types",
            "query",
            "list[AdsAnalyticsAdTargetingType]",
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


_ADS_GET = Operation(
    "ads/get",
    "GET",
    "/ad_accounts/{ad_account_id}/ads/{ad_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("ad_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "AdResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


class AdsApi(ApiBase):
    """View, create or update ads."""

    @calls(_AD_PREVIEWS_CREATE)
    def ad_previews_create(
        self,
        ad_account_id: str,
        ad_preview_request: Union[AdPreviewRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> AdPreviewURLResponse:
        """Create ad preview with pin or image (``POST /ad_accounts/{ad_account_id}/ad_previews``)

        Create an ad preview given an ad account ID and either an existing organic pin ID or the URL for an image to
        be used to create the Pin and the ad.

        If you are creating a preview from an existing Pin, that Pin must be promotable: that is, it must have a
        clickthrough link and meet other requirements. (See [Ads
        Overview](https://help.pinterest.com/en/business/article/promoted-pins-overview).)

        You can view the returned preview URL on a webpage or iframe for 7 days, after which the URL expires.
        Collection ads are not currently supported ad preview.

        Creating ad preview from catalog product group is currently in BETA and is not available to all users.

        :param ad_account_id: Unique identifier of an ad account.
        :param ad_preview_request: Create ad preview with pin or image.
        :returns: AdPreviewURLResponse
        """
        return self.api_client.call(
            _AD_PREVIEWS_CREATE, options, ad_account_id=ad_account_id, ad_preview_request=ad_preview_request
        )

    ad_previews_create_with_http_info = WithHttpInfo("ad_previews_create")

    @calls(_ADS_LIST)
    def ads_list(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        ad_group_ids: Optional[List[str]] = None,
        ad_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> AdsListResponse:
        """List ads (``GET /ad_accounts/{ad_account_id}/ads``)

        List ads that meet the filters provided:
        - Listed campaign ids or ad group ids or ad ids
        - Listed entity statuses

        If no filter is provided, all ads in the ad account are returned.

        **Note:**

        Provide only campaign_id or ad_group_id or ad_id. Do not provide more than one type.

        Review status is provided for each ad; if review_status is REJECTED, the rejected_reasons field will contain
        additional information.
        For more, see [Pinterest advertising standards](https://policy.pinterest.com/en/advertising-guidelines).

        :param ad_account_id: Unique identifier of an ad account.
        :param campaign_ids: List of Campaign Ids to use to filter the results.
        :param ad_group_ids: List of Ad group Ids to use to filter the results.
        :param ad_ids: List of Ad Ids to use to filter the results.
        :param entity_statuses: Entity status
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param order: The order in which to sort the items returned: “ASCENDING” or “DESCENDING” by ID. Note that
            higher-value IDs are associated with more-recently added items.
        :param bookmark: Cursor used to fetch the next page of items
        :returns: AdsListResponse
        """
        return self.api_client.call(
            _ADS_LIST,
            options,
            ad_account_id=ad_account_id,
            campaign_ids=campaign_ids,
            ad_group_ids=ad_group_ids,
            ad_ids=ad_ids,
            entity_statuses=entity_statuses,
            page_size=page_size,
            order=order,
            bookmark=bookmark,
        )

    ads_list_with_http_info = WithHttpInfo("ads_list")

    @calls(_ADS_CREATE)
    def ads_create(
        self,
        ad_account_id: str,
        ad_create_request: List[AdCreateRequest],
        **options: Unpack[CallOptions],
    ) -> AdArrayResponse:
        """Create ads (``POST /ad_accounts/{ad_account_id}/ads``)

        Create multiple new ads. Request must contain `ad_group_id`, `creative_type`, and the source Pin `pin_id`.

        :param ad_account_id: Unique identifier of an ad account.
        :param ad_create_request: List of ads to create, size limit [1, 30].
        :returns: AdArrayResponse
        """
        return self.api_client.call(
            _ADS_CREATE, options, ad_account_id=ad_account_id, ad_create_request=ad_create_request
        )

    ads_create_with_http_info = WithHttpInfo("ads_create")

    @calls(_ADS_UPDATE)
    def ads_update(
        self,
        ad_account_id: str,
        ad_update_request: List[AdUpdateRequest],
        **options: Unpack[CallOptions],
    ) -> AdArrayResponse:
        """Update ads (``PATCH /ad_accounts/{ad_account_id}/ads``)

        Update multiple existing ads

        :param ad_account_id: Unique identifier of an ad account.
        :param ad_update_request: List of ads to update, size limit [1, 30]
        :returns: AdArrayResponse
        """
        return self.api_client.call(
            _ADS_UPDATE, options, ad_account_id=ad_account_id, ad_update_request=ad_update_request
        )

    ads_update_with_http_info = WithHttpInfo("ads_update")

    @calls(_ADS_ANALYTICS)
    def ads_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: Any,
        granularity: Any,
        *legacy_args: Any,
        ad_ids: Optional[List[str]] = None,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, str]] = None,
        **options: Unpack[CallOptions],
    ) -> List[AdsAnalyticsResponseItem]:
        """Get ad analytics (``GET /ad_accounts/{ad_account_id}/ads/analytics``)

        Get analytics for the specified ads in the specified `ad_account_id`, filtered by the specified options.
        - The token's user_account must either be the Owner of the specified ad account, or have one of the necessary
          roles granted to them via [Business
          Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts): Admin,
          Analyst, Campaign Manager.
        - The request must contain either ad_ids or both campaign_ids and pin_ids.
        - If granularity is not HOUR, you can pull data from up to 90 days before the current date in UTC time, with
          a maximum time range of 90 days.
        - If granularity is HOUR, you can pull data from up to 8 days before the current date in UTC time, with a
          maximum time range of 3 days.

        :param ad_account_id: Unique identifier of an ad account.
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
        :param ad_ids: List of Ad Ids to use to filter the results.
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
        :param pin_ids: List of Pin IDs.
        :param campaign_ids: List of Campaign Ids to use to filter the results.
        :param reporting_timezone: Specify the timezone to be applied for the reporting. This feature is currently in
            BETA and is not available to all users.
        Deprecated: also accepts the positional order `ads_analytics(ad_account_id, start_date, end_date, ad_ids,
        columns, granularity)`.
        :returns: List[AdsAnalyticsResponseItem]
        """
        if legacy_args:
            (
                ad_account_id,
                start_date,
                end_date,
                ad_ids,
                columns,
                granularity,
            ) = legacy_order(
                "ads_analytics",
                (
                    ad_account_id,
                    start_date,
                    end_date,
                    columns,
                    granularity,
                )
                + legacy_args,
                ("ad_account_id", "start_date", "end_date", "ad_ids", "columns", "granularity"),
                {"ad_ids": ad_ids},
            )
        return self.api_client.call(
            _ADS_ANALYTICS,
            options,
            ad_account_id=ad_account_id,
            start_date=start_date,
            end_date=end_date,
            ad_ids=ad_ids,
            columns=columns,
            granularity=granularity,
            click_window_days=click_window_days,
            engagement_window_days=engagement_window_days,
            view_window_days=view_window_days,
            conversion_report_time=conversion_report_time,
            pin_ids=pin_ids,
            campaign_ids=campaign_ids,
            reporting_timezone=reporting_timezone,
        )

    ads_analytics_with_http_info = WithHttpInfo("ads_analytics")

    @calls(_AD_TARGETING_ANALYTICS_GET)
    def ad_targeting_analytics_get(
        self,
        ad_account_id: str,
        ad_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdTargetingType, str]],
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
        """Get targeting analytics for ads (``GET /ad_accounts/{ad_account_id}/ads/targeting_analytics``)

        Get targeting analytics for one or more ads. For the requested ad(s) and metrics,
        the response will include the requested metric information (e.g. SPEND_IN_DOLLAR) for the requested target
        type
        (e.g. "age_bucket") for applicable values (e.g. "45-49").

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
        :param ad_ids: List of Ad Ids to use to filter the results.
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
        attribution_types = one_or_list("ad_targeting_analytics_get", "attribution_types", attribution_types)
        return self.api_client.call(
            _AD_TARGETING_ANALYTICS_GET,
            options,
            ad_account_id=ad_account_id,
            ad_ids=ad_ids,
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

    ad_targeting_analytics_get_with_http_info = WithHttpInfo("ad_targeting_analytics_get")

    @calls(_ADS_GET)
    def ads_get(
        self,
        ad_account_id: str,
        ad_id: str,
        **options: Unpack[CallOptions],
    ) -> AdResponse:
        """Get ad (``GET /ad_accounts/{ad_account_id}/ads/{ad_id}``)

        Get a specific ad given the ad ID. If your pin is rejected, rejected_reasons will
        contain additional information from the Ad Review process.
        For more information about our policies and rejection reasons see the [Pinterest advertising
        standards](https://www.pinterest.com/_/_/policy/advertising-guidelines/).

        :param ad_account_id: Unique identifier of an ad account.
        :param ad_id: Unique identifier of an ad.
        :returns: AdResponse
        """
        return self.api_client.call(_ADS_GET, options, ad_account_id=ad_account_id, ad_id=ad_id)

    ads_get_with_http_info = WithHttpInfo("ads_get")
