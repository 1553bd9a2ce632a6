# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""AdAccountsApi: View analytical information about advertising.

Note: If the current operation_user_account (defined by the access token)
has access to another user's Ad Accounts via
[Pinterest Business Access](https://developers.pinterest.com/docs/getting-started/using-business-access/),
you can modify your request to use the current operation_user_account's
permissions to those Ad Accounts by including the ad_account_id in the path
parameters for the request (e.g. .../?ad_account_id=12345&...).
"""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls, renamed
from pinterest_client._types import TYPE_CHECKING
from pinterest_client.api._values import COLUMNS_VALUES
from pinterest_client.legacy_calls import one_or_list

if TYPE_CHECKING:
    import datetime
    from typing import Any, Dict, List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.ad_account import AdAccount
    from pinterest_client.model.ad_account_analytics_response_item import AdAccountAnalyticsResponseItem
    from pinterest_client.model.ad_account_create import AdAccountCreate
    from pinterest_client.model.ad_accounts_list_response import AdAccountsListResponse
    from pinterest_client.model.ads_analytics_create_async_request import AdsAnalyticsCreateAsyncRequest
    from pinterest_client.model.ads_analytics_create_async_response import AdsAnalyticsCreateAsyncResponse
    from pinterest_client.model.ads_analytics_get_async_response import AdsAnalyticsGetAsyncResponse
    from pinterest_client.model.ads_analytics_targeting_type import AdsAnalyticsTargetingType
    from pinterest_client.model.conversion_product_report_request import ConversionProductReportRequest
    from pinterest_client.model.conversion_report_attribution_type import ConversionReportAttributionType
    from pinterest_client.model.create_mmm_report_request import CreateMMMReportRequest
    from pinterest_client.model.create_mmm_report_response import CreateMMMReportResponse
    from pinterest_client.model.get_mmm_report_response import GetMMMReportResponse
    from pinterest_client.model.granularity import Granularity
    from pinterest_client.model.metrics_response import MetricsResponse
    from pinterest_client.model.reporting_time_zone import ReportingTimeZone
    from pinterest_client.model.template_based_report import TemplateBasedReport
    from pinterest_client.model.templates_list_response import TemplatesListResponse


_AD_ACCOUNTS_LIST = Operation(
    "ad_accounts/list",
    "GET",
    "/ad_accounts",
    params=(
        Param("include_shared_accounts", "query", "bool"),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "AdAccountsListResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_AD_ACCOUNTS_CREATE = Operation(
    "ad_accounts/create",
    "POST",
    "/ad_accounts",
    body="AdAccountCreate",
    body_name="ad_account_create",
    body_required=True,
    content_type="application/json",
    responses={"200": "AdAccount", "201": "AdAccount"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_AD_ACCOUNTS_GET = Operation(
    "ad_accounts/get",
    "GET",
    "/ad_accounts/{ad_account_id}",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    responses={"200": "AdAccount"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_AD_ACCOUNT_ANALYTICS = Operation(
    "ad_account/analytics",
    "GET",
    "/ad_accounts/{ad_account_id}/analytics",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("start_date", "query", "date", required=True),
        Param("end_date", "query", "date", required=True),
        Param("columns", "query", "list[str]", required=True, explode=False, items={"enum": COLUMNS_VALUES}),
        Param("granularity", "query", "Granularity", required=True),
        Param("click_window_days", "query", "int", enum=(0, 1, 7, 14, 30, 60)),
        Param("engagement_window_days", "query", "int", enum=(0, 1, 7, 14, 30, 60)),
        Param("view_window_days", "query", "int", enum=(0, 1, 7, 14, 30, 60)),
        Param("conversion_report_time", "query", "str", enum=("TIME_OF_AD_ACTION", "TIME_OF_CONVERSION")),
        Param("reporting_timezone", "query", "ReportingTimeZone"),
    ),
    responses={"200": "AdAccountAnalyticsResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_analytics",
)


_ANALYTICS_GET_MMM_REPORT = Operation(
    "analytics/get_mmm_report",
    "GET",
    "/ad_accounts/{ad_account_id}/mmm_reports",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("token", "query", "str", required=True),
    ),
    responses={"200": "GetMMMReportResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_ANALYTICS_CREATE_MMM_REPORT = Operation(
    "analytics/create_mmm_report",
    "POST",
    "/ad_accounts/{ad_account_id}/mmm_reports",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="CreateMMMReportRequest",
    body_name="create_mmm_report_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "CreateMMMReportResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_analytics",
)


_ANALYTICS_GET_REPORT = Operation(
    "analytics/get_report",
    "GET",
    "/ad_accounts/{ad_account_id}/reports",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("token", "query", "str", required=True),
    ),
    responses={"200": "AdsAnalyticsGetAsyncResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_analytics",
)


_ANALYTICS_CREATE_REPORT = Operation(
    "analytics/create_report",
    "POST",
    "/ad_accounts/{ad_account_id}/reports",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="AdsAnalyticsCreateAsyncRequest",
    body_name="ads_analytics_create_async_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "AdsAnalyticsCreateAsyncResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_analytics",
)


_ANALYTICS_GET_CONVERSION_PRODUCT_REPORT = Operation(
    "analytics/get_conversion_product_report",
    "GET",
    "/ad_accounts/{ad_account_id}/reports/brand_category_sku",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("token", "query", "str", required=True),
    ),
    responses={"200": "AdsAnalyticsGetAsyncResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_ANALYTICS_CREATE_CONVERSION_PRODUCT_REPORT = Operation(
    "analytics/create_conversion_product_report",
    "POST",
    "/ad_accounts/{ad_account_id}/reports/brand_category_sku",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="ConversionProductReportRequest",
    body_name="conversion_product_report_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "AdsAnalyticsCreateAsyncResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_analytics",
)


_SANDBOX_DELETE = Operation(
    "sandbox/delete",
    "DELETE",
    "/ad_accounts/{ad_account_id}/sandbox",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    responses={"200": "str"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_AD_ACCOUNT_TARGETING_ANALYTICS_GET = Operation(
    "ad_account_targeting_analytics/get",
    "GET",
    "/ad_accounts/{ad_account_id}/targeting_analytics",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("start_date", "query", "date", required=True),
        Param("end_date", "query", "date", required=True),
        Param(
            "targeting_types",
            "query",
            "list[AdsAnalyticsTargetingType]",
            required=True,
            explode=False,
            max_items=15,
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


_TEMPLATES_LIST = Operation(
    "templates/list",
    "GET",
    "/ad_accounts/{ad_account_id}/templates",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("order", "query", "str", enum=("ASCENDING", "DESCENDING")),
        Param("bookmark", "query", "str"),
    ),
    responses={"200": "TemplatesListResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_ANALYTICS_CREATE_TEMPLATE_REPORT = Operation(
    "analytics/create_template_report",
    "POST",
    "/ad_accounts/{ad_account_id}/templates/{template_id}/reports",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("template_id", "path", "str", required=True, max_length=18),
        Param("start_date", "query", "date"),
        Param("end_date", "query", "date"),
        Param("granularity", "query", "Granularity"),
    ),
    responses={"200": "TemplateBasedReport", "201": "TemplateBasedReport"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_analytics",
)


class AdAccountsApi(ApiBase):
    """View analytical information about advertising.

    Note: If the current operation_user_account (defined by the access token)
    has access to another user's Ad Accounts via
    [Pinterest Business Access](https://developers.pinterest.com/docs/getting-started/using-business-access/),
    you can modify your request to use the current operation_user_account's
    permissions to those Ad Accounts by including the ad_account_id in the path
    parameters for the request (e.g. .../?ad_account_id=12345&...).
    """

    @calls(_AD_ACCOUNTS_LIST)
    def ad_accounts_list(
        self,
        *,
        include_shared_accounts: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> AdAccountsListResponse:
        """List ad accounts (``GET /ad_accounts``)

        Get a list of the ad_accounts that the "operation user_account" has access to.
        - This includes ad_accounts they own and ad_accounts that are owned by others who have granted them [Business
          Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts).

        :param include_shared_accounts: Include shared ad accounts
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: AdAccountsListResponse
        """
        return self.api_client.call(
            _AD_ACCOUNTS_LIST,
            options,
            include_shared_accounts=include_shared_accounts,
            bookmark=bookmark,
            page_size=page_size,
        )

    ad_accounts_list_with_http_info = WithHttpInfo("ad_accounts_list")

    @calls(_AD_ACCOUNTS_CREATE)
    def ad_accounts_create(
        self,
        ad_account_create: Optional[Union[AdAccountCreate, Dict[str, Any]]] = None,
        *,
        ad_account_create_request: Optional[Union[AdAccountCreate, Dict[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> AdAccount:
        """Create ad account (``POST /ad_accounts``)

        Create a new ad account. Different ad accounts can support different currencies, payment methods, etc.
        An ad account is needed to create campaigns, ad groups, and ads; other accounts (your employees or partners)
        can be assigned business access and appropriate roles to access an ad account.

        You can set up up to 50 ad accounts per user. (The user must have a business account to create an ad
        account.)
        For more, see [Create an advertiser
        account](https://help.pinterest.com/en/business/article/create-an-advertiser-account).

        :param ad_account_create: Resource create operation model.
        Deprecated: also accepts `ad_account_create_request=` for `ad_account_create`.
        :returns: AdAccount
        """
        ad_account_create = renamed(
            "ad_accounts_create",
            "ad_account_create",
            ad_account_create,
            {"ad_account_create_request": ad_account_create_request},
        )
        return self.api_client.call(_AD_ACCOUNTS_CREATE, options, ad_account_create=ad_account_create)

    ad_accounts_create_with_http_info = WithHttpInfo("ad_accounts_create")

    @calls(_AD_ACCOUNTS_GET)
    def ad_accounts_get(
        self,
        ad_account_id: str,
        **options: Unpack[CallOptions],
    ) -> AdAccount:
        """Get ad account (``GET /ad_accounts/{ad_account_id}``)

        Get an ad account

        :param ad_account_id: ``ad_account_id``, in the path.
        :returns: AdAccount
        """
        return self.api_client.call(_AD_ACCOUNTS_GET, options, ad_account_id=ad_account_id)

    ad_accounts_get_with_http_info = WithHttpInfo("ad_accounts_get")

    @calls(_AD_ACCOUNT_ANALYTICS)
    def ad_account_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, str],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, str]] = None,
        **options: Unpack[CallOptions],
    ) -> List[AdAccountAnalyticsResponseItem]:
        """Get ad account analytics (``GET /ad_accounts/{ad_account_id}/analytics``)

        Get analytics for the specified `ad_account_id`, filtered by the specified options.
        - The token's user_account must either be the Owner of the specified ad account, or have one of the necessary
          roles granted to them via [Business
          Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts): Admin,
          Analyst, Campaign Manager.
        - If granularity is not HOUR, you can pull data from up to 90 days before the current date in UTC time, with
          a maximum time range of 90 days.
        - If granularity is HOUR, you can pull data from up to 8 days before the current date in UTC time.

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
        :param reporting_timezone: Specify the timezone to be applied for the reporting. This feature is currently in
            BETA and is not available to all users.
        :returns: List[AdAccountAnalyticsResponseItem]
        """
        return self.api_client.call(
            _AD_ACCOUNT_ANALYTICS,
            options,
            ad_account_id=ad_account_id,
            start_date=start_date,
            end_date=end_date,
            columns=columns,
            granularity=granularity,
            click_window_days=click_window_days,
            engagement_window_days=engagement_window_days,
            view_window_days=view_window_days,
            conversion_report_time=conversion_report_time,
            reporting_timezone=reporting_timezone,
        )

    ad_account_analytics_with_http_info = WithHttpInfo("ad_account_analytics")

    @calls(_ANALYTICS_GET_MMM_REPORT)
    def analytics_get_mmm_report(
        self,
        ad_account_id: str,
        token: str,
        **options: Unpack[CallOptions],
    ) -> GetMMMReportResponse:
        """Get advertiser Marketing Mix Modeling (MMM) report. (``GET /ad_accounts/{ad_account_id}/mmm_reports``)

        Get an mmm report for an ad account. This returns a URL to an mmm metrics report given a token returned from
        the
        create mmm report endpoint.

        :param ad_account_id: Unique identifier of an ad account.
        :param token: Token returned from the post request creation call
        :returns: GetMMMReportResponse
        """
        return self.api_client.call(_ANALYTICS_GET_MMM_REPORT, options, ad_account_id=ad_account_id, token=token)

    analytics_get_mmm_report_with_http_info = WithHttpInfo("analytics_get_mmm_report")

    @calls(_ANALYTICS_CREATE_MMM_REPORT)
    def analytics_create_mmm_report(
        self,
        ad_account_id: str,
        create_mmm_report_request: Union[CreateMMMReportRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> CreateMMMReportResponse:
        """Create a request for a Marketing Mix Modeling (MMM) report (``POST
        /ad_accounts/{ad_account_id}/mmm_reports``)

        This creates an asynchronous mmm report based on the given request. It returns a token that you can use to
        download
        the report when it is ready. NOTE: An additional limit of 5 queries per minute per advertiser applies to this
        endpoint while it's in beta release.

        :param ad_account_id: Unique identifier of an ad account.
        :param create_mmm_report_request: The request body (CreateMMMReportRequest).
        :returns: CreateMMMReportResponse
        """
        return self.api_client.call(
            _ANALYTICS_CREATE_MMM_REPORT,
            options,
            ad_account_id=ad_account_id,
            create_mmm_report_request=create_mmm_report_request,
        )

    analytics_create_mmm_report_with_http_info = WithHttpInfo("analytics_create_mmm_report")

    @calls(_ANALYTICS_GET_REPORT)
    def analytics_get_report(
        self,
        ad_account_id: str,
        token: str,
        **options: Unpack[CallOptions],
    ) -> AdsAnalyticsGetAsyncResponse:
        """Get the account analytics report created by the async call (``GET /ad_accounts/{ad_account_id}/reports``)

        This returns a URL to an analytics report given a token returned from the post request report creation call.
        You can use the URL to download the report. The link is valid for five minutes and the report is valid for
        one hour.
        - The token's user_account must either be the Owner of the specified ad account, or have one of the necessary
          roles granted to them via [Business
          Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts): Admin,
          Analyst, Campaign Manager.

        :param ad_account_id: Unique identifier of an ad account.
        :param token: Token returned from the post request creation call
        :returns: AdsAnalyticsGetAsyncResponse
        """
        return self.api_client.call(_ANALYTICS_GET_REPORT, options, ad_account_id=ad_account_id, token=token)

    analytics_get_report_with_http_info = WithHttpInfo("analytics_get_report")

    @calls(_ANALYTICS_CREATE_REPORT)
    def analytics_create_report(
        self,
        ad_account_id: str,
        ads_analytics_create_async_request: Union[AdsAnalyticsCreateAsyncRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> AdsAnalyticsCreateAsyncResponse:
        """Create async request for an account analytics report (``POST /ad_accounts/{ad_account_id}/reports``)

        This returns a token that you can use to download the report when it is ready. Note that this endpoint
        requires the parameters to be passed as JSON-formatted in the request body. This endpoint does not support
        URL query parameters.
        - The token's user_account must either be the Owner of the specified ad account, or have one of the necessary
          roles granted to them via [Business
          Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts): Admin,
          Analyst, Campaign Manager.
        - If granularity is not HOUR, you can pull data from up to 914 days before the current date in UTC time, with
          a maximum time range of 186 days.
        - If granularity is HOUR, you can pull data from up to 8 days before the current date in UTC time, with a
          maximum time range of 3 days.
        - If level is PRODUCT_ITEM, you can pull data from up to 92 days before the current date in UTC time, with a
          maximum time range of 31 days.
        - If level is PRODUCT_ITEM, ad_ids and ad_statuses parameters are not allowed. Any columns related to pin
          promotion and ad is not allowed either.

        :param ad_account_id: Unique identifier of an ad account.
        :param ads_analytics_create_async_request: The request body (AdsAnalyticsCreateAsyncRequest).
        :returns: AdsAnalyticsCreateAsyncResponse
        """
        return self.api_client.call(
            _ANALYTICS_CREATE_REPORT,
            options,
            ad_account_id=ad_account_id,
            ads_analytics_create_async_request=ads_analytics_create_async_request,
        )

    analytics_create_report_with_http_info = WithHttpInfo("analytics_create_report")

    @calls(_ANALYTICS_GET_CONVERSION_PRODUCT_REPORT)
    def analytics_get_conversion_product_report(
        self,
        ad_account_id: str,
        token: str,
        **options: Unpack[CallOptions],
    ) -> AdsAnalyticsGetAsyncResponse:
        """Get advertiser brand, category, SKU report (``GET /ad_accounts/{ad_account_id}/reports/brand_category_sku``)

        [Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)
        Get a brand, category, SKU report for an ad account. This call returns the URL for the report that matches
        the token returned in the request to the Create brand, category, SKU report endpoint.

        :param ad_account_id: Unique identifier of an ad account.
        :param token: Token returned from the post request creation call
        :returns: AdsAnalyticsGetAsyncResponse
        """
        return self.api_client.call(
            _ANALYTICS_GET_CONVERSION_PRODUCT_REPORT, options, ad_account_id=ad_account_id, token=token
        )

    analytics_get_conversion_product_report_with_http_info = WithHttpInfo("analytics_get_conversion_product_report")

    @calls(_ANALYTICS_CREATE_CONVERSION_PRODUCT_REPORT)
    def analytics_create_conversion_product_report(
        self,
        ad_account_id: str,
        conversion_product_report_request: Union[ConversionProductReportRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> AdsAnalyticsCreateAsyncResponse:
        """Create a request for a brand, category, SKU report (``POST
        /ad_accounts/{ad_account_id}/reports/brand_category_sku``)

        [Restricted](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/)
        This creates an asynchronous brand, category, SKU report based on the given request. This request returns a
        token that you can use to download the report when it is ready.

        :param ad_account_id: Unique identifier of an ad account.
        :param conversion_product_report_request: Request for a brand, category, SKU report
        :returns: AdsAnalyticsCreateAsyncResponse
        """
        return self.api_client.call(
            _ANALYTICS_CREATE_CONVERSION_PRODUCT_REPORT,
            options,
            ad_account_id=ad_account_id,
            conversion_product_report_request=conversion_product_report_request,
        )

    analytics_create_conversion_product_report_with_http_info = WithHttpInfo(
        "analytics_create_conversion_product_report"
    )

    @calls(_SANDBOX_DELETE)
    def sandbox_delete(
        self,
        ad_account_id: str,
        **options: Unpack[CallOptions],
    ) -> str:
        """Delete ads data for ad account in API Sandbox (``DELETE /ad_accounts/{ad_account_id}/sandbox``)

        Delete an ad account and all the ads data associated with that account.
        A string message is returned indicating the status of the delete operation.

        Note: This endpoint is only allowed in the Pinterest API Sandbox (https://api-sandbox.pinterest.com/v5).
        Go to /docs/developer-tools/sandbox/ for more information.

        :param ad_account_id: Unique identifier of an ad account.
        :returns: str
        """
        return self.api_client.call(_SANDBOX_DELETE, options, ad_account_id=ad_account_id)

    sandbox_delete_with_http_info = WithHttpInfo("sandbox_delete")

    @calls(_AD_ACCOUNT_TARGETING_ANALYTICS_GET)
    def ad_account_targeting_analytics_get(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsTargetingType, str]],
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
        """Get targeting analytics for an ad account (``GET /ad_accounts/{ad_account_id}/targeting_analytics``)

        Get targeting analytics for an ad account.
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
        attribution_types = one_or_list("ad_account_targeting_analytics_get", "attribution_types", attribution_types)
        return self.api_client.call(
            _AD_ACCOUNT_TARGETING_ANALYTICS_GET,
            options,
            ad_account_id=ad_account_id,
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

    ad_account_targeting_analytics_get_with_http_info = WithHttpInfo("ad_account_targeting_analytics_get")

    @calls(_TEMPLATES_LIST)
    def templates_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> TemplatesListResponse:
        """List templates (``GET /ad_accounts/{ad_account_id}/templates``)

        Gets all Templates associated with an ad account ID.

        :param ad_account_id: Unique identifier of an ad account.
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param order: The order in which to sort the items returned: “ASCENDING” or “DESCENDING” by ID. Note that
            higher-value IDs are associated with more-recently added items.
        :param bookmark: Cursor used to fetch the next page of items
        :returns: TemplatesListResponse
        """
        return self.api_client.call(
            _TEMPLATES_LIST, options, ad_account_id=ad_account_id, page_size=page_size, order=order, bookmark=bookmark
        )

    templates_list_with_http_info = WithHttpInfo("templates_list")

    @calls(_ANALYTICS_CREATE_TEMPLATE_REPORT)
    def analytics_create_template_report(
        self,
        ad_account_id: str,
        template_id: str,
        *,
        start_date: Optional[Union[datetime.date, str]] = None,
        end_date: Optional[Union[datetime.date, str]] = None,
        granularity: Optional[Union[Granularity, str]] = None,
        **options: Unpack[CallOptions],
    ) -> TemplateBasedReport:
        """Create async request for an analytics report using a template (``POST
        /ad_accounts/{ad_account_id}/templates/{template_id}/reports``)

        This takes a template ID and an optional custom timeframe and
          constructs an asynchronous report based on the template. It returns
          a token that you can use to download the report when it is ready.

        :param ad_account_id: ``ad_account_id``, in the path.
        :param template_id: Unique identifier of a template.
        :param start_date: Metric report start date (UTC). Format: YYYY-MM-DD. Cannot be more than 2.5 years back
            from today.
        :param end_date: Metric report end date (UTC). Format: YYYY-MM-DD. Cannot be more than 2.5 years past start
            date.
        :param granularity: TOTAL - metrics are aggregated over the specified date range. DAY - metrics are broken
            down daily. HOUR - metrics are broken down hourly. WEEKLY - metrics are broken down weekly. MONTHLY -
            metrics are broken down monthly
        :returns: TemplateBasedReport
        """
        return self.api_client.call(
            _ANALYTICS_CREATE_TEMPLATE_REPORT,
            options,
            ad_account_id=ad_account_id,
            template_id=template_id,
            start_date=start_date,
            end_date=end_date,
            granularity=granularity,
        )

    analytics_create_template_report_with_http_info = WithHttpInfo("analytics_create_template_report")
