# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""BusinessAccessRelationshipsApi"""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.brand_accounts_create_request import BrandAccountsCreateRequest
    from pinterest_client.model.brand_accounts_create_response import BrandAccountsCreateResponse
    from pinterest_client.model.brand_accounts_update_request import BrandAccountsUpdateRequest
    from pinterest_client.model.brand_accounts_update_response import BrandAccountsUpdateResponse
    from pinterest_client.model.delete_partners_request import DeletePartnersRequest
    from pinterest_client.model.delete_partners_response import DeletePartnersResponse
    from pinterest_client.model.deleted_members_response import DeletedMembersResponse
    from pinterest_client.model.get_business_employers_response import GetBusinessEmployersResponse
    from pinterest_client.model.get_business_members_response import GetBusinessMembersResponse
    from pinterest_client.model.get_business_partners_response import GetBusinessPartnersResponse
    from pinterest_client.model.member_business_role import MemberBusinessRole
    from pinterest_client.model.members_to_delete_body import MembersToDeleteBody
    from pinterest_client.model.partner_type import PartnerType
    from pinterest_client.model.system_user_update_request import SystemUserUpdateRequest
    from pinterest_client.model.update_member_business_role_body import UpdateMemberBusinessRoleBody
    from pinterest_client.model.update_member_results_response_array import UpdateMemberResultsResponseArray


