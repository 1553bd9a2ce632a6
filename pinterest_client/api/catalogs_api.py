# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""CatalogsApi: Manage information about shopping product catalogs and items."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING
from pinterest_client.api.catalog_feeds_api import CatalogFeedsApi
from pinterest_client.api.catalog_items_api import CatalogItemsApi
from pinterest_client.api.catalog_product_groups_api import CatalogProductGroupsApi
from pinterest_client.api.catalog_reports_api import CatalogReportsApi
from pinterest_client.legacy_calls import legacy_order

if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.catalog import Catalog
    from pinterest_client.model.catalogs_available_filter_values import CatalogsAvailableFilterValues
    from pinterest_client.model.catalogs_create_request import CatalogsCreateRequest
    from pinterest_client.model.catalogs_items import CatalogsItems
    from pinterest_client.model.catalogs_items_filters import CatalogsItemsFilters
    from pinterest_client.model.catalogs_list_response import CatalogsListResponse
    from pinterest_client.model.catalogs_locale import CatalogsLocale
    from pinterest_client.model.country import Country


_CATALOGS_LIST = Operation(
    "catalogs/list",
    "GET",
    "/catalogs",
    params=(
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "CatalogsListResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_read",
)


_CATALOGS_CREATE = Operation(
    "catalogs/create",
    "POST",
    "/catalogs",
    params=(Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),),
    body="CatalogsCreateRequest",
    body_name="catalogs_create_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "Catalog"},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_write",
)


