# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""CampaignsApi: View, create or update campaigns."""

import datetime
from typing import Any, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.ad_pin_analytics import AdPinAnalytics
from pinterest_client.model.ads_analytics_campaign_targeting_type import (
    AdsAnalyticsCampaignTargetingType,
    AdsAnalyticsCampaignTargetingTypeValue,
)
from pinterest_client.model.campaign_create_request import CampaignCreateRequest
from pinterest_client.model.campaign_create_response import CampaignCreateResponse
from pinterest_client.model.campaign_response import CampaignResponse
from pinterest_client.model.campaign_update_request import CampaignUpdateRequest
from pinterest_client.model.campaigns_analytics_response_item import CampaignsAnalyticsResponseItem
from pinterest_client.model.campaigns_list_response import CampaignsListResponse
from pinterest_client.model.conversion_report_attribution_type import (
    ConversionReportAttributionType,
    ConversionReportAttributionTypeValue,
)
from pinterest_client.model.granularity import Granularity, GranularityValue
from pinterest_client.model.metrics_response import MetricsResponse
from pinterest_client.model.reporting_time_zone import ReportingTimeZone, ReportingTimeZoneValue

_CAMPAIGNS_LIST: Operation
_CAMPAIGNS_CREATE: Operation
_CAMPAIGNS_UPDATE: Operation
_CAMPAIGNS_ANALYTICS: Operation
_CAMPAIGN_TARGETING_ANALYTICS_GET: Operation
_CAMPAIGNS_GET: Operation
_AD_PINS_ANALYTICS: Operation

