# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""CatalogProductGroupsApi: View and manage catalog product groups using filters."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls, renamed
from pinterest_client._types import TYPE_CHECKING
from pinterest_client.legacy_calls import legacy_order

if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
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


_CATALOGS_PRODUCT_GROUPS_CREATE_MANY = Operation(
    "catalogs_product_groups/create_many",
    "POST",
    "/catalogs/product_groups/multiple",
    params=(Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),),
    body="list[CatalogsProductGroupsCreateManyRequestItem]",
    body_name="catalogs_product_groups_create_many_request",
    body_required=True,
    content_type="application/json",
    responses={"201": "list[str]"},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_write",
)


_CATALOGS_PRODUCT_GROUPS_DELETE_MANY = Operation(
    "catalogs_product_groups/delete_many",
    "DELETE",
    "/catalogs/product_groups/multiple",
    params=(
        Param("id", "query", "list[int]", required=True, explode=False, max_items=1000, min_items=1),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"204": None},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_write",
)


_CATALOGS_PRODUCT_GROUPS_LIST = Operation(
    "catalogs_product_groups/list",
    "GET",
    "/catalogs/product_groups",
    params=(
        Param("id", "query", "list[int]", explode=False, max_items=1000, min_items=1),
        Param("feed_id", "query", "str", explode=False, pattern="^\\d+$"),
        Param("catalog_id", "query", "str", pattern="^\\d+$"),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "CatalogsProductGroupsListResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_read",
)


_CATALOGS_PRODUCT_GROUPS_CREATE = Operation(
    "catalogs_product_groups/create",
    "POST",
    "/catalogs/product_groups",
    params=(Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),),
    body="CatalogsProductGroupsCreateRequest",
    body_name="catalogs_product_groups_create_request",
    body_required=True,
    content_type="application/json",
    responses={"201": "CatalogsVerticalProductGroup"},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_write",
)