_GET_BUSINESS_EMPLOYERS = Operation(
    "get/business_employers",
    "GET",
    "/businesses/employers",
    params=(
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("bookmark", "query", "str"),
    ),
    responses={"200": "GetBusinessEmployersResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_SYSTEM_USER_UPDATE = Operation(
    "system_user/update",
    "PATCH",
    "/businesses/{business_id}/system_users/{system_user_id}",
    params=(
        Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),
        Param("system_user_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),
    ),
    body="SystemUserUpdateRequest",
    body_name="system_user_update_request",
    body_required=True,
    content_type="application/json",
    responses={"200": None},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_GET_BUSINESS_MEMBERS = Operation(
    "get/business_members",
    "GET",
    "/businesses/{business_id}/members",
    params=(
        Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),
        Param("fetch_system_users", "query", "bool"),
        Param("assets_summary", "query", "bool"),
        Param("business_roles", "query", "list[MemberBusinessRole]"),
        Param("member_ids", "query", "str", max_length=500),
        Param("start_index", "query", "int", minimum=0),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "GetBusinessMembersResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_DELETE_BUSINESS_MEMBERSHIP = Operation(
    "delete_business_membership",
    "DELETE",
    "/businesses/{business_id}/members",
    params=(Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),),
    body="MembersToDeleteBody",
    body_name="members_to_delete_body",
    body_required=True,
    content_type="application/json",
    responses={"200": "DeletedMembersResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_UPDATE_BUSINESS_MEMBERSHIPS = Operation(
    "update/business_memberships",
    "PATCH",
    "/businesses/{business_id}/members",
    params=(Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),),
    body="list[UpdateMemberBusinessRoleBody]",
    body_name="update_member_business_role_body",
    body_required=True,
    content_type="application/json",
    responses={"200": "UpdateMemberResultsResponseArray"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_GET_BUSINESS_PARTNERS = Operation(
    "get/business_partners",
    "GET",
    "/businesses/{business_id}/partners",
    params=(
        Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),
        Param("assets_summary", "query", "bool"),
        Param("partner_type", "query", "PartnerType"),
        Param("partner_ids", "query", "str", max_length=500),
        Param("start_index", "query", "int", minimum=0),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("bookmark", "query", "str"),
    ),
    responses={"200": "GetBusinessPartnersResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_DELETE_BUSINESS_PARTNERS = Operation(
    "delete_business_partners",
    "DELETE",
    "/businesses/{business_id}/partners",
    params=(Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),),
    body="DeletePartnersRequest",
    body_name="delete_partners_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "DeletePartnersResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_BRAND_ACCOUNTS_CREATE = Operation(
    "brand_accounts/create",
    "POST",
    "/business_access/business_hierarchy/{business_hierarchy_id}/brand_accounts",
    params=(
        Param("business_hierarchy_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),
    ),
    body="BrandAccountsCreateRequest",
    body_name="brand_accounts_create_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "BrandAccountsCreateResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_BRAND_ACCOUNTS_UPDATE = Operation(
    "brand_accounts/update",
    "PATCH",
    "/business_access/business_hierarchy/{business_hierarchy_id}/brand_accounts/{brand_account_id}",
    params=(
        Param("business_hierarchy_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),
        Param("brand_account_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),
    ),
    body="BrandAccountsUpdateRequest",
    body_name="brand_accounts_update_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "BrandAccountsUpdateResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


class BusinessAccessRelationshipsApi(ApiBase):
    """Operations tagged `business_access_relationships`."""

    @calls(_GET_BUSINESS_EMPLOYERS)
    def get_business_employers(
        self,
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> GetBusinessEmployersResponse:
        """List business employers for user (``GET /businesses/employers``)

        Get all of the viewing user's business employers.

        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param bookmark: Cursor used to fetch the next page of items
        :returns: GetBusinessEmployersResponse
        """
        return self.api_client.call(_GET_BUSINESS_EMPLOYERS, options, page_size=page_size, bookmark=bookmark)

    get_business_employers_with_http_info = WithHttpInfo("get_business_employers")

    @calls(_SYSTEM_USER_UPDATE)
    def system_user_update(
        self,
        business_id: str,
        system_user_id: str,
        system_user_update_request: Union[SystemUserUpdateRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> None:
        """Update a system user information. (``PATCH /businesses/{business_id}/system_users/{system_user_id}``)

        Update a system user information such as name.

        :param business_id: Unique identifier of the requesting business.
        :param system_user_id: Unique identifier of a system user.
        :param system_user_update_request: The request body (SystemUserUpdateRequest).
        :returns: None
        """
        return self.api_client.call(
            _SYSTEM_USER_UPDATE,
            options,
            business_id=business_id,
            system_user_id=system_user_id,
            system_user_update_request=system_user_update_request,
        )

    system_user_update_with_http_info = WithHttpInfo("system_user_update")

    @calls(_GET_BUSINESS_MEMBERS)
    def get_business_members(
        self,
        business_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        assets_summary: Optional[bool] = None,
        business_roles: Optional[List[Union[MemberBusinessRole, str]]] = None,
        member_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> GetBusinessMembersResponse:
        """Get business members (``GET /businesses/{business_id}/members``)

        Get all members of the specified business.
        The return response will include the member's business_role and assets they have access to if
        assets_summary=TRUE

        :param business_id: Unique identifier of the requesting business.
        :param fetch_system_users: Fetches system users if True. Fetches regular user employees if False.
        :param assets_summary: Include assets summary in the response if this is true. The assets summary returns a
            dictionary representing a summary of the assets for the business user ID, with information like the ad
            accounts and profiles the user has permissions for and what those permissions are
        :param business_roles: A list of business roles to filter the members by. Only members whose roles are in the
            specified roles will be returned.
        :param member_ids: A list of business members ids separated by comma.
        :param start_index: An index to start fetching the results from. Only the results starting from this index
            will be returned.
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: GetBusinessMembersResponse
        """
        return self.api_client.call(
            _GET_BUSINESS_MEMBERS,
            options,
            business_id=business_id,
            fetch_system_users=fetch_system_users,
            assets_summary=assets_summary,
            business_roles=business_roles,
            member_ids=member_ids,
            start_index=start_index,
            bookmark=bookmark,
            page_size=page_size,
        )

    get_business_members_with_http_info = WithHttpInfo("get_business_members")

    @calls(_DELETE_BUSINESS_MEMBERSHIP)
    def delete_business_membership(
        self,
        business_id: str,
        members_to_delete_body: Union[MembersToDeleteBody, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> DeletedMembersResponse:
        """Terminate business memberships (``DELETE /businesses/{business_id}/members``)

        Terminate memberships between the specified members and your business.

        :param business_id: Business id
        :param members_to_delete_body: List of members with role to delete.
        :returns: DeletedMembersResponse
        """
        return self.api_client.call(
            _DELETE_BUSINESS_MEMBERSHIP, options, business_id=business_id, members_to_delete_body=members_to_delete_body
        )

    delete_business_membership_with_http_info = WithHttpInfo("delete_business_membership")

    @calls(_UPDATE_BUSINESS_MEMBERSHIPS)
    def update_business_memberships(
        self,
        business_id: str,
        update_member_business_role_body: List[UpdateMemberBusinessRoleBody],
        **options: Unpack[CallOptions],
    ) -> UpdateMemberResultsResponseArray:
        """Update member's business role (``PATCH /businesses/{business_id}/members``)

        Update a member's business role within the business.

        :param business_id: Business id
        :param update_member_business_role_body: List of objects with the member id and the business_role.
        :returns: UpdateMemberResultsResponseArray
        """
        return self.api_client.call(
            _UPDATE_BUSINESS_MEMBERSHIPS,
            options,
            business_id=business_id,
            update_member_business_role_body=update_member_business_role_body,
        )

    update_business_memberships_with_http_info = WithHttpInfo("update_business_memberships")

    @calls(_GET_BUSINESS_PARTNERS)
    def get_business_partners(
        self,
        business_id: str,
        *,
        assets_summary: Optional[bool] = None,
        partner_type: Optional[Union[PartnerType, str]] = None,
        partner_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> GetBusinessPartnersResponse:
        """Get business partners (``GET /businesses/{business_id}/partners``)

        Get all partners of the specified business.

        If the assets_summary=TRUE and:
        - partner_type=INTERNAL, the business assets returned are your business assets the partner has access to.
        - partner_type=EXTERNAL, the business assets returned are your partner's business assets the partner has
          granted you
          access to.

        :param business_id: Unique identifier of the requesting business.
        :param assets_summary: Include assets summary in the response if this is true. The assets summary returns a
            dictionary representing a summary of the assets for the business user ID, with information like the ad
            accounts and profiles the user has permissions for and what those permissions are
        :param partner_type: Specifies whether to fetch internal or external (shared) partners. If
            partner_type=INTERNAL, the asset being queried is for accesses the partner has to your business assets.
            If partner_type=EXTERNAL, the asset being queried is for the accesses you have to the partner's business
            asset.
        :param partner_ids: A list of business partner ids separated by commas used to filter the results. Only
            partners with the specified ids will be returned.
        :param start_index: An index to start fetching the results from. Only the results starting from this index
            will be returned.
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param bookmark: Cursor used to fetch the next page of items
        :returns: GetBusinessPartnersResponse
        """
        return self.api_client.call(
            _GET_BUSINESS_PARTNERS,
            options,
            business_id=business_id,
            assets_summary=assets_summary,
            partner_type=partner_type,
            partner_ids=partner_ids,
            start_index=start_index,
            page_size=page_size,
            bookmark=bookmark,
        )

    get_business_partners_with_http_info = WithHttpInfo("get_business_partners")

    @calls(_DELETE_BUSINESS_PARTNERS)
    def delete_business_partners(
        self,
        business_id: str,
        delete_partners_request: Union[DeletePartnersRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> DeletePartnersResponse:
        """Terminate business partnerships (``DELETE /businesses/{business_id}/partners``)

        Terminate partnerships between the specified partners and your business.
        Note: You may only batch terminate partners of the same partner type.

        :param business_id: Unique identifier of the requesting business.
        :param delete_partners_request: An object containing a "partner_ids" property composed of a list of partner
            IDs and a "partners_type" property specifying the type of partners to delete.
        :returns: DeletePartnersResponse
        """
        return self.api_client.call(
            _DELETE_BUSINESS_PARTNERS, options, business_id=business_id, delete_partners_request=delete_partners_request
        )

    delete_business_partners_with_http_info = WithHttpInfo("delete_business_partners")

    @calls(_BRAND_ACCOUNTS_CREATE)
    def brand_accounts_create(
        self,
        business_hierarchy_id: str,
        brand_accounts_create_request: Union[BrandAccountsCreateRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> BrandAccountsCreateResponse:
        """Create a Brand Account (``POST /business_access/business_hierarchy/{business_hierarchy_id}/brand_accounts``)

        Create a Brand Account that will be a child business of a business hierarchy. Request must contain name,
        username, and country.

        :param business_hierarchy_id: business hierarchy node id
        :param brand_accounts_create_request: The request body (BrandAccountsCreateRequest).
        :returns: BrandAccountsCreateResponse
        """
        return self.api_client.call(
            _BRAND_ACCOUNTS_CREATE,
            options,
            business_hierarchy_id=business_hierarchy_id,
            brand_accounts_create_request=brand_accounts_create_request,
        )

    brand_accounts_create_with_http_info = WithHttpInfo("brand_accounts_create")

    @calls(_BRAND_ACCOUNTS_UPDATE)
    def brand_accounts_update(
        self,
        business_hierarchy_id: str,
        brand_account_id: str,
        brand_accounts_update_request: Union[BrandAccountsUpdateRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> BrandAccountsUpdateResponse:
        """Update a Brand Account (``PATCH
        /business_access/business_hierarchy/{business_hierarchy_id}/brand_accounts/{brand_account_id}``)

        Update an existing Brand Account

        :param business_hierarchy_id: business hierarchy node id
        :param brand_account_id: Unique identifier of a brand account.
        :param brand_accounts_update_request: The request body (BrandAccountsUpdateRequest).
        :returns: BrandAccountsUpdateResponse
        """
        return self.api_client.call(
            _BRAND_ACCOUNTS_UPDATE,
            options,
            business_hierarchy_id=business_hierarchy_id,
            brand_account_id=brand_account_id,
            brand_accounts_update_request=brand_accounts_update_request,
        )

    brand_accounts_update_with_http_info = WithHttpInfo("brand_accounts_update")
