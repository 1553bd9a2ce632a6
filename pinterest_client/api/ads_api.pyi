# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""AdsApi: View, create or update ads."""

import datetime
from typing import Any, Dict, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.ad_array_response import AdArrayResponse
from pinterest_client.model.ad_create_request import AdCreateRequest
from pinterest_client.model.ad_preview_request import AdPreviewRequest
from pinterest_client.model.ad_preview_url_response import AdPreviewURLResponse
from pinterest_client.model.ad_response import AdResponse
from pinterest_client.model.ad_update_request import AdUpdateRequest
from pinterest_client.model.ads_analytics_ad_targeting_type import (
    AdsAnalyticsAdTargetingType,
    AdsAnalyticsAdTargetingTypeValue,
)
from pinterest_client.model.ads_analytics_response_item import AdsAnalyticsResponseItem
from pinterest_client.model.ads_list_response import AdsListResponse
from pinterest_client.model.conversion_report_attribution_type import (
    ConversionReportAttributionType,
    ConversionReportAttributionTypeValue,
)
from pinterest_client.model.granularity import Granularity, GranularityValue
from pinterest_client.model.metrics_response import MetricsResponse
from pinterest_client.model.reporting_time_zone import ReportingTimeZone, ReportingTimeZoneValue

_AD_PREVIEWS_CREATE: Operation
_ADS_LIST: Operation
_ADS_CREATE: Operation
_ADS_UPDATE: Operation
_ADS_ANALYTICS: Operation
_AD_TARGETING_ANALYTICS_GET: Operation
_ADS_GET: Operation

