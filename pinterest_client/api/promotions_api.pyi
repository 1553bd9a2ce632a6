# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""PromotionsApi: View, create, update, or delete promotions."""

from typing import Any, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.promotion_create_request import PromotionCreateRequest
from pinterest_client.model.promotion_response import PromotionResponse
from pinterest_client.model.promotion_update_request import PromotionUpdateRequest
from pinterest_client.model.promotions_list_response import PromotionsListResponse
from pinterest_client.model.promotions_response import PromotionsResponse

_PROMOTIONS_LIST: Operation
_PROMOTIONS_CREATE: Operation
_PROMOTIONS_UPDATE: Operation
_PROMOTIONS_GET: Operation
_PROMOTIONS_DELETE: Operation

class PromotionsApi(ApiBase):
    """View, create, update, or delete promotions."""
    @overload
    def promotions_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> PromotionsListResponse: ...
    @overload
    def promotions_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[PromotionsListResponse]: ...
    @overload
    def promotions_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def promotions_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[PromotionsListResponse]: ...
    @overload
    def promotions_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[PromotionsListResponse]]: ...
    @overload
    def promotions_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def promotions_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[PromotionsListResponse, ApiResponse[PromotionsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def promotions_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[PromotionsListResponse]: ...
    @overload
    def promotions_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def promotions_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[PromotionsListResponse]]: ...
    @overload
    def promotions_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def promotions_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[PromotionsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def promotions_create(
        self,
        ad_account_id: str,
        promotion_create_request: List[PromotionCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> PromotionsResponse: ...
    @overload
    def promotions_create(
        self,
        ad_account_id: str,
        promotion_create_request: List[PromotionCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[PromotionsResponse]: ...
    @overload
    def promotions_create(
        self,
        ad_account_id: str,
        promotion_create_request: List[PromotionCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def promotions_create(
        self,
        ad_account_id: str,
        promotion_create_request: List[PromotionCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[PromotionsResponse]: ...
    @overload
    def promotions_create(
        self,
        ad_account_id: str,
        promotion_create_request: List[PromotionCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[PromotionsResponse]]: ...
    @overload
    def promotions_create(
        self,
        ad_account_id: str,
        promotion_create_request: List[PromotionCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def promotions_create(
        self,
        ad_account_id: str,
        promotion_create_request: List[PromotionCreateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[PromotionsResponse, ApiResponse[PromotionsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def promotions_create_with_http_info(
        self,
        ad_account_id: str,
        promotion_create_request: List[PromotionCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[PromotionsResponse]: ...
    @overload
    def promotions_create_with_http_info(
        self,
        ad_account_id: str,
        promotion_create_request: List[PromotionCreateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def promotions_create_with_http_info(
        self,
        ad_account_id: str,
        promotion_create_request: List[PromotionCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[PromotionsResponse]]: ...
    @overload
    def promotions_create_with_http_info(
        self,
        ad_account_id: str,
        promotion_create_request: List[PromotionCreateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def promotions_create_with_http_info(
        self,
        ad_account_id: str,
        promotion_create_request: List[PromotionCreateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[PromotionsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def promotions_update(
        self,
        ad_account_id: str,
        promotion_update_request: List[PromotionUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> PromotionsResponse: ...
    @overload
    def promotions_update(
        self,
        ad_account_id: str,
        promotion_update_request: List[PromotionUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[PromotionsResponse]: ...
    @overload
    def promotions_update(
        self,
        ad_account_id: str,
        promotion_update_request: List[PromotionUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def promotions_update(
        self,
        ad_account_id: str,
        promotion_update_request: List[PromotionUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[PromotionsResponse]: ...
    @overload
    def promotions_update(
        self,
        ad_account_id: str,
        promotion_update_request: List[PromotionUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[PromotionsResponse]]: ...
    @overload
    def promotions_update(
        self,
        ad_account_id: str,
        promotion_update_request: List[PromotionUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def promotions_update(
        self,
        ad_account_id: str,
        promotion_update_request: List[PromotionUpdateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[PromotionsResponse, ApiResponse[PromotionsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def promotions_update_with_http_info(
        self,
        ad_account_id: str,
        promotion_update_request: List[PromotionUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[PromotionsResponse]: ...
    @overload
    def promotions_update_with_http_info(
        self,
        ad_account_id: str,
        promotion_update_request: List[PromotionUpdateRequest],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def promotions_update_with_http_info(
        self,
        ad_account_id: str,
        promotion_update_request: List[PromotionUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[PromotionsResponse]]: ...
    @overload
    def promotions_update_with_http_info(
        self,
        ad_account_id: str,
        promotion_update_request: List[PromotionUpdateRequest],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def promotions_update_with_http_info(
        self,
        ad_account_id: str,
        promotion_update_request: List[PromotionUpdateRequest],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[PromotionsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def promotions_get(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> PromotionResponse: ...
    @overload
    def promotions_get(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[PromotionResponse]: ...
    @overload
    def promotions_get(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def promotions_get(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[PromotionResponse]: ...
    @overload
    def promotions_get(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[PromotionResponse]]: ...
    @overload
    def promotions_get(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def promotions_get(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[PromotionResponse, ApiResponse[PromotionResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def promotions_get_with_http_info(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[PromotionResponse]: ...
    @overload
    def promotions_get_with_http_info(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def promotions_get_with_http_info(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[PromotionResponse]]: ...
    @overload
    def promotions_get_with_http_info(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def promotions_get_with_http_info(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[PromotionResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def promotions_delete(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    @overload
    def promotions_delete(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def promotions_delete(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def promotions_delete(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[None]: ...
    @overload
    def promotions_delete(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def promotions_delete(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def promotions_delete(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[None, ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def promotions_delete_with_http_info(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def promotions_delete_with_http_info(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def promotions_delete_with_http_info(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def promotions_delete_with_http_info(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def promotions_delete_with_http_info(
        self,
        ad_account_id: str,
        promotion_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
