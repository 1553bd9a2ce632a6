# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""ProductGroupPromotionsApi: View, create, update, or delete information about promoted product groups."""

import datetime
from typing import Any, Dict, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.granularity import Granularity, GranularityValue
from pinterest_client.model.product_group_analytics_response_item import ProductGroupAnalyticsResponseItem
from pinterest_client.model.product_group_promotion import ProductGroupPromotion
from pinterest_client.model.product_group_promotion_create_request import ProductGroupPromotionCreateRequest
from pinterest_client.model.product_group_promotion_response import ProductGroupPromotionResponse
from pinterest_client.model.product_group_promotion_update_request import ProductGroupPromotionUpdateRequest
from pinterest_client.model.product_group_promotions_list_response import ProductGroupPromotionsListResponse
from pinterest_client.model.reporting_time_zone import ReportingTimeZone, ReportingTimeZoneValue

_PRODUCT_GROUP_PROMOTIONS_LIST: Operation
_PRODUCT_GROUP_PROMOTIONS_CREATE: Operation
_PRODUCT_GROUP_PROMOTIONS_UPDATE: Operation
_PRODUCT_GROUP_PROMOTIONS_GET: Operation
_PRODUCT_GROUPS_ANALYTICS: Operation
_PRODUCT_GROUP_PROMOTION_GET: Operation