class AdsApi(ApiBase):
    """View, create or update ads."""
    @overload
    def ad_previews_create(
        self,
        ad_account_id: str,
        ad_preview_request: Union[AdPreviewRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdPreviewURLResponse: ...
    @overload
    def ad_previews_create(
        self,
        ad_account_id: str,
        ad_preview_request: Union[AdPreviewRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdPreviewURLResponse]: ...
    @overload
    def ad_previews_create(
        self,
        ad_account_id: str,
        ad_preview_request: Union[AdPreviewRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_previews_create(
        self,
        ad_account_id: str,
        ad_preview_request: Union[AdPreviewRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdPreviewURLResponse]: ...
    @overload
    def ad_previews_create(
        self,
        ad_account_id: str,
        ad_preview_request: Union[AdPreviewRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdPreviewURLResponse]]: ...
    @overload
    def ad_previews_create(
        self,
        ad_account_id: str,
        ad_preview_request: Union[AdPreviewRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_previews_create(
        self,
        ad_account_id: str,
        ad_preview_request: Union[AdPreviewRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AdPreviewURLResponse, ApiResponse[AdPreviewURLResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_previews_create_with_http_info(
        self,
        ad_account_id: str,
        ad_preview_request: Union[AdPreviewRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdPreviewURLResponse]: ...
    @overload
    def ad_previews_create_with_http_info(
        self,
        ad_account_id: str,
        ad_preview_request: Union[AdPreviewRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_previews_create_with_http_info(
        self,
        ad_account_id: str,
        ad_preview_request: Union[AdPreviewRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdPreviewURLResponse]]: ...
    @overload
    def ad_previews_create_with_http_info(
        self,
        ad_account_id: str,
        ad_preview_request: Union[AdPreviewRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_previews_create_with_http_info(
        self,
        ad_account_id: str,
        ad_preview_request: Union[AdPreviewRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdPreviewURLResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
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
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdsListResponse: ...
    @overload
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
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdsListResponse]: ...
    @overload
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
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
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
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdsListResponse]: ...
    @overload
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
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdsListResponse]]: ...
    @overload
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
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
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
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AdsListResponse, ApiResponse[AdsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ads_list_with_http_info(
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
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdsListResponse]: ...
    @overload
    def ads_list_with_http_info(
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
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ads_list_with_http_info(
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
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdsListResponse]]: ...
    @overload
    def ads_list_with_http_info(
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
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ads_list_with_http_info(
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
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ads_create(
        self,
        ad_account_id: str,
        ad_create_request: List[AdCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdArrayResponse: ...
    @overload
    def ads_create(
        self,
        ad_account_id: str,
        ad_create_request: List[AdCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdArrayResponse]: ...
    @overload
    def ads_create(
        self,
        ad_account_id: str,
        ad_create_request: List[AdCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ads_create(
        self,
        ad_account_id: str,
        ad_create_request: List[AdCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdArrayResponse]: ...
    @overload
    def ads_create(
        self,
        ad_account_id: str,
        ad_create_request: List[AdCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdArrayResponse]]: ...
    @overload
    def ads_create(
        self,
        ad_account_id: str,
        ad_create_request: List[AdCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ads_create(
        self,
        ad_account_id: str,
        ad_create_request: List[AdCreateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AdArrayResponse, ApiResponse[AdArrayResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ads_create_with_http_info(
        self,
        ad_account_id: str,
        ad_create_request: List[AdCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdArrayResponse]: ...
    @overload
    def ads_create_with_http_info(
        self,
        ad_account_id: str,
        ad_create_request: List[AdCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ads_create_with_http_info(
        self,
        ad_account_id: str,
        ad_create_request: List[AdCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdArrayResponse]]: ...
    @overload
    def ads_create_with_http_info(
        self,
        ad_account_id: str,
        ad_create_request: List[AdCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ads_create_with_http_info(
        self,
        ad_account_id: str,
        ad_create_request: List[AdCreateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdArrayResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ads_update(
        self,
        ad_account_id: str,
        ad_update_request: List[AdUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdArrayResponse: ...
    @overload
    def ads_update(
        self,
        ad_account_id: str,
        ad_update_request: List[AdUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdArrayResponse]: ...
    @overload
    def ads_update(
        self,
        ad_account_id: str,
        ad_update_request: List[AdUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ads_update(
        self,
        ad_account_id: str,
        ad_update_request: List[AdUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdArrayResponse]: ...
    @overload
    def ads_update(
        self,
        ad_account_id: str,
        ad_update_request: List[AdUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdArrayResponse]]: ...
    @overload
    def ads_update(
        self,
        ad_account_id: str,
        ad_update_request: List[AdUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ads_update(
        self,
        ad_account_id: str,
        ad_update_request: List[AdUpdateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AdArrayResponse, ApiResponse[AdArrayResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ads_update_with_http_info(
        self,
        ad_account_id: str,
        ad_update_request: List[AdUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdArrayResponse]: ...
    @overload
    def ads_update_with_http_info(
        self,
        ad_account_id: str,
        ad_update_request: List[AdUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ads_update_with_http_info(
        self,
        ad_account_id: str,
        ad_update_request: List[AdUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdArrayResponse]]: ...
    @overload
    def ads_update_with_http_info(
        self,
        ad_account_id: str,
        ad_update_request: List[AdUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ads_update_with_http_info(
        self,
        ad_account_id: str,
        ad_update_request: List[AdUpdateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdArrayResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ads_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        ad_ids: Optional[List[str]] = None,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> List[AdsAnalyticsResponseItem]: ...
    @overload
    def ads_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        ad_ids: Optional[List[str]] = None,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[AdsAnalyticsResponseItem]]: ...
    @overload
    def ads_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        ad_ids: Optional[List[str]] = None,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ads_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        ad_ids: Optional[List[str]] = None,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[List[AdsAnalyticsResponseItem]]: ...
    @overload
    def ads_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        ad_ids: Optional[List[str]] = None,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[AdsAnalyticsResponseItem]]]: ...
    @overload
    def ads_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        ad_ids: Optional[List[str]] = None,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ads_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        ad_ids: Optional[List[str]] = None,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        List[AdsAnalyticsResponseItem], ApiResponse[List[AdsAnalyticsResponseItem]], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def ads_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        /,
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> List[AdsAnalyticsResponseItem]: ...
    @overload
    def ads_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        /,
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[AdsAnalyticsResponseItem]]: ...
    @overload
    def ads_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        /,
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ads_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        /,
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[List[AdsAnalyticsResponseItem]]: ...
    @overload
    def ads_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        /,
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[AdsAnalyticsResponseItem]]]: ...
    @overload
    def ads_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        /,
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ads_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        /,
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        List[AdsAnalyticsResponseItem], ApiResponse[List[AdsAnalyticsResponseItem]], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def ads_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        ad_ids: Optional[List[str]] = None,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[AdsAnalyticsResponseItem]]: ...
    @overload
    def ads_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        ad_ids: Optional[List[str]] = None,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ads_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        ad_ids: Optional[List[str]] = None,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[AdsAnalyticsResponseItem]]]: ...
    @overload
    def ads_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        ad_ids: Optional[List[str]] = None,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ads_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        *,
        ad_ids: Optional[List[str]] = None,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[List[AdsAnalyticsResponseItem]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ads_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        /,
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[AdsAnalyticsResponseItem]]: ...
    @overload
    def ads_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        /,
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ads_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        /,
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[AdsAnalyticsResponseItem]]]: ...
    @overload
    def ads_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        /,
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ads_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_ids: List[str],
        columns: List[str],
        granularity: Union[Granularity, GranularityValue],
        /,
        *,
        click_window_days: Optional[int] = None,
        engagement_window_days: Optional[int] = None,
        view_window_days: Optional[int] = None,
        conversion_report_time: Optional[str] = None,
        pin_ids: Optional[List[str]] = None,
        campaign_ids: Optional[List[str]] = None,
        reporting_timezone: Optional[Union[ReportingTimeZone, ReportingTimeZoneValue]] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[List[AdsAnalyticsResponseItem]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_targeting_analytics_get(
        self,
        ad_account_id: str,
        ad_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdTargetingType, AdsAnalyticsAdTargetingTypeValue]],
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
    def ad_targeting_analytics_get(
        self,
        ad_account_id: str,
        ad_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdTargetingType, AdsAnalyticsAdTargetingTypeValue]],
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
    def ad_targeting_analytics_get(
        self,
        ad_account_id: str,
        ad_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdTargetingType, AdsAnalyticsAdTargetingTypeValue]],
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
    def ad_targeting_analytics_get(
        self,
        ad_account_id: str,
        ad_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdTargetingType, AdsAnalyticsAdTargetingTypeValue]],
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
    def ad_targeting_analytics_get(
        self,
        ad_account_id: str,
        ad_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdTargetingType, AdsAnalyticsAdTargetingTypeValue]],
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
    def ad_targeting_analytics_get(
        self,
        ad_account_id: str,
        ad_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdTargetingType, AdsAnalyticsAdTargetingTypeValue]],
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
    def ad_targeting_analytics_get(
        self,
        ad_account_id: str,
        ad_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdTargetingType, AdsAnalyticsAdTargetingTypeValue]],
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
    def ad_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        ad_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdTargetingType, AdsAnalyticsAdTargetingTypeValue]],
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
    def ad_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        ad_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdTargetingType, AdsAnalyticsAdTargetingTypeValue]],
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
    def ad_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        ad_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdTargetingType, AdsAnalyticsAdTargetingTypeValue]],
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
    def ad_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        ad_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdTargetingType, AdsAnalyticsAdTargetingTypeValue]],
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
    def ad_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        ad_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdTargetingType, AdsAnalyticsAdTargetingTypeValue]],
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
    def ads_get(
        self,
        ad_account_id: str,
        ad_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdResponse: ...
    @overload
    def ads_get(
        self,
        ad_account_id: str,
        ad_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdResponse]: ...
    @overload
    def ads_get(
        self,
        ad_account_id: str,
        ad_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ads_get(
        self,
        ad_account_id: str,
        ad_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdResponse]: ...
    @overload
    def ads_get(
        self,
        ad_account_id: str,
        ad_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdResponse]]: ...
    @overload
    def ads_get(
        self,
        ad_account_id: str,
        ad_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ads_get(
        self,
        ad_account_id: str,
        ad_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AdResponse, ApiResponse[AdResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ads_get_with_http_info(
        self,
        ad_account_id: str,
        ad_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdResponse]: ...
    @overload
    def ads_get_with_http_info(
        self,
        ad_account_id: str,
        ad_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ads_get_with_http_info(
        self,
        ad_account_id: str,
        ad_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdResponse]]: ...
    @overload
    def ads_get_with_http_info(
        self,
        ad_account_id: str,
        ad_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ads_get_with_http_info(
        self,
        ad_account_id: str,
        ad_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdResponse], RawResponse, AsyncResult[Any]]: ...
