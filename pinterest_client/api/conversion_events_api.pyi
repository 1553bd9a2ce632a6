# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""ConversionEventsApi: Submit conversion events via the Pinterest API."""

from typing import Any, Dict, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.conversion_api_response import ConversionApiResponse
from pinterest_client.model.conversion_events import ConversionEvents

_EVENTS_CREATE: Operation

class ConversionEventsApi(ApiBase):
    """Submit conversion events via the Pinterest API."""
    @overload
    def events_create(
        self,
        ad_account_id: str,
        conversion_events: Union[ConversionEvents, Dict[str, Any]],
        *,
        test: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ConversionApiResponse: ...
    @overload
    def events_create(
        self,
        ad_account_id: str,
        conversion_events: Union[ConversionEvents, Dict[str, Any]],
        *,
        test: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ConversionApiResponse]: ...
    @overload
    def events_create(
        self,
        ad_account_id: str,
        conversion_events: Union[ConversionEvents, Dict[str, Any]],
        *,
        test: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def events_create(
        self,
        ad_account_id: str,
        conversion_events: Union[ConversionEvents, Dict[str, Any]],
        *,
        test: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ConversionApiResponse]: ...
    @overload
    def events_create(
        self,
        ad_account_id: str,
        conversion_events: Union[ConversionEvents, Dict[str, Any]],
        *,
        test: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ConversionApiResponse]]: ...
    @overload
    def events_create(
        self,
        ad_account_id: str,
        conversion_events: Union[ConversionEvents, Dict[str, Any]],
        *,
        test: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def events_create(
        self,
        ad_account_id: str,
        conversion_events: Union[ConversionEvents, Dict[str, Any]],
        *,
        test: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ConversionApiResponse, ApiResponse[ConversionApiResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def events_create_with_http_info(
        self,
        ad_account_id: str,
        conversion_events: Union[ConversionEvents, Dict[str, Any]],
        *,
        test: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ConversionApiResponse]: ...
    @overload
    def events_create_with_http_info(
        self,
        ad_account_id: str,
        conversion_events: Union[ConversionEvents, Dict[str, Any]],
        *,
        test: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def events_create_with_http_info(
        self,
        ad_account_id: str,
        conversion_events: Union[ConversionEvents, Dict[str, Any]],
        *,
        test: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ConversionApiResponse]]: ...
    @overload
    def events_create_with_http_info(
        self,
        ad_account_id: str,
        conversion_events: Union[ConversionEvents, Dict[str, Any]],
        *,
        test: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def events_create_with_http_info(
        self,
        ad_account_id: str,
        conversion_events: Union[ConversionEvents, Dict[str, Any]],
        *,
        test: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[ConversionApiResponse], RawResponse, AsyncResult[Any]]: ...
