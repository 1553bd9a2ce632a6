# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""BulkApi: Create, update, or download ads-related entities in bulk."""

from typing import Any, Dict, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.bulk_download_request import BulkDownloadRequest
from pinterest_client.model.bulk_download_response import BulkDownloadResponse
from pinterest_client.model.bulk_upsert_request import BulkUpsertRequest
from pinterest_client.model.bulk_upsert_response import BulkUpsertResponse
from pinterest_client.model.bulk_upsert_status_response import BulkUpsertStatusResponse

_BULK_DOWNLOAD_CREATE: Operation
_BULK_UPSERT_CREATE: Operation
_BULK_REQUEST_GET: Operation

class BulkApi(ApiBase):
    """Create, update, or download ads-related entities in bulk."""
    @overload
    def bulk_download_create(
        self,
        ad_account_id: str,
        bulk_download_request: Union[BulkDownloadRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BulkDownloadResponse: ...
    @overload
    def bulk_download_create(
        self,
        ad_account_id: str,
        bulk_download_request: Union[BulkDownloadRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BulkDownloadResponse]: ...
    @overload
    def bulk_download_create(
        self,
        ad_account_id: str,
        bulk_download_request: Union[BulkDownloadRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def bulk_download_create(
        self,
        ad_account_id: str,
        bulk_download_request: Union[BulkDownloadRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BulkDownloadResponse]: ...
    @overload
    def bulk_download_create(
        self,
        ad_account_id: str,
        bulk_download_request: Union[BulkDownloadRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BulkDownloadResponse]]: ...
    @overload
    def bulk_download_create(
        self,
        ad_account_id: str,
        bulk_download_request: Union[BulkDownloadRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def bulk_download_create(
        self,
        ad_account_id: str,
        bulk_download_request: Union[BulkDownloadRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[BulkDownloadResponse, ApiResponse[BulkDownloadResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def bulk_download_create_with_http_info(
        self,
        ad_account_id: str,
        bulk_download_request: Union[BulkDownloadRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BulkDownloadResponse]: ...
    @overload
    def bulk_download_create_with_http_info(
        self,
        ad_account_id: str,
        bulk_download_request: Union[BulkDownloadRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def bulk_download_create_with_http_info(
        self,
        ad_account_id: str,
        bulk_download_request: Union[BulkDownloadRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BulkDownloadResponse]]: ...
    @overload
    def bulk_download_create_with_http_info(
        self,
        ad_account_id: str,
        bulk_download_request: Union[BulkDownloadRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def bulk_download_create_with_http_info(
        self,
        ad_account_id: str,
        bulk_download_request: Union[BulkDownloadRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BulkDownloadResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def bulk_upsert_create(
        self,
        ad_account_id: str,
        bulk_upsert_request: Union[BulkUpsertRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BulkUpsertResponse: ...
    @overload
    def bulk_upsert_create(
        self,
        ad_account_id: str,
        bulk_upsert_request: Union[BulkUpsertRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BulkUpsertResponse]: ...
    @overload
    def bulk_upsert_create(
        self,
        ad_account_id: str,
        bulk_upsert_request: Union[BulkUpsertRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def bulk_upsert_create(
        self,
        ad_account_id: str,
        bulk_upsert_request: Union[BulkUpsertRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BulkUpsertResponse]: ...
    @overload
    def bulk_upsert_create(
        self,
        ad_account_id: str,
        bulk_upsert_request: Union[BulkUpsertRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BulkUpsertResponse]]: ...
    @overload
    def bulk_upsert_create(
        self,
        ad_account_id: str,
        bulk_upsert_request: Union[BulkUpsertRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def bulk_upsert_create(
        self,
        ad_account_id: str,
        bulk_upsert_request: Union[BulkUpsertRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[BulkUpsertResponse, ApiResponse[BulkUpsertResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def bulk_upsert_create_with_http_info(
        self,
        ad_account_id: str,
        bulk_upsert_request: Union[BulkUpsertRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BulkUpsertResponse]: ...
    @overload
    def bulk_upsert_create_with_http_info(
        self,
        ad_account_id: str,
        bulk_upsert_request: Union[BulkUpsertRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def bulk_upsert_create_with_http_info(
        self,
        ad_account_id: str,
        bulk_upsert_request: Union[BulkUpsertRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BulkUpsertResponse]]: ...
    @overload
    def bulk_upsert_create_with_http_info(
        self,
        ad_account_id: str,
        bulk_upsert_request: Union[BulkUpsertRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def bulk_upsert_create_with_http_info(
        self,
        ad_account_id: str,
        bulk_upsert_request: Union[BulkUpsertRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BulkUpsertResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def bulk_request_get(
        self,
        ad_account_id: str,
        bulk_request_id: str,
        *,
        include_details: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BulkUpsertStatusResponse: ...
    @overload
    def bulk_request_get(
        self,
        ad_account_id: str,
        bulk_request_id: str,
        *,
        include_details: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BulkUpsertStatusResponse]: ...
    @overload
    def bulk_request_get(
        self,
        ad_account_id: str,
        bulk_request_id: str,
        *,
        include_details: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def bulk_request_get(
        self,
        ad_account_id: str,
        bulk_request_id: str,
        *,
        include_details: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BulkUpsertStatusResponse]: ...
    @overload
    def bulk_request_get(
        self,
        ad_account_id: str,
        bulk_request_id: str,
        *,
        include_details: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BulkUpsertStatusResponse]]: ...
    @overload
    def bulk_request_get(
        self,
        ad_account_id: str,
        bulk_request_id: str,
        *,
        include_details: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def bulk_request_get(
        self,
        ad_account_id: str,
        bulk_request_id: str,
        *,
        include_details: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[BulkUpsertStatusResponse, ApiResponse[BulkUpsertStatusResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def bulk_request_get_with_http_info(
        self,
        ad_account_id: str,
        bulk_request_id: str,
        *,
        include_details: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BulkUpsertStatusResponse]: ...
    @overload
    def bulk_request_get_with_http_info(
        self,
        ad_account_id: str,
        bulk_request_id: str,
        *,
        include_details: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def bulk_request_get_with_http_info(
        self,
        ad_account_id: str,
        bulk_request_id: str,
        *,
        include_details: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BulkUpsertStatusResponse]]: ...
    @overload
    def bulk_request_get_with_http_info(
        self,
        ad_account_id: str,
        bulk_request_id: str,
        *,
        include_details: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def bulk_request_get_with_http_info(
        self,
        ad_account_id: str,
        bulk_request_id: str,
        *,
        include_details: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BulkUpsertStatusResponse], RawResponse, AsyncResult[Any]]: ...
