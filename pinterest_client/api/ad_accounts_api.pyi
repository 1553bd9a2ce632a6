# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""AdAccountsApi: View analytical information about advertising.

Note: If the current operation_user_account (defined by the access token)
has access to another user's Ad Accounts via
[Pinterest Business Access](https://developers.pinterest.com/docs/getting-started/using-business-access/),
you can modify your request to use the current operation_user_account's
permissions to those Ad Accounts by including the ad_account_id in the path
parameters for the request (e.g. .../?ad_account_id=12345&...).
"""

import datetime
from typing import Any, Dict, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.ad_account import AdAccount
from pinterest_client.model.ad_account_analytics_response_item import AdAccountAnalyticsResponseItem
from pinterest_client.model.ad_account_create import AdAccountCreate
from pinterest_client.model.ad_accounts_list_response import AdAccountsListResponse
from pinterest_client.model.ads_analytics_create_async_request import AdsAnalyticsCreateAsyncRequest
from pinterest_client.model.ads_analytics_create_async_response import AdsAnalyticsCreateAsyncResponse
from pinterest_client.model.ads_analytics_get_async_response import AdsAnalyticsGetAsyncResponse
from pinterest_client.model.ads_analytics_targeting_type import (
    AdsAnalyticsTargetingType,
    AdsAnalyticsTargetingTypeValue,
)
from pinterest_client.model.conversion_product_report_request import ConversionProductReportRequest
from pinterest_client.model.conversion_report_attribution_type import (
    ConversionReportAttributionType,
    ConversionReportAttributionTypeValue,
)
from pinterest_client.model.create_mmm_report_request import CreateMMMReportRequest
from pinterest_client.model.create_mmm_report_response import CreateMMMReportResponse
from pinterest_client.model.get_mmm_report_response import GetMMMReportResponse
from pinterest_client.model.granularity import Granularity, GranularityValue
from pinterest_client.model.metrics_response import MetricsResponse
from pinterest_client.model.reporting_time_zone import ReportingTimeZone, ReportingTimeZoneValue
from pinterest_client.model.template_based_report import TemplateBasedReport
from pinterest_client.model.templates_list_response import TemplatesListResponse

_AD_ACCOUNTS_LIST: Operation
_AD_ACCOUNTS_CREATE: Operation
_AD_ACCOUNTS_GET: Operation
_AD_ACCOUNT_ANALYTICS: Operation
_ANALYTICS_GET_MMM_REPORT: Operation
_ANALYTICS_CREATE_MMM_REPORT: Operation
_ANALYTICS_GET_REPORT: Operation
_ANALYTICS_CREATE_REPORT: Operation
_ANALYTICS_GET_CONVERSION_PRODUCT_REPORT: Operation
_ANALYTICS_CREATE_CONVERSION_PRODUCT_REPORT: Operation
_SANDBOX_DELETE: Operation
_AD_ACCOUNT_TARGETING_ANALYTICS_GET: Operation
_TEMPLATES_LIST: Operation
_ANALYTICS_CREATE_TEMPLATE_REPORT: Operation

class AdAccountsApi(ApiBase):
    """View analytical information about advertising.

    Note: If the current operation_user_account (defined by the access token)
    has access to another user's Ad Accounts via
    [Pinterest Business Access](https://developers.pinterest.com/docs/getting-started/using-business-access/),
    you can modify your request to use the current operation_user_account's
    permissions to those Ad Accounts by including the ad_account_id in the path
    parameters for the request (e.g. .../?ad_account_id=12345&...).
    """
    @overload
    def ad_accounts_list(
        self,
        *,
        include_shared_accounts: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdAccountsListResponse: ...
    @overload
    def ad_accounts_list(
        self,
        *,
        include_shared_accounts: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdAccountsListResponse]: ...
    @overload
    def ad_accounts_list(
        self,
        *,
        include_shared_accounts: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_list(
        self,
        *,
        include_shared_accounts: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdAccountsListResponse]: ...
    @overload
    def ad_accounts_list(
        self,
        *,
        include_shared_accounts: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdAccountsListResponse]]: ...
    @overload
    def ad_accounts_list(
        self,
        *,
        include_shared_accounts: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_list(
        self,
        *,
        include_shared_accounts: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AdAccountsListResponse, ApiResponse[AdAccountsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_accounts_list_with_http_info(
        self,
        *,
        include_shared_accounts: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdAccountsListResponse]: ...
    @overload
    def ad_accounts_list_with_http_info(
        self,
        *,
        include_shared_accounts: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_list_with_http_info(
        self,
        *,
        include_shared_accounts: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdAccountsListResponse]]: ...
    @overload
    def ad_accounts_list_with_http_info(
        self,
        *,
        include_shared_accounts: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_list_with_http_info(
        self,
        *,
        include_shared_accounts: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdAccountsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_accounts_create(
        self,
        ad_account_create: Union[AdAccountCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdAccount: ...
    @overload
    def ad_accounts_create(
        self,
        ad_account_create: Union[AdAccountCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdAccount]: ...
    @overload
    def ad_accounts_create(
        self,
        ad_account_create: Union[AdAccountCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_create(
        self,
        ad_account_create: Union[AdAccountCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdAccount]: ...
    @overload
    def ad_accounts_create(
        self,
        ad_account_create: Union[AdAccountCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdAccount]]: ...
    @overload
    def ad_accounts_create(
        self,
        ad_account_create: Union[AdAccountCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_create(
        self,
        ad_account_create: Union[AdAccountCreate, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AdAccount, ApiResponse[AdAccount], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_accounts_create(
        self,
        *,
        ad_account_create_request: Union[AdAccountCreate, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdAccount: ...
    @overload
    def ad_accounts_create(
        self,
        *,
        ad_account_create_request: Union[AdAccountCreate, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdAccount]: ...
    @overload
    def ad_accounts_create(
        self,
        *,
        ad_account_create_request: Union[AdAccountCreate, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_create(
        self,
        *,
        ad_account_create_request: Union[AdAccountCreate, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdAccount]: ...
    @overload
    def ad_accounts_create(
        self,
        *,
        ad_account_create_request: Union[AdAccountCreate, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdAccount]]: ...
    @overload
    def ad_accounts_create(
        self,
        *,
        ad_account_create_request: Union[AdAccountCreate, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_create(
        self,
        *,
        ad_account_create_request: Union[AdAccountCreate, Dict[str, Any]],
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AdAccount, ApiResponse[AdAccount], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_accounts_create_with_http_info(
        self,
        ad_account_create: Union[AdAccountCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdAccount]: ...
    @overload
    def ad_accounts_create_with_http_info(
        self,
        ad_account_create: Union[AdAccountCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_create_with_http_info(
        self,
        ad_account_create: Union[AdAccountCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdAccount]]: ...
    @overload
    def ad_accounts_create_with_http_info(
        self,
        ad_account_create: Union[AdAccountCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_create_with_http_info(
        self,
        ad_account_create: Union[AdAccountCreate, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdAccount], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_accounts_create_with_http_info(
        self,
        *,
        ad_account_create_request: Union[AdAccountCreate, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdAccount]: ...
    @overload
    def ad_accounts_create_with_http_info(
        self,
        *,
        ad_account_create_request: Union[AdAccountCreate, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_create_with_http_info(
        self,
        *,
        ad_account_create_request: Union[AdAccountCreate, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdAccount]]: ...
    @overload
    def ad_accounts_create_with_http_info(
        self,
        *,
        ad_account_create_request: Union[AdAccountCreate, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_create_with_http_info(
        self,
        *,
        ad_account_create_request: Union[AdAccountCreate, Dict[str, Any]],
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdAccount], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_accounts_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdAccount: ...
    @overload
    def ad_accounts_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdAccount]: ...
    @overload
    def ad_accounts_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdAccount]: ...
    @overload
    def ad_accounts_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdAccount]]: ...
    @overload
    def ad_accounts_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_get(
        self,
        ad_account_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AdAccount, ApiResponse[AdAccount], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_accounts_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdAccount]: ...
    @overload
    def ad_accounts_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdAccount]]: ...
    @overload
    def ad_accounts_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdAccount], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_account_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> List[AdAccountAnalyticsResponseItem]: ...
    @overload
    def ad_account_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[AdAccountAnalyticsResponseItem]]: ...
    @overload
    def ad_account_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_account_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[List[AdAccountAnalyticsResponseItem]]: ...
    @overload
    def ad_account_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[AdAccountAnalyticsResponseItem]]]: ...
    @overload
    def ad_account_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_account_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        List[AdAccountAnalyticsResponseItem],
        ApiResponse[List[AdAccountAnalyticsResponseItem]],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def ad_account_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[AdAccountAnalyticsResponseItem]]: ...
    @overload
    def ad_account_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_account_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[AdAccountAnalyticsResponseItem]]]: ...
    @overload
    def ad_account_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_account_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[List[AdAccountAnalyticsResponseItem]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def analytics_get_mmm_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> GetMMMReportResponse: ...
    @overload
    def analytics_get_mmm_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[GetMMMReportResponse]: ...
    @overload
    def analytics_get_mmm_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def analytics_get_mmm_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[GetMMMReportResponse]: ...
    @overload
    def analytics_get_mmm_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[GetMMMReportResponse]]: ...
    @overload
    def analytics_get_mmm_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def analytics_get_mmm_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[GetMMMReportResponse, ApiResponse[GetMMMReportResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def analytics_get_mmm_report_with_http_info(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[GetMMMReportResponse]: ...
    @overload
    def analytics_get_mmm_report_with_http_info(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def analytics_get_mmm_report_with_http_info(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[GetMMMReportResponse]]: ...
    @overload
    def analytics_get_mmm_report_with_http_info(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def analytics_get_mmm_report_with_http_info(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[GetMMMReportResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def analytics_create_mmm_report(
        self,
        ad_account_id: str,
        create_mmm_report_request: Union[CreateMMMReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CreateMMMReportResponse: ...
    @overload
    def analytics_create_mmm_report(
        self,
        ad_account_id: str,
        create_mmm_report_request: Union[CreateMMMReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CreateMMMReportResponse]: ...
    @overload
    def analytics_create_mmm_report(
        self,
        ad_account_id: str,
        create_mmm_report_request: Union[CreateMMMReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def analytics_create_mmm_report(
        self,
        ad_account_id: str,
        create_mmm_report_request: Union[CreateMMMReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CreateMMMReportResponse]: ...
    @overload
    def analytics_create_mmm_report(
        self,
        ad_account_id: str,
        create_mmm_report_request: Union[CreateMMMReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CreateMMMReportResponse]]: ...
    @overload
    def analytics_create_mmm_report(
        self,
        ad_account_id: str,
        create_mmm_report_request: Union[CreateMMMReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def analytics_create_mmm_report(
        self,
        ad_account_id: str,
        create_mmm_report_request: Union[CreateMMMReportRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CreateMMMReportResponse, ApiResponse[CreateMMMReportResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def analytics_create_mmm_report_with_http_info(
        self,
        ad_account_id: str,
        create_mmm_report_request: Union[CreateMMMReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CreateMMMReportResponse]: ...
    @overload
    def analytics_create_mmm_report_with_http_info(
        self,
        ad_account_id: str,
        create_mmm_report_request: Union[CreateMMMReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def analytics_create_mmm_report_with_http_info(
        self,
        ad_account_id: str,
        create_mmm_report_request: Union[CreateMMMReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CreateMMMReportResponse]]: ...
    @overload
    def analytics_create_mmm_report_with_http_info(
        self,
        ad_account_id: str,
        create_mmm_report_request: Union[CreateMMMReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def analytics_create_mmm_report_with_http_info(
        self,
        ad_account_id: str,
        create_mmm_report_request: Union[CreateMMMReportRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CreateMMMReportResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def analytics_get_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdsAnalyticsGetAsyncResponse: ...
    @overload
    def analytics_get_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdsAnalyticsGetAsyncResponse]: ...
    @overload
    def analytics_get_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def analytics_get_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdsAnalyticsGetAsyncResponse]: ...
    @overload
    def analytics_get_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdsAnalyticsGetAsyncResponse]]: ...
    @overload
    def analytics_get_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def analytics_get_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        AdsAnalyticsGetAsyncResponse, ApiResponse[AdsAnalyticsGetAsyncResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def analytics_get_report_with_http_info(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdsAnalyticsGetAsyncResponse]: ...
    @overload
    def analytics_get_report_with_http_info(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def analytics_get_report_with_http_info(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdsAnalyticsGetAsyncResponse]]: ...
    @overload
    def analytics_get_report_with_http_info(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def analytics_get_report_with_http_info(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdsAnalyticsGetAsyncResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def analytics_create_report(
        self,
        ad_account_id: str,
        ads_analytics_create_async_request: Union[AdsAnalyticsCreateAsyncRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdsAnalyticsCreateAsyncResponse: ...
    @overload
    def analytics_create_report(
        self,
        ad_account_id: str,
        ads_analytics_create_async_request: Union[AdsAnalyticsCreateAsyncRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdsAnalyticsCreateAsyncResponse]: ...
    @overload
    def analytics_create_report(
        self,
        ad_account_id: str,
        ads_analytics_create_async_request: Union[AdsAnalyticsCreateAsyncRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def analytics_create_report(
        self,
        ad_account_id: str,
        ads_analytics_create_async_request: Union[AdsAnalyticsCreateAsyncRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdsAnalyticsCreateAsyncResponse]: ...
    @overload
    def analytics_create_report(
        self,
        ad_account_id: str,
        ads_analytics_create_async_request: Union[AdsAnalyticsCreateAsyncRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdsAnalyticsCreateAsyncResponse]]: ...
    @overload
    def analytics_create_report(
        self,
        ad_account_id: str,
        ads_analytics_create_async_request: Union[AdsAnalyticsCreateAsyncRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def analytics_create_report(
        self,
        ad_account_id: str,
        ads_analytics_create_async_request: Union[AdsAnalyticsCreateAsyncRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        AdsAnalyticsCreateAsyncResponse, ApiResponse[AdsAnalyticsCreateAsyncResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def analytics_create_report_with_http_info(
        self,
        ad_account_id: str,
        ads_analytics_create_async_request: Union[AdsAnalyticsCreateAsyncRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdsAnalyticsCreateAsyncResponse]: ...
    @overload
    def analytics_create_report_with_http_info(
        self,
        ad_account_id: str,
        ads_analytics_create_async_request: Union[AdsAnalyticsCreateAsyncRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def analytics_create_report_with_http_info(
        self,
        ad_account_id: str,
        ads_analytics_create_async_request: Union[AdsAnalyticsCreateAsyncRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdsAnalyticsCreateAsyncResponse]]: ...
    @overload
    def analytics_create_report_with_http_info(
        self,
        ad_account_id: str,
        ads_analytics_create_async_request: Union[AdsAnalyticsCreateAsyncRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def analytics_create_report_with_http_info(
        self,
        ad_account_id: str,
        ads_analytics_create_async_request: Union[AdsAnalyticsCreateAsyncRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdsAnalyticsCreateAsyncResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def analytics_get_conversion_product_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdsAnalyticsGetAsyncResponse: ...
    @overload
    def analytics_get_conversion_product_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdsAnalyticsGetAsyncResponse]: ...
    @overload
    def analytics_get_conversion_product_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def analytics_get_conversion_product_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdsAnalyticsGetAsyncResponse]: ...
    @overload
    def analytics_get_conversion_product_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdsAnalyticsGetAsyncResponse]]: ...
    @overload
    def analytics_get_conversion_product_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def analytics_get_conversion_product_report(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        AdsAnalyticsGetAsyncResponse, ApiResponse[AdsAnalyticsGetAsyncResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def analytics_get_conversion_product_report_with_http_info(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdsAnalyticsGetAsyncResponse]: ...
    @overload
    def analytics_get_conversion_product_report_with_http_info(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def analytics_get_conversion_product_report_with_http_info(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdsAnalyticsGetAsyncResponse]]: ...
    @overload
    def analytics_get_conversion_product_report_with_http_info(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def analytics_get_conversion_product_report_with_http_info(
        self,
        ad_account_id: str,
        token: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdsAnalyticsGetAsyncResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def analytics_create_conversion_product_report(
        self,
        ad_account_id: str,
        conversion_product_report_request: Union[ConversionProductReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdsAnalyticsCreateAsyncResponse: ...
    @overload
    def analytics_create_conversion_product_report(
        self,
        ad_account_id: str,
        conversion_product_report_request: Union[ConversionProductReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdsAnalyticsCreateAsyncResponse]: ...
    @overload
    def analytics_create_conversion_product_report(
        self,
        ad_account_id: str,
        conversion_product_report_request: Union[ConversionProductReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def analytics_create_conversion_product_report(
        self,
        ad_account_id: str,
        conversion_product_report_request: Union[ConversionProductReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdsAnalyticsCreateAsyncResponse]: ...
    @overload
    def analytics_create_conversion_product_report(
        self,
        ad_account_id: str,
        conversion_product_report_request: Union[ConversionProductReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdsAnalyticsCreateAsyncResponse]]: ...
    @overload
    def analytics_create_conversion_product_report(
        self,
        ad_account_id: str,
        conversion_product_report_request: Union[ConversionProductReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def analytics_create_conversion_product_report(
        self,
        ad_account_id: str,
        conversion_product_report_request: Union[ConversionProductReportRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        AdsAnalyticsCreateAsyncResponse, ApiResponse[AdsAnalyticsCreateAsyncResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def analytics_create_conversion_product_report_with_http_info(
        self,
        ad_account_id: str,
        conversion_product_report_request: Union[ConversionProductReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdsAnalyticsCreateAsyncResponse]: ...
    @overload
    def analytics_create_conversion_product_report_with_http_info(
        self,
        ad_account_id: str,
        conversion_product_report_request: Union[ConversionProductReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def analytics_create_conversion_product_report_with_http_info(
        self,
        ad_account_id: str,
        conversion_product_report_request: Union[ConversionProductReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdsAnalyticsCreateAsyncResponse]]: ...
    @overload
    def analytics_create_conversion_product_report_with_http_info(
        self,
        ad_account_id: str,
        conversion_product_report_request: Union[ConversionProductReportRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def analytics_create_conversion_product_report_with_http_info(
        self,
        ad_account_id: str,
        conversion_product_report_request: Union[ConversionProductReportRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdsAnalyticsCreateAsyncResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def sandbox_delete(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> str: ...
    @overload
    def sandbox_delete(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[str]: ...
    @overload
    def sandbox_delete(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def sandbox_delete(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[str]: ...
    @overload
    def sandbox_delete(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[str]]: ...
    @overload
    def sandbox_delete(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def sandbox_delete(
        self,
        ad_account_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[str, ApiResponse[str], RawResponse, AsyncResult[Any]]: ...
    @overload
    def sandbox_delete_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[str]: ...
    @overload
    def sandbox_delete_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def sandbox_delete_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[str]]: ...
    @overload
    def sandbox_delete_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def sandbox_delete_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[str], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_account_targeting_analytics_get(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsTargetingType, AdsAnalyticsTargetingTypeValue]],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        attribution_types: Optional[
            Union[
                List[Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue]],
                Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue],
            ]
        ] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> MetricsResponse: ...
    @overload
    def ad_account_targeting_analytics_get(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsTargetingType, AdsAnalyticsTargetingTypeValue]],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        attribution_types: Optional[
            Union[
                List[Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue]],
                Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue],
            ]
        ] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[MetricsResponse]: ...
    @overload
    def ad_account_targeting_analytics_get(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsTargetingType, AdsAnalyticsTargetingTypeValue]],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        attribution_types: Optional[
            Union[
                List[Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue]],
                Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue],
            ]
        ] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_account_targeting_analytics_get(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsTargetingType, AdsAnalyticsTargetingTypeValue]],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        attribution_types: Optional[
            Union[
                List[Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue]],
                Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue],
            ]
        ] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[MetricsResponse]: ...
    @overload
    def ad_account_targeting_analytics_get(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsTargetingType, AdsAnalyticsTargetingTypeValue]],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        attribution_types: Optional[
            Union[
                List[Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue]],
                Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue],
            ]
        ] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[MetricsResponse]]: ...
    @overload
    def ad_account_targeting_analytics_get(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsTargetingType, AdsAnalyticsTargetingTypeValue]],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        attribution_types: Optional[
            Union[
                List[Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue]],
                Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue],
            ]
        ] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_account_targeting_analytics_get(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsTargetingType, AdsAnalyticsTargetingTypeValue]],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        attribution_types: Optional[
            Union[
                List[Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue]],
                Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue],
            ]
        ] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[MetricsResponse, ApiResponse[MetricsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_account_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsTargetingType, AdsAnalyticsTargetingTypeValue]],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        attribution_types: Optional[
            Union[
                List[Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue]],
                Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue],
            ]
        ] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[MetricsResponse]: ...
    @overload
    def ad_account_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsTargetingType, AdsAnalyticsTargetingTypeValue]],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        attribution_types: Optional[
            Union[
                List[Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue]],
                Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue],
            ]
        ] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_account_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsTargetingType, AdsAnalyticsTargetingTypeValue]],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        attribution_types: Optional[
            Union[
                List[Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue]],
                Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue],
            ]
        ] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[MetricsResponse]]: ...
    @overload
    def ad_account_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsTargetingType, AdsAnalyticsTargetingTypeValue]],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        attribution_types: Optional[
            Union[
                List[Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue]],
                Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue],
            ]
        ] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_account_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsTargetingType, AdsAnalyticsTargetingTypeValue]],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        attribution_types: Optional[
            Union[
                List[Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue]],
                Union[ConversionReportAttributionType, ConversionReportAttributionTypeValue],
            ]
        ] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[MetricsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def templates_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> TemplatesListResponse: ...
    @overload
    def templates_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[TemplatesListResponse]: ...
    @overload
    def templates_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def templates_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[TemplatesListResponse]: ...
    @overload
    def templates_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[TemplatesListResponse]]: ...
    @overload
    def templates_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def templates_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[TemplatesListResponse, ApiResponse[TemplatesListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def templates_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[TemplatesListResponse]: ...
    @overload
    def templates_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def templates_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[TemplatesListResponse]]: ...
    @overload
    def templates_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def templates_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[TemplatesListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def analytics_create_template_report(
        self,
        ad_account_id: str,
        template_id: str,
        *,
        start_date: Optional[Union[datetime.date, str]] = None,
        end_date: Optional[Union[datetime.date, str]] = None,
        granularity: Optional[Union[Granularity, GranularityValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> TemplateBasedReport: ...
    @overload
    def analytics_create_template_report(
        self,
        ad_account_id: str,
        template_id: str,
        *,
        start_date: Optional[Union[datetime.date, str]] = None,
        end_date: Optional[Union[datetime.date, str]] = None,
        granularity: Optional[Union[Granularity, GranularityValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[TemplateBasedReport]: ...
    @overload
    def analytics_create_template_report(
        self,
        ad_account_id: str,
        template_id: str,
        *,
        start_date: Optional[Union[datetime.date, str]] = None,
        end_date: Optional[Union[datetime.date, str]] = None,
        granularity: Optional[Union[Granularity, GranularityValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def analytics_create_template_report(
        self,
        ad_account_id: str,
        template_id: str,
        *,
        start_date: Optional[Union[datetime.date, str]] = None,
        end_date: Optional[Union[datetime.date, str]] = None,
        granularity: Optional[Union[Granularity, GranularityValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[TemplateBasedReport]: ...
    @overload
    def analytics_create_template_report(
        self,
        ad_account_id: str,
        template_id: str,
        *,
        start_date: Optional[Union[datetime.date, str]] = None,
        end_date: Optional[Union[datetime.date, str]] = None,
        granularity: Optional[Union[Granularity, GranularityValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[TemplateBasedReport]]: ...
    @overload
    def analytics_create_template_report(
        self,
        ad_account_id: str,
        template_id: str,
        *,
        start_date: Optional[Union[datetime.date, str]] = None,
        end_date: Optional[Union[datetime.date, str]] = None,
        granularity: Optional[Union[Granularity, GranularityValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def analytics_create_template_report(
        self,
        ad_account_id: str,
        template_id: str,
        *,
        start_date: Optional[Union[datetime.date, str]] = None,
        end_date: Optional[Union[datetime.date, str]] = None,
        granularity: Optional[Union[Granularity, GranularityValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[TemplateBasedReport, ApiResponse[TemplateBasedReport], RawResponse, AsyncResult[Any]]: ...
    @overload
    def analytics_create_template_report_with_http_info(
        self,
        ad_account_id: str,
        template_id: str,
        *,
        start_date: Optional[Union[datetime.date, str]] = None,
        end_date: Optional[Union[datetime.date, str]] = None,
        granularity: Optional[Union[Granularity, GranularityValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[TemplateBasedReport]: ...
    @overload
    def analytics_create_template_report_with_http_info(
        self,
        ad_account_id: str,
        template_id: str,
        *,
        start_date: Optional[Union[datetime.date, str]] = None,
        end_date: Optional[Union[datetime.date, str]] = None,
        granularity: Optional[Union[Granularity, GranularityValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def analytics_create_template_report_with_http_info(
        self,
        ad_account_id: str,
        template_id: str,
        *,
        start_date: Optional[Union[datetime.date, str]] = None,
        end_date: Optional[Union[datetime.date, str]] = None,
        granularity: Optional[Union[Granularity, GranularityValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[TemplateBasedReport]]: ...
    @overload
    def analytics_create_template_report_with_http_info(
        self,
        ad_account_id: str,
        template_id: str,
        *,
        start_date: Optional[Union[datetime.date, str]] = None,
        end_date: Optional[Union[datetime.date, str]] = None,
        granularity: Optional[Union[Granularity, GranularityValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def analytics_create_template_report_with_http_info(
        self,
        ad_account_id: str,
        template_id: str,
        *,
        start_date: Optional[Union[datetime.date, str]] = None,
        end_date: Optional[Union[datetime.date, str]] = None,
        granularity: Optional[Union[Granularity, GranularityValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[TemplateBasedReport], RawResponse, AsyncResult[Any]]: ...
