# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""CatalogFeedsApi: View and manage catalog feeds."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls, renamed
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.catalogs_feed import CatalogsFeed
    from pinterest_client.model.catalogs_feed_ingestion import CatalogsFeedIngestion
    from pinterest_client.model.catalogs_item_validation_issue import CatalogsItemValidationIssue
    from pinterest_client.model.feed_processing_results_list_response import FeedProcessingResultsListResponse
    from pinterest_client.model.feeds_create_request import FeedsCreateRequest
    from pinterest_client.model.feeds_list_response import FeedsListResponse
    from pinterest_client.model.feeds_update_request import FeedsUpdateRequest
    from pinterest_client.model.items_issues_list_response import ItemsIssuesListResponse


_FEEDS_LIST = Operation(
    "feeds/list",
    "GET",
    "/catalogs/feeds",
    params=(
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("catalog_id", "query", "str", pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "FeedsListResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="catalogs_read",
)


_FEEDS_CREATE = Operation(
    "feeds/create",
    "POST",
    "/catalogs/feeds",
    params=(Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),),
    body="FeedsCreateRequest",
    body_name="feeds_create_request",
    body_required=True,
    content_type="application/json",
    responses={"201": "CatalogsFeed"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="catalogs_write",
)


_FEEDS_GET = Operation(
    "feeds/get",
    "GET",
    "/catalogs/feeds/{feed_id}",
    params=(
        Param("feed_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "CatalogsFeed"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="catalogs_read",
)


_FEEDS_DELETE = Operation(
    "feeds/delete",
    "DELETE",
    "/catalogs/feeds/{feed_id}",
    params=(
        Param("feed_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"204": None},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="catalogs_write",
)


_FEEDS_UPDATE = Operation(
    "feeds/update",
    "PATCH",
    "/catalogs/feeds/{feed_id}",
    params=(
        Param("feed_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    body="FeedsUpdateRequest",
    body_name="feeds_update_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "CatalogsFeed"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="catalogs_write",
)


_FEEDS_INGEST = Operation(
    "feeds/ingest",
    "POST",
    "/catalogs/feeds/{feed_id}/ingest",
    params=(
        Param("feed_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "CatalogsFeedIngestion"},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_write",
)


_FEED_PROCESSING_RESULTS_LIST = Operation(
    "feed_processing_results/list",
    "GET",
    "/catalogs/feeds/{feed_id}/processing_results",
    params=(
        Param("feed_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "FeedProcessingResultsListResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_read",
)


_ITEMS_ISSUES_LIST = Operation(
    "items_issues/list",
    "GET",
    "/catalogs/processing_results/{processing_result_id}/item_issues",
    params=(
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("processing_result_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("item_numbers", "query", "list[int]"),
        Param("item_validation_issue", "query", "CatalogsItemValidationIssue"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "ItemsIssuesListResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_read",
)


class CatalogFeedsApi(ApiBase):
    """View and manage catalog feeds."""

    @calls(_FEEDS_LIST)
    def feeds_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        catalog_id: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> FeedsListResponse:
        """List feeds (``GET /catalogs/feeds``)

        Fetch feeds owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        For Retail partners, refer to [Before you get started with
        Catalogs](https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs). For Hotel
        parterns, refer to [Pinterest API for
        shopping](https://developers.pinterest.com/docs/api-features/shopping-overview/).

        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param catalog_id: Filter entities for a given catalog_id. If not given, all catalogs are considered.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: FeedsListResponse
        """
        return self.api_client.call(
            _FEEDS_LIST,
            options,
            bookmark=bookmark,
            page_size=page_size,
            catalog_id=catalog_id,
            ad_account_id=ad_account_id,
        )

    feeds_list_with_http_info = WithHttpInfo("feeds_list")

    @calls(_FEEDS_CREATE)
    def feeds_create(
        self,
        feeds_create_request: Optional[Union[FeedsCreateRequest, Dict[str, Any]]] = None,
        *,
        ad_account_id: Optional[str] = None,
        catalogs_feeds_create_request: Optional[Union[FeedsCreateRequest, Dict[str, Any]]] = None,
        unknown_base_type: Optional[Union[FeedsCreateRequest, Dict[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> CatalogsFeed:
        """Create feed (``POST /catalogs/feeds``)

        Create a new feed owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.

        Please, be aware that "default_country"
        and "default_locale" are not required in the spec for forward compatibility
        but for now the API will not accept requests without those fields.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        For Retail partners, refer to [Before you get started with
        Catalogs](https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs). For Hotel
        parterns, refer to [Pinterest API for
        shopping](https://developers.pinterest.com/docs/api-features/shopping-overview/).

        Note: Access to the Creative Assets catalog type is restricted to a specific group of users.
        If you require access, please reach out to your partner manager.

        :param feeds_create_request: Request object used to created a feed.
        :param ad_account_id: Unique identifier of an ad account.
        Deprecated: also accepts `catalogs_feeds_create_request=` for `feeds_create_request`.
        Deprecated: also accepts `unknown_base_type=` for `feeds_create_request`.
        :returns: CatalogsFeed
        """
        feeds_create_request = renamed(
            "feeds_create",
            "feeds_create_request",
            feeds_create_request,
            {"catalogs_feeds_create_request": catalogs_feeds_create_request, "unknown_base_type": unknown_base_type},
        )
        return self.api_client.call(
            _FEEDS_CREATE, options, ad_account_id=ad_account_id, feeds_create_request=feeds_create_request
        )

    feeds_create_with_http_info = WithHttpInfo("feeds_create")

    @calls(_FEEDS_GET)
    def feeds_get(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> CatalogsFeed:
        """Get feed (``GET /catalogs/feeds/{feed_id}``)

        Get a single feed owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        For Retail partners, refer to [Before you get started with
        Catalogs](https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs). For Hotel
        parterns, refer to [Pinterest API for
        shopping](https://developers.pinterest.com/docs/api-features/shopping-overview/).

        :param feed_id: Unique identifier of a feed
        :param ad_account_id: Unique identifier of an ad account.
        :returns: CatalogsFeed
        """
        return self.api_client.call(_FEEDS_GET, options, feed_id=feed_id, ad_account_id=ad_account_id)

    feeds_get_with_http_info = WithHttpInfo("feeds_get")

    @calls(_FEEDS_DELETE)
    def feeds_delete(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete feed (``DELETE /catalogs/feeds/{feed_id}``)

        Delete a feed owned by the "operating user_account".
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        For Retail partners, refer to [Before you get started with
        Catalogs](https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs). For Hotel
        parterns, refer to [Pinterest API for
        shopping](https://developers.pinterest.com/docs/api-features/shopping-overview/).

        :param feed_id: Unique identifier of a feed
        :param ad_account_id: Unique identifier of an ad account.
        :returns: None
        """
        return self.api_client.call(_FEEDS_DELETE, options, feed_id=feed_id, ad_account_id=ad_account_id)

    feeds_delete_with_http_info = WithHttpInfo("feeds_delete")

    @calls(_FEEDS_UPDATE)
    def feeds_update(
        self,
        feed_id: str,
        feeds_update_request: Optional[Union[FeedsUpdateRequest, Dict[str, Any]]] = None,
        *,
        ad_account_id: Optional[str] = None,
        catalogs_feeds_update_request: Optional[Union[FeedsUpdateRequest, Dict[str, Any]]] = None,
        unknown_base_type: Optional[Union[FeedsUpdateRequest, Dict[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> CatalogsFeed:
        """Update feed (``PATCH /catalogs/feeds/{feed_id}``)

        Update a feed owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        For Retail partners, refer to [Before you get started with
        Catalogs](https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs). For Hotel
        parterns, refer to [Pinterest API for
        shopping](https://developers.pinterest.com/docs/api-features/shopping-overview/).

        Note: Access to the Creative Assets catalog type is restricted to a specific group of users.
        If you require access, please reach out to your partner manager.

        :param feed_id: Unique identifier of a feed
        :param feeds_update_request: Request object used to update a feed.
        :param ad_account_id: Unique identifier of an ad account.
        Deprecated: also accepts `catalogs_feeds_update_request=` for `feeds_update_request`.
        Deprecated: also accepts `unknown_base_type=` for `feeds_update_request`.
        :returns: CatalogsFeed
        """
        feeds_update_request = renamed(
            "feeds_update",
            "feeds_update_request",
            feeds_update_request,
            {"catalogs_feeds_update_request": catalogs_feeds_update_request, "unknown_base_type": unknown_base_type},
        )
        return self.api_client.call(
            _FEEDS_UPDATE,
            options,
            feed_id=feed_id,
            ad_account_id=ad_account_id,
            feeds_update_request=feeds_update_request,
        )

    feeds_update_with_http_info = WithHttpInfo("feeds_update")

    @calls(_FEEDS_INGEST)
    def feeds_ingest(
        self,
        feed_id: str,
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> CatalogsFeedIngestion:
        """Ingest feed items (``POST /catalogs/feeds/{feed_id}/ingest``)

        Ingest items for a given feed owned by the "operation user_account".

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        [Learn more](https://developers.pinterest.com/docs/api-features/shopping-overview/)

        Note: This endpoint is restricted to a specific group of users. If you require access, please reach out to
        your partner manager.

        :param feed_id: Unique identifier of a feed
        :param ad_account_id: Unique identifier of an ad account.
        :returns: CatalogsFeedIngestion
        """
        return self.api_client.call(_FEEDS_INGEST, options, feed_id=feed_id, ad_account_id=ad_account_id)

    feeds_ingest_with_http_info = WithHttpInfo("feeds_ingest")

    @calls(_FEED_PROCESSING_RESULTS_LIST)
    def feed_processing_results_list(
        self,
        feed_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> FeedProcessingResultsListResponse:
        """List feed processing results (``GET /catalogs/feeds/{feed_id}/processing_results``)

        Fetch a feed processing results owned by the "operation user_account". Please note that for now the bookmark
        parameter is not functional and only the first page will be available until it is implemented in some release
        in the near future.
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        [Learn more](https://developers.pinterest.com/docs/api-features/shopping-overview/)

        :param feed_id: Unique identifier of a feed
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: FeedProcessingResultsListResponse
        """
        return self.api_client.call(
            _FEED_PROCESSING_RESULTS_LIST,
            options,
            feed_id=feed_id,
            bookmark=bookmark,
            page_size=page_size,
            ad_account_id=ad_account_id,
        )

    feed_processing_results_list_with_http_info = WithHttpInfo("feed_processing_results_list")

    @calls(_ITEMS_ISSUES_LIST)
    def items_issues_list(
        self,
        processing_result_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        item_numbers: Optional[List[int]] = None,
        item_validation_issue: Optional[Union[CatalogsItemValidationIssue, str]] = None,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> ItemsIssuesListResponse:
        """List item issues (``GET /catalogs/processing_results/{processing_result_id}/item_issues``)

        List item validation issues for a given feed processing result owned by the "operation user_account". Up to
        20 random samples of affected items are returned for each error and warning code. Please note that for now
        query parameters 'item_numbers' and 'item_validation_issue' cannot be used simultaneously until it is
        implemented in some release in the future.
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        Note: To get a list of all affected items instead of sampled issues, please refer to [Build catalogs
        report](https://developers.pinterest.com/docs/api/v5/#operation/reports/create) and [Get catalogs
        report](https://developers.pinterest.com/docs/api/v5/#operation/reports/get) endpoints. Moreover, they
        support multiple types of catalogs.

        [Learn more](https://developers.pinterest.com/docs/api-features/shopping-overview/)

        :param processing_result_id: Unique identifier of a feed processing result. It can be acquired from the "id"
            field of the "items" array within the response of the [List processing results for a given
            feed](https://developers.pinterest.com/docs/api/v5/#operation/feed_processing_results/list).
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param item_numbers: Item number based on order of appearance in the Catalogs Feed. For example, '0' refers
            to first item found in a feed that was downloaded from a 'location' specified during feed creation.
        :param item_validation_issue: Filter item validation issues that have a given type of item validation issue.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: ItemsIssuesListResponse
        """
        return self.api_client.call(
            _ITEMS_ISSUES_LIST,
            options,
            bookmark=bookmark,
            page_size=page_size,
            processing_result_id=processing_result_id,
            item_numbers=item_numbers,
            item_validation_issue=item_validation_issue,
            ad_account_id=ad_account_id,
        )

    items_issues_list_with_http_info = WithHttpInfo("items_issues_list")
