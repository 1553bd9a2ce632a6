# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""MediaApi: Register and manage media uploads."""

from typing import Any, Dict, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.media import Media
from pinterest_client.model.media_list_response import MediaListResponse
from pinterest_client.model.media_upload import MediaUpload
from pinterest_client.model.media_upload_create import MediaUploadCreate

_MEDIA_LIST: Operation
_MEDIA_CREATE: Operation
_MEDIA_GET: Operation

class MediaApi(ApiBase):
    """Register and manage media uploads."""
    @overload
    def media_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> MediaListResponse: ...
    @overload
    def media_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[MediaListResponse]: ...
    @overload
    def media_list(
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
    def media_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[MediaListResponse]: ...
    @overload
    def media_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[MediaListResponse]]: ...
    @overload
    def media_list(
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
    def media_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[MediaListResponse, ApiResponse[MediaListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def media_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[MediaListResponse]: ...
    @overload
    def media_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def media_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[MediaListResponse]]: ...
    @overload
    def media_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def media_list_with_http_info(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[MediaListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def media_create(
        self,
        media_upload_create: Union[MediaUploadCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> MediaUpload: ...
    @overload
    def media_create(
        self,
        media_upload_create: Union[MediaUploadCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[MediaUpload]: ...
    @overload
    def media_create(
        self,
        media_upload_create: Union[MediaUploadCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def media_create(
        self,
        media_upload_create: Union[MediaUploadCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[MediaUpload]: ...
    @overload
    def media_create(
        self,
        media_upload_create: Union[MediaUploadCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[MediaUpload]]: ...
    @overload
    def media_create(
        self,
        media_upload_create: Union[MediaUploadCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def media_create(
        self,
        media_upload_create: Union[MediaUploadCreate, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[MediaUpload, ApiResponse[MediaUpload], RawResponse, AsyncResult[Any]]: ...
    @overload
    def media_create(
        self,
        *,
        media_upload_request: Union[MediaUploadCreate, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> MediaUpload: ...
    @overload
    def media_create(
        self,
        *,
        media_upload_request: Union[MediaUploadCreate, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[MediaUpload]: ...
    @overload
    def media_create(
        self,
        *,
        media_upload_request: Union[MediaUploadCreate, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def media_create(
        self,
        *,
        media_upload_request: Union[MediaUploadCreate, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[MediaUpload]: ...
    @overload
    def media_create(
        self,
        *,
        media_upload_request: Union[MediaUploadCreate, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[MediaUpload]]: ...
    @overload
    def media_create(
        self,
        *,
        media_upload_request: Union[MediaUploadCreate, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def media_create(
        self,
        *,
        media_upload_request: Union[MediaUploadCreate, Dict[str, Any]],
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[MediaUpload, ApiResponse[MediaUpload], RawResponse, AsyncResult[Any]]: ...
    @overload
    def media_create_with_http_info(
        self,
        media_upload_create: Union[MediaUploadCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[MediaUpload]: ...
    @overload
    def media_create_with_http_info(
        self,
        media_upload_create: Union[MediaUploadCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def media_create_with_http_info(
        self,
        media_upload_create: Union[MediaUploadCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[MediaUpload]]: ...
    @overload
    def media_create_with_http_info(
        self,
        media_upload_create: Union[MediaUploadCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def media_create_with_http_info(
        self,
        media_upload_create: Union[MediaUploadCreate, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[MediaUpload], RawResponse, AsyncResult[Any]]: ...
    @overload
    def media_create_with_http_info(
        self,
        *,
        media_upload_request: Union[MediaUploadCreate, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[MediaUpload]: ...
    @overload
    def media_create_with_http_info(
        self,
        *,
        media_upload_request: Union[MediaUploadCreate, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def media_create_with_http_info(
        self,
        *,
        media_upload_request: Union[MediaUploadCreate, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[MediaUpload]]: ...
    @overload
    def media_create_with_http_info(
        self,
        *,
        media_upload_request: Union[MediaUploadCreate, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def media_create_with_http_info(
        self,
        *,
        media_upload_request: Union[MediaUploadCreate, Dict[str, Any]],
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[MediaUpload], RawResponse, AsyncResult[Any]]: ...
    @overload
    def media_get(
        self,
        media_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> Media: ...
    @overload
    def media_get(
        self,
        media_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Media]: ...
    @overload
    def media_get(
        self,
        media_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def media_get(
        self,
        media_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[Media]: ...
    @overload
    def media_get(
        self,
        media_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Media]]: ...
    @overload
    def media_get(
        self,
        media_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def media_get(
        self,
        media_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[Media, ApiResponse[Media], RawResponse, AsyncResult[Any]]: ...
    @overload
    def media_get_with_http_info(
        self,
        media_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Media]: ...
    @overload
    def media_get_with_http_info(
        self,
        media_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def media_get_with_http_info(
        self,
        media_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Media]]: ...
    @overload
    def media_get_with_http_info(
        self,
        media_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def media_get_with_http_info(
        self,
        media_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[Media], RawResponse, AsyncResult[Any]]: ...
