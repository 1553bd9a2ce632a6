# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""PinsApi: View, create, update, or delete information about Pins."""

import datetime
from typing import Any, Dict, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.bulk_pin_analytics_response import BulkPinAnalyticsResponse
from pinterest_client.model.creative_type import CreativeType, CreativeTypeValue
from pinterest_client.model.pin import Pin
from pinterest_client.model.pin_analytics_response import PinAnalyticsResponse
from pinterest_client.model.pin_create import PinCreate
from pinterest_client.model.pin_update import PinUpdate
from pinterest_client.model.pins_list_response import PinsListResponse
from pinterest_client.model.pins_save_request import PinsSaveRequest

_PINS_LIST: Operation
_PINS_CREATE: Operation
_PINS_GET: Operation
_PINS_DELETE: Operation
_PINS_UPDATE: Operation
_PINS_ANALYTICS: Operation
_MULTI_PINS_ANALYTICS: Operation
_PINS_SAVE: Operation

class PinsApi(ApiBase):
    """View, create, update, or delete information about Pins."""
    @overload
    def pins_list(
        self,
        *,
        pin_filter: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        include_protected_pins: Optional[bool] = None,
        pin_type: Optional[str] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> PinsListResponse: ...
    @overload
    def pins_list(
        self,
        *,
        pin_filter: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        include_protected_pins: Optional[bool] = None,
        pin_type: Optional[str] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[PinsListResponse]: ...
    @overload
    def pins_list(
        self,
        *,
        pin_filter: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        include_protected_pins: Optional[bool] = None,
        pin_type: Optional[str] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_list(
        self,
        *,
        pin_filter: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        include_protected_pins: Optional[bool] = None,
        pin_type: Optional[str] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[PinsListResponse]: ...
    @overload
    def pins_list(
        self,
        *,
        pin_filter: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        include_protected_pins: Optional[bool] = None,
        pin_type: Optional[str] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[PinsListResponse]]: ...
    @overload
    def pins_list(
        self,
        *,
        pin_filter: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        include_protected_pins: Optional[bool] = None,
        pin_type: Optional[str] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_list(
        self,
        *,
        pin_filter: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        include_protected_pins: Optional[bool] = None,
        pin_type: Optional[str] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[PinsListResponse, ApiResponse[PinsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_list_with_http_info(
        self,
        *,
        pin_filter: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        include_protected_pins: Optional[bool] = None,
        pin_type: Optional[str] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[PinsListResponse]: ...
    @overload
    def pins_list_with_http_info(
        self,
        *,
        pin_filter: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        include_protected_pins: Optional[bool] = None,
        pin_type: Optional[str] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_list_with_http_info(
        self,
        *,
        pin_filter: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        include_protected_pins: Optional[bool] = None,
        pin_type: Optional[str] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[PinsListResponse]]: ...
    @overload
    def pins_list_with_http_info(
        self,
        *,
        pin_filter: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        include_protected_pins: Optional[bool] = None,
        pin_type: Optional[str] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_list_with_http_info(
        self,
        *,
        pin_filter: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        include_protected_pins: Optional[bool] = None,
        pin_type: Optional[str] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[PinsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_create(
        self,
        pin_create: Union[PinCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> Pin: ...
    @overload
    def pins_create(
        self,
        pin_create: Union[PinCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Pin]: ...
    @overload
    def pins_create(
        self,
        pin_create: Union[PinCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_create(
        self,
        pin_create: Union[PinCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[Pin]: ...
    @overload
    def pins_create(
        self,
        pin_create: Union[PinCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Pin]]: ...
    @overload
    def pins_create(
        self,
        pin_create: Union[PinCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_create(
        self,
        pin_create: Union[PinCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[Pin, ApiResponse[Pin], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_create(
        self,
        *,
        pin: Union[PinCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> Pin: ...
    @overload
    def pins_create(
        self,
        *,
        pin: Union[PinCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Pin]: ...
    @overload
    def pins_create(
        self,
        *,
        pin: Union[PinCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_create(
        self,
        *,
        pin: Union[PinCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[Pin]: ...
    @overload
    def pins_create(
        self,
        *,
        pin: Union[PinCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Pin]]: ...
    @overload
    def pins_create(
        self,
        *,
        pin: Union[PinCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_create(
        self,
        *,
        pin: Union[PinCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[Pin, ApiResponse[Pin], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_create_with_http_info(
        self,
        pin_create: Union[PinCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Pin]: ...
    @overload
    def pins_create_with_http_info(
        self,
        pin_create: Union[PinCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_create_with_http_info(
        self,
        pin_create: Union[PinCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Pin]]: ...
    @overload
    def pins_create_with_http_info(
        self,
        pin_create: Union[PinCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_create_with_http_info(
        self,
        pin_create: Union[PinCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[Pin], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_create_with_http_info(
        self,
        *,
        pin: Union[PinCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Pin]: ...
    @overload
    def pins_create_with_http_info(
        self,
        *,
        pin: Union[PinCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_create_with_http_info(
        self,
        *,
        pin: Union[PinCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Pin]]: ...
    @overload
    def pins_create_with_http_info(
        self,
        *,
        pin: Union[PinCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_create_with_http_info(
        self,
        *,
        pin: Union[PinCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[Pin], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_get(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> Pin: ...
    @overload
    def pins_get(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Pin]: ...
    @overload
    def pins_get(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_get(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[Pin]: ...
    @overload
    def pins_get(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Pin]]: ...
    @overload
    def pins_get(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_get(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[Pin, ApiResponse[Pin], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_get_with_http_info(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Pin]: ...
    @overload
    def pins_get_with_http_info(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_get_with_http_info(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Pin]]: ...
    @overload
    def pins_get_with_http_info(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_get_with_http_info(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[Pin], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_delete(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    @overload
    def pins_delete(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def pins_delete(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_delete(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[None]: ...
    @overload
    def pins_delete(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def pins_delete(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_delete(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[None, ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_delete_with_http_info(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def pins_delete_with_http_info(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_delete_with_http_info(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def pins_delete_with_http_info(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_delete_with_http_info(
        self,
        pin_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_update(
        self,
        pin_id: str,
        pin_update: Union[PinUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> Pin: ...
    @overload
    def pins_update(
        self,
        pin_id: str,
        pin_update: Union[PinUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Pin]: ...
    @overload
    def pins_update(
        self,
        pin_id: str,
        pin_update: Union[PinUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_update(
        self,
        pin_id: str,
        pin_update: Union[PinUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[Pin]: ...
    @overload
    def pins_update(
        self,
        pin_id: str,
        pin_update: Union[PinUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Pin]]: ...
    @overload
    def pins_update(
        self,
        pin_id: str,
        pin_update: Union[PinUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_update(
        self,
        pin_id: str,
        pin_update: Union[PinUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[Pin, ApiResponse[Pin], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_update_with_http_info(
        self,
        pin_id: str,
        pin_update: Union[PinUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Pin]: ...
    @overload
    def pins_update_with_http_info(
        self,
        pin_id: str,
        pin_update: Union[PinUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_update_with_http_info(
        self,
        pin_id: str,
        pin_update: Union[PinUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Pin]]: ...
    @overload
    def pins_update_with_http_info(
        self,
        pin_id: str,
        pin_update: Union[PinUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_update_with_http_info(
        self,
        pin_id: str,
        pin_update: Union[PinUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[Pin], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_analytics(
        self,
        pin_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        split_field: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> PinAnalyticsResponse: ...
    @overload
    def pins_analytics(
        self,
        pin_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        split_field: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[PinAnalyticsResponse]: ...
    @overload
    def pins_analytics(
        self,
        pin_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        split_field: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_analytics(
        self,
        pin_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        split_field: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[PinAnalyticsResponse]: ...
    @overload
    def pins_analytics(
        self,
        pin_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        split_field: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[PinAnalyticsResponse]]: ...
    @overload
    def pins_analytics(
        self,
        pin_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        split_field: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_analytics(
        self,
        pin_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        split_field: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[PinAnalyticsResponse, ApiResponse[PinAnalyticsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_analytics_with_http_info(
        self,
        pin_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        split_field: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[PinAnalyticsResponse]: ...
    @overload
    def pins_analytics_with_http_info(
        self,
        pin_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        split_field: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_analytics_with_http_info(
        self,
        pin_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        split_field: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[PinAnalyticsResponse]]: ...
    @overload
    def pins_analytics_with_http_info(
        self,
        pin_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        split_field: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_analytics_with_http_info(
        self,
        pin_id: str,
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        split_field: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[PinAnalyticsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def multi_pins_analytics(
        self,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BulkPinAnalyticsResponse: ...
    @overload
    def multi_pins_analytics(
        self,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BulkPinAnalyticsResponse]: ...
    @overload
    def multi_pins_analytics(
        self,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def multi_pins_analytics(
        self,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BulkPinAnalyticsResponse]: ...
    @overload
    def multi_pins_analytics(
        self,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BulkPinAnalyticsResponse]]: ...
    @overload
    def multi_pins_analytics(
        self,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def multi_pins_analytics(
        self,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[BulkPinAnalyticsResponse, ApiResponse[BulkPinAnalyticsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def multi_pins_analytics_with_http_info(
        self,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BulkPinAnalyticsResponse]: ...
    @overload
    def multi_pins_analytics_with_http_info(
        self,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def multi_pins_analytics_with_http_info(
        self,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BulkPinAnalyticsResponse]]: ...
    @overload
    def multi_pins_analytics_with_http_info(
        self,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def multi_pins_analytics_with_http_info(
        self,
        pin_ids: List[str],
        start_date: Union[datetime.date, str],
        end_date: Union[datetime.date, str],
        metric_types: List[str],
        *,
        app_types: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BulkPinAnalyticsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        pins_save_request: Union[PinsSaveRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> Pin: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        pins_save_request: Union[PinsSaveRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Pin]: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        pins_save_request: Union[PinsSaveRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        pins_save_request: Union[PinsSaveRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[Pin]: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        pins_save_request: Union[PinsSaveRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Pin]]: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        pins_save_request: Union[PinsSaveRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        pins_save_request: Union[PinsSaveRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[Pin, ApiResponse[Pin], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        *,
        inline_object: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> Pin: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        *,
        inline_object: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Pin]: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        *,
        inline_object: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        *,
        inline_object: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[Pin]: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        *,
        inline_object: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Pin]]: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        *,
        inline_object: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        *,
        inline_object: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[Pin, ApiResponse[Pin], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        *,
        inline_object1: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> Pin: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        *,
        inline_object1: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Pin]: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        *,
        inline_object1: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        *,
        inline_object1: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[Pin]: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        *,
        inline_object1: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Pin]]: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        *,
        inline_object1: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_save(
        self,
        pin_id: str,
        *,
        inline_object1: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[Pin, ApiResponse[Pin], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_save_with_http_info(
        self,
        pin_id: str,
        pins_save_request: Union[PinsSaveRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Pin]: ...
    @overload
    def pins_save_with_http_info(
        self,
        pin_id: str,
        pins_save_request: Union[PinsSaveRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_save_with_http_info(
        self,
        pin_id: str,
        pins_save_request: Union[PinsSaveRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Pin]]: ...
    @overload
    def pins_save_with_http_info(
        self,
        pin_id: str,
        pins_save_request: Union[PinsSaveRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_save_with_http_info(
        self,
        pin_id: str,
        pins_save_request: Union[PinsSaveRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[Pin], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_save_with_http_info(
        self,
        pin_id: str,
        *,
        inline_object: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Pin]: ...
    @overload
    def pins_save_with_http_info(
        self,
        pin_id: str,
        *,
        inline_object: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_save_with_http_info(
        self,
        pin_id: str,
        *,
        inline_object: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Pin]]: ...
    @overload
    def pins_save_with_http_info(
        self,
        pin_id: str,
        *,
        inline_object: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_save_with_http_info(
        self,
        pin_id: str,
        *,
        inline_object: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[Pin], RawResponse, AsyncResult[Any]]: ...
    @overload
    def pins_save_with_http_info(
        self,
        pin_id: str,
        *,
        inline_object1: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Pin]: ...
    @overload
    def pins_save_with_http_info(
        self,
        pin_id: str,
        *,
        inline_object1: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def pins_save_with_http_info(
        self,
        pin_id: str,
        *,
        inline_object1: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Pin]]: ...
    @overload
    def pins_save_with_http_info(
        self,
        pin_id: str,
        *,
        inline_object1: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def pins_save_with_http_info(
        self,
        pin_id: str,
        *,
        inline_object1: Union[PinsSaveRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[Pin], RawResponse, AsyncResult[Any]]: ...
