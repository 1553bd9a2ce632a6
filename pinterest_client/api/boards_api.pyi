# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""BoardsApi: View, create, update, or delete information about boards."""

from typing import Any, Dict, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.board import Board
from pinterest_client.model.board_create import BoardCreate
from pinterest_client.model.board_privacy_filter import BoardPrivacyFilter, BoardPrivacyFilterValue
from pinterest_client.model.board_section import BoardSection
from pinterest_client.model.board_sections_list_pins_response import BoardSectionsListPinsResponse
from pinterest_client.model.board_sections_list_response import BoardSectionsListResponse
from pinterest_client.model.board_with_update_privacy import BoardWithUpdatePrivacy
from pinterest_client.model.board_with_update_privacy_update import BoardWithUpdatePrivacyUpdate
from pinterest_client.model.boards_list_pins_response import BoardsListPinsResponse
from pinterest_client.model.boards_list_response import BoardsListResponse
from pinterest_client.model.creative_type import CreativeType, CreativeTypeValue

_BOARDS_LIST: Operation
_BOARDS_CREATE: Operation
_BOARDS_GET: Operation
_BOARDS_DELETE: Operation
_BOARDS_UPDATE: Operation
_BOARDS_LIST_PINS: Operation
_BOARD_SECTIONS_LIST: Operation
_BOARD_SECTIONS_CREATE: Operation
_BOARD_SECTIONS_DELETE: Operation
_BOARD_SECTIONS_UPDATE: Operation
_BOARD_SECTIONS_LIST_PINS: Operation

