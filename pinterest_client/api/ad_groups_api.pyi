# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""AdGroupsApi: View, create or update ad groups."""

import datetime
from typing import Any, Dict, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.ad_group_array_response import AdGroupArrayResponse
from pinterest_client.model.ad_group_audience_sizing_request import AdGroupAudienceSizingRequest
from pinterest_client.model.ad_group_audience_sizing_response import AdGroupAudienceSizingResponse
from pinterest_client.model.ad_group_create_request import AdGroupCreateRequest
from pinterest_client.model.ad_group_response import AdGroupResponse
from pinterest_client.model.ad_group_update_request import AdGroupUpdateRequest
from pinterest_client.model.ad_groups_analytics_response_item import AdGroupsAnalyticsResponseItem
from pinterest_client.model.ad_groups_list_response import AdGroupsListResponse
from pinterest_client.model.ads_analytics_ad_group_targeting_type import (
    AdsAnalyticsAdGroupTargetingType,
    AdsAnalyticsAdGroupTargetingTypeValue,
)
from pinterest_client.model.bid_floor import BidFloor
from pinterest_client.model.bid_floor_request import BidFloorRequest
from pinterest_client.model.conversion_report_attribution_type import (
    ConversionReportAttributionType,
    ConversionReportAttributionTypeValue,
)
from pinterest_client.model.granularity import Granularity, GranularityValue
from pinterest_client.model.metrics_response import MetricsResponse
from pinterest_client.model.reporting_time_zone import ReportingTimeZone, ReportingTimeZoneValue

_AD_GROUPS_LIST: Operation
_AD_GROUPS_CREATE: Operation
_AD_GROUPS_UPDATE: Operation
_AD_GROUPS_ANALYTICS: Operation
_AD_GROUPS_TARGETING_ANALYTICS_GET: Operation
_AD_GROUPS_AUDIENCE_SIZING: Operation
_AD_GROUPS_GET: Operation
_AD_GROUPS_BID_FLOOR_GET: Operation

