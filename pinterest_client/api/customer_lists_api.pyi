# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""CustomerListsApi: View, create, or update customer lists."""

from typing import Any, Dict, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.customer_list import CustomerList
from pinterest_client.model.customer_list_request import CustomerListRequest
from pinterest_client.model.customer_list_update_request import CustomerListUpdateRequest
from pinterest_client.model.customer_lists_list_response import CustomerListsListResponse

_CUSTOMER_LISTS_LIST: Operation
_CUSTOMER_LISTS_CREATE: Operation
_CUSTOMER_LISTS_GET: Operation
_CUSTOMER_LISTS_UPDATE: Operation

class CustomerListsApi(ApiBase):
    """View, create, or update customer lists."""
    @overload
    def customer_lists_list(
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
    ) -> CustomerListsListResponse: ...
    @overload
    def customer_lists_list(
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
    ) -> ApiResponse[CustomerListsListResponse]: ...
    @overload
    def customer_lists_list(
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
    def customer_lists_list(
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
    ) -> AsyncResult[CustomerListsListResponse]: ...
    @overload
    def customer_lists_list(
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
    ) -> AsyncResult[ApiResponse[CustomerListsListResponse]]: ...
    @overload
    def customer_lists_list(
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
    def customer_lists_list(
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
    ) -> Union[CustomerListsListResponse, ApiResponse[CustomerListsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def customer_lists_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CustomerListsListResponse]: ...
    @overload
    def customer_lists_list_with_http_info(
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
    def customer_lists_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CustomerListsListResponse]]: ...
    @overload
    def customer_lists_list_with_http_info(
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
    def customer_lists_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CustomerListsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def customer_lists_create(
        self,
        ad_account_id: str,
        customer_list_request: Union[CustomerListRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CustomerList: ...
    @overload
    def customer_lists_create(
        self,
        ad_account_id: str,
        customer_list_request: Union[CustomerListRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CustomerList]: ...
    @overload
    def customer_lists_create(
        self,
        ad_account_id: str,
        customer_list_request: Union[CustomerListRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def customer_lists_create(
        self,
        ad_account_id: str,
        customer_list_request: Union[CustomerListRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CustomerList]: ...
    @overload
    def customer_lists_create(
        self,
        ad_account_id: str,
        customer_list_request: Union[CustomerListRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CustomerList]]: ...
    @overload
    def customer_lists_create(
        self,
        ad_account_id: str,
        customer_list_request: Union[CustomerListRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def customer_lists_create(
        self,
        ad_account_id: str,
        customer_list_request: Union[CustomerListRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CustomerList, ApiResponse[CustomerList], RawResponse, AsyncResult[Any]]: ...
    @overload
    def customer_lists_create_with_http_info(
        self,
        ad_account_id: str,
        customer_list_request: Union[CustomerListRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CustomerList]: ...
    @overload
    def customer_lists_create_with_http_info(
        self,
        ad_account_id: str,
        customer_list_request: Union[CustomerListRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def customer_lists_create_with_http_info(
        self,
        ad_account_id: str,
        customer_list_request: Union[CustomerListRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CustomerList]]: ...
    @overload
    def customer_lists_create_with_http_info(
        self,
        ad_account_id: str,
        customer_list_request: Union[CustomerListRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def customer_lists_create_with_http_info(
        self,
        ad_account_id: str,
        customer_list_request: Union[CustomerListRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CustomerList], RawResponse, AsyncResult[Any]]: ...
    @overload
    def customer_lists_get(
        self,
        ad_account_id: str,
        customer_list_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CustomerList: ...
    @overload
    def customer_lists_get(
        self,
        ad_account_id: str,
        customer_list_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CustomerList]: ...
    @overload
    def customer_lists_get(
        self,
        ad_account_id: str,
        customer_list_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def customer_lists_get(
        self,
        ad_account_id: str,
        customer_list_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CustomerList]: ...
    @overload
    def customer_lists_get(
        self,
        ad_account_id: str,
        customer_list_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CustomerList]]: ...
    @overload
    def customer_lists_get(
        self,
        ad_account_id: str,
        customer_list_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def customer_lists_get(
        self,
        ad_account_id: str,
        customer_list_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CustomerList, ApiResponse[CustomerList], RawResponse, AsyncResult[Any]]: ...
    @overload
    def customer_lists_get_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CustomerList]: ...
    @overload
    def customer_lists_get_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def customer_lists_get_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CustomerList]]: ...
    @overload
    def customer_lists_get_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def customer_lists_get_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CustomerList], RawResponse, AsyncResult[Any]]: ...
    @overload
    def customer_lists_update(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_update_request: Union[CustomerListUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CustomerList: ...
    @overload
    def customer_lists_update(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_update_request: Union[CustomerListUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CustomerList]: ...
    @overload
    def customer_lists_update(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_update_request: Union[CustomerListUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def customer_lists_update(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_update_request: Union[CustomerListUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CustomerList]: ...
    @overload
    def customer_lists_update(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_update_request: Union[CustomerListUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CustomerList]]: ...
    @overload
    def customer_lists_update(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_update_request: Union[CustomerListUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def customer_lists_update(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_update_request: Union[CustomerListUpdateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CustomerList, ApiResponse[CustomerList], RawResponse, AsyncResult[Any]]: ...
    @overload
    def customer_lists_update_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_update_request: Union[CustomerListUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CustomerList]: ...
    @overload
    def customer_lists_update_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_update_request: Union[CustomerListUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def customer_lists_update_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_update_request: Union[CustomerListUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CustomerList]]: ...
    @overload
    def customer_lists_update_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_update_request: Union[CustomerListUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def customer_lists_update_with_http_info(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_update_request: Union[CustomerListUpdateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CustomerList], RawResponse, AsyncResult[Any]]: ...
