# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""NotificationApi"""

from typing import Any, Dict, Literal, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.notification_post_request import NotificationPostRequest
from pinterest_client.model.notification_post_response import NotificationPostResponse

_NOTIFICATION_POST: Operation

class NotificationApi(ApiBase):
    """Operations tagged `notification`."""
    @overload
    def notification_post(
        self,
        notification_post_request: Union[NotificationPostRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> NotificationPostResponse: ...
    @overload
    def notification_post(
        self,
        notification_post_request: Union[NotificationPostRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[NotificationPostResponse]: ...
    @overload
    def notification_post(
        self,
        notification_post_request: Union[NotificationPostRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def notification_post(
        self,
        notification_post_request: Union[NotificationPostRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[NotificationPostResponse]: ...
    @overload
    def notification_post(
        self,
        notification_post_request: Union[NotificationPostRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[NotificationPostResponse]]: ...
    @overload
    def notification_post(
        self,
        notification_post_request: Union[NotificationPostRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def notification_post(
        self,
        notification_post_request: Union[NotificationPostRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[NotificationPostResponse, ApiResponse[NotificationPostResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def notification_post_with_http_info(
        self,
        notification_post_request: Union[NotificationPostRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[NotificationPostResponse]: ...
    @overload
    def notification_post_with_http_info(
        self,
        notification_post_request: Union[NotificationPostRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def notification_post_with_http_info(
        self,
        notification_post_request: Union[NotificationPostRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[NotificationPostResponse]]: ...
    @overload
    def notification_post_with_http_info(
        self,
        notification_post_request: Union[NotificationPostRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def notification_post_with_http_info(
        self,
        notification_post_request: Union[NotificationPostRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[NotificationPostResponse], RawResponse, AsyncResult[Any]]: ...