class CampaignsApi(ApiBase):
    """View, create or update campaigns."""
    @overload
    def campaigns_list(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CampaignsListResponse: ...
    @overload
    def campaigns_list(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CampaignsListResponse]: ...
    @overload
    def campaigns_list(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def campaigns_list(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CampaignsListResponse]: ...
    @overload
    def campaigns_list(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CampaignsListResponse]]: ...
    @overload
    def campaigns_list(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def campaigns_list(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CampaignsListResponse, ApiResponse[CampaignsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def campaigns_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CampaignsListResponse]: ...
    @overload
    def campaigns_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def campaigns_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CampaignsListResponse]]: ...
    @overload
    def campaigns_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def campaigns_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        campaign_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CampaignsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def campaigns_create(
        self,
        ad_account_id: str,
        campaign_create_request: List[CampaignCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CampaignCreateResponse: ...
    @overload
    def campaigns_create(
        self,
        ad_account_id: str,
        campaign_create_request: List[CampaignCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CampaignCreateResponse]: ...
    @overload
    def campaigns_create(
        self,
        ad_account_id: str,
        campaign_create_request: List[CampaignCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def campaigns_create(
        self,
        ad_account_id: str,
        campaign_create_request: List[CampaignCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CampaignCreateResponse]: ...
    @overload
    def campaigns_create(
        self,
        ad_account_id: str,
        campaign_create_request: List[CampaignCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CampaignCreateResponse]]: ...
    @overload
    def campaigns_create(
        self,
        ad_account_id: str,
        campaign_create_request: List[CampaignCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def campaigns_create(
        self,
        ad_account_id: str,
        campaign_create_request: List[CampaignCreateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CampaignCreateResponse, ApiResponse[CampaignCreateResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def campaigns_create_with_http_info(
        self,
        ad_account_id: str,
        campaign_create_request: List[CampaignCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CampaignCreateResponse]: ...
    @overload
    def campaigns_create_with_http_info(
        self,
        ad_account_id: str,
        campaign_create_request: List[CampaignCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def campaigns_create_with_http_info(
        self,
        ad_account_id: str,
        campaign_create_request: List[CampaignCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CampaignCreateResponse]]: ...
    @overload
    def campaigns_create_with_http_info(
        self,
        ad_account_id: str,
        campaign_create_request: List[CampaignCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def campaigns_create_with_http_info(
        self,
        ad_account_id: str,
        campaign_create_request: List[CampaignCreateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CampaignCreateResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def campaigns_update(
        self,
        ad_account_id: str,
        campaign_update_request: List[CampaignUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CampaignCreateResponse: ...
    @overload
    def campaigns_update(
        self,
        ad_account_id: str,
        campaign_update_request: List[CampaignUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CampaignCreateResponse]: ...
    @overload
    def campaigns_update(
        self,
        ad_account_id: str,
        campaign_update_request: List[CampaignUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def campaigns_update(
        self,
        ad_account_id: str,
        campaign_update_request: List[CampaignUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CampaignCreateResponse]: ...
    @overload
    def campaigns_update(
        self,
        ad_account_id: str,
        campaign_update_request: List[CampaignUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CampaignCreateResponse]]: ...
    @overload
    def campaigns_update(
        self,
        ad_account_id: str,
        campaign_update_request: List[CampaignUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def campaigns_update(
        self,
        ad_account_id: str,
        campaign_update_request: List[CampaignUpdateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CampaignCreateResponse, ApiResponse[CampaignCreateResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def campaigns_update_with_http_info(
        self,
        ad_account_id: str,
        campaign_update_request: List[CampaignUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CampaignCreateResponse]: ...
    @overload
    def campaigns_update_with_http_info(
        self,
        ad_account_id: str,
        campaign_update_request: List[CampaignUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def campaigns_update_with_http_info(
        self,
        ad_account_id: str,
        campaign_update_request: List[CampaignUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CampaignCreateResponse]]: ...
    @overload
    def campaigns_update_with_http_info(
        self,
        ad_account_id: str,
        campaign_update_request: List[CampaignUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def campaigns_update_with_http_info(
        self,
        ad_account_id: str,
        campaign_update_request: List[CampaignUpdateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CampaignCreateResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def campaigns_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        campaign_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        aggregate_report_rows: Optional[bool] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> List[CampaignsAnalyticsResponseItem]: ...
    @overload
    def campaigns_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        campaign_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        aggregate_report_rows: Optional[bool] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[CampaignsAnalyticsResponseItem]]: ...
    @overload
    def campaigns_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        campaign_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        aggregate_report_rows: Optional[bool] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def campaigns_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        campaign_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        aggregate_report_rows: Optional[bool] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[List[CampaignsAnalyticsResponseItem]]: ...
    @overload
    def campaigns_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        campaign_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        aggregate_report_rows: Optional[bool] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[CampaignsAnalyticsResponseItem]]]: ...
    @overload
    def campaigns_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        campaign_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        aggregate_report_rows: Optional[bool] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def campaigns_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        campaign_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        aggregate_report_rows: Optional[bool] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        List[CampaignsAnalyticsResponseItem],
        ApiResponse[List[CampaignsAnalyticsResponseItem]],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def campaigns_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        campaign_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        aggregate_report_rows: Optional[bool] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[CampaignsAnalyticsResponseItem]]: ...
    @overload
    def campaigns_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        campaign_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        aggregate_report_rows: Optional[bool] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def campaigns_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        campaign_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        aggregate_report_rows: Optional[bool] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[CampaignsAnalyticsResponseItem]]]: ...
    @overload
    def campaigns_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        campaign_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        aggregate_report_rows: Optional[bool] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def campaigns_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        campaign_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        aggregate_report_rows: Optional[bool] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[List[CampaignsAnalyticsResponseItem]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def campaign_targeting_analytics_get(
        self,
        ad_account_id: str,
        campaign_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsCampaignTargetingType, AdsAnalyticsCampaignTargetingTypeValue]],
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
    def campaign_targeting_analytics_get(
        self,
        ad_account_id: str,
        campaign_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsCampaignTargetingType, AdsAnalyticsCampaignTargetingTypeValue]],
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
    def campaign_targeting_analytics_get(
        self,
        ad_account_id: str,
        campaign_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsCampaignTargetingType, AdsAnalyticsCampaignTargetingTypeValue]],
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
    def campaign_targeting_analytics_get(
        self,
        ad_account_id: str,
        campaign_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsCampaignTargetingType, AdsAnalyticsCampaignTargetingTypeValue]],
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
    def campaign_targeting_analytics_get(
        self,
        ad_account_id: str,
        campaign_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsCampaignTargetingType, AdsAnalyticsCampaignTargetingTypeValue]],
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
    def campaign_targeting_analytics_get(
        self,
        ad_account_id: str,
        campaign_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsCampaignTargetingType, AdsAnalyticsCampaignTargetingTypeValue]],
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
    def campaign_targeting_analytics_get(
        self,
        ad_account_id: str,
        campaign_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsCampaignTargetingType, AdsAnalyticsCampaignTargetingTypeValue]],
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
    def campaign_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        campaign_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsCampaignTargetingType, AdsAnalyticsCampaignTargetingTypeValue]],
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
    def campaign_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        campaign_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsCampaignTargetingType, AdsAnalyticsCampaignTargetingTypeValue]],
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
    def campaign_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        campaign_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsCampaignTargetingType, AdsAnalyticsCampaignTargetingTypeValue]],
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
    def campaign_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        campaign_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsCampaignTargetingType, AdsAnalyticsCampaignTargetingTypeValue]],
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
    def campaign_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        campaign_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsCampaignTargetingType, AdsAnalyticsCampaignTargetingTypeValue]],
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
    def campaigns_get(
        self,
        ad_account_id: str,
        campaign_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CampaignResponse: ...
    @overload
    def campaigns_get(
        self,
        ad_account_id: str,
        campaign_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CampaignResponse]: ...
    @overload
    def campaigns_get(
        self,
        ad_account_id: str,
        campaign_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def campaigns_get(
        self,
        ad_account_id: str,
        campaign_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CampaignResponse]: ...
    @overload
    def campaigns_get(
        self,
        ad_account_id: str,
        campaign_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CampaignResponse]]: ...
    @overload
    def campaigns_get(
        self,
        ad_account_id: str,
        campaign_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def campaigns_get(
        self,
        ad_account_id: str,
        campaign_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CampaignResponse, ApiResponse[CampaignResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def campaigns_get_with_http_info(
        self,
        ad_account_id: str,
        campaign_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CampaignResponse]: ...
    @overload
    def campaigns_get_with_http_info(
        self,
        ad_account_id: str,
        campaign_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def campaigns_get_with_http_info(
        self,
        ad_account_id: str,
        campaign_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CampaignResponse]]: ...
    @overload
    def campaigns_get_with_http_info(
        self,
        ad_account_id: str,
        campaign_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def campaigns_get_with_http_info(
        self,
        ad_account_id: str,
        campaign_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CampaignResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_pins_analytics(
        self,
        ad_account_id: str,
        campaign_id: str,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> List[AdPinAnalytics]: ...
    @overload
    def ad_pins_analytics(
        self,
        ad_account_id: str,
        campaign_id: str,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[AdPinAnalytics]]: ...
    @overload
    def ad_pins_analytics(
        self,
        ad_account_id: str,
        campaign_id: str,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_pins_analytics(
        self,
        ad_account_id: str,
        campaign_id: str,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[List[AdPinAnalytics]]: ...
    @overload
    def ad_pins_analytics(
        self,
        ad_account_id: str,
        campaign_id: str,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[AdPinAnalytics]]]: ...
    @overload
    def ad_pins_analytics(
        self,
        ad_account_id: str,
        campaign_id: str,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_pins_analytics(
        self,
        ad_account_id: str,
        campaign_id: str,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[List[AdPinAnalytics], ApiResponse[List[AdPinAnalytics]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_pins_analytics_with_http_info(
        self,
        ad_account_id: str,
        campaign_id: str,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[AdPinAnalytics]]: ...
    @overload
    def ad_pins_analytics_with_http_info(
        self,
        ad_account_id: str,
        campaign_id: str,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_pins_analytics_with_http_info(
        self,
        ad_account_id: str,
        campaign_id: str,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[AdPinAnalytics]]]: ...
    @overload
    def ad_pins_analytics_with_http_info(
        self,
        ad_account_id: str,
        campaign_id: str,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_pins_analytics_with_http_info(
        self,
        ad_account_id: str,
        campaign_id: str,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[List[AdPinAnalytics]], RawResponse, AsyncResult[Any]]: ...
