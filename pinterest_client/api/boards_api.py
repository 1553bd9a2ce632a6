# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""BoardsApi: View, create, update, or delete information about boards."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls, renamed
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.board import Board
    from pinterest_client.model.board_create import BoardCreate
    from pinterest_client.model.board_privacy_filter import BoardPrivacyFilter
    from pinterest_client.model.board_section import BoardSection
    from pinterest_client.model.board_sections_list_pins_response import BoardSectionsListPinsResponse
    from pinterest_client.model.board_sections_list_response import BoardSectionsListResponse
    from pinterest_client.model.board_with_update_privacy import BoardWithUpdatePrivacy
    from pinterest_client.model.board_with_update_privacy_update import BoardWithUpdatePrivacyUpdate
    from pinterest_client.model.boards_list_pins_response import BoardsListPinsResponse
    from pinterest_client.model.boards_list_response import BoardsListResponse
    from pinterest_client.model.creative_type import CreativeType


_BOARDS_LIST = Operation(
    "boards/list",
    "GET",
    "/boards",
    params=(
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
        Param("privacy", "query", "BoardPrivacyFilter"),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "BoardsListResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_read",
)


_BOARDS_CREATE = Operation(
    "boards/create",
    "POST",
    "/boards",
    params=(Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),),
    body="BoardCreate",
    body_name="board_create",
    body_required=True,
    content_type="application/json",
    responses={"200": "Board", "201": "Board"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_write",
)


_BOARDS_GET = Operation(
    "boards/get",
    "GET",
    "/boards/{board_id}",
    params=(
        Param("board_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "Board"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_read",
)


_BOARDS_DELETE = Operation(
    "boards/delete",
    "DELETE",
    "/boards/{board_id}",
    params=(
        Param("board_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"204": None},
    security=("pinterest_oauth2",),
    rate_limit_category="org_write",
)


_BOARDS_UPDATE = Operation(
    "boards/update",
    "PATCH",
    "/boards/{board_id}",
    params=(
        Param("board_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    body="BoardWithUpdatePrivacyUpdate",
    body_name="board_with_update_privacy_update",
    body_required=True,
    content_type="application/json",
    responses={"200": "BoardWithUpdatePrivacy"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_write",
)


_BOARDS_LIST_PINS = Operation(
    "boards/list_pins",
    "GET",
    "/boards/{board_id}/pins",
    params=(
        Param("board_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("creative_types", "query", "list[CreativeType]"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
        Param("pin_metrics", "query", "bool"),
    ),
    responses={"200": "BoardsListPinsResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_read",
)


_BOARD_SECTIONS_LIST = Operation(
    "board_sections/list",
    "GET",
    "/boards/{board_id}/sections",
    params=(
        Param("board_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "BoardSectionsListResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_read",
)


_BOARD_SECTIONS_CREATE = Operation(
    "board_sections/create",
    "POST",
    "/boards/{board_id}/sections",
    params=(
        Param("board_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    body="BoardSection",
    body_name="board_section",
    body_required=True,
    content_type="application/json",
    responses={"201": "BoardSection"},
    security=("pinterest_oauth2",),
    rate_limit_category="org_write",
)


_BOARD_SECTIONS_DELETE = Operation(
    "board_sections/delete",
    "DELETE",
    "/boards/{board_id}/sections/{section_id}",
    params=(
        Param("board_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("section_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"204": None},
    security=("pinterest_oauth2",),
    rate_limit_category="org_write",
)


_BOARD_SECTIONS_UPDATE = Operation(
    "board_sections/update",
    "PATCH",
    "/boards/{board_id}/sections/{section_id}",
    params=(
        Param("board_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("section_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    body="BoardSection",
    body_name="board_section",
    body_required=True,
    content_type="application/json",
    responses={"200": "BoardSection"},
    security=("pinterest_oauth2",),
    rate_limit_category="org_write",
)


_BOARD_SECTIONS_LIST_PINS = Operation(
    "board_sections/list_pins",
    "GET",
    "/boards/{board_id}/sections/{section_id}/pins",
    params=(
        Param("board_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("section_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "BoardSectionsListPinsResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_read",
)


class BoardsApi(ApiBase):
    """View, create, update, or delete information about boards."""

    @calls(_BOARDS_LIST)
    def boards_list(
        self,
        *,
        ad_account_id: Optional[str] = None,
        privacy: Optional[Union[BoardPrivacyFilter, str]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> BoardsListResponse:
        """List boards (``GET /boards``)

        Get a list of the boards owned by the "operation user_account" + group boards where this account is a
        collaborator
        Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the "operation
        user_account".
        Optional: Specify a privacy type (public, protected, or secret) to indicate which boards to return.
        * If no privacy is specified, all boards that can be returned (based on the scopes of the token and
          ad_account role if applicable) will be returned.

        :param ad_account_id: Unique identifier of an ad account.
        :param privacy: The privacy level of the board
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: BoardsListResponse
        """
        return self.api_client.call(
            _BOARDS_LIST, options, ad_account_id=ad_account_id, privacy=privacy, bookmark=bookmark, page_size=page_size
        )

    boards_list_with_http_info = WithHttpInfo("boards_list")

    @calls(_BOARDS_CREATE)
    def boards_create(
        self,
        board_create: Optional[Union[BoardCreate, Dict[str, Any]]] = None,
        *,
        ad_account_id: Optional[str] = None,
        board: Optional[Union[BoardCreate, Dict[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> Board:
        """Create board (``POST /boards``)

        Create a board owned by the "operation user_account".
        Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the "operation
        user_account".
        * By default, the "operation user_account" is the token user_account.

        :param board_create: Resource create operation model.
        :param ad_account_id: Unique identifier of an ad account.
        Deprecated: also accepts `board=` for `board_create`.
        :returns: Board
        """
        board_create = renamed("boards_create", "board_create", board_create, {"board": board})
        return self.api_client.call(_BOARDS_CREATE, options, ad_account_id=ad_account_id, board_create=board_create)

    boards_create_with_http_info = WithHttpInfo("boards_create")

    @calls(_BOARDS_GET)
    def boards_get(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> Board:
        """Get board (``GET /boards/{board_id}``)

        Get a board owned by the operation user_account - or a group board that has been shared with this account.
        * Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the "operation
          user_account".
        * By default, the "operation user_account" is the token user_account.

        :param board_id: ``board_id``, in the path.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: Board
        """
        return self.api_client.call(_BOARDS_GET, options, board_id=board_id, ad_account_id=ad_account_id)

    boards_get_with_http_info = WithHttpInfo("boards_get")

    @calls(_BOARDS_DELETE)
    def boards_delete(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete board (``DELETE /boards/{board_id}``)

        Delete a board owned by the "operation user_account".
        * Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the "operation
          user_account".
        * By default, the "operation user_account" is the token user_account.

        :param board_id: ``board_id``, in the path.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: None
        """
        return self.api_client.call(_BOARDS_DELETE, options, board_id=board_id, ad_account_id=ad_account_id)

    boards_delete_with_http_info = WithHttpInfo("boards_delete")

    @calls(_BOARDS_UPDATE)
    def boards_update(
        self,
        board_id: str,
        board_with_update_privacy_update: Optional[Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]]] = None,
        *,
        ad_account_id: Optional[str] = None,
        board_update: Optional[Union[BoardWithUpdatePrivacyUpdate, Dict[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> BoardWithUpdatePrivacy:
        """Update board (``PATCH /boards/{board_id}``)

        Update a board owned by the "operating user_account".
        * Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the "operation
          user_account".
        * By default, the "operation user_account" is the token user_account.

        :param board_id: ``board_id``, in the path.
        :param board_with_update_privacy_update: Resource create or update operation model.
        :param ad_account_id: Unique identifier of an ad account.
        Deprecated: also accepts `board_update=` for `board_with_update_privacy_update`.
        :returns: BoardWithUpdatePrivacy
        """
        board_with_update_privacy_update = renamed(
            "boards_update",
            "board_with_update_privacy_update",
            board_with_update_privacy_update,
            {"board_update": board_update},
        )
        return self.api_client.call(
            _BOARDS_UPDATE,
            options,
            board_id=board_id,
            ad_account_id=ad_account_id,
            board_with_update_privacy_update=board_with_update_privacy_update,
        )

    boards_update_with_http_info = WithHttpInfo("boards_update")

    @calls(_BOARDS_LIST_PINS)
    def boards_list_pins(
        self,
        board_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        creative_types: Optional[List[Union[CreativeType, str]]] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        **options: Unpack[CallOptions],
    ) -> BoardsListPinsResponse:
        """List Pins on board (``GET /boards/{board_id}/pins``)

        Get a list of the Pins on a board owned by the "operation user_account" - or on a group board that has been
        shared with this account.
        - Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the "operation
          user_account".
        - By default, the "operation user_account" is the token user_account.

        :param board_id: Unique identifier of a board.
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param creative_types: Pin creative types filter. **Note:** SHOP_THE_PIN has been deprecated. Please use
            COLLECTION instead.
        :param ad_account_id: Unique identifier of an ad account.
        :param pin_metrics: Specify whether to return 90d and lifetime Pin metrics. Total comments and total
            reactions are only available with lifetime Pin metrics. If Pin was created before `2023-03-20` lifetime
            metrics will only be available for Video and Idea Pin formats. Lifetime metrics are available for all Pin
            formats since then.
        :returns: BoardsListPinsResponse
        """
        return self.api_client.call(
            _BOARDS_LIST_PINS,
            options,
            board_id=board_id,
            bookmark=bookmark,
            page_size=page_size,
            creative_types=creative_types,
            ad_account_id=ad_account_id,
            pin_metrics=pin_metrics,
        )

    boards_list_pins_with_http_info = WithHttpInfo("boards_list_pins")

    @calls(_BOARD_SECTIONS_LIST)
    def board_sections_list(
        self,
        board_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> BoardSectionsListResponse:
        """List board sections (``GET /boards/{board_id}/sections``)

        Get a list of all board sections from a board owned by the "operation user_account" - or a group board that
        has been shared with this account.
        Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the "operation
        user_account".
        - By default, the "operation user_account" is the token user_account.

        :param board_id: Unique identifier of a board.
        :param ad_account_id: Unique identifier of an ad account.
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: BoardSectionsListResponse
        """
        return self.api_client.call(
            _BOARD_SECTIONS_LIST,
            options,
            board_id=board_id,
            ad_account_id=ad_account_id,
            bookmark=bookmark,
            page_size=page_size,
        )

    board_sections_list_with_http_info = WithHttpInfo("board_sections_list")

    @calls(_BOARD_SECTIONS_CREATE)
    def board_sections_create(
        self,
        board_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> BoardSection:
        """Create board section (``POST /boards/{board_id}/sections``)

        Create a board section on a board owned by the "operation user_account" - or on a group board that has been
        shared with this account.
        Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the "operation
        user_account".
        - By default, the "operation user_account" is the token user_account.

        :param board_id: Unique identifier of a board.
        :param board_section: Create a board section.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: BoardSection
        """
        return self.api_client.call(
            _BOARD_SECTIONS_CREATE, options, board_id=board_id, ad_account_id=ad_account_id, board_section=board_section
        )

    board_sections_create_with_http_info = WithHttpInfo("board_sections_create")

    @calls(_BOARD_SECTIONS_DELETE)
    def board_sections_delete(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete board section (``DELETE /boards/{board_id}/sections/{section_id}``)

        Delete a board section on a board owned by the "operation user_account" - or on a group board that has been
        shared with this account.
        Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the "operation
        user_account".
        - By default, the "operation user_account" is the token user_account.

        :param board_id: Unique identifier of a board.
        :param section_id: Unique identifier of a board section.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: None
        """
        return self.api_client.call(
            _BOARD_SECTIONS_DELETE, options, board_id=board_id, section_id=section_id, ad_account_id=ad_account_id
        )

    board_sections_delete_with_http_info = WithHttpInfo("board_sections_delete")

    @calls(_BOARD_SECTIONS_UPDATE)
    def board_sections_update(
        self,
        board_id: str,
        section_id: str,
        board_section: Union[BoardSection, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> BoardSection:
        """Update board section (``PATCH /boards/{board_id}/sections/{section_id}``)

        Update a board section on a board owned by the "operation user_account" - or on a group board that has been
        shared with this account.
        Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the "operation
        user_account".
        - By default, the "operation user_account" is the token user_account.

        :param board_id: Unique identifier of a board.
        :param section_id: Unique identifier of a board section.
        :param board_section: Update a board section.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: BoardSection
        """
        return self.api_client.call(
            _BOARD_SECTIONS_UPDATE,
            options,
            board_id=board_id,
            section_id=section_id,
            ad_account_id=ad_account_id,
            board_section=board_section,
        )

    board_sections_update_with_http_info = WithHttpInfo("board_sections_update")

    @calls(_BOARD_SECTIONS_LIST_PINS)
    def board_sections_list_pins(
        self,
        board_id: str,
        section_id: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> BoardSectionsListPinsResponse:
        """List Pins on board section (``GET /boards/{board_id}/sections/{section_id}/pins``)

        Get a list of the Pins on a board section of a board owned by the "operation user_account" - or on a group
        board that has been shared with this account.
        Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the "operation
        user_account".
        - By default, the "operation user_account" is the token user_account.

        :param board_id: Unique identifier of a board.
        :param section_id: Unique identifier of a board section.
        :param ad_account_id: Unique identifier of an ad account.
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: BoardSectionsListPinsResponse
        """
        return self.api_client.call(
            _BOARD_SECTIONS_LIST_PINS,
            options,
            board_id=board_id,
            section_id=section_id,
            ad_account_id=ad_account_id,
            bookmark=bookmark,
            page_size=page_size,
        )

    board_sections_list_pins_with_http_info = WithHttpInfo("board_sections_list_pins")
