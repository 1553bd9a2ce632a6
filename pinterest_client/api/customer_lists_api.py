# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""CustomerListsApi: View, create, or update customer lists."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.customer_list import CustomerList
    from pinterest_client.model.customer_list_request import CustomerListRequest
    from pinterest_client.model.customer_list_update_request import CustomerListUpdateRequest
    from pinterest_client.model.customer_lists_list_response import CustomerListsListResponse


_CUSTOMER_LISTS_LIST = Operation(
    "customer_lists/list",
    "GET",
    "/ad_accounts/{ad_account_id}/customer_lists",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("order", "query", "str", enum=("ASCENDING", "DESCENDING")),
        Param("bookmark", "query", "str"),
    ),
    responses={"200": "CustomerListsListResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_CUSTOMER_LISTS_CREATE = Operation(
    "customer_lists/create",
    "POST",
    "/ad_accounts/{ad_account_id}/customer_lists",
    params=(Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),),
    body="CustomerListRequest",
    body_name="customer_list_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "CustomerList"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_CUSTOMER_LISTS_GET = Operation(
    "customer_lists/get",
    "GET",
    "/ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("customer_list_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    responses={"200": "CustomerList"},
    security=("pinterest_oauth2", "client_credentials"),
    rate_limit_category="ads_read",
)


_CUSTOMER_LISTS_UPDATE = Operation(
    "customer_lists/update",
    "PATCH",
    "/ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}",
    params=(
        Param("ad_account_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
        Param("customer_list_id", "path", "str", required=True, max_length=18, pattern="^\\d+$"),
    ),
    body="CustomerListUpdateRequest",
    body_name="customer_list_update_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "CustomerList"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


class CustomerListsApi(ApiBase):
    """View, create, or update customer lists."""

    @calls(_CUSTOMER_LISTS_LIST)
    def customer_lists_list(
        self,
        ad_account_id: str,
        *,
        page_size: Optional[int] = None,
        order: Optional[str] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> CustomerListsListResponse:
        """Get customer lists (``GET /ad_accounts/{ad_account_id}/customer_lists``)

        Get a set of customer lists including id and name based on the filters provided.

        (Customer lists are a type of audience.) For more information, see
        [Audience targeting](https://help.pinterest.com/en/business/article/audience-targeting)
         or the [Audiences](https://developers.pinterest.com/docs/api-features/targeting-overview/)
        section of the ads management guide.

        :param ad_account_id: Unique identifier of an ad account.
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param order: The order in which to sort the items returned: “ASCENDING” or “DESCENDING” by ID. Note that
            higher-value IDs are associated with more-recently added items.
        :param bookmark: Cursor used to fetch the next page of items
        :returns: CustomerListsListResponse
        """
        return self.api_client.call(
            _CUSTOMER_LISTS_LIST,
            options,
            ad_account_id=ad_account_id,
            page_size=page_size,
            order=order,
            bookmark=bookmark,
        )

    customer_lists_list_with_http_info = WithHttpInfo("customer_lists_list")

    @calls(_CUSTOMER_LISTS_CREATE)
    def customer_lists_create(
        self,
        ad_account_id: str,
        customer_list_request: Union[CustomerListRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> CustomerList:
        """Create customer lists (``POST /ad_accounts/{ad_account_id}/customer_lists``)

        Create a customer list from your records(hashed or plain-text email addresses, or hashed MAIDs or IDFAs).

        A customer list is one of the four types of Pinterest audiences: for more information, see [Audience
        targeting](https://help.pinterest.com/en/business/article/audience-targeting)
        or the [Audiences](https://developers.pinterest.com/docs/api-features/targeting-overview/) section of the ads
        management guide.

        **Please review our
        [requirements](https://help.pinterest.com/en/business/article/audience-targeting#section-13341) for what type
        of information is allowed when uploading a customer list.**

        When you create a customer list, the system scans the list for existing Pinterest accounts;
        the list must include at least 100 Pinterest accounts. Your original list will be deleted when the matching
        process
        is complete. The filtered list – containing only the Pinterest accounts that were included in your starting
        list – is what will be used to create the audience.

        To use your customer list after creating it, convert it into a customer list audience by passing the
        `CUSTOMER_LIST` audience type at the [create audience
        endpoint](https://developers.pinterest.com/docs/api/v5/audiences-create).

        :param ad_account_id: Unique identifier of an ad account.
        :param customer_list_request: Parameters to get Customer lists info
        :returns: CustomerList
        """
        return self.api_client.call(
            _CUSTOMER_LISTS_CREATE, options, ad_account_id=ad_account_id, customer_list_request=customer_list_request
        )

    customer_lists_create_with_http_info = WithHttpInfo("customer_lists_create")

    @calls(_CUSTOMER_LISTS_GET)
    def customer_lists_get(
        self,
        ad_account_id: str,
        customer_list_id: str,
        **options: Unpack[CallOptions],
    ) -> CustomerList:
        """Get customer list (``GET /ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}``)

        Gets a specific customer list given the customer list ID.

        :param ad_account_id: Unique identifier of an ad account.
        :param customer_list_id: Unique identifier of a customer list
        :returns: CustomerList
        """
        return self.api_client.call(
            _CUSTOMER_LISTS_GET, options, ad_account_id=ad_account_id, customer_list_id=customer_list_id
        )

    customer_lists_get_with_http_info = WithHttpInfo("customer_lists_get")

    @calls(_CUSTOMER_LISTS_UPDATE)
    def customer_lists_update(
        self,
        ad_account_id: str,
        customer_list_id: str,
        customer_list_update_request: Union[CustomerListUpdateRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> CustomerList:
        """Update customer list (``PATCH /ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}``)

        Append or remove records to/from an existing customer list. (A customer list is one of the four types of
        Pinterest audiences.)

        When you add records to an existing customer list, the system scans the additions for existing Pinterest
        accounts; those are the records that will be added to your “CUSTOMER_LIST” audience. Your original list of
        records
        to add will be deleted when the matching process is complete.

        For more information, see [Audience
        targeting](https://help.pinterest.com/en/business/article/audience-targeting)
        or the [Audiences](https://developers.pinterest.com/docs/api-features/targeting-overview/)
        section of the ads management guide.

        :param ad_account_id: Unique identifier of an ad account.
        :param customer_list_id: Unique identifier of a customer list
        :param customer_list_update_request: The request body (CustomerListUpdateRequest).
        :returns: CustomerList
        """
        return self.api_client.call(
            _CUSTOMER_LISTS_UPDATE,
            options,
            ad_account_id=ad_account_id,
            customer_list_id=customer_list_id,
            customer_list_update_request=customer_list_update_request,
        )

    customer_lists_update_with_http_info = WithHttpInfo("customer_lists_update")
