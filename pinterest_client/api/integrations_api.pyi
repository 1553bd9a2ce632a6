# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""IntegrationsApi: View, create, or update commerce integrations."""

from typing import Any, Dict, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.integration_logs_request import IntegrationLogsRequest
from pinterest_client.model.integration_logs_success_response import IntegrationLogsSuccessResponse
from pinterest_client.model.integration_metadata import IntegrationMetadata
from pinterest_client.model.integration_record import IntegrationRecord
from pinterest_client.model.integration_request import IntegrationRequest
from pinterest_client.model.integration_request_patch import IntegrationRequestPatch
from pinterest_client.model.integrations_get_list_response import IntegrationsGetListResponse

_INTEGRATIONS_COMMERCE_POST: Operation
_INTEGRATIONS_COMMERCE_GET: Operation
_INTEGRATIONS_COMMERCE_DEL: Operation
_INTEGRATIONS_COMMERCE_PATCH: Operation
_INTEGRATIONS_LOGS_POST: Operation
_INTEGRATIONS_GET_LIST: Operation
_INTEGRATIONS_GET_BY_ID: Operation

class IntegrationsApi(ApiBase):
    """View, create, or update commerce integrations."""
    @overload
    def integrations_commerce_post(
        self,
        integration_request: Optional[Union[IntegrationRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> IntegrationMetadata: ...
    @overload
    def integrations_commerce_post(
        self,
        integration_request: Optional[Union[IntegrationRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[IntegrationMetadata]: ...
    @overload
    def integrations_commerce_post(
        self,
        integration_request: Optional[Union[IntegrationRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def integrations_commerce_post(
        self,
        integration_request: Optional[Union[IntegrationRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[IntegrationMetadata]: ...
    @overload
    def integrations_commerce_post(
        self,
        integration_request: Optional[Union[IntegrationRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[IntegrationMetadata]]: ...
    @overload
    def integrations_commerce_post(
        self,
        integration_request: Optional[Union[IntegrationRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def integrations_commerce_post(
        self,
        integration_request: Optional[Union[IntegrationRequest, Dict[str, Any]]] = None,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[IntegrationMetadata, ApiResponse[IntegrationMetadata], RawResponse, AsyncResult[Any]]: ...
    @overload
    def integrations_commerce_post_with_http_info(
        self,
        integration_request: Optional[Union[IntegrationRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[IntegrationMetadata]: ...
    @overload
    def integrations_commerce_post_with_http_info(
        self,
        integration_request: Optional[Union[IntegrationRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def integrations_commerce_post_with_http_info(
        self,
        integration_request: Optional[Union[IntegrationRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[IntegrationMetadata]]: ...
    @overload
    def integrations_commerce_post_with_http_info(
        self,
        integration_request: Optional[Union[IntegrationRequest, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def integrations_commerce_post_with_http_info(
        self,
        integration_request: Optional[Union[IntegrationRequest, Dict[str, Any]]] = None,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[IntegrationMetadata], RawResponse, AsyncResult[Any]]: ...
    @overload
    def integrations_commerce_get(
        self,
        external_business_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> IntegrationMetadata: ...
    @overload
    def integrations_commerce_get(
        self,
        external_business_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[IntegrationMetadata]: ...
    @overload
    def integrations_commerce_get(
        self,
        external_business_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def integrations_commerce_get(
        self,
        external_business_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[IntegrationMetadata]: ...
    @overload
    def integrations_commerce_get(
        self,
        external_business_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[IntegrationMetadata]]: ...
    @overload
    def integrations_commerce_get(
        self,
        external_business_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def integrations_commerce_get(
        self,
        external_business_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[IntegrationMetadata, ApiResponse[IntegrationMetadata], RawResponse, AsyncResult[Any]]: ...
    @overload
    def integrations_commerce_get_with_http_info(
        self,
        external_business_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[IntegrationMetadata]: ...
    @overload
    def integrations_commerce_get_with_http_info(
        self,
        external_business_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def integrations_commerce_get_with_http_info(
        self,
        external_business_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[IntegrationMetadata]]: ...
    @overload
    def integrations_commerce_get_with_http_info(
        self,
        external_business_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def integrations_commerce_get_with_http_info(
        self,
        external_business_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[IntegrationMetadata], RawResponse, AsyncResult[Any]]: ...
    @overload
    def integrations_commerce_del(
        self,
        external_business_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    @overload
    def integrations_commerce_del(
        self,
        external_business_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def integrations_commerce_del(
        self,
        external_business_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def integrations_commerce_del(
        self,
        external_business_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[None]: ...
    @overload
    def integrations_commerce_del(
        self,
        external_business_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def integrations_commerce_del(
        self,
        external_business_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def integrations_commerce_del(
        self,
        external_business_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[None, ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def integrations_commerce_del_with_http_info(
        self,
        external_business_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def integrations_commerce_del_with_http_info(
        self,
        external_business_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def integrations_commerce_del_with_http_info(
        self,
        external_business_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def integrations_commerce_del_with_http_info(
        self,
        external_business_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def integrations_commerce_del_with_http_info(
        self,
        external_business_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def integrations_commerce_patch(
        self,
        external_business_id: str,
        integration_request_patch: Optional[Union[IntegrationRequestPatch, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> IntegrationMetadata: ...
    @overload
    def integrations_commerce_patch(
        self,
        external_business_id: str,
        integration_request_patch: Optional[Union[IntegrationRequestPatch, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[IntegrationMetadata]: ...
    @overload
    def integrations_commerce_patch(
        self,
        external_business_id: str,
        integration_request_patch: Optional[Union[IntegrationRequestPatch, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def integrations_commerce_patch(
        self,
        external_business_id: str,
        integration_request_patch: Optional[Union[IntegrationRequestPatch, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[IntegrationMetadata]: ...
    @overload
    def integrations_commerce_patch(
        self,
        external_business_id: str,
        integration_request_patch: Optional[Union[IntegrationRequestPatch, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[IntegrationMetadata]]: ...
    @overload
    def integrations_commerce_patch(
        self,
        external_business_id: str,
        integration_request_patch: Optional[Union[IntegrationRequestPatch, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def integrations_commerce_patch(
        self,
        external_business_id: str,
        integration_request_patch: Optional[Union[IntegrationRequestPatch, Dict[str, Any]]] = None,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[IntegrationMetadata, ApiResponse[IntegrationMetadata], RawResponse, AsyncResult[Any]]: ...
    @overload
    def integrations_commerce_patch_with_http_info(
        self,
        external_business_id: str,
        integration_request_patch: Optional[Union[IntegrationRequestPatch, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[IntegrationMetadata]: ...
    @overload
    def integrations_commerce_patch_with_http_info(
        self,
        external_business_id: str,
        integration_request_patch: Optional[Union[IntegrationRequestPatch, Dict[str, Any]]] = None,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def integrations_commerce_patch_with_http_info(
        self,
        external_business_id: str,
        integration_request_patch: Optional[Union[IntegrationRequestPatch, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[IntegrationMetadata]]: ...
    @overload
    def integrations_commerce_patch_with_http_info(
        self,
        external_business_id: str,
        integration_request_patch: Optional[Union[IntegrationRequestPatch, Dict[str, Any]]] = None,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def integrations_commerce_patch_with_http_info(
        self,
        external_business_id: str,
        integration_request_patch: Optional[Union[IntegrationRequestPatch, Dict[str, Any]]] = None,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[IntegrationMetadata], RawResponse, AsyncResult[Any]]: ...
    @overload
    def integrations_logs_post(
        self,
        integration_logs_request: Union[IntegrationLogsRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> IntegrationLogsSuccessResponse: ...
    @overload
    def integrations_logs_post(
        self,
        integration_logs_request: Union[IntegrationLogsRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[IntegrationLogsSuccessResponse]: ...
    @overload
    def integrations_logs_post(
        self,
        integration_logs_request: Union[IntegrationLogsRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def integrations_logs_post(
        self,
        integration_logs_request: Union[IntegrationLogsRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[IntegrationLogsSuccessResponse]: ...
    @overload
    def integrations_logs_post(
        self,
        integration_logs_request: Union[IntegrationLogsRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[IntegrationLogsSuccessResponse]]: ...
    @overload
    def integrations_logs_post(
        self,
        integration_logs_request: Union[IntegrationLogsRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def integrations_logs_post(
        self,
        integration_logs_request: Union[IntegrationLogsRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        IntegrationLogsSuccessResponse, ApiResponse[IntegrationLogsSuccessResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def integrations_logs_post_with_http_info(
        self,
        integration_logs_request: Union[IntegrationLogsRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[IntegrationLogsSuccessResponse]: ...
    @overload
    def integrations_logs_post_with_http_info(
        self,
        integration_logs_request: Union[IntegrationLogsRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def integrations_logs_post_with_http_info(
        self,
        integration_logs_request: Union[IntegrationLogsRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[IntegrationLogsSuccessResponse]]: ...
    @overload
    def integrations_logs_post_with_http_info(
        self,
        integration_logs_request: Union[IntegrationLogsRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def integrations_logs_post_with_http_info(
        self,
        integration_logs_request: Union[IntegrationLogsRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[IntegrationLogsSuccessResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def integrations_get_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> IntegrationsGetListResponse: ...
    @overload
    def integrations_get_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[IntegrationsGetListResponse]: ...
    @overload
    def integrations_get_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def integrations_get_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[IntegrationsGetListResponse]: ...
    @overload
    def integrations_get_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[IntegrationsGetListResponse]]: ...
    @overload
    def integrations_get_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def integrations_get_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        IntegrationsGetListResponse, ApiResponse[IntegrationsGetListResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def integrations_get_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[IntegrationsGetListResponse]: ...
    @overload
    def integrations_get_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def integrations_get_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[IntegrationsGetListResponse]]: ...
    @overload
    def integrations_get_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def integrations_get_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[IntegrationsGetListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def integrations_get_by_id(
        self,
        id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> IntegrationRecord: ...
    @overload
    def integrations_get_by_id(
        self,
        id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[IntegrationRecord]: ...
    @overload
    def integrations_get_by_id(
        self,
        id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def integrations_get_by_id(
        self,
        id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[IntegrationRecord]: ...
    @overload
    def integrations_get_by_id(
        self,
        id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[IntegrationRecord]]: ...
    @overload
    def integrations_get_by_id(
        self,
        id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def integrations_get_by_id(
        self,
        id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[IntegrationRecord, ApiResponse[IntegrationRecord], RawResponse, AsyncResult[Any]]: ...
    @overload
    def integrations_get_by_id_with_http_info(
        self,
        id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[IntegrationRecord]: ...
    @overload
    def integrations_get_by_id_with_http_info(
        self,
        id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def integrations_get_by_id_with_http_info(
        self,
        id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[IntegrationRecord]]: ...
    @overload
    def integrations_get_by_id_with_http_info(
        self,
        id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def integrations_get_by_id_with_http_info(
        self,
        id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[IntegrationRecord], RawResponse, AsyncResult[Any]]: ...