class BoardsApi(ApiBase):
    """View, create, update, or delete information about boards."""
    @overload
    def boards_list(
        self,
        *,
        ad_account_id: Optional[str] = None,
        privacy: Optional[Union[BoardPrivacyFilter, BoardPrivacyFilterValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BoardsListResponse: ...
    @overload
    def boards_list(
        self,
        *,
        ad_account_id: Optional[str] = None,
        privacy: Optional[Union[BoardPrivacyFilter, BoardPrivacyFilterValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BoardsListResponse]: ...
    @overload
    def boards_list(
        self,
        *,
        ad_account_id: Optional[str] = None,
        privacy: Optional[Union[BoardPrivacyFilter, BoardPrivacyFilterValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def boards_list(
        self,
        *,
        ad_account_id: Optional[str] = None,
        privacy: Optional[Union[BoardPrivacyFilter, BoardPrivacyFilterValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BoardsListResponse]: ...
    @overload
    def boards_list(
        self,
        *,
        ad_account_id: Optional[str] = None,
        privacy: Optional[Union[BoardPrivacyFilter, BoardPrivacyFilterValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BoardsListResponse]]: ...
    @overload
    def boards_list(
        self,
        *,
        ad_account_id: Optional[str] = None,
        privacy: Optional[Union[BoardPrivacyFilter, BoardPrivacyFilterValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def boards_list(
        self,
        *,
        ad_account_id: Optional[str] = None,
        privacy: Optional[Union[BoardPrivacyFilter, BoardPrivacyFilterValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[BoardsListResponse, ApiResponse[BoardsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def boards_list_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        privacy: Optional[Union[BoardPrivacyFilter, BoardPrivacyFilterValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BoardsListResponse]: ...
    @overload
    def boards_list_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        privacy: Optional[Union[BoardPrivacyFilter, BoardPrivacyFilterValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def boards_list_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        privacy: Optional[Union[BoardPrivacyFilter, BoardPrivacyFilterValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BoardsListResponse]]: ...
    @overload
    def boards_list_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        privacy: Optional[Union[BoardPrivacyFilter, BoardPrivacyFilterValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def boards_list_with_http_info(
        self,
        *,
        ad_account_id: Optional[str] = None,
        privacy: Optional[Union[BoardPrivacyFilter, BoardPrivacyFilterValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BoardsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def boards_create(
        self,
        board_create: Union[BoardCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> Board: ...
    @overload
    def boards_create(
        self,
        board_create: Union[BoardCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Board]: ...
    @overload
    def boards_create(
        self,
        board_create: Union[BoardCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def boards_create(
        self,
        board_create: Union[BoardCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[Board]: ...
    @overload
    def boards_create(
        self,
        board_create: Union[BoardCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Board]]: ...
    @overload
    def boards_create(
        self,
        board_create: Union[BoardCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def boards_create(
        self,
        board_create: Union[BoardCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[Board, ApiResponse[Board], RawResponse, AsyncResult[Any]]: ...
    @overload
    def boards_create(
        self,
        *,
        board: Union[BoardCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> Board: ...
    @overload
    def boards_create(
        self,
        *,
        board: Union[BoardCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Board]: ...
    @overload
    def boards_create(
        self,
        *,
        board: Union[BoardCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def boards_create(
        self,
        *,
        board: Union[BoardCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[Board]: ...
    @overload
    def boards_create(
        self,
        *,
        board: Union[BoardCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Board]]: ...
    @overload
    def boards_create(
        self,
        *,
        board: Union[BoardCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def boards_create(
        self,
        *,
        board: Union[BoardCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[Board, ApiResponse[Board], RawResponse, AsyncResult[Any]]: ...
    @overload
    def boards_create_with_http_info(
        self,
        board_create: Union[BoardCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Board]: ...
    @overload
    def boards_create_with_http_info(
        self,
        board_create: Union[BoardCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def boards_create_with_http_info(
        self,
        board_create: Union[BoardCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Board]]: ...
    @overload
    def boards_create_with_http_info(
        self,
        board_create: Union[BoardCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def boards_create_with_http_info(
        self,
        board_create: Union[BoardCreate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[Board], RawResponse, AsyncResult[Any]]: ...
    @overload
    def boards_create_with_http_info(
        self,
        *,
        board: Union[BoardCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Board]: ...
    @overload
    def boards_create_with_http_info(
        self,
        *,
        board: Union[BoardCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def boards_create_with_http_info(
        self,
        *,
        board: Union[BoardCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Board]]: ...
    @overload
    def boards_create_with_http_info(
        self,
        *,
        board: Union[BoardCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def boards_create_with_http_info(
        self,
        *,
        board: Union[BoardCreate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[Board], RawResponse, AsyncResult[Any]]: ...
    @overload
    def boards_get(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> Board: ...
    @overload
    def boards_get(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Board]: ...
    @overload
    def boards_get(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def boards_get(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[Board]: ...
    @overload
    def boards_get(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Board]]: ...
    @overload
    def boards_get(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def boards_get(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[Board, ApiResponse[Board], RawResponse, AsyncResult[Any]]: ...
    @overload
    def boards_get_with_http_info(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[Board]: ...
    @overload
    def boards_get_with_http_info(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def boards_get_with_http_info(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[Board]]: ...
    @overload
    def boards_get_with_http_info(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def boards_get_with_http_info(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[Board], RawResponse, AsyncResult[Any]]: ...
    @overload
    def boards_delete(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    @overload
    def boards_delete(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def boards_delete(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def boards_delete(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[None]: ...
    @overload
    def boards_delete(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def boards_delete(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def boards_delete(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[None, ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def boards_delete_with_http_info(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def boards_delete_with_http_info(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def boards_delete_with_http_info(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def boards_delete_with_http_info(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def boards_delete_with_http_info(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def boards_update(
        self,
        board_id: str,
        board_with_update_privacy_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BoardWithUpdatePrivacy: ...
    @overload
    def boards_update(
        self,
        board_id: str,
        board_with_update_privacy_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BoardWithUpdatePrivacy]: ...
    @overload
    def boards_update(
        self,
        board_id: str,
        board_with_update_privacy_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def boards_update(
        self,
        board_id: str,
        board_with_update_privacy_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BoardWithUpdatePrivacy]: ...
    @overload
    def boards_update(
        self,
        board_id: str,
        board_with_update_privacy_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BoardWithUpdatePrivacy]]: ...
    @overload
    def boards_update(
        self,
        board_id: str,
        board_with_update_privacy_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def boards_update(
        self,
        board_id: str,
        board_with_update_privacy_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[BoardWithUpdatePrivacy, ApiResponse[BoardWithUpdatePrivacy], RawResponse, AsyncResult[Any]]: ...
    @overload
    def boards_update(
        self,
        board_id: str,
        *,
        board_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BoardWithUpdatePrivacy: ...
    @overload
    def boards_update(
        self,
        board_id: str,
        *,
        board_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BoardWithUpdatePrivacy]: ...
    @overload
    def boards_update(
        self,
        board_id: str,
        *,
        board_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def boards_update(
        self,
        board_id: str,
        *,
        board_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BoardWithUpdatePrivacy]: ...
    @overload
    def boards_update(
        self,
        board_id: str,
        *,
        board_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BoardWithUpdatePrivacy]]: ...
    @overload
    def boards_update(
        self,
        board_id: str,
        *,
        board_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def boards_update(
        self,
        board_id: str,
        *,
        board_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[BoardWithUpdatePrivacy, ApiResponse[BoardWithUpdatePrivacy], RawResponse, AsyncResult[Any]]: ...
    @overload
    def boards_update_with_http_info(
        self,
        board_id: str,
        board_with_update_privacy_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BoardWithUpdatePrivacy]: ...
    @overload
    def boards_update_with_http_info(
        self,
        board_id: str,
        board_with_update_privacy_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def boards_update_with_http_info(
        self,
        board_id: str,
        board_with_update_privacy_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BoardWithUpdatePrivacy]]: ...
    @overload
    def boards_update_with_http_info(
        self,
        board_id: str,
        board_with_update_privacy_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def boards_update_with_http_info(
        self,
        board_id: str,
        board_with_update_privacy_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BoardWithUpdatePrivacy], RawResponse, AsyncResult[Any]]: ...
    @overload
    def boards_update_with_http_info(
        self,
        board_id: str,
        *,
        board_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BoardWithUpdatePrivacy]: ...
    @overload
    def boards_update_with_http_info(
        self,
        board_id: str,
        *,
        board_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def boards_update_with_http_info(
        self,
        board_id: str,
        *,
        board_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BoardWithUpdatePrivacy]]: ...
    @overload
    def boards_update_with_http_info(
        self,
        board_id: str,
        *,
        board_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def boards_update_with_http_info(
        self,
        board_id: str,
        *,
        board_update: Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]],
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BoardWithUpdatePrivacy], RawResponse, AsyncResult[Any]]: ...
    @overload
    def boards_list_pins(
        self,
        board_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BoardsListPinsResponse: ...
    @overload
    def boards_list_pins(
        self,
        board_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BoardsListPinsResponse]: ...
    @overload
    def boards_list_pins(
        self,
        board_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def boards_list_pins(
        self,
        board_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BoardsListPinsResponse]: ...
    @overload
    def boards_list_pins(
        self,
        board_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BoardsListPinsResponse]]: ...
    @overload
    def boards_list_pins(
        self,
        board_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def boards_list_pins(
        self,
        board_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[BoardsListPinsResponse, ApiResponse[BoardsListPinsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def boards_list_pins_with_http_info(
        self,
        board_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BoardsListPinsResponse]: ...
    @overload
    def boards_list_pins_with_http_info(
        self,
        board_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def boards_list_pins_with_http_info(
        self,
        board_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BoardsListPinsResponse]]: ...
    @overload
    def boards_list_pins_with_http_info(
        self,
        board_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def boards_list_pins_with_http_info(
        self,
        board_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        creative_types: Optional[List[Union[CreativeType, CreativeTypeValue]]] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BoardsListPinsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def board_sections_list(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BoardSectionsListResponse: ...
    @overload
    def board_sections_list(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BoardSectionsListResponse]: ...
    @overload
    def board_sections_list(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def board_sections_list(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BoardSectionsListResponse]: ...
    @overload
    def board_sections_list(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BoardSectionsListResponse]]: ...
    @overload
    def board_sections_list(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def board_sections_list(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[BoardSectionsListResponse, ApiResponse[BoardSectionsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def board_sections_list_with_http_info(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BoardSectionsListResponse]: ...
    @overload
    def board_sections_list_with_http_info(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def board_sections_list_with_http_info(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BoardSectionsListResponse]]: ...
    @overload
    def board_sections_list_with_http_info(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def board_sections_list_with_http_info(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BoardSectionsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def board_sections_create(
        self,
        board_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BoardSection: ...
    @overload
    def board_sections_create(
        self,
        board_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BoardSection]: ...
    @overload
    def board_sections_create(
        self,
        board_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def board_sections_create(
        self,
        board_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BoardSection]: ...
    @overload
    def board_sections_create(
        self,
        board_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BoardSection]]: ...
    @overload
    def board_sections_create(
        self,
        board_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def board_sections_create(
        self,
        board_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[BoardSection, ApiResponse[BoardSection], RawResponse, AsyncResult[Any]]: ...
    @overload
    def board_sections_create_with_http_info(
        self,
        board_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BoardSection]: ...
    @overload
    def board_sections_create_with_http_info(
        self,
        board_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def board_sections_create_with_http_info(
        self,
        board_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BoardSection]]: ...
    @overload
    def board_sections_create_with_http_info(
        self,
        board_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def board_sections_create_with_http_info(
        self,
        board_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BoardSection], RawResponse, AsyncResult[Any]]: ...
    @overload
    def board_sections_delete(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    @overload
    def board_sections_delete(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def board_sections_delete(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def board_sections_delete(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[None]: ...
    @overload
    def board_sections_delete(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def board_sections_delete(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def board_sections_delete(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[None, ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def board_sections_delete_with_http_info(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def board_sections_delete_with_http_info(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def board_sections_delete_with_http_info(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def board_sections_delete_with_http_info(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def board_sections_delete_with_http_info(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def board_sections_update(
        self,
        board_id: str,
        section_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BoardSection: ...
    @overload
    def board_sections_update(
        self,
        board_id: str,
        section_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BoardSection]: ...
    @overload
    def board_sections_update(
        self,
        board_id: str,
        section_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def board_sections_update(
        self,
        board_id: str,
        section_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BoardSection]: ...
    @overload
    def board_sections_update(
        self,
        board_id: str,
        section_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BoardSection]]: ...
    @overload
    def board_sections_update(
        self,
        board_id: str,
        section_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def board_sections_update(
        self,
        board_id: str,
        section_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[BoardSection, ApiResponse[BoardSection], RawResponse, AsyncResult[Any]]: ...
    @overload
    def board_sections_update_with_http_info(
        self,
        board_id: str,
        section_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BoardSection]: ...
    @overload
    def board_sections_update_with_http_info(
        self,
        board_id: str,
        section_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def board_sections_update_with_http_info(
        self,
        board_id: str,
        section_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BoardSection]]: ...
    @overload
    def board_sections_update_with_http_info(
        self,
        board_id: str,
        section_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def board_sections_update_with_http_info(
        self,
        board_id: str,
        section_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BoardSection], RawResponse, AsyncResult[Any]]: ...
    @overload
    def board_sections_list_pins(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BoardSectionsListPinsResponse: ...
    @overload
    def board_sections_list_pins(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BoardSectionsListPinsResponse]: ...
    @overload
    def board_sections_list_pins(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def board_sections_list_pins(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BoardSectionsListPinsResponse]: ...
    @overload
    def board_sections_list_pins(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BoardSectionsListPinsResponse]]: ...
    @overload
    def board_sections_list_pins(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def board_sections_list_pins(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        BoardSectionsListPinsResponse, ApiResponse[BoardSectionsListPinsResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def board_sections_list_pins_with_http_info(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BoardSectionsListPinsResponse]: ...
    @overload
    def board_sections_list_pins_with_http_info(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def board_sections_list_pins_with_http_info(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BoardSectionsListPinsResponse]]: ...
    @overload
    def board_sections_list_pins_with_http_info(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def board_sections_list_pins_with_http_info(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BoardSectionsListPinsResponse], RawResponse, AsyncResult[Any]]: ...
