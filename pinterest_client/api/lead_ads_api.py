# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""LeadAdsApi: View, create, or update lead ads."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls, renamed
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.ad_accounts_subscriptions_get_list_response import (
        AdAccountsSubscriptionsGetListResponse,
    )
    from pinterest_client.model.lead_subscription import LeadSubscription
    from pinterest_client.model.lead_subscription_post_params_create import LeadSubscriptionPostParamsCreate


_AD_ACCOUNTS_SUBSCRIPTIONS_GET_LIST = Operation(
    "ad_accounts_subscriptions/get_list",
    "GET",
    "/ad_accounts/{ad_account_id}/leads/subscriptions",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "AdAccountsSubscriptionsGetListResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_AD_ACCOUNTS_SUBSCRIPTIONS_POST = Operation(
    "ad_accounts_subscriptions/post",
    "POST",
    "/ad_accounts/{ad_account_id}/leads/subscriptions",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="LeadSubscriptionPostParamsCreate",
    body_name="lead_subscription_post_params_create",
    body_required=True,
    content_type="application/json",
    responses={"200": "LeadSubscription"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_AD_ACCOUNTS_SUBSCRIPTIONS_GET_BY_ID = Operation(
    "ad_accounts_subscriptions/get_by_id",
    "GET",
    "/ad_accounts/{ad_account_id}/leads/subscriptions/{subscription_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("subscription_id", "path", "str", required=True, pattern="^\\d+$"),
    ),
    responses={"200": "LeadSubscription"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_AD_ACCOUNTS_SUBSCRIPTIONS_DEL_BY_ID = Operation(
    "ad_accounts_subscriptions/del_by_id",
    "DELETE",
    "/ad_accounts/{ad_account_id}/leads/subscriptions/{subscription_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("subscription_id", "path", "str", required=True, pattern="^\\d+$"),
    ),
    responses={"204": None},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


class LeadAdsApi(ApiBase):
    """View, create, or update lead ads."""

    @calls(_AD_ACCOUNTS_SUBSCRIPTIONS_GET_LIST)
    def ad_accounts_subscriptions_get_list(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> AdAccountsSubscriptionsGetListResponse:
        """Get lead ads subscriptions (``GET /ad_accounts/{ad_account_id}/leads/subscriptions``)

        Get the advertiser's list of lead ads subscriptions. Only requests for the OWNER or ADMIN of the ad_account
        will be allowed.

        :param ad_account_id: Unique identifier of an ad account.
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: AdAccountsSubscriptionsGetListResponse
        """
        return self.api_client.call(
            _AD_ACCOUNTS_SUBSCRIPTIONS_GET_LIST,
            options,
            ad_account_id=ad_account_id,
            bookmark=bookmark,
            page_size=page_size,
        )

    ad_accounts_subscriptions_get_list_with_http_info = WithHttpInfo("ad_accounts_subscriptions_get_list")

    @calls(_AD_ACCOUNTS_SUBSCRIPTIONS_POST)
    def ad_accounts_subscriptions_post(
        self,
        ad_account_id: str,
        lead_subscription_post_params_create: Optional[Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]]] = None,
        *,
        ad_account_create_subscription_request: Optional[
            Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]]
        ] = None,
        **options: Unpack[CallOptions],
    ) -> LeadSubscription:
        """Create lead ads subscription (``POST /ad_accounts/{ad_account_id}/leads/subscriptions``)

        Create a lead ads webhook subscription.
        Subscriptions allow Pinterest to deliver lead data from Ads Manager directly to the subscriber. Subscriptions
        can exist for a specific lead form or at ad account level.
        - Only requests for the OWNER or ADMIN of the ad_account will be allowed.
        - Advertisers can set up multiple integrations using ad_account_id + lead_form_id but only one integration
          per unique records.
        - For data security, egress lead data is encrypted with AES-256-GCM.

        :param ad_account_id: Unique identifier of an ad account.
        :param lead_subscription_post_params_create: The request body (LeadSubscriptionPostParamsCreate).
        Deprecated: also accepts `ad_account_create_subscription_request=` for
        `lead_subscription_post_params_create`.
        :returns: LeadSubscription
        """
        lead_subscription_post_params_create = renamed(
            "ad_accounts_subscriptions_post",
            "lead_subscription_post_params_create",
            lead_subscription_post_params_create,
            {"ad_account_create_subscription_request": ad_account_create_subscription_request},
        )
        return self.api_client.call(
            _AD_ACCOUNTS_SUBSCRIPTIONS_POST,
            options,
            ad_account_id=ad_account_id,
            lead_subscription_post_params_create=lead_subscription_post_params_create,
        )

    ad_accounts_subscriptions_post_with_http_info = WithHttpInfo("ad_accounts_subscriptions_post")

    @calls(_AD_ACCOUNTS_SUBSCRIPTIONS_GET_BY_ID)
    def ad_accounts_subscriptions_get_by_id(
        self,
        ad_account_id: str,
        subscription_id: str,
        **options: Unpack[CallOptions],
    ) -> LeadSubscription:
        """Get lead ads subscription by ID (``GET /ad_accounts/{ad_account_id}/leads/subscriptions/{subscription_id}``)

        Get an existing lead ads webhook subscription by ID.
        - Only requests for the OWNER or ADMIN of the ad_account will be allowed.'

        :param ad_account_id: Unique identifier of an ad account.
        :param subscription_id: Unique identifier of a subscription.
        :returns: LeadSubscription
        """
        return self.api_client.call(
            _AD_ACCOUNTS_SUBSCRIPTIONS_GET_BY_ID, options, ad_account_id=ad_account_id, subscription_id=subscription_id
        )

    ad_accounts_subscriptions_get_by_id_with_http_info = WithHttpInfo("ad_accounts_subscriptions_get_by_id")

    @calls(_AD_ACCOUNTS_SUBSCRIPTIONS_DEL_BY_ID)
    def ad_accounts_subscriptions_del_by_id(
        self,
        ad_account_id: str,
        subscription_id: str,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete lead ads subscription (``DELETE /ad_accounts/{ad_account_id}/leads/subscriptions/{subscription_id}``)

        Delete an existing lead ads webhook subscription by ID.
        - Only requests for the OWNER or ADMIN of the ad_account will be allowed.'

        :param ad_account_id: Unique identifier of an ad account.
        :param subscription_id: Unique identifier of a subscription.
        :returns: None
        """
        return self.api_client.call(
            _AD_ACCOUNTS_SUBSCRIPTIONS_DEL_BY_ID, options, ad_account_id=ad_account_id, subscription_id=subscription_id
        )

    ad_accounts_subscriptions_del_by_id_with_http_info = WithHttpInfo("ad_accounts_subscriptions_del_by_id")