class AdGroupsApi(ApiBase):
    """View, create or update ad groups."""
    @overload
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
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdGroupsListResponse: ...
    @overload
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
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdGroupsListResponse]: ...
    @overload
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
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
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
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdGroupsListResponse]: ...
    @overload
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
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdGroupsListResponse]]: ...
    @overload
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
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
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
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AdGroupsListResponse, ApiResponse[AdGroupsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_groups_list_with_http_info(
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
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdGroupsListResponse]: ...
    @overload
    def ad_groups_list_with_http_info(
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
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_groups_list_with_http_info(
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
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdGroupsListResponse]]: ...
    @overload
    def ad_groups_list_with_http_info(
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
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_groups_list_with_http_info(
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
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdGroupsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_groups_create(
        self,
        ad_account_id: str,
        ad_group_create_request: List[AdGroupCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdGroupArrayResponse: ...
    @overload
    def ad_groups_create(
        self,
        ad_account_id: str,
        ad_group_create_request: List[AdGroupCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdGroupArrayResponse]: ...
    @overload
    def ad_groups_create(
        self,
        ad_account_id: str,
        ad_group_create_request: List[AdGroupCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_groups_create(
        self,
        ad_account_id: str,
        ad_group_create_request: List[AdGroupCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdGroupArrayResponse]: ...
    @overload
    def ad_groups_create(
        self,
        ad_account_id: str,
        ad_group_create_request: List[AdGroupCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdGroupArrayResponse]]: ...
    @overload
    def ad_groups_create(
        self,
        ad_account_id: str,
        ad_group_create_request: List[AdGroupCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_groups_create(
        self,
        ad_account_id: str,
        ad_group_create_request: List[AdGroupCreateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AdGroupArrayResponse, ApiResponse[AdGroupArrayResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_groups_create_with_http_info(
        self,
        ad_account_id: str,
        ad_group_create_request: List[AdGroupCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdGroupArrayResponse]: ...
    @overload
    def ad_groups_create_with_http_info(
        self,
        ad_account_id: str,
        ad_group_create_request: List[AdGroupCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_groups_create_with_http_info(
        self,
        ad_account_id: str,
        ad_group_create_request: List[AdGroupCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdGroupArrayResponse]]: ...
    @overload
    def ad_groups_create_with_http_info(
        self,
        ad_account_id: str,
        ad_group_create_request: List[AdGroupCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_groups_create_with_http_info(
        self,
        ad_account_id: str,
        ad_group_create_request: List[AdGroupCreateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdGroupArrayResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_groups_update(
        self,
        ad_account_id: str,
        ad_group_update_request: List[AdGroupUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdGroupArrayResponse: ...
    @overload
    def ad_groups_update(
        self,
        ad_account_id: str,
        ad_group_update_request: List[AdGroupUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdGroupArrayResponse]: ...
    @overload
    def ad_groups_update(
        self,
        ad_account_id: str,
        ad_group_update_request: List[AdGroupUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_groups_update(
        self,
        ad_account_id: str,
        ad_group_update_request: List[AdGroupUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdGroupArrayResponse]: ...
    @overload
    def ad_groups_update(
        self,
        ad_account_id: str,
        ad_group_update_request: List[AdGroupUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdGroupArrayResponse]]: ...
    @overload
    def ad_groups_update(
        self,
        ad_account_id: str,
        ad_group_update_request: List[AdGroupUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_groups_update(
        self,
        ad_account_id: str,
        ad_group_update_request: List[AdGroupUpdateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AdGroupArrayResponse, ApiResponse[AdGroupArrayResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_groups_update_with_http_info(
        self,
        ad_account_id: str,
        ad_group_update_request: List[AdGroupUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdGroupArrayResponse]: ...
    @overload
    def ad_groups_update_with_http_info(
        self,
        ad_account_id: str,
        ad_group_update_request: List[AdGroupUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_groups_update_with_http_info(
        self,
        ad_account_id: str,
        ad_group_update_request: List[AdGroupUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdGroupArrayResponse]]: ...
    @overload
    def ad_groups_update_with_http_info(
        self,
        ad_account_id: str,
        ad_group_update_request: List[AdGroupUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_groups_update_with_http_info(
        self,
        ad_account_id: str,
        ad_group_update_request: List[AdGroupUpdateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdGroupArrayResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_groups_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_group_ids: List[str],
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
    ) -> List[AdGroupsAnalyticsResponseItem]: ...
    @overload
    def ad_groups_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_group_ids: List[str],
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
    ) -> ApiResponse[List[AdGroupsAnalyticsResponseItem]]: ...
    @overload
    def ad_groups_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_group_ids: List[str],
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
    def ad_groups_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_group_ids: List[str],
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
    ) -> AsyncResult[List[AdGroupsAnalyticsResponseItem]]: ...
    @overload
    def ad_groups_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_group_ids: List[str],
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
    ) -> AsyncResult[ApiResponse[List[AdGroupsAnalyticsResponseItem]]]: ...
    @overload
    def ad_groups_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_group_ids: List[str],
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
    def ad_groups_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_group_ids: List[str],
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
        List[AdGroupsAnalyticsResponseItem],
        ApiResponse[List[AdGroupsAnalyticsResponseItem]],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def ad_groups_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_group_ids: List[str],
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
    ) -> ApiResponse[List[AdGroupsAnalyticsResponseItem]]: ...
    @overload
    def ad_groups_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_group_ids: List[str],
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
    def ad_groups_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_group_ids: List[str],
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
    ) -> AsyncResult[ApiResponse[List[AdGroupsAnalyticsResponseItem]]]: ...
    @overload
    def ad_groups_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_group_ids: List[str],
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
    def ad_groups_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        ad_group_ids: List[str],
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
    ) -> Union[ApiResponse[List[AdGroupsAnalyticsResponseItem]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_groups_targeting_analytics_get(
        self,
        ad_account_id: str,
        ad_group_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdGroupTargetingType, AdsAnalyticsAdGroupTargetingTypeValue]],
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
    def ad_groups_targeting_analytics_get(
        self,
        ad_account_id: str,
        ad_group_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdGroupTargetingType, AdsAnalyticsAdGroupTargetingTypeValue]],
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
    def ad_groups_targeting_analytics_get(
        self,
        ad_account_id: str,
        ad_group_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdGroupTargetingType, AdsAnalyticsAdGroupTargetingTypeValue]],
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
    def ad_groups_targeting_analytics_get(
        self,
        ad_account_id: str,
        ad_group_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdGroupTargetingType, AdsAnalyticsAdGroupTargetingTypeValue]],
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
    def ad_groups_targeting_analytics_get(
        self,
        ad_account_id: str,
        ad_group_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdGroupTargetingType, AdsAnalyticsAdGroupTargetingTypeValue]],
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
    def ad_groups_targeting_analytics_get(
        self,
        ad_account_id: str,
        ad_group_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdGroupTargetingType, AdsAnalyticsAdGroupTargetingTypeValue]],
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
    def ad_groups_targeting_analytics_get(
        self,
        ad_account_id: str,
        ad_group_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdGroupTargetingType, AdsAnalyticsAdGroupTargetingTypeValue]],
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
    def ad_groups_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        ad_group_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdGroupTargetingType, AdsAnalyticsAdGroupTargetingTypeValue]],
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
    def ad_groups_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        ad_group_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdGroupTargetingType, AdsAnalyticsAdGroupTargetingTypeValue]],
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
    def ad_groups_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        ad_group_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdGroupTargetingType, AdsAnalyticsAdGroupTargetingTypeValue]],
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
    def ad_groups_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        ad_group_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdGroupTargetingType, AdsAnalyticsAdGroupTargetingTypeValue]],
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
    def ad_groups_targeting_analytics_get_with_http_info(
        self,
        ad_account_id: str,
        ad_group_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        targeting_types: List[Union[AdsAnalyticsAdGroupTargetingType, AdsAnalyticsAdGroupTargetingTypeValue]],
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
    def ad_groups_audience_sizing(
        self,
        ad_account_id: str,
        ad_group_audience_sizing_request: Optional[Union[AdGroupAudienceSizingRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdGroupAudienceSizingResponse: ...
    @overload
    def ad_groups_audience_sizing(
        self,
        ad_account_id: str,
        ad_group_audience_sizing_request: Optional[Union[AdGroupAudienceSizingRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdGroupAudienceSizingResponse]: ...
    @overload
    def ad_groups_audience_sizing(
        self,
        ad_account_id: str,
        ad_group_audience_sizing_request: Optional[Union[AdGroupAudienceSizingRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_groups_audience_sizing(
        self,
        ad_account_id: str,
        ad_group_audience_sizing_request: Optional[Union[AdGroupAudienceSizingRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdGroupAudienceSizingResponse]: ...
    @overload
    def ad_groups_audience_sizing(
        self,
        ad_account_id: str,
        ad_group_audience_sizing_request: Optional[Union[AdGroupAudienceSizingRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdGroupAudienceSizingResponse]]: ...
    @overload
    def ad_groups_audience_sizing(
        self,
        ad_account_id: str,
        ad_group_audience_sizing_request: Optional[Union[AdGroupAudienceSizingRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_groups_audience_sizing(
        self,
        ad_account_id: str,
        ad_group_audience_sizing_request: Optional[Union[AdGroupAudienceSizingRequest, Dict[str, Any]]] = None,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        AdGroupAudienceSizingResponse, ApiResponse[AdGroupAudienceSizingResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def ad_groups_audience_sizing_with_http_info(
        self,
        ad_account_id: str,
        ad_group_audience_sizing_request: Optional[Union[AdGroupAudienceSizingRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdGroupAudienceSizingResponse]: ...
    @overload
    def ad_groups_audience_sizing_with_http_info(
        self,
        ad_account_id: str,
        ad_group_audience_sizing_request: Optional[Union[AdGroupAudienceSizingRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_groups_audience_sizing_with_http_info(
        self,
        ad_account_id: str,
        ad_group_audience_sizing_request: Optional[Union[AdGroupAudienceSizingRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdGroupAudienceSizingResponse]]: ...
    @overload
    def ad_groups_audience_sizing_with_http_info(
        self,
        ad_account_id: str,
        ad_group_audience_sizing_request: Optional[Union[AdGroupAudienceSizingRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_groups_audience_sizing_with_http_info(
        self,
        ad_account_id: str,
        ad_group_audience_sizing_request: Optional[Union[AdGroupAudienceSizingRequest, Dict[str, Any]]] = None,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdGroupAudienceSizingResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_groups_get(
        self,
        ad_account_id: str,
        ad_group_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdGroupResponse: ...
    @overload
    def ad_groups_get(
        self,
        ad_account_id: str,
        ad_group_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdGroupResponse]: ...
    @overload
    def ad_groups_get(
        self,
        ad_account_id: str,
        ad_group_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_groups_get(
        self,
        ad_account_id: str,
        ad_group_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdGroupResponse]: ...
    @overload
    def ad_groups_get(
        self,
        ad_account_id: str,
        ad_group_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdGroupResponse]]: ...
    @overload
    def ad_groups_get(
        self,
        ad_account_id: str,
        ad_group_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_groups_get(
        self,
        ad_account_id: str,
        ad_group_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AdGroupResponse, ApiResponse[AdGroupResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_groups_get_with_http_info(
        self,
        ad_account_id: str,
        ad_group_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdGroupResponse]: ...
    @overload
    def ad_groups_get_with_http_info(
        self,
        ad_account_id: str,
        ad_group_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_groups_get_with_http_info(
        self,
        ad_account_id: str,
        ad_group_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdGroupResponse]]: ...
    @overload
    def ad_groups_get_with_http_info(
        self,
        ad_account_id: str,
        ad_group_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_groups_get_with_http_info(
        self,
        ad_account_id: str,
        ad_group_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdGroupResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_groups_bid_floor_get(
        self,
        ad_account_id: str,
        bid_floor_request: Union[BidFloorRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BidFloor: ...
    @overload
    def ad_groups_bid_floor_get(
        self,
        ad_account_id: str,
        bid_floor_request: Union[BidFloorRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BidFloor]: ...
    @overload
    def ad_groups_bid_floor_get(
        self,
        ad_account_id: str,
        bid_floor_request: Union[BidFloorRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_groups_bid_floor_get(
        self,
        ad_account_id: str,
        bid_floor_request: Union[BidFloorRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BidFloor]: ...
    @overload
    def ad_groups_bid_floor_get(
        self,
        ad_account_id: str,
        bid_floor_request: Union[BidFloorRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BidFloor]]: ...
    @overload
    def ad_groups_bid_floor_get(
        self,
        ad_account_id: str,
        bid_floor_request: Union[BidFloorRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_groups_bid_floor_get(
        self,
        ad_account_id: str,
        bid_floor_request: Union[BidFloorRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[BidFloor, ApiResponse[BidFloor], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_groups_bid_floor_get_with_http_info(
        self,
        ad_account_id: str,
        bid_floor_request: Union[BidFloorRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BidFloor]: ...
    @overload
    def ad_groups_bid_floor_get_with_http_info(
        self,
        ad_account_id: str,
        bid_floor_request: Union[BidFloorRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_groups_bid_floor_get_with_http_info(
        self,
        ad_account_id: str,
        bid_floor_request: Union[BidFloorRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BidFloor]]: ...
    @overload
    def ad_groups_bid_floor_get_with_http_info(
        self,
        ad_account_id: str,
        bid_floor_request: Union[BidFloorRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_groups_bid_floor_get_with_http_info(
        self,
        ad_account_id: str,
        bid_floor_request: Union[BidFloorRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BidFloor], RawResponse, AsyncResult[Any]]: ...
