# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""AdvancedAuctionApi: View, create, or update advanced auction item bid options."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.advanced_auction_items import AdvancedAuctionItems
    from pinterest_client.model.advanced_auction_items_get_request import AdvancedAuctionItemsGetRequest
    from pinterest_client.model.advanced_auction_items_submit_request import AdvancedAuctionItemsSubmitRequest
    from pinterest_client.model.advanced_auction_processed_items import AdvancedAuctionProcessedItems


_ADVANCED_AUCTION_ITEMS_GET_POST = Operation(
    "advanced_auction_items_get/post",
    "POST",
    "/advanced_auction/items/get",
    params=(Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),),
    body="AdvancedAuctionItemsGetRequest",
    body_name="advanced_auction_items_get_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "AdvancedAuctionItems"},
    security=("pinterest_oauth2",),
    rate_limit_category="advanced_auction_read",
)


_ADVANCED_AUCTION_ITEMS_SUBMIT_POST = Operation(
    "advanced_auction_items_submit/post",
    "POST",
    "/advanced_auction/items/submit",
    params=(Param("ad_account_id", "query", "str", max_length=18, pattern="^\\d+$"),),
    body="AdvancedAuctionItemsSubmitRequest",
    body_name="advanced_auction_items_submit_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "AdvancedAuctionProcessedItems", "206": "AdvancedAuctionProcessedItems"},
    security=("pinterest_oauth2",),
    rate_limit_category="advanced_auction_write",
)


class AdvancedAuctionApi(ApiBase):
    """View, create, or update advanced auction item bid options."""

    @calls(_ADVANCED_AUCTION_ITEMS_GET_POST)
    def advanced_auction_items_get_post(
        self,
        advanced_auction_items_get_request: Union[AdvancedAuctionItemsGetRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> AdvancedAuctionItems:
        """Get item bid options (POST) (``POST /advanced_auction/items/get``)

        Get the bid options for a batch of retail catalog items.

        The catalog must be owned by the "operation user_account". [See detailed documentation
        here.](https://developers.pinterest.com/docs/api-features/shopping-overview/#Update%20items%20in%20batch) By
        default, the "operation user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: `Owner`, `Admin`.

        This endpoint is not available to all users.

        :param advanced_auction_items_get_request: Request object used to get bid options values for a batch of
            retail catalog items
        :param ad_account_id: Unique identifier of an ad account.
        :returns: AdvancedAuctionItems
        """
        return self.api_client.call(
            _ADVANCED_AUCTION_ITEMS_GET_POST,
            options,
            ad_account_id=ad_account_id,
            advanced_auction_items_get_request=advanced_auction_items_get_request,
        )

    advanced_auction_items_get_post_with_http_info = WithHttpInfo("advanced_auction_items_get_post")

    @calls(_ADVANCED_AUCTION_ITEMS_SUBMIT_POST)
    def advanced_auction_items_submit_post(
        self,
        advanced_auction_items_submit_request: Union[AdvancedAuctionItemsSubmitRequest, Dict[str, Any]],
        *,
        ad_account_id: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> AdvancedAuctionProcessedItems:
        """Operate on item level bid options (``POST /advanced_auction/items/submit``)

        This endpoint supports multiple operations on a set of one or more bid options (bid price and bid adjustments
        for targeting categories) for retail catalog items. These advanced auction settings are applied in campaigns
        using objective_type `CATALOG_SALES` and ad groups using bid_strategy_type `MAX_BID`.

        The catalog must be owned by the "operation user_account". [See detailed documentation
        here.](https://developers.pinterest.com/docs/api-features/modify-items-in-batch/) By default, the "operation
        user_account" is the token user_account.

        Optional: Business Access: Specify an `ad_account_id` (obtained via [List ad
        accounts](https://developers.pinterest.com/docs/api/v5/#operation/ad_accounts/list)) to use the owner of that
        ad_account as the "operation user_account". In order to do this, the token user_account must have one of the
        following [Business
        Access](https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-accounts) roles on
        the ad_account: `Owner`, `Admin`.

        This endpoint is not available to all users.

        :param advanced_auction_items_submit_request: Request object used to upsert or delete bid options for a batch
            of retail catalog items
        :param ad_account_id: Unique identifier of an ad account.
        :returns: AdvancedAuctionProcessedItems
        """
        return self.api_client.call(
            _ADVANCED_AUCTION_ITEMS_SUBMIT_POST,
            options,
            ad_account_id=ad_account_id,
            advanced_auction_items_submit_request=advanced_auction_items_submit_request,
        )

    advanced_auction_items_submit_post_with_http_info = WithHttpInfo("advanced_auction_items_submit_post")
