# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""CatalogItemsApi: View and manage catalog items directly without a feed."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls, renamed
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.catalogs_items import CatalogsItems
    from pinterest_client.model.catalogs_items_batch import CatalogsItemsBatch
    from pinterest_client.model.catalogs_items_request import CatalogsItemsRequest
    from pinterest_client.model.items_batch_post_request import ItemsBatchPostRequest


_ITEMS_POST = Operation(
    "items/post",
    "POST",
    "/catalogs/items",
    params=(Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),),
    body="CatalogsItemsRequest",
    body_name="catalogs_items_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "CatalogsItems"},
    security=("pinterest_oauth2",),
    rate_limit_category="catalogs_read",
)


_ITEMS_BATCH_POST = Operation(
    "items_batch/post",
    "POST",
    "/catalogs/items/batch",
    params=(Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),),
    body="ItemsBatchPostRequest",
    body_name="items_batch_post_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "CatalogsItemsBatch"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="catalogs_write",
)


_ITEMS_BATCH_GET = Operation(
    "items_batch/get",
    "GET",
    "/catalogs/items/batch/{batch_id}",
    params=(
        Param("batch_id", "path", "str", required=True, pattern="^[a-zA-Z0-9]+$"),
        Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "CatalogsItemsBatch"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="catalogs_read",
)


class CatalogItemsApi(ApiBase):
    """View and manage catalog items directly without a feed."""

    @calls(_ITEMS_POST)
    def items_post(
        self,
        catalogs_items_request: Union[CatalogsItemsRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> CatalogsItems:
        """Get catalogs items (POST) (``POST /catalogs/items``)

        Get the items of the catalog owned by the "operation user_account". [See detailed documentation
        here.](https://developers.pinterest.com/docs/api-features/shopping-overview/#Update%20items%20in%20batch)
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        Note: Access to the Creative Assets catalog type is restricted to a specific group of users.
        If you require access, please reach out to your partner manager.

        :param catalogs_items_request: Request object used to get catalogs items
        :param ad_account_id: Unique identifier of an ad account.
        :returns: CatalogsItems
        """
        return self.api_client.call(
            _ITEMS_POST, options, ad_account_id=ad_account_id, catalogs_items_request=catalogs_items_request
        )

    items_post_with_http_info = WithHttpInfo("items_post")

    @calls(_ITEMS_BATCH_POST)
    def items_batch_post(
        self,
        items_batch_post_request: Optional[Union[ItemsBatchPostRequest, Dict[str, Any]]] = None,
        *,
        ad_account_id: Optional[str] = None,
        catalogs_items_batch_request: Optional[Union[ItemsBatchPostRequest, Dict[str, Any]]] = None,
        unknown_base_type: Optional[Union[ItemsBatchPostRequest, Dict[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> CatalogsItemsBatch:
        """Operate on item batch (``POST /catalogs/items/batch``)

        This endpoint supports multiple operations on a set of one or more catalog items owned by the "operation
        user_account". [See detailed documentation
        here.](https://developers.pinterest.com/docs/api-features/shopping-overview/#Update%20items%20in%20batch)
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        Note:
        - Access to the Creative Assets catalog type is restricted to a specific group of users.
        If you require access, please reach out to your partner manager.
        - The item UPSERT operation is restricted to users without a feed data source. If you plan to migrate item
          ingestion from feeds to the API, please reach out to your partner manager or via the Help Center to get
          assistance.

        :param items_batch_post_request: Request object used to create catalogs items in a batch
        :param ad_account_id: Unique identifier of an ad account.
        Deprecated: also accepts `catalogs_items_batch_request=` for `items_batch_post_request`.
        Deprecated: also accepts `unknown_base_type=` for `items_batch_post_request`.
        :returns: CatalogsItemsBatch
        """
        items_batch_post_request = renamed(
            "items_batch_post",
            "items_batch_post_request",
            items_batch_post_request,
            {"catalogs_items_batch_request": catalogs_items_batch_request, "unknown_base_type": unknown_base_type},
        )
        return self.api_client.call(
            _ITEMS_BATCH_POST, options, ad_account_id=ad_account_id, items_batch_post_request=items_batch_post_request
        )

    items_batch_post_with_http_info = WithHttpInfo("items_batch_post")

    @calls(_ITEMS_BATCH_GET)
    def items_batch_get(
        self,
        batch_id: str,
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> CatalogsItemsBatch:
        """Get item batch status (``GET /catalogs/items/batch/{batch_id}``)

        Get a single catalogs items batch owned by the "operating user_account". [See detailed documentation
        here.](https://developers.pinterest.com/docs/api-features/shopping-overview/#Update%20items%20in%20batch)
        - By default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: Owner, Admin, Catalogs Manager.

        :param batch_id: Id of a catalogs items batch to fetch
        :param ad_account_id: Unique identifier of an ad account.
        :returns: CatalogsItemsBatch
        """
        return self.api_client.call(_ITEMS_BATCH_GET, options, batch_id=batch_id, ad_account_id=ad_account_id)

    items_batch_get_with_http_info = WithHttpInfo("items_batch_get")
