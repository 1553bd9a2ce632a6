# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""SearchApi: Search for Pins and boards owned by the current user."""

from typing import Any, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.search_partner_pins_response import SearchPartnerPinsResponse
from pinterest_client.model.search_user_boards_get_response import SearchUserBoardsGetResponse
from pinterest_client.model.search_user_pins_list_response import SearchUserPinsListResponse

_SEARCH_USER_BOARDS_GET: Operation
_SEARCH_USER_PINS_LIST: Operation
_SEARCH_PARTNER_PINS: Operation

class SearchApi(ApiBase):
    """Search for Pins and boards owned by the current user."""
    @overload
    def search_user_boards_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        query: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> SearchUserBoardsGetResponse: ...
    @overload
    def search_user_boards_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        query: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SearchUserBoardsGetResponse]: ...
    @overload
    def search_user_boards_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        query: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def search_user_boards_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        query: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[SearchUserBoardsGetResponse]: ...
    @overload
    def search_user_boards_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        query: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SearchUserBoardsGetResponse]]: ...
    @overload
    def search_user_boards_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        query: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def search_user_boards_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        query: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        SearchUserBoardsGetResponse, ApiResponse[SearchUserBoardsGetResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def search_user_boards_get_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        query: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SearchUserBoardsGetResponse]: ...
    @overload
    def search_user_boards_get_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        query: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def search_user_boards_get_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        query: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SearchUserBoardsGetResponse]]: ...
    @overload
    def search_user_boards_get_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        query: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def search_user_boards_get_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        query: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[SearchUserBoardsGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def search_user_pins_list(
        self,
        query: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> SearchUserPinsListResponse: ...
    @overload
    def search_user_pins_list(
        self,
        query: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SearchUserPinsListResponse]: ...
    @overload
    def search_user_pins_list(
        self,
        query: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def search_user_pins_list(
        self,
        query: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[SearchUserPinsListResponse]: ...
    @overload
    def search_user_pins_list(
        self,
        query: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SearchUserPinsListResponse]]: ...
    @overload
    def search_user_pins_list(
        self,
        query: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def search_user_pins_list(
        self,
        query: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[SearchUserPinsListResponse, ApiResponse[SearchUserPinsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def search_user_pins_list_with_http_info(
        self,
        query: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SearchUserPinsListResponse]: ...
    @overload
    def search_user_pins_list_with_http_info(
        self,
        query: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def search_user_pins_list_with_http_info(
        self,
        query: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SearchUserPinsListResponse]]: ...
    @overload
    def search_user_pins_list_with_http_info(
        self,
        query: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def search_user_pins_list_with_http_info(
        self,
        query: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[SearchUserPinsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def search_partner_pins(
        self,
        term: str,
        country_code: str,
        *,
        bookmark: Optional[str] = None,
        locale: Optional[str] = None,
        limit: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> SearchPartnerPinsResponse: ...
    @overload
    def search_partner_pins(
        self,
        term: str,
        country_code: str,
        *,
        bookmark: Optional[str] = None,
        locale: Optional[str] = None,
        limit: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SearchPartnerPinsResponse]: ...
    @overload
    def search_partner_pins(
        self,
        term: str,
        country_code: str,
        *,
        bookmark: Optional[str] = None,
        locale: Optional[str] = None,
        limit: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def search_partner_pins(
        self,
        term: str,
        country_code: str,
        *,
        bookmark: Optional[str] = None,
        locale: Optional[str] = None,
        limit: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[SearchPartnerPinsResponse]: ...
    @overload
    def search_partner_pins(
        self,
        term: str,
        country_code: str,
        *,
        bookmark: Optional[str] = None,
        locale: Optional[str] = None,
        limit: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SearchPartnerPinsResponse]]: ...
    @overload
    def search_partner_pins(
        self,
        term: str,
        country_code: str,
        *,
        bookmark: Optional[str] = None,
        locale: Optional[str] = None,
        limit: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def search_partner_pins(
        self,
        term: str,
        country_code: str,
        *,
        bookmark: Optional[str] = None,
        locale: Optional[str] = None,
        limit: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[SearchPartnerPinsResponse, ApiResponse[SearchPartnerPinsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def search_partner_pins_with_http_info(
        self,
        term: str,
        country_code: str,
        *,
        bookmark: Optional[str] = None,
        locale: Optional[str] = None,
        limit: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SearchPartnerPinsResponse]: ...
    @overload
    def search_partner_pins_with_http_info(
        self,
        term: str,
        country_code: str,
        *,
        bookmark: Optional[str] = None,
        locale: Optional[str] = None,
        limit: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def search_partner_pins_with_http_info(
        self,
        term: str,
        country_code: str,
        *,
        bookmark: Optional[str] = None,
        locale: Optional[str] = None,
        limit: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SearchPartnerPinsResponse]]: ...
    @overload
    def search_partner_pins_with_http_info(
        self,
        term: str,
        country_code: str,
        *,
        bookmark: Optional[str] = None,
        locale: Optional[str] = None,
        limit: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def search_partner_pins_with_http_info(
        self,
        term: str,
        country_code: str,
        *,
        bookmark: Optional[str] = None,
        locale: Optional[str] = None,
        limit: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[SearchPartnerPinsResponse], RawResponse, AsyncResult[Any]]: ...
