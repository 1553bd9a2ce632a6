# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""CatalogProductGroupsApi: View and manage catalog product groups using filters."""

from typing import Any, Dict, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.catalogs_list_products_by_filter_request import CatalogsListProductsByFilterRequest
from pinterest_client.model.catalogs_product_group_pins_list_response import CatalogsProductGroupPinsListResponse
from pinterest_client.model.catalogs_product_group_product_counts_vertical import (
    CatalogsProductGroupProductCountsVertical,
)
from pinterest_client.model.catalogs_product_groups_create_many_request_item import (
    CatalogsProductGroupsCreateManyRequestItem,
)
from pinterest_client.model.catalogs_product_groups_create_request import CatalogsProductGroupsCreateRequest
from pinterest_client.model.catalogs_product_groups_list_response import CatalogsProductGroupsListResponse
from pinterest_client.model.catalogs_product_groups_update_request import CatalogsProductGroupsUpdateRequest
from pinterest_client.model.catalogs_vertical_product_group import CatalogsVerticalProductGroup
from pinterest_client.model.products_by_product_group_filter_list_response import (
    ProductsByProductGroupFilterListResponse,
)

_CATALOGS_PRODUCT_GROUPS_CREATE_MANY: Operation
_CATALOGS_PRODUCT_GROUPS_DELETE_MANY: Operation
_CATALOGS_PRODUCT_GROUPS_LIST: Operation
_CATALOGS_PRODUCT_GROUPS_CREATE: Operation
_CATALOGS_PRODUCT_GROUPS_GET: Operation
_CATALOGS_PRODUCT_GROUPS_DELETE: Operation
_CATALOGS_PRODUCT_GROUPS_UPDATE: Operation
_CATALOGS_PRODUCT_GROUPS_PRODUCT_COUNTS_GET: Operation
_CATALOGS_PRODUCT_GROUP_PINS_LIST: Operation
_PRODUCTS_BY_PRODUCT_GROUP_FILTER_LIST: Operation