_CATALOGS_AVAILABLE_FILTER_VALUES = Operation(
    "catalogs/available_filter_values",
    "GET",
    "/catalogs/available_filter_values",
    params=(
        Param("catalog_id", "query", "str", required=True, pattern="^\\d+$"),
        Param("feed_id", "query", "str", explode=False, pattern="^\\d+$"),
        Param("country", "query", "Country"),
        Param("language", "query", "CatalogsLocale"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "CatalogsAvailableFilterValues"},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_read",
)


_ITEMS_GET = Operation(
    "items/get",
    "GET",
    "/catalogs/items",
    params=(
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
        Param("country", "query", "str", required=True),
        Param("language", "query", "str", required=True),
        Param("item_ids", "query", "list[str]"),
        Param("filters", "query", "CatalogsItemsFilters", style="deepObject"),
    ),
    responses={"200": "CatalogsItems"},
    security=("pinterest_oauth2",),
    deprecated=(
        "Deprecated: Pinterest's current spec no longer has this operation (generated from spec 5.14.0); kept for code"
        " written against the original client and may stop working."
    ),
    rate_limit_category="catalogs_read",
)


class CatalogsApi(ApiBase):
    """Manage information about shopping product catalogs and items."""

    @calls(_CATALOGS_LIST)
    def catalogs_list(
        self,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> CatalogsListResponse:
        """List catalogs (``GET /catalogs``)

        Fetch catalogs owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        [Learn more](https://developers.pinterest.com/docs/api-features/shopping-overview/)

        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: CatalogsListResponse
        """
        return self.api_client.call(
            _CATALOGS_LIST, options, bookmark=bookmark, page_size=page_size, ad_account_id=ad_account_id
        )

    catalogs_list_with_http_info = WithHttpInfo("catalogs_list")

    @calls(_CATALOGS_CREATE)
    def catalogs_create(
        self,
        catalogs_create_request: Union[CatalogsCreateRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> Catalog:
        """Create catalog (``POST /catalogs``)

        Create a new catalog owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        [Learn more](https://developers.pinterest.com/docs/api-features/shopping-overview/)

        Note: Access to the Product and Creative Assets catalog type is restricted to a specific group of users.
        If you require access, please reach out to your partner manager.

        :param catalogs_create_request: Request object used to created a feed.
        :param ad_account_id: Unique identifier of an ad account.
        :returns: Catalog
        """
        return self.api_client.call(
            _CATALOGS_CREATE, options, ad_account_id=ad_account_id, catalogs_create_request=catalogs_create_request
        )

    catalogs_create_with_http_info = WithHttpInfo("catalogs_create")

    @calls(_CATALOGS_AVAILABLE_FILTER_VALUES)
    def catalogs_available_filter_values(
        self,
        catalog_id: str,
        *,
        feed_id: Optional[str] = None,
        country: Optional[Union[Country, str]] = None,
        language: Optional[Union[CatalogsLocale, str]] = None,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> CatalogsAvailableFilterValues:
        """List available filter values (``GET /catalogs/available_filter_values``)

        Get the available filter attributes and values associated with a given feed or catalog owned by the
        "operation user_account".
        - By default, the "operation user_account" is the token user_account.
        - `country`, `language`, and `feed_id` are only used in retail catalogs.
        - Note: It is not guaranteed that all available filter values will be returned. Instead this endpoint will
          return values from a sample of up to 1000 items.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        [Learn more](https://developers.pinterest.com/docs/api-features/shopping-overview/)

        :param catalog_id: Filter entities for a given catalog_id.
        :param feed_id: Filter entities for a given feed_id. If not given, all feeds are considered.
        :param country: Country for the Catalogs Items
        :param language: Language for the Catalogs Items
        :param ad_account_id: Unique identifier of an ad account.
        :returns: CatalogsAvailableFilterValues
        """
        return self.api_client.call(
            _CATALOGS_AVAILABLE_FILTER_VALUES,
            options,
            catalog_id=catalog_id,
            feed_id=feed_id,
            country=country,
            language=language,
            ad_account_id=ad_account_id,
        )

    catalogs_available_filter_values_with_http_info = WithHttpInfo("catalogs_available_filter_values")

    @calls(_ITEMS_GET)
    def items_get(
        self,
        country: str,
        language: Any,
        *legacy_args: Any,
        ad_account_id: Optional[str] = None,
        item_ids: Optional[List[str]] = None,
        filters: Optional[CatalogsItemsFilters] = None,
        **options: Unpack[CallOptions],
    ) -> CatalogsItems:
        """Deprecated: Pinterest's current spec no longer has this operation (generated from spec 5.14.0); kept for code
        written against the original client and may stop working.

        Get catalogs items (``GET /catalogs/items``)

        Get the items of the catalog owned by the "operation user_account". [See detailed documentation
        here.](https://developers.pinterest.com/docs/api-features/shopping-overview/#Update%20items%20in%20batch)
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        Note: this endpoint is deprecated and will be deleted soon. Please use [Get catalogs items
        (POST)](https://developers.pinterest.com/docs/api/v5/#operation/items/post) instead.

        :param country: Country for the Catalogs Items
        :param language: Language for the Catalogs Items
        :param ad_account_id: Unique identifier of an ad account.
        :param item_ids: This parameter is deprecated. Use filters instead.
        :param filters: Identifies items to be retrieved. This is a required parameter.
        Deprecated: also accepts the positional order `items_get(country, item_ids, language)`.
        :returns: CatalogsItems
        """
        if legacy_args:
            (
                country,
                item_ids,
                language,
            ) = legacy_order(
                "items_get",
                (
                    country,
                    language,
                )
                + legacy_args,
                ("country", "item_ids", "language"),
                {"item_ids": item_ids},
            )
        return self.api_client.call(
            _ITEMS_GET,
            options,
            ad_account_id=ad_account_id,
            country=country,
            language=language,
            item_ids=item_ids,
            filters=filters,
        )

    items_get_with_http_info = WithHttpInfo("items_get")

    # The original client (spec 5.14.0) had these operations in this class; Pinterest has
    # since moved them to another tag. Same methods, reachable from both classes.
    catalogs_product_group_pins_list = CatalogProductGroupsApi.catalogs_product_group_pins_list
    catalogs_product_group_pins_list_with_http_info = (
        CatalogProductGroupsApi.catalogs_product_group_pins_list_with_http_info
    )
    catalogs_product_groups_create = CatalogProductGroupsApi.catalogs_product_groups_create
    catalogs_product_groups_create_with_http_info = (
        CatalogProductGroupsApi.catalogs_product_groups_create_with_http_info
    )
    catalogs_product_groups_create_many = CatalogProductGroupsApi.catalogs_product_groups_create_many
    catalogs_product_groups_create_many_with_http_info = (
        CatalogProductGroupsApi.catalogs_product_groups_create_many_with_http_info
    )
    catalogs_product_groups_delete = CatalogProductGroupsApi.catalogs_product_groups_delete
    catalogs_product_groups_delete_with_http_info = (
        CatalogProductGroupsApi.catalogs_product_groups_delete_with_http_info
    )
    catalogs_product_groups_delete_many = CatalogProductGroupsApi.catalogs_product_groups_delete_many
    catalogs_product_groups_delete_many_with_http_info = (
        CatalogProductGroupsApi.catalogs_product_groups_delete_many_with_http_info
    )
    catalogs_product_groups_get = CatalogProductGroupsApi.catalogs_product_groups_get
    catalogs_product_groups_get_with_http_info = CatalogProductGroupsApi.catalogs_product_groups_get_with_http_info
    catalogs_product_groups_list = CatalogProductGroupsApi.catalogs_product_groups_list
    catalogs_product_groups_list_with_http_info = CatalogProductGroupsApi.catalogs_product_groups_list_with_http_info
    catalogs_product_groups_product_counts_get = CatalogProductGroupsApi.catalogs_product_groups_product_counts_get
    catalogs_product_groups_product_counts_get_with_http_info = (
        CatalogProductGroupsApi.catalogs_product_groups_product_counts_get_with_http_info
    )
    catalogs_product_groups_update = CatalogProductGroupsApi.catalogs_product_groups_update
    catalogs_product_groups_update_with_http_info = (
        CatalogProductGroupsApi.catalogs_product_groups_update_with_http_info
    )
    feed_processing_results_list = CatalogFeedsApi.feed_processing_results_list
    feed_processing_results_list_with_http_info = CatalogFeedsApi.feed_processing_results_list_with_http_info
    feeds_create = CatalogFeedsApi.feeds_create
    feeds_create_with_http_info = CatalogFeedsApi.feeds_create_with_http_info
    feeds_delete = CatalogFeedsApi.feeds_delete
    feeds_delete_with_http_info = CatalogFeedsApi.feeds_delete_with_http_info
    feeds_get = CatalogFeedsApi.feeds_get
    feeds_get_with_http_info = CatalogFeedsApi.feeds_get_with_http_info
    feeds_ingest = CatalogFeedsApi.feeds_ingest
    feeds_ingest_with_http_info = CatalogFeedsApi.feeds_ingest_with_http_info
    feeds_list = CatalogFeedsApi.feeds_list
    feeds_list_with_http_info = CatalogFeedsApi.feeds_list_with_http_info
    feeds_update = CatalogFeedsApi.feeds_update
    feeds_update_with_http_info = CatalogFeedsApi.feeds_update_with_http_info
    items_post = CatalogItemsApi.items_post
    items_post_with_http_info = CatalogItemsApi.items_post_with_http_info
    items_batch_get = CatalogItemsApi.items_batch_get
    items_batch_get_with_http_info = CatalogItemsApi.items_batch_get_with_http_info
    items_batch_post = CatalogItemsApi.items_batch_post
    items_batch_post_with_http_info = CatalogItemsApi.items_batch_post_with_http_info
    items_issues_list = CatalogFeedsApi.items_issues_list
    items_issues_list_with_http_info = CatalogFeedsApi.items_issues_list_with_http_info
    products_by_product_group_filter_list = CatalogProductGroupsApi.products_by_product_group_filter_list
    products_by_product_group_filter_list_with_http_info = (
        CatalogProductGroupsApi.products_by_product_group_filter_list_with_http_info
    )
    reports_create = CatalogReportsApi.reports_create
    reports_create_with_http_info = CatalogReportsApi.reports_create_with_http_info
    reports_get = CatalogReportsApi.reports_get
    reports_get_with_http_info = CatalogReportsApi.reports_get_with_http_info
    reports_stats = CatalogReportsApi.reports_stats
    reports_stats_with_http_info = CatalogReportsApi.reports_stats_with_http_info
