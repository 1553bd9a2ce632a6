# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""SearchApi: Search for Pins and boards owned by the current user."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING
from pinterest_client.legacy_calls import dropped_params

if TYPE_CHECKING:
    from typing import Optional

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.search_partner_pins_response import SearchPartnerPinsResponse
    from pinterest_client.model.search_user_boards_get_response import SearchUserBoardsGetResponse
    from pinterest_client.model.search_user_pins_list_response import SearchUserPinsListResponse


_SEARCH_USER_BOARDS_GET = Operation(
    "search_user_boards/get",
    "GET",
    "/search/boards",
    params=(
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("query", "query", "str"),
    ),
    responses={"200": "SearchUserBoardsGetResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="org_read",
)


_SEARCH_USER_PINS_LIST = Operation(
    "search_user_pins/list",
    "GET",
    "/search/pins",
    params=(
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
        Param("query", "query", "str", required=True),
        Param("bookmark", "query", "str"),
    ),
    responses={"200": "SearchUserPinsListResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="org_read",
)


_SEARCH_PARTNER_PINS = Operation(
    "search_partner_pins",
    "GET",
    "/search/partner/pins",
    params=(
        Param("term", "query", "str", required=True),
        Param("country_code", "query", "str", required=True),
        Param("bookmark", "query", "str"),
        Param("locale", "query", "str"),
        Param("limit", "query", "int", maximum=50, minimum=1),
    ),
    responses={"200": "SearchPartnerPinsResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="org_read",
)


class SearchApi(ApiBase):
    """Search for Pins and boards owned by the current user."""

    @calls(_SEARCH_USER_BOARDS_GET)
    def search_user_boards_get(
        self,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        query: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> SearchUserBoardsGetResponse:
        """Search user's boards (``GET /search/boards``)

        Search for boards for the "operation user_account". This includes boards of all board types.
        - By default, the "operation user_account" is the token user_account.

        If using Business Access: Specify an ad_account_id to use the owner of that ad_account as the "operation
        user_account". See [Understanding Business
        Access](https://developers.pinterest.com/docs/getting-started/using-business-access/) for more information.

        :param ad_account_id: Unique identifier of an ad account.
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param query: Search query. Can contain pin description keywords or comma-separated pin IDs.
        Deprecated: also accepts `username=` (removed by Pinterest, not sent).
        :returns: SearchUserBoardsGetResponse
        """
        dropped_params("search_user_boards_get", options, ("username",))
        return self.api_client.call(
            _SEARCH_USER_BOARDS_GET,
            options,
            ad_account_id=ad_account_id,
            bookmark=bookmark,
            page_size=page_size,
            query=query,
        )

    search_user_boards_get_with_http_info = WithHttpInfo("search_user_boards_get")

    @calls(_SEARCH_USER_PINS_LIST)
    def search_user_pins_list(
        self,
        query: str,
        *,
        ad_account_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> SearchUserPinsListResponse:
        """Search user's Pins (``GET /search/pins``)

        Search for pins for the "operation user_account".
        - By default, the "operation user_account" is the token user_account.

        If using Business Access: Specify an ad_account_id to use the owner of that ad_account as the "operation
        user_account". See [Understanding Business
        Access](https://developers.pinterest.com/docs/getting-started/using-business-access/) for more information.

        :param query: Search query. Can contain pin description keywords or comma-separated pin IDs.
        :param ad_account_id: Unique identifier of an ad account.
        :param bookmark: Cursor used to fetch the next page of items
        Deprecated: also accepts `board=` (removed by Pinterest, not sent).
        Deprecated: also accepts `topic_based=` (removed by Pinterest, not sent).
        Deprecated: also accepts `richtype=` (removed by Pinterest, not sent).
        Deprecated: also accepts `rs=` (removed by Pinterest, not sent).
        :returns: SearchUserPinsListResponse
        """
        dropped_params("search_user_pins_list", options, ("board", "topic_based", "richtype", "rs"))
        return self.api_client.call(
            _SEARCH_USER_PINS_LIST, options, ad_account_id=ad_account_id, query=query, bookmark=bookmark
        )

    search_user_pins_list_with_http_info = WithHttpInfo("search_user_pins_list")

    @calls(_SEARCH_PARTNER_PINS)
    def search_partner_pins(
        self,
        term: str,
        country_code: str,
        *,
        bookmark: Optional[str] = None,
        locale: Optional[str] = None,
        limit: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> SearchPartnerPinsResponse:
        """Search pins by a given search term (``GET /search/partner/pins``)

        **This endpoint is currently in beta and not available to all apps. [Learn
        more](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/).**

        Get the top 10 Pins by a given search term.

        :param term: Search term to look up pins.
        :param country_code: Two letter country code (ISO 3166-1 alpha-2)
        :param bookmark: Cursor used to fetch the next page of items
        :param locale: Search locale.
        :param limit: Max search result size
        :returns: SearchPartnerPinsResponse
        """
        return self.api_client.call(
            _SEARCH_PARTNER_PINS,
            options,
            term=term,
            country_code=country_code,
            bookmark=bookmark,
            locale=locale,
            limit=limit,
        )

    search_partner_pins_with_http_info = WithHttpInfo("search_partner_pins")