class CatalogProductGroupsApi(ApiBase):
    """View and manage catalog product groups using filters."""
    @overload
    def catalogs_product_groups_create_many(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> List[str]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[str]]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[List[str]]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[str]]]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[List[str], ApiResponse[List[str]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> List[str]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[str]]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[List[str]]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[str]]]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create_many(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[List[str], ApiResponse[List[str]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[str]]: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[str]]]: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        catalogs_product_groups_create_many_request: List[CatalogsProductGroupsCreateManyRequestItem],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[List[str]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[str]]: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[str]]]: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create_many_with_http_info(
        self,
        *,
        request_body: List[CatalogsProductGroupsCreateManyRequestItem],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[List[str]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_delete_many(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    @overload
    def catalogs_product_groups_delete_many(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def catalogs_product_groups_delete_many(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_delete_many(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[None]: ...
    @overload
    def catalogs_product_groups_delete_many(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def catalogs_product_groups_delete_many(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_delete_many(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[None, ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_delete_many_with_http_info(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def catalogs_product_groups_delete_many_with_http_info(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_delete_many_with_http_info(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def catalogs_product_groups_delete_many_with_http_info(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_delete_many_with_http_info(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsProductGroupsListResponse: ...
    @overload
    def catalogs_product_groups_list(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsProductGroupsListResponse]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_list(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsProductGroupsListResponse]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsProductGroupsListResponse]]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsProductGroupsListResponse, ApiResponse[CatalogsProductGroupsListResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsProductGroupsListResponse: ...
    @overload
    def catalogs_product_groups_list(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsProductGroupsListResponse]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_list(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsProductGroupsListResponse]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsProductGroupsListResponse]]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_list(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsProductGroupsListResponse, ApiResponse[CatalogsProductGroupsListResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsProductGroupsListResponse]: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsProductGroupsListResponse]]: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        *,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsProductGroupsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsProductGroupsListResponse]: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsProductGroupsListResponse]]: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_list_with_http_info(
        self,
        feed_id: str,
        /,
        *,
        id: Optional[List[int]] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsProductGroupsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsVerticalProductGroup: ...
    @overload
    def catalogs_product_groups_create(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsVerticalProductGroup, ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsVerticalProductGroup: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsVerticalProductGroup, ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsVerticalProductGroup: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsVerticalProductGroup, ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        catalogs_product_groups_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        catalogs_product_group_create_request: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_create_with_http_info(
        self,
        *,
        unknown_base_type: Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsVerticalProductGroup: ...
    @overload
    def catalogs_product_groups_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsVerticalProductGroup, ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_product_groups_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_delete(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    @overload
    def catalogs_product_groups_delete(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def catalogs_product_groups_delete(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_delete(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[None]: ...
    @overload
    def catalogs_product_groups_delete(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def catalogs_product_groups_delete(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_delete(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[None, ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_delete_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def catalogs_product_groups_delete_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_delete_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def catalogs_product_groups_delete_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_delete_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsVerticalProductGroup: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsVerticalProductGroup, ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsVerticalProductGroup: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsVerticalProductGroup, ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsVerticalProductGroup: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsVerticalProductGroup, ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        catalogs_product_group_update_request: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsVerticalProductGroup]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsVerticalProductGroup]]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_update_with_http_info(
        self,
        product_group_id: str,
        *,
        unknown_base_type: Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsVerticalProductGroup], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_groups_product_counts_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsProductGroupProductCountsVertical: ...
    @overload
    def catalogs_product_groups_product_counts_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsProductGroupProductCountsVertical]: ...
    @overload
    def catalogs_product_groups_product_counts_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_product_counts_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsProductGroupProductCountsVertical]: ...
    @overload
    def catalogs_product_groups_product_counts_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsProductGroupProductCountsVertical]]: ...
    @overload
    def catalogs_product_groups_product_counts_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_product_counts_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsProductGroupProductCountsVertical,
        ApiResponse[CatalogsProductGroupProductCountsVertical],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def catalogs_product_groups_product_counts_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsProductGroupProductCountsVertical]: ...
    @overload
    def catalogs_product_groups_product_counts_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_groups_product_counts_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsProductGroupProductCountsVertical]]: ...
    @overload
    def catalogs_product_groups_product_counts_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_groups_product_counts_get_with_http_info(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsProductGroupProductCountsVertical], RawResponse, AsyncResult[Any]]: ...
    @overload
    def catalogs_product_group_pins_list(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CatalogsProductGroupPinsListResponse: ...
    @overload
    def catalogs_product_group_pins_list(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsProductGroupPinsListResponse]: ...
    @overload
    def catalogs_product_group_pins_list(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_group_pins_list(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CatalogsProductGroupPinsListResponse]: ...
    @overload
    def catalogs_product_group_pins_list(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsProductGroupPinsListResponse]]: ...
    @overload
    def catalogs_product_group_pins_list(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_group_pins_list(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CatalogsProductGroupPinsListResponse,
        ApiResponse[CatalogsProductGroupPinsListResponse],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def catalogs_product_group_pins_list_with_http_info(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CatalogsProductGroupPinsListResponse]: ...
    @overload
    def catalogs_product_group_pins_list_with_http_info(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def catalogs_product_group_pins_list_with_http_info(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CatalogsProductGroupPinsListResponse]]: ...
    @overload
    def catalogs_product_group_pins_list_with_http_info(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def catalogs_product_group_pins_list_with_http_info(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CatalogsProductGroupPinsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def products_by_product_group_filter_list(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ProductsByProductGroupFilterListResponse: ...
    @overload
    def products_by_product_group_filter_list(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ProductsByProductGroupFilterListResponse]: ...
    @overload
    def products_by_product_group_filter_list(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def products_by_product_group_filter_list(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ProductsByProductGroupFilterListResponse]: ...
    @overload
    def products_by_product_group_filter_list(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ProductsByProductGroupFilterListResponse]]: ...
    @overload
    def products_by_product_group_filter_list(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def products_by_product_group_filter_list(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        ProductsByProductGroupFilterListResponse,
        ApiResponse[ProductsByProductGroupFilterListResponse],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def products_by_product_group_filter_list_with_http_info(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ProductsByProductGroupFilterListResponse]: ...
    @overload
    def products_by_product_group_filter_list_with_http_info(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def products_by_product_group_filter_list_with_http_info(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ProductsByProductGroupFilterListResponse]]: ...
    @overload
    def products_by_product_group_filter_list_with_http_info(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def products_by_product_group_filter_list_with_http_info(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[ProductsByProductGroupFilterListResponse], RawResponse, AsyncResult[Any]]: ...
