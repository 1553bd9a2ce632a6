# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""MsotEventsApi: Submit Measurement Source of Truth attributed conversion events via the Pinterest API."""

from typing import Any, Dict, Literal, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.conversion_msot_events import ConversionMSOTEvents

_MSOT_EVENTS_CREATE: Operation

class MsotEventsApi(ApiBase):
    """Submit Measurement Source of Truth attributed conversion events via the Pinterest API."""
    @overload
    def msot_events_create(
        self,
        ad_account_id: str,
        conversion_msot_events: Union[ConversionMSOTEvents, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    @overload
    def msot_events_create(
        self,
        ad_account_id: str,
        conversion_msot_events: Union[ConversionMSOTEvents, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def msot_events_create(
        self,
        ad_account_id: str,
        conversion_msot_events: Union[ConversionMSOTEvents, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def msot_events_create(
        self,
        ad_account_id: str,
        conversion_msot_events: Union[ConversionMSOTEvents, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[None]: ...
    @overload
    def msot_events_create(
        self,
        ad_account_id: str,
        conversion_msot_events: Union[ConversionMSOTEvents, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def msot_events_create(
        self,
        ad_account_id: str,
        conversion_msot_events: Union[ConversionMSOTEvents, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def msot_events_create(
        self,
        ad_account_id: str,
        conversion_msot_events: Union[ConversionMSOTEvents, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[None, ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def msot_events_create_with_http_info(
        self,
        ad_account_id: str,
        conversion_msot_events: Union[ConversionMSOTEvents, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def msot_events_create_with_http_info(
        self,
        ad_account_id: str,
        conversion_msot_events: Union[ConversionMSOTEvents, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def msot_events_create_with_http_info(
        self,
        ad_account_id: str,
        conversion_msot_events: Union[ConversionMSOTEvents, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def msot_events_create_with_http_info(
        self,
        ad_account_id: str,
        conversion_msot_events: Union[ConversionMSOTEvents, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def msot_events_create_with_http_info(
        self,
        ad_account_id: str,
        conversion_msot_events: Union[ConversionMSOTEvents, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
