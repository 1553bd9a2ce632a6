# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""CatalogItemsApi: View and manage catalog items directly without a feed."""

from typing import Any, Dict, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.catalogs_items import CatalogsItems
from pinterest_client.model.catalogs_items_batch import CatalogsItemsBatch
from pinterest_client.model.catalogs_items_request import CatalogsItemsRequest
from pinterest_client.model.items_batch_post_request import ItemsBatchPostRequest

_ITEMS_POST: Operation
_ITEMS_BATCH_POST: Operation
_ITEMS_BATCH_GET: Operation

class CatalogItemsApi(ApiBase):
    """View and manage catalog items directly without a feed."""
    @overload
    def items_post(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsItems: ...
    @overload
    def items_post(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItems]: ...
    @overload
    def items_post(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_post(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsItems]: ...
    @overload
    def items_post(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItems]]: ...
    @overload
    def items_post(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_post(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsItems, ApiResponse[CatalogsItems], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_post_with_http_info(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItems]: ...
    @overload
    def items_post_with_http_info(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_post_with_http_info(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItems]]: ...
    @overload
    def items_post_with_http_info(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_post_with_http_info(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsItems], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_batch_post(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsItemsBatch: ...
    @overload
    def items_batch_post(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItemsBatch]: ...
    @overload
    def items_batch_post(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_batch_post(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsItemsBatch]: ...
    @overload
    def items_batch_post(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItemsBatch]]: ...
    @overload
    def items_batch_post(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_batch_post(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsItemsBatch, ApiResponse[CatalogsItemsBatch], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_batch_post(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsItemsBatch: ...
    @overload
    def items_batch_post(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItemsBatch]: ...
    @overload
    def items_batch_post(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_batch_post(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsItemsBatch]: ...
    @overload
    def items_batch_post(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItemsBatch]]: ...
    @overload
    def items_batch_post(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_batch_post(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsItemsBatch, ApiResponse[CatalogsItemsBatch], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_batch_post(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsItemsBatch: ...
    @overload
    def items_batch_post(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItemsBatch]: ...
    @overload
    def items_batch_post(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_batch_post(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsItemsBatch]: ...
    @overload
    def items_batch_post(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItemsBatch]]: ...
    @overload
    def items_batch_post(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_batch_post(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsItemsBatch, ApiResponse[CatalogsItemsBatch], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItemsBatch]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItemsBatch]]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        items_batch_post_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsItemsBatch], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItemsBatch]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItemsBatch]]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        catalogs_items_batch_request: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsItemsBatch], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItemsBatch]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItemsBatch]]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_batch_post_with_http_info(
        self,
        *,
        unknown_base_type: Union[ItemsBatchPostRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsItemsBatch], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_batch_get(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsItemsBatch: ...
    @overload
    def items_batch_get(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItemsBatch]: ...
    @overload
    def items_batch_get(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_batch_get(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsItemsBatch]: ...
    @overload
    def items_batch_get(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItemsBatch]]: ...
    @overload
    def items_batch_get(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_batch_get(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CatalogsItemsBatch, ApiResponse[CatalogsItemsBatch], RawResponse, AsyncResult[Any]]: ...
    @overload
    def items_batch_get_with_http_info(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsItemsBatch]: ...
    @overload
    def items_batch_get_with_http_info(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def items_batch_get_with_http_info(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsItemsBatch]]: ...
    @overload
    def items_batch_get_with_http_info(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def items_batch_get_with_http_info(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsItemsBatch], RawResponse, AsyncResult[Any]]: ...
