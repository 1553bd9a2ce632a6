# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""BusinessAccessInviteApi"""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.auth_respond_invites_body import AuthRespondInvitesBody
    from pinterest_client.model.cancel_invites_body import CancelInvitesBody
    from pinterest_client.model.create_asset_access_request_body import CreateAssetAccessRequestBody
    from pinterest_client.model.create_asset_access_request_response import CreateAssetAccessRequestResponse
    from pinterest_client.model.create_asset_invites_request import CreateAssetInvitesRequest
    from pinterest_client.model.create_invites_results_response_array import CreateInvitesResultsResponseArray
    from pinterest_client.model.create_membership_or_partnership_invites_body import (
        CreateMembershipOrPartnershipInvitesBody,
    )
    from pinterest_client.model.delete_invites_results_response_array import DeleteInvitesResultsResponseArray
    from pinterest_client.model.get_invites_response import GetInvitesResponse
    from pinterest_client.model.invite_type import InviteType
    from pinterest_client.model.respond_to_invites_response_array import RespondToInvitesResponseArray
    from pinterest_client.model.update_invites_results_response_array import UpdateInvitesResultsResponseArray


_RESPOND_BUSINESS_ACCESS_INVITES = Operation(
    "respond_business_access_invites",
    "PATCH",
    "/businesses/invites",
    body="AuthRespondInvitesBody",
    body_name="auth_respond_invites_body",
    body_required=True,
    content_type="application/json",
    responses={"200": "RespondToInvitesResponseArray"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_CREATE_ASSET_INVITES = Operation(
    "create_asset_invites",
    "POST",
    "/businesses/{business_id}/invites/assets/access",
    params=(Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),),
    body="CreateAssetInvitesRequest",
    body_name="create_asset_invites_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "UpdateInvitesResultsResponseArray"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_ASSET_ACCESS_REQUESTS_CREATE = Operation(
    "asset_access_requests/create",
    "POST",
    "/businesses/{business_id}/requests/assets/access",
    params=(Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),),
    body="CreateAssetAccessRequestBody",
    body_name="create_asset_access_request_body",
    body_required=True,
    content_type="application/json",
    responses={"200": "CreateAssetAccessRequestResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_GET_INVITES = Operation(
    "get/invites",
    "GET",
    "/businesses/{business_id}/invites",
    params=(
        Param("business_id", "path", "str", required=True, min_length=1, pattern="^\\d+$"),
        Param("is_member", "query", "bool"),
        Param("invite_status", "query", "list[str]", items={"enum": ("PENDING", "EXPIRED")}, max_length=2, min_items=1),
        Param("invite_type", "query", "InviteType"),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "GetInvitesResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_CREATE_MEMBERSHIP_OR_PARTNERSHIP_INVITES = Operation(
    "create_membership_or_partnership_invites",
    "POST",
    "/businesses/{business_id}/invites",
    params=(Param("business_id", "path", "str", required=True, min_length=1, pattern="^\\d+$"),),
    body="CreateMembershipOrPartnershipInvitesBody",
    body_name="create_membership_or_partnership_invites_body",
    body_required=True,
    content_type="application/json",
    responses={"200": "CreateInvitesResultsResponseArray"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_CANCEL_INVITES_OR_REQUESTS = Operation(
    "cancel_invites_or_requests",
    "DELETE",
    "/businesses/{business_id}/invites",
    params=(Param("business_id", "path", "str", required=True, min_length=1, pattern="^\\d+$"),),
    body="CancelInvitesBody",
    body_name="cancel_invites_body",
    body_required=True,
    content_type="application/json",
    responses={"200": "DeleteInvitesResultsResponseArray"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


class BusinessAccessInviteApi(ApiBase):
    """Operations tagged `business_access_invite`."""

    @calls(_RESPOND_BUSINESS_ACCESS_INVITES)
    def respond_business_access_invites(
        self,
        auth_respond_invites_body: Union[AuthRespondInvitesBody, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> RespondToInvitesResponseArray:
        """Accept or decline an invite/request (``PATCH /businesses/invites``)

        Accept or decline invites or requests.

        :param auth_respond_invites_body: An object with a list of all the invites the user would like to respond to
            and the action to take.
        :returns: RespondToInvitesResponseArray
        """
        return self.api_client.call(
            _RESPOND_BUSINESS_ACCESS_INVITES, options, auth_respond_invites_body=auth_respond_invites_body
        )

    respond_business_access_invites_with_http_info = WithHttpInfo("respond_business_access_invites")

    @calls(_CREATE_ASSET_INVITES)
    def create_asset_invites(
        self,
        business_id: str,
        create_asset_invites_request: Union[CreateAssetInvitesRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> UpdateInvitesResultsResponseArray:
        """Update invite/request with an asset permission (``POST /businesses/{business_id}/invites/assets/access``)

        Assign asset permissions information to an existing invite/request. Can be used to:
        - Request access to a partner's asset. Note: This is only for when no existing partnership exists. If an
          existing
          partnership exists, use "Create a request to access an existing partner's assets" to request access to your
          partner's assets.
        - invite_type="PARTNER_REQUEST"
        - Invite a partner to access your business assets. Note: This is only for when there is no existing
          partnership.
          If there is an existing partnership, use "Assign/Update partner asset permissions" to assign a partner
          access to
          new assets.
        - invite_type="PARTNER_INVITE"
        - Invite a member to access your business assets. Note: This is only for when there is no existing
          membership.
          If there is an existing membership, use "Assign/Update member asset permissions" to assign a member access
          to new
          assets.
        - invite_type="MEMBER_INVITE"

        To learn more about permission levels, visit
        https://help.pinterest.com/en/business/article/business-manager-overview.

        :param business_id: Unique identifier of the requesting business.
        :param create_asset_invites_request: A list of invites/requests together with the asset permissions to be
            assigned to the invite/request.
        :returns: UpdateInvitesResultsResponseArray
        """
        return self.api_client.call(
            _CREATE_ASSET_INVITES,
            options,
            business_id=business_id,
            create_asset_invites_request=create_asset_invites_request,
        )

    create_asset_invites_with_http_info = WithHttpInfo("create_asset_invites")

    @calls(_ASSET_ACCESS_REQUESTS_CREATE)
    def asset_access_requests_create(
        self,
        business_id: str,
        create_asset_access_request_body: Union[CreateAssetAccessRequestBody, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> CreateAssetAccessRequestResponse:
        """Create a request to access an existing partner's assets. (``POST
        /businesses/{business_id}/requests/assets/access``)

        Create a request to access an existing partner's assets with the specified permissions. The request will be
        sent to the partner for approval. The assets that can be requested are ad accounts and profiles.

        :param business_id: Unique identifier of the requesting business.
        :param create_asset_access_request_body: An object containing a list of all the asset access requests
        :returns: CreateAssetAccessRequestResponse
        """
        return self.api_client.call(
            _ASSET_ACCESS_REQUESTS_CREATE,
            options,
            business_id=business_id,
            create_asset_access_request_body=create_asset_access_request_body,
        )

    asset_access_requests_create_with_http_info = WithHttpInfo("asset_access_requests_create")

    @calls(_GET_INVITES)
    def get_invites(
        self,
        business_id: str,
        *,
        is_member: Optional[bool] = None,
        invite_status: Optional[List[str]] = None,
        invite_type: Optional[Union[InviteType, str]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> GetInvitesResponse:
        """Get invites/requests (``GET /businesses/{business_id}/invites``)

        Get the membership/partnership invites and/or requests for the authorized user.

        :param business_id: Unique identifier of the requesting business.
        :param is_member: A boolean field to indicate whether the invite is to create a partnership or a membership.
        :param invite_status: A list of invite statuses to filter invites by. Only invites whose status is in the
            provided statuses will be returned.
        :param invite_type: Invite type to filter invites by. Only invites of the specified type will be returned.
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: GetInvitesResponse
        """
        return self.api_client.call(
            _GET_INVITES,
            options,
            business_id=business_id,
            is_member=is_member,
            invite_status=invite_status,
            invite_type=invite_type,
            bookmark=bookmark,
            page_size=page_size,
        )

    get_invites_with_http_info = WithHttpInfo("get_invites")

    @calls(_CREATE_MEMBERSHIP_OR_PARTNERSHIP_INVITES)
    def create_membership_or_partnership_invites(
        self,
        business_id: str,
        create_membership_or_partnership_invites_body: Union[CreateMembershipOrPartnershipInvitesBody, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> CreateInvitesResultsResponseArray:
        """Create invites or requests (``POST /businesses/{business_id}/invites``)

        Create batch invites or requests. Can create batch invites or requests as described below.
        - Invite members to join the business. This would required specifying the following:
        - invite_type="MEMBER_INVITE"
        - business_role="EMPLOYEE" OR business_role="BIZ_ADMIN" (To learn more about business roles, visit
            https://help.pinterest.com/en/business/article/profile-permissions-in-business-access.)
        - members
        - Invite partners to access your business assets. This would require specifying the following:
        - invite_type="PARTNER_INVITE"
        - business_role="PARTNER"
        - partners
        - Request to be a partner so you can access their assets. This would require specifying the following:
        - invite_type="PARTNER_REQUEST"
        - business_role="PARTNER"
        - partners

        :param business_id: Unique identifier of the requesting business.
        :param create_membership_or_partnership_invites_body: An object with the properties: invite_type, partners,
            members, business_role
        :returns: CreateInvitesResultsResponseArray
        """
        return self.api_client.call(
            _CREATE_MEMBERSHIP_OR_PARTNERSHIP_INVITES,
            options,
            business_id=business_id,
            create_membership_or_partnership_invites_body=create_membership_or_partnership_invites_body,
        )

    create_membership_or_partnership_invites_with_http_info = WithHttpInfo("create_membership_or_partnership_invites")

    @calls(_CANCEL_INVITES_OR_REQUESTS)
    def cancel_invites_or_requests(
        self,
        business_id: str,
        cancel_invites_body: Union[CancelInvitesBody, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> DeleteInvitesResultsResponseArray:
        """Cancel invites/requests (``DELETE /businesses/{business_id}/invites``)

        Cancel membership/partnership invites and/or requests.

        :param business_id: Unique identifier of the requesting business.
        :param cancel_invites_body: A list with invite ids
        :returns: DeleteInvitesResultsResponseArray
        """
        return self.api_client.call(
            _CANCEL_INVITES_OR_REQUESTS, options, business_id=business_id, cancel_invites_body=cancel_invites_body
        )

    cancel_invites_or_requests_with_http_info = WithHttpInfo("cancel_invites_or_requests")
