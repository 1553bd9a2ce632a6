# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""CustomerListUploadsApi"""

from typing import Any, Dict, Literal, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.customer_list_upload_create_request import CustomerListUploadCreateRequest
from pinterest_client.model.customer_list_upload_create_response import CustomerListUploadCreateResponse
from pinterest_client.model.customer_list_upload_response import CustomerListUploadResponse

_CUSTOMER_LIST_UPLOADS_CREATE: Operation
_CUSTOMER_LIST_UPLOADS_GET: Operation
_CUSTOMER_LIST_UPLOADS_RUN: Operation

class CustomerListUploadsApi(ApiBase):
    """Operations tagged `customer_list_uploads`."""
    @overload
    def customer_list_uploads_create(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_create_request: Union[CustomerListUploadCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CustomerListUploadCreateResponse: ...
    @overload
    def customer_list_uploads_create(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_create_request: Union[CustomerListUploadCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CustomerListUploadCreateResponse]: ...
    @overload
    def customer_list_uploads_create(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_create_request: Union[CustomerListUploadCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def customer_list_uploads_create(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_create_request: Union[CustomerListUploadCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CustomerListUploadCreateResponse]: ...
    @overload
    def customer_list_uploads_create(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_create_request: Union[CustomerListUploadCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CustomerListUploadCreateResponse]]: ...
    @overload
    def customer_list_uploads_create(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_create_request: Union[CustomerListUploadCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def customer_list_uploads_create(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_create_request: Union[CustomerListUploadCreateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CustomerListUploadCreateResponse, ApiResponse[CustomerListUploadCreateResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def customer_list_uploads_create_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_create_request: Union[CustomerListUploadCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CustomerListUploadCreateResponse]: ...
    @overload
    def customer_list_uploads_create_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_create_request: Union[CustomerListUploadCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def customer_list_uploads_create_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_create_request: Union[CustomerListUploadCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CustomerListUploadCreateResponse]]: ...
    @overload
    def customer_list_uploads_create_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_create_request: Union[CustomerListUploadCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def customer_list_uploads_create_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_create_request: Union[CustomerListUploadCreateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CustomerListUploadCreateResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def customer_list_uploads_get(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CustomerListUploadResponse: ...
    @overload
    def customer_list_uploads_get(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CustomerListUploadResponse]: ...
    @overload
    def customer_list_uploads_get(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def customer_list_uploads_get(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CustomerListUploadResponse]: ...
    @overload
    def customer_list_uploads_get(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CustomerListUploadResponse]]: ...
    @overload
    def customer_list_uploads_get(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def customer_list_uploads_get(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CustomerListUploadResponse, ApiResponse[CustomerListUploadResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def customer_list_uploads_get_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CustomerListUploadResponse]: ...
    @overload
    def customer_list_uploads_get_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def customer_list_uploads_get_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CustomerListUploadResponse]]: ...
    @overload
    def customer_list_uploads_get_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def customer_list_uploads_get_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CustomerListUploadResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def customer_list_uploads_run(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CustomerListUploadResponse: ...
    @overload
    def customer_list_uploads_run(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CustomerListUploadResponse]: ...
    @overload
    def customer_list_uploads_run(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def customer_list_uploads_run(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CustomerListUploadResponse]: ...
    @overload
    def customer_list_uploads_run(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CustomerListUploadResponse]]: ...
    @overload
    def customer_list_uploads_run(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def customer_list_uploads_run(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CustomerListUploadResponse, ApiResponse[CustomerListUploadResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def customer_list_uploads_run_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CustomerListUploadResponse]: ...
    @overload
    def customer_list_uploads_run_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def customer_list_uploads_run_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CustomerListUploadResponse]]: ...
    @overload
    def customer_list_uploads_run_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def customer_list_uploads_run_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_upload_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CustomerListUploadResponse], RawResponse, AsyncResult[Any]]: ...