_CATALOGS_PRODUCT_GROUPS_GET = Operation(
    "catalogs_product_groups/get",
    "GET",
    "/catalogs/product_groups/{product_group_id}",
    params=(
        Param("product_group_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "CatalogsVerticalProductGroup"},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_read",
)


_CATALOGS_PRODUCT_GROUPS_DELETE = Operation(
    "catalogs_product_groups/delete",
    "DELETE",
    "/catalogs/product_groups/{product_group_id}",
    params=(
        Param("product_group_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"204": None},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_write",
)


_CATALOGS_PRODUCT_GROUPS_UPDATE = Operation(
    "catalogs_product_groups/update",
    "PATCH",
    "/catalogs/product_groups/{product_group_id}",
    params=(
        Param("product_group_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    body="CatalogsProductGroupsUpdateRequest",
    body_name="catalogs_product_groups_update_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "CatalogsVerticalProductGroup"},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_write",
)


_CATALOGS_PRODUCT_GROUPS_PRODUCT_COUNTS_GET = Operation(
    "catalogs_product_groups/product_counts_get",
    "GET",
    "/catalogs/product_groups/{product_group_id}/product_counts",
    params=(
        Param("product_group_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "CatalogsProductGroupProductCountsVertical"},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_read",
)


_CATALOGS_PRODUCT_GROUP_PINS_LIST = Operation(
    "catalogs_product_group_pins/list",
    "GET",
    "/catalogs/product_groups/{product_group_id}/products",
    params=(
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("product_group_id", "path", "str", required=True, pattern="^\\d+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
        Param("pin_metrics", "query", "bool"),
    ),
    responses={"200": "CatalogsProductGroupPinsListResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_read",
)


_PRODUCTS_BY_PRODUCT_GROUP_FILTER_LIST = Operation(
    "products_by_product_group_filter/list",
    "POST",
    "/catalogs/products/get_by_product_group_filters",
    params=(
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
        Param("pin_metrics", "query", "bool"),
    ),
    body="CatalogsListProductsByFilterRequest",
    body_name="catalogs_list_products_by_filter_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "ProductsByProductGroupFilterListResponse"},
    security=("pinterest_oauth2",),
    idempotent=True,
    rate_limit_category="catalogs_read",
)


class CatalogProductGroupsApi(ApiBase):
    """View and manage catalog product groups using filters."""

    @calls(_CATALOGS_PRODUCT_GROUPS_CREATE_MANY)
    def catalogs_product_groups_create_many(
        self,
        catalogs_product_groups_create_many_request: Optional[List[CatalogsProductGroupsCreateManyRequestItem]] = None,
        *,
        ad_account_id: Optional[str] = None,
        request_body: Optional[List[CatalogsProductGroupsCreateManyRequestItem]] = None,
        **options: Unpack[CallOptions],
    ) -> List[str]:
        """Create product groups (``POST /catalogs/product_groups/multiple``)

        Create product group to use in Catalogs owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        [Learn more](https://developers.pinterest.com/docs/api-features/shopping-overview/)

        Note: Access to the Creative Assets catalog type is restricted to a specific group of users.
        If you require access, please reach out to your partner manager.

        :param catalogs_product_groups_create_many_request: Request object used to create one or more catalogs
            product groups.
        :param ad_account_id: Unique identifier of an ad account.
        Deprecated: also accepts `request_body=` for `catalogs_product_groups_create_many_request`.
        :returns: List[str]
        """
        catalogs_product_groups_create_many_request = renamed(
            "catalogs_product_groups_create_many",
            "catalogs_product_groups_create_many_request",
            catalogs_product_groups_create_many_request,
            {"request_body": request_body},
        )
        return self.api_client.call(
            _CATALOGS_PRODUCT_GROUPS_CREATE_MANY,
            options,
            ad_account_id=ad_account_id,
            catalogs_product_groups_create_many_request=catalogs_product_groups_create_many_request,
        )

    catalogs_product_groups_create_many_with_http_info = WithHttpInfo("catalogs_product_groups_create_many")

    @calls(_CATALOGS_PRODUCT_GROUPS_DELETE_MANY)
    def catalogs_product_groups_delete_many(
        self,
        id: List[int],
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete product groups (``DELETE /catalogs/product_groups/multiple``)

        Delete product groups owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        [Learn more](https://developers.pinterest.com/docs/api-features/shopping-overview/)

        :param id: Comma-separated list of product group ids
        :param ad_account_id: Unique identifier of an ad account.
        :returns: None
        """
        return self.api_client.call(_CATALOGS_PRODUCT_GROUPS_DELETE_MANY, options, id=id, ad_account_id=ad_account_id)

    catalogs_product_groups_delete_many_with_http_info = WithHttpInfo("catalogs_product_groups_delete_many")

    @calls(_CATALOGS_PRODUCT_GROUPS_LIST)
    def catalogs_product_groups_list(
        self,
        *legacy_args: Any,
        id: Optional[List[int]] = None,
        feed_id: Optional[str] = None,
        catalog_id: Optional[str] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> CatalogsProductGroupsListResponse:
        """List product groups (``GET /catalogs/product_groups``)

        Get a list of product groups for a given Catalogs Feed Id owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        [Learn more](https://developers.pinterest.com/docs/api-features/shopping-overview/)

        :param id: Comma-separated list of product group ids
        :param feed_id: Filter entities for a given feed_id. If not given, all feeds are considered.
        :param catalog_id: Filter entities for a given catalog_id. If not given, all catalogs are considered.
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param ad_account_id: Unique identifier of an ad account.
        Deprecated: also accepts the positional order `catalogs_product_groups_list(feed_id)`.
        :returns: CatalogsProductGroupsListResponse
        """
        if legacy_args:
            (feed_id,) = legacy_order("catalogs_product_groups_list", legacy_args, ("feed_id",), {"feed_id": feed_id})
        return self.api_client.call(
            _CATALOGS_PRODUCT_GROUPS_LIST,
            options,
            id=id,
            feed_id=feed_id,
            catalog_id=catalog_id,
            bookmark=bookmark,
            page_size=page_size,
            ad_account_id=ad_account_id,
        )

    catalogs_product_groups_list_with_http_info = WithHttpInfo("catalogs_product_groups_list")

    @calls(_CATALOGS_PRODUCT_GROUPS_CREATE)
    def catalogs_product_groups_create(
        self,
        catalogs_product_groups_create_request: Optional[
            Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]]
        ] = None,
        *,
        ad_account_id: Optional[str] = None,
        catalogs_product_group_create_request: Optional[
            Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]]
        ] = None,
        unknown_base_type: Optional[Union[CatalogsProductGroupsCreateRequest, Dict[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> CatalogsVerticalProductGroup:
        """Create product group (``POST /catalogs/product_groups``)

        Create product group to use in Catalogs owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.
        "Catalog-based product groups" can include items from all data sources (feeds and API) and are available to
        both non-retail catalogs with any data sources and retail catalogs with API-created items. If your catalog
        only contains retail items created via feeds, you should use the "retail feed-based" option.
        [Learn more](https://developers.pinterest.com/docs/api-features/shopping-overview/)

        Note: Access to the Creative Assets catalog type is restricted to a specific group of users.
        If you require access, please reach out to your partner manager.

        :param catalogs_product_groups_create_request: Request object used to create a single catalogs product
            groups.
        :param ad_account_id: Unique identifier of an ad account.
        Deprecated: also accepts `catalogs_product_group_create_request=` for
        `catalogs_product_groups_create_request`.
        Deprecated: also accepts `unknown_base_type=` for `catalogs_product_groups_create_request`.
        :returns: CatalogsVerticalProductGroup
        """
        catalogs_product_groups_create_request = renamed(
            "catalogs_product_groups_create",
            "catalogs_product_groups_create_request",
            catalogs_product_groups_create_request,
            {
                "catalogs_product_group_create_request": catalogs_product_group_create_request,
                "unknown_base_type": unknown_base_type,
            },
        )
        return self.api_client.call(
            _CATALOGS_PRODUCT_GROUPS_CREATE,
            options,
            ad_account_id=ad_account_id,
            catalogs_product_groups_create_request=catalogs_product_groups_create_request,
        )

    catalogs_product_groups_create_with_http_info = WithHttpInfo("catalogs_product_groups_create")

    @calls(_CATALOGS_PRODUCT_GROUPS_GET)
    def catalogs_product_groups_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> CatalogsVerticalProductGroup:
        """Get product group (``GET /catalogs/product_groups/{product_group_id}``)

        Get a singe product group for a given Catalogs Product Group Id owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        [Learn more](https://developers.pinterest.com/docs/api-features/shopping-overview/)

        :param product_group_id: Unique identifier of a product group
        :param ad_account_id: Unique identifier of an ad account.
        :returns: CatalogsVerticalProductGroup
        """
        return self.api_client.call(
            _CATALOGS_PRODUCT_GROUPS_GET, options, product_group_id=product_group_id, ad_account_id=ad_account_id
        )

    catalogs_product_groups_get_with_http_info = WithHttpInfo("catalogs_product_groups_get")

    @calls(_CATALOGS_PRODUCT_GROUPS_DELETE)
    def catalogs_product_groups_delete(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete product group (``DELETE /catalogs/product_groups/{product_group_id}``)

        Delete a product group owned by the "operation user_account" from being in use in Catalogs.
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        [Learn more](https://developers.pinterest.com/docs/api-features/shopping-overview/)

        :param product_group_id: Unique identifier of a product group
        :param ad_account_id: Unique identifier of an ad account.
        :returns: None
        """
        return self.api_client.call(
            _CATALOGS_PRODUCT_GROUPS_DELETE, options, product_group_id=product_group_id, ad_account_id=ad_account_id
        )

    catalogs_product_groups_delete_with_http_info = WithHttpInfo("catalogs_product_groups_delete")

    @calls(_CATALOGS_PRODUCT_GROUPS_UPDATE)
    def catalogs_product_groups_update(
        self,
        product_group_id: str,
        catalogs_product_groups_update_request: Optional[
            Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]]
        ] = None,
        *,
        ad_account_id: Optional[str] = None,
        catalogs_product_group_update_request: Optional[
            Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]]
        ] = None,
        unknown_base_type: Optional[Union[CatalogsProductGroupsUpdateRequest, Dict[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> CatalogsVerticalProductGroup:
        """Update single product group (``PATCH /catalogs/product_groups/{product_group_id}``)

        Update product group owned by the "operation user_account" to use in Catalogs.
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.
        "Catalog-based product groups" can include items from all data sources (feeds and API) and are available to
        both non-retail catalogs with any data sources and retail catalogs with API-created items. If your catalog
        only contains retail items created via feeds, you should use the "retail feed-based" option.
        [Learn more](https://developers.pinterest.com/docs/api-features/shopping-overview/)

        Note: Access to the Creative Assets catalog type is restricted to a specific group of users.
        If you require access, please reach out to your partner manager.

        :param product_group_id: Unique identifier of a product group
        :param catalogs_product_groups_update_request: Request object used to Update a catalogs product group.
        :param ad_account_id: Unique identifier of an ad account.
        Deprecated: also accepts `catalogs_product_group_update_request=` for
        `catalogs_product_groups_update_request`.
        Deprecated: also accepts `unknown_base_type=` for `catalogs_product_groups_update_request`.
        :returns: CatalogsVerticalProductGroup
        """
        catalogs_product_groups_update_request = renamed(
            "catalogs_product_groups_update",
            "catalogs_product_groups_update_request",
            catalogs_product_groups_update_request,
            {
                "catalogs_product_group_update_request": catalogs_product_group_update_request,
                "unknown_base_type": unknown_base_type,
            },
        )
        return self.api_client.call(
            _CATALOGS_PRODUCT_GROUPS_UPDATE,
            options,
            product_group_id=product_group_id,
            ad_account_id=ad_account_id,
            catalogs_product_groups_update_request=catalogs_product_groups_update_request,
        )

    catalogs_product_groups_update_with_http_info = WithHttpInfo("catalogs_product_groups_update")

    @calls(_CATALOGS_PRODUCT_GROUPS_PRODUCT_COUNTS_GET)
    def catalogs_product_groups_product_counts_get(
        self,
        product_group_id: str,
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> CatalogsProductGroupProductCountsVertical:
        """Get product counts (``GET /catalogs/product_groups/{product_group_id}/product_counts``)

        Get a product counts for a given Catalogs Product Group owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        [Learn more](https://developers.pinterest.com/docs/api-features/shopping-overview/)

        :param product_group_id: Unique identifier of a product group
        :param ad_account_id: Unique identifier of an ad account.
        :returns: CatalogsProductGroupProductCountsVertical
        """
        return self.api_client.call(
            _CATALOGS_PRODUCT_GROUPS_PRODUCT_COUNTS_GET,
            options,
            product_group_id=product_group_id,
            ad_account_id=ad_account_id,
        )

    catalogs_product_groups_product_counts_get_with_http_info = WithHttpInfo(
        "catalogs_product_groups_product_counts_get"
    )

    @calls(_CATALOGS_PRODUCT_GROUP_PINS_LIST)
    def catalogs_product_group_pins_list(
        self,
        product_group_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        **options: Unpack[CallOptions],
    ) -> CatalogsProductGroupPinsListResponse:
        """List products by product group (``GET /catalogs/product_groups/{product_group_id}/products``)

        Get a list of product pins for a given Catalogs Product Group Id owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        [Learn more](https://developers.pinterest.com/docs/api-features/shopping-overview/)

        :param product_group_id: Unique identifier of a product group
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param ad_account_id: Unique identifier of an ad account.
        :param pin_metrics: Specify whether to return 90d and lifetime Pin metrics. Total comments and total
            reactions are only available with lifetime Pin metrics. If Pin was created before `2023-03-20` lifetime
            metrics will only be available for Video and Idea Pin formats. Lifetime metrics are available for all Pin
            formats since then.
        :returns: CatalogsProductGroupPinsListResponse
        """
        return self.api_client.call(
            _CATALOGS_PRODUCT_GROUP_PINS_LIST,
            options,
            bookmark=bookmark,
            page_size=page_size,
            product_group_id=product_group_id,
            ad_account_id=ad_account_id,
            pin_metrics=pin_metrics,
        )

    catalogs_product_group_pins_list_with_http_info = WithHttpInfo("catalogs_product_group_pins_list")

    @calls(_PRODUCTS_BY_PRODUCT_GROUP_FILTER_LIST)
    def products_by_product_group_filter_list(
        self,
        catalogs_list_products_by_filter_request: Union[CatalogsListProductsByFilterRequest, Dict[str, Any]],
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        ad_account_id: Optional[str] = None,
        pin_metrics: Optional[bool] = None,
        **options: Unpack[CallOptions],
    ) -> ProductsByProductGroupFilterListResponse:
        """List products by filter (``POST /catalogs/products/get_by_product_group_filters``)

        List products Pins owned by the "operation user_account" that meet the criteria specified in the Catalogs
        Product Group Filter given in the request.
        - This endpoint has been implemented in POST to allow for complex filters. This specific POST endpoint is
          designed to be idempotent.
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        Note: This endpoint only supports RETAIL catalog at the moment.

        [Learn more](https://developers.pinterest.com/docs/api-features/shopping-overview/)

        :param catalogs_list_products_by_filter_request: Object holding a group of filters for a catalog product
            group
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param ad_account_id: Unique identifier of an ad account.
        :param pin_metrics: Specify whether to return 90d and lifetime Pin metrics. Total comments and total
            reactions are only available with lifetime Pin metrics. If Pin was created before `2023-03-20` lifetime
            metrics will only be available for Video and Idea Pin formats. Lifetime metrics are available for all Pin
            formats since then.
        :returns: ProductsByProductGroupFilterListResponse
        """
        return self.api_client.call(
            _PRODUCTS_BY_PRODUCT_GROUP_FILTER_LIST,
            options,
            bookmark=bookmark,
            page_size=page_size,
            ad_account_id=ad_account_id,
            pin_metrics=pin_metrics,
            catalogs_list_products_by_filter_request=catalogs_list_products_by_filter_request,
        )

    products_by_product_group_filter_list_with_http_info = WithHttpInfo("products_by_product_group_filter_list")