class ProductGroupPromotionsApi(ApiBase):
    """View, create, update, or delete information about promoted product groups."""
    @overload
    def product_group_promotions_list(
        self,
        ad_account_id: str,
        *,
        product_group_promotion_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        ad_group_id: Optional[str] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ProductGroupPromotionsListResponse: ...
    @overload
    def product_group_promotions_list(
        self,
        ad_account_id: str,
        *,
        product_group_promotion_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        ad_group_id: Optional[str] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ProductGroupPromotionsListResponse]: ...
    @overload
    def product_group_promotions_list(
        self,
        ad_account_id: str,
        *,
        product_group_promotion_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        ad_group_id: Optional[str] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def product_group_promotions_list(
        self,
        ad_account_id: str,
        *,
        product_group_promotion_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        ad_group_id: Optional[str] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ProductGroupPromotionsListResponse]: ...
    @overload
    def product_group_promotions_list(
        self,
        ad_account_id: str,
        *,
        product_group_promotion_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        ad_group_id: Optional[str] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ProductGroupPromotionsListResponse]]: ...
    @overload
    def product_group_promotions_list(
        self,
        ad_account_id: str,
        *,
        product_group_promotion_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        ad_group_id: Optional[str] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def product_group_promotions_list(
        self,
        ad_account_id: str,
        *,
        product_group_promotion_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        ad_group_id: Optional[str] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        ProductGroupPromotionsListResponse,
        ApiResponse[ProductGroupPromotionsListResponse],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def product_group_promotions_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        product_group_promotion_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        ad_group_id: Optional[str] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ProductGroupPromotionsListResponse]: ...
    @overload
    def product_group_promotions_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        product_group_promotion_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        ad_group_id: Optional[str] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def product_group_promotions_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        product_group_promotion_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        ad_group_id: Optional[str] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ProductGroupPromotionsListResponse]]: ...
    @overload
    def product_group_promotions_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        product_group_promotion_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        ad_group_id: Optional[str] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def product_group_promotions_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        product_group_promotion_ids: Optional[List[str]] = None,
        entity_statuses: Optional[List[str]] = None,
        ad_group_id: Optional[str] = None,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[ProductGroupPromotionsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def product_group_promotions_create(
        self,
        ad_account_id: str,
        product_group_promotion_create_request: Union[ProductGroupPromotionCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ProductGroupPromotionResponse: ...
    @overload
    def product_group_promotions_create(
        self,
        ad_account_id: str,
        product_group_promotion_create_request: Union[ProductGroupPromotionCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ProductGroupPromotionResponse]: ...
    @overload
    def product_group_promotions_create(
        self,
        ad_account_id: str,
        product_group_promotion_create_request: Union[ProductGroupPromotionCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def product_group_promotions_create(
        self,
        ad_account_id: str,
        product_group_promotion_create_request: Union[ProductGroupPromotionCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ProductGroupPromotionResponse]: ...
    @overload
    def product_group_promotions_create(
        self,
        ad_account_id: str,
        product_group_promotion_create_request: Union[ProductGroupPromotionCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ProductGroupPromotionResponse]]: ...
    @overload
    def product_group_promotions_create(
        self,
        ad_account_id: str,
        product_group_promotion_create_request: Union[ProductGroupPromotionCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def product_group_promotions_create(
        self,
        ad_account_id: str,
        product_group_promotion_create_request: Union[ProductGroupPromotionCreateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        ProductGroupPromotionResponse, ApiResponse[ProductGroupPromotionResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def product_group_promotions_create_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_create_request: Union[ProductGroupPromotionCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ProductGroupPromotionResponse]: ...
    @overload
    def product_group_promotions_create_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_create_request: Union[ProductGroupPromotionCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def product_group_promotions_create_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_create_request: Union[ProductGroupPromotionCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ProductGroupPromotionResponse]]: ...
    @overload
    def product_group_promotions_create_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_create_request: Union[ProductGroupPromotionCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def product_group_promotions_create_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_create_request: Union[ProductGroupPromotionCreateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[ProductGroupPromotionResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def product_group_promotions_update(
        self,
        ad_account_id: str,
        product_group_promotion_update_request: Union[ProductGroupPromotionUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ProductGroupPromotionResponse: ...
    @overload
    def product_group_promotions_update(
        self,
        ad_account_id: str,
        product_group_promotion_update_request: Union[ProductGroupPromotionUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ProductGroupPromotionResponse]: ...
    @overload
    def product_group_promotions_update(
        self,
        ad_account_id: str,
        product_group_promotion_update_request: Union[ProductGroupPromotionUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def product_group_promotions_update(
        self,
        ad_account_id: str,
        product_group_promotion_update_request: Union[ProductGroupPromotionUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ProductGroupPromotionResponse]: ...
    @overload
    def product_group_promotions_update(
        self,
        ad_account_id: str,
        product_group_promotion_update_request: Union[ProductGroupPromotionUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ProductGroupPromotionResponse]]: ...
    @overload
    def product_group_promotions_update(
        self,
        ad_account_id: str,
        product_group_promotion_update_request: Union[ProductGroupPromotionUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def product_group_promotions_update(
        self,
        ad_account_id: str,
        product_group_promotion_update_request: Union[ProductGroupPromotionUpdateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        ProductGroupPromotionResponse, ApiResponse[ProductGroupPromotionResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def product_group_promotions_update_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_update_request: Union[ProductGroupPromotionUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ProductGroupPromotionResponse]: ...
    @overload
    def product_group_promotions_update_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_update_request: Union[ProductGroupPromotionUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def product_group_promotions_update_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_update_request: Union[ProductGroupPromotionUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ProductGroupPromotionResponse]]: ...
    @overload
    def product_group_promotions_update_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_update_request: Union[ProductGroupPromotionUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def product_group_promotions_update_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_update_request: Union[ProductGroupPromotionUpdateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[ProductGroupPromotionResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def product_group_promotions_get(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ProductGroupPromotion: ...
    @overload
    def product_group_promotions_get(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ProductGroupPromotion]: ...
    @overload
    def product_group_promotions_get(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def product_group_promotions_get(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ProductGroupPromotion]: ...
    @overload
    def product_group_promotions_get(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ProductGroupPromotion]]: ...
    @overload
    def product_group_promotions_get(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def product_group_promotions_get(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ProductGroupPromotion, ApiResponse[ProductGroupPromotion], RawResponse, AsyncResult[Any]]: ...
    @overload
    def product_group_promotions_get_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ProductGroupPromotion]: ...
    @overload
    def product_group_promotions_get_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def product_group_promotions_get_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ProductGroupPromotion]]: ...
    @overload
    def product_group_promotions_get_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def product_group_promotions_get_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[ProductGroupPromotion], RawResponse, AsyncResult[Any]]: ...
    @overload
    def product_groups_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        product_group_ids: List[str],
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
    ) -> List[ProductGroupAnalyticsResponseItem]: ...
    @overload
    def product_groups_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        product_group_ids: List[str],
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
    ) -> ApiResponse[List[ProductGroupAnalyticsResponseItem]]: ...
    @overload
    def product_groups_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        product_group_ids: List[str],
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
    def product_groups_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        product_group_ids: List[str],
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
    ) -> AsyncResult[List[ProductGroupAnalyticsResponseItem]]: ...
    @overload
    def product_groups_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        product_group_ids: List[str],
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
    ) -> AsyncResult[ApiResponse[List[ProductGroupAnalyticsResponseItem]]]: ...
    @overload
    def product_groups_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        product_group_ids: List[str],
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
    def product_groups_analytics(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        product_group_ids: List[str],
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
        List[ProductGroupAnalyticsResponseItem],
        ApiResponse[List[ProductGroupAnalyticsResponseItem]],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def product_groups_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        product_group_ids: List[str],
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
    ) -> ApiResponse[List[ProductGroupAnalyticsResponseItem]]: ...
    @overload
    def product_groups_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        product_group_ids: List[str],
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
    def product_groups_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        product_group_ids: List[str],
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
    ) -> AsyncResult[ApiResponse[List[ProductGroupAnalyticsResponseItem]]]: ...
    @overload
    def product_groups_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        product_group_ids: List[str],
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
    def product_groups_analytics_with_http_info(
        self,
        ad_account_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        product_group_ids: List[str],
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
    ) -> Union[ApiResponse[List[ProductGroupAnalyticsResponseItem]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def product_group_promotion_get(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ProductGroupPromotion: ...
    @overload
    def product_group_promotion_get(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ProductGroupPromotion]: ...
    @overload
    def product_group_promotion_get(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def product_group_promotion_get(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ProductGroupPromotion]: ...
    @overload
    def product_group_promotion_get(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ProductGroupPromotion]]: ...
    @overload
    def product_group_promotion_get(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def product_group_promotion_get(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ProductGroupPromotion, ApiResponse[ProductGroupPromotion], RawResponse, AsyncResult[Any]]: ...
    @overload
    def product_group_promotion_get_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ProductGroupPromotion]: ...
    @overload
    def product_group_promotion_get_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def product_group_promotion_get_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ProductGroupPromotion]]: ...
    @overload
    def product_group_promotion_get_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def product_group_promotion_get_with_http_info(
        self,
        ad_account_id: str,
        product_group_promotion_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[ProductGroupPromotion], RawResponse, AsyncResult[Any]]: ...
