# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""ConversionsApi"""

from typing import Any, Literal, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.advertiser_defined_events_get_response import AdvertiserDefinedEventsGetResponse

_ADVERTISER_DEFINED_EVENTS_GET: Operation

class ConversionsApi(ApiBase):
    """Operations tagged `conversions`."""
    @overload
    def advertiser_defined_events_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdvertiserDefinedEventsGetResponse: ...
    @overload
    def advertiser_defined_events_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdvertiserDefinedEventsGetResponse]: ...
    @overload
    def advertiser_defined_events_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def advertiser_defined_events_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdvertiserDefinedEventsGetResponse]: ...
    @overload
    def advertiser_defined_events_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdvertiserDefinedEventsGetResponse]]: ...
    @overload
    def advertiser_defined_events_get(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def advertiser_defined_events_get(
        self,
        ad_account_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        AdvertiserDefinedEventsGetResponse,
        ApiResponse[AdvertiserDefinedEventsGetResponse],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def advertiser_defined_events_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdvertiserDefinedEventsGetResponse]: ...
    @overload
    def advertiser_defined_events_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def advertiser_defined_events_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdvertiserDefinedEventsGetResponse]]: ...
    @overload
    def advertiser_defined_events_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def advertiser_defined_events_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdvertiserDefinedEventsGetResponse], RawResponse, AsyncResult[Any]]: ...
