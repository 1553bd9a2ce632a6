# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""AudienceSharingApi: View, share, or revoke shared audiences.

Audience Sharing endpoints are not available to all apps,
if you are interested in using them, reach out to us on our help center page.
[Learn more](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/).
"""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.ad_accounts_audiences_shared_accounts_list_response import (
        AdAccountsAudiencesSharedAccountsListResponse,
    )
    from pinterest_client.model.audience_account_type import AudienceAccountType
    from pinterest_client.model.business_account_audiences_shared_accounts_list_response import (
        BusinessAccountAudiencesSharedAccountsListResponse,
    )
    from pinterest_client.model.business_shared_audience import BusinessSharedAudience
    from pinterest_client.model.business_shared_audience_response import BusinessSharedAudienceResponse
    from pinterest_client.model.shared_audience import SharedAudience
    from pinterest_client.model.shared_audience_response import SharedAudienceResponse
    from pinterest_client.model.shared_audiences_for_business_list_response import (
        SharedAudiencesForBusinessListResponse,
    )


_AD_ACCOUNTS_AUDIENCES_SHARED_ACCOUNTS_LIST = Operation(
    "ad_accounts_audiences_shared_accounts/list",
    "GET",
    "/ad_accounts/{ad_account_id}/audiences/shared/accounts",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("audience_id", "query", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("account_type", "query", "AudienceAccountType", required=True),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("bookmark", "query", "str"),
    ),
    responses={"200": "AdAccountsAudiencesSharedAccountsListResponse"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_UPDATE_AD_ACCOUNT_TO_AD_ACCOUNT_SHARED_AUDIENCE = Operation(
    "update_ad_account_to_ad_account_shared_audience",
    "PATCH",
    "/ad_accounts/{ad_account_id}/audiences/ad_accounts/shared",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="SharedAudience",
    body_name="shared_audience",
    body_required=True,
    content_type="application/json",
    responses={"200": "SharedAudienceResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_UPDATE_AD_ACCOUNT_TO_BUSINESS_SHARED_AUDIENCE = Operation(
    "update_ad_account_to_business_shared_audience",
    "PATCH",
    "/ad_accounts/{ad_account_id}/audiences/businesses/shared",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="BusinessSharedAudience",
    body_name="business_shared_audience",
    body_required=True,
    content_type="application/json",
    responses={"200": "BusinessSharedAudienceResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_SHARED_AUDIENCES_FOR_BUSINESS_LIST = Operation(
    "shared_audiences_for_business/list",
    "GET",
    "/businesses/{business_id}/audiences",
    params=(
        Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),
        Param("bookmark", "query", "str"),
        Param("order", "query", "str", enum=("ASCENDING", "DESCENDING")),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "SharedAudiencesForBusinessListResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_BUSINESS_ACCOUNT_AUDIENCES_SHARED_ACCOUNTS_LIST = Operation(
    "business_account_audiences_shared_accounts/list",
    "GET",
    "/businesses/{business_id}/audiences/shared/accounts",
    params=(
        Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),
        Param("audience_id", "query", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("account_type", "query", "AudienceAccountType", required=True),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("bookmark", "query", "str"),
    ),
    responses={"200": "BusinessAccountAudiencesSharedAccountsListResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_UPDATE_BUSINESS_TO_AD_ACCOUNT_SHARED_AUDIENCE = Operation(
    "update_business_to_ad_account_shared_audience",
    "PATCH",
    "/businesses/{business_id}/audiences/ad_accounts/shared",
    params=(Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),),
    body="SharedAudience",
    body_name="shared_audience",
    body_required=True,
    content_type="application/json",
    responses={"200": "SharedAudienceResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_UPDATE_BUSINESS_TO_BUSINESS_SHARED_AUDIENCE = Operation(
    "update_business_to_business_shared_audience",
    "PATCH",
    "/businesses/{business_id}/audiences/businesses/shared",
    params=(Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),),
    body="BusinessSharedAudience",
    body_name="business_shared_audience",
    body_required=True,
    content_type="application/json",
    responses={"200": "BusinessSharedAudienceResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


class AudienceSharingApi(ApiBase):
    """View, share, or revoke shared audiences.

    Audience Sharing endpoints are not available to all apps,
    if you are interested in using them, reach out to us on our help center page.
    [Learn more](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/).
    """

    @calls(_AD_ACCOUNTS_AUDIENCES_SHARED_ACCOUNTS_LIST)
    def ad_accounts_audiences_shared_accounts_list(
        self,
        ad_account_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, str],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> AdAccountsAudiencesSharedAccountsListResponse:
        """List accounts with access to an audience owned by an ad account (``GET
        /ad_accounts/{ad_account_id}/audiences/shared/accounts``)

        List all ad accounts and/or businesses that have access to a specific audience. The audience must be owned by
        the requesting ad account.

        :param ad_account_id: Unique identifier of an ad account.
        :param audience_id: Unique identifier of the audience to use to filter the results.
        :param account_type: Filter accounts by account type.
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param bookmark: Cursor used to fetch the next page of items
        :returns: AdAccountsAudiencesSharedAccountsListResponse
        """
        return self.api_client.call(
            _AD_ACCOUNTS_AUDIENCES_SHARED_ACCOUNTS_LIST,
            options,
            ad_account_id=ad_account_id,
            audience_id=audience_id,
            account_type=account_type,
            page_size=page_size,
            bookmark=bookmark,
        )

    ad_accounts_audiences_shared_accounts_list_with_http_info = WithHttpInfo(
        "ad_accounts_audiences_shared_accounts_list"
    )

    @calls(_UPDATE_AD_ACCOUNT_TO_AD_ACCOUNT_SHARED_AUDIENCE)
    def update_ad_account_to_ad_account_shared_audience(
        self,
        ad_account_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> SharedAudienceResponse:
        """Update audience sharing between ad accounts (``PATCH
        /ad_accounts/{ad_account_id}/audiences/ad_accounts/shared``)

        From an ad account, share a specific audience with another ad account, or revoke access to a previously
        shared audience. Only the audience owner account can share the audience. The recipient ad account(s) must be
        in the same [Pinterest Business
        Hierarchy](https://help.pinterest.com/en/business/article/create-and-manage-accounts) as the business owner
        of the ad account.
         This endpoint is not available to all apps.[Learn
         more](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/).

        :param ad_account_id: Unique identifier of an ad account.
        :param shared_audience: The request body (SharedAudience).
        :returns: SharedAudienceResponse
        """
        return self.api_client.call(
            _UPDATE_AD_ACCOUNT_TO_AD_ACCOUNT_SHARED_AUDIENCE,
            options,
            ad_account_id=ad_account_id,
            shared_audience=shared_audience,
        )

    update_ad_account_to_ad_account_shared_audience_with_http_info = WithHttpInfo(
        "update_ad_account_to_ad_account_shared_audience"
    )

    @calls(_UPDATE_AD_ACCOUNT_TO_BUSINESS_SHARED_AUDIENCE)
    def update_ad_account_to_business_shared_audience(
        self,
        ad_account_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> BusinessSharedAudienceResponse:
        """Update audience sharing from an ad account to businesses (``PATCH
        /ad_accounts/{ad_account_id}/audiences/businesses/shared``)

        From an ad account, share a specific audience with a business account, or revoke access to a previously
        shared audience. Only the audience owner account can share the audience. The recipient business account must
        be in the same business hierarchy as the business owner of the ad account.
         This endpoint is not available to all apps.[Learn
         more](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/).

        :param ad_account_id: Unique identifier of an ad account.
        :param business_shared_audience: The request body (BusinessSharedAudience).
        :returns: BusinessSharedAudienceResponse
        """
        return self.api_client.call(
            _UPDATE_AD_ACCOUNT_TO_BUSINESS_SHARED_AUDIENCE,
            options,
            ad_account_id=ad_account_id,
            business_shared_audience=business_shared_audience,
        )

    update_ad_account_to_business_shared_audience_with_http_info = WithHttpInfo(
        "update_ad_account_to_business_shared_audience"
    )

    @calls(_SHARED_AUDIENCES_FOR_BUSINESS_LIST)
    def shared_audiences_for_business_list(
        self,
        business_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> SharedAudiencesForBusinessListResponse:
        """List received audiences for a business (``GET /businesses/{business_id}/audiences``)

        Get a list of received audiences for the given business.

        :param business_id: Unique identifier of the requesting business.
        :param bookmark: Cursor used to fetch the next page of items
        :param order: The order in which to sort the items returned: “ASCENDING” or “DESCENDING” by ID. Note that
            higher-value IDs are associated with more-recently added items.
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: SharedAudiencesForBusinessListResponse
        """
        return self.api_client.call(
            _SHARED_AUDIENCES_FOR_BUSINESS_LIST,
            options,
            business_id=business_id,
            bookmark=bookmark,
            order=order,
            page_size=page_size,
        )

    shared_audiences_for_business_list_with_http_info = WithHttpInfo("shared_audiences_for_business_list")

    @calls(_BUSINESS_ACCOUNT_AUDIENCES_SHARED_ACCOUNTS_LIST)
    def business_account_audiences_shared_accounts_list(
        self,
        business_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, str],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> BusinessAccountAudiencesSharedAccountsListResponse:
        """List accounts with access to an audience owned by a business (``GET
        /businesses/{business_id}/audiences/shared/accounts``)

        List all ad accounts and/or businesses that have access to a specific audience.
        The audience must either be owned by an ad account in the requesting business, or it must have been shared
        with the requesting business.
        If the requesting business is not the owner of the audience, only ad accounts owned by the requesting
        business will be returned.

        :param business_id: Unique identifier of the requesting business.
        :param audience_id: Unique identifier of the audience to use to filter the results.
        :param account_type: Filter accounts by account type.
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param bookmark: Cursor used to fetch the next page of items
        :returns: BusinessAccountAudiencesSharedAccountsListResponse
        """
        return self.api_client.call(
            _BUSINESS_ACCOUNT_AUDIENCES_SHARED_ACCOUNTS_LIST,
            options,
            business_id=business_id,
            audience_id=audience_id,
            account_type=account_type,
            page_size=page_size,
            bookmark=bookmark,
        )

    business_account_audiences_shared_accounts_list_with_http_info = WithHttpInfo(
        "business_account_audiences_shared_accounts_list"
    )

    @calls(_UPDATE_BUSINESS_TO_AD_ACCOUNT_SHARED_AUDIENCE)
    def update_business_to_ad_account_shared_audience(
        self,
        business_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> SharedAudienceResponse:
        """Update audience sharing from a business to ad accounts (``PATCH
        /businesses/{business_id}/audiences/ad_accounts/shared``)

        From a business, share a specific audience with other ad account(s), or revoke access to a previously shared
        audience.

        - If the business is the owner of the audience, it can share with any ad account within the same business
          hierarchy.
        - If the business is the recipient of the audience, it can share with any of its owned ad accounts.

         This endpoint is not available to all apps.[Learn
         more](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/).

        :param business_id: Unique identifier of the requesting business.
        :param shared_audience: The request body (SharedAudience).
        :returns: SharedAudienceResponse
        """
        return self.api_client.call(
            _UPDATE_BUSINESS_TO_AD_ACCOUNT_SHARED_AUDIENCE,
            options,
            business_id=business_id,
            shared_audience=shared_audience,
        )

    update_business_to_ad_account_shared_audience_with_http_info = WithHttpInfo(
        "update_business_to_ad_account_shared_audience"
    )

    @calls(_UPDATE_BUSINESS_TO_BUSINESS_SHARED_AUDIENCE)
    def update_business_to_business_shared_audience(
        self,
        business_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> BusinessSharedAudienceResponse:
        """Update audience sharing between businesses (``PATCH /businesses/{business_id}/audiences/businesses/shared``)

        From a business, share a specific audience with another business account, or revoke access to a previously
        shared audience. Only the audience owner can share the audience with other businesses, and the recipient
        business must be within the same business hierarchy.
         This endpoint is not available to all apps.[Learn
         more](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/).

        :param business_id: Unique identifier of the requesting business.
        :param business_shared_audience: The request body (BusinessSharedAudience).
        :returns: BusinessSharedAudienceResponse
        """
        return self.api_client.call(
            _UPDATE_BUSINESS_TO_BUSINESS_SHARED_AUDIENCE,
            options,
            business_id=business_id,
            business_shared_audience=business_shared_audience,
        )

    update_business_to_business_shared_audience_with_http_info = WithHttpInfo(
        "update_business_to_business_shared_audience"
    )
