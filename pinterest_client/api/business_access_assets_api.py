# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""BusinessAccessAssetsApi"""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, Param, WithHttpInfo, calls, renamed
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.business_asset_members_get_response import BusinessAssetMembersGetResponse
    from pinterest_client.model.business_asset_partners_get_response import BusinessAssetPartnersGetResponse
    from pinterest_client.model.business_assets_get_response import BusinessAssetsGetResponse
    from pinterest_client.model.business_member_assets_get_response import BusinessMemberAssetsGetResponse
    from pinterest_client.model.business_members_asset_access_delete_request import (
        BusinessMembersAssetAccessDeleteRequest,
    )
    from pinterest_client.model.business_partner_asset_access_get_response import BusinessPartnerAssetAccessGetResponse
    from pinterest_client.model.create_asset_group_body import CreateAssetGroupBody
    from pinterest_client.model.create_asset_group_response import CreateAssetGroupResponse
    from pinterest_client.model.delete_asset_group_body import DeleteAssetGroupBody
    from pinterest_client.model.delete_asset_group_response import DeleteAssetGroupResponse
    from pinterest_client.model.delete_member_access_results_response_array import (
        DeleteMemberAccessResultsResponseArray,
    )
    from pinterest_client.model.delete_partner_asset_access_body import DeletePartnerAssetAccessBody
    from pinterest_client.model.delete_partner_assets_results_response_array import (
        DeletePartnerAssetsResultsResponseArray,
    )
    from pinterest_client.model.partner_type import PartnerType
    from pinterest_client.model.permissions_with_owner import PermissionsWithOwner
    from pinterest_client.model.update_asset_group_body import UpdateAssetGroupBody
    from pinterest_client.model.update_asset_group_response import UpdateAssetGroupResponse
    from pinterest_client.model.update_member_asset_access_body import UpdateMemberAssetAccessBody
    from pinterest_client.model.update_member_assets_results_response_array import (
        UpdateMemberAssetsResultsResponseArray,
    )
    from pinterest_client.model.update_partner_asset_access_body import UpdatePartnerAssetAccessBody
    from pinterest_client.model.update_partner_assets_results_response_array import (
        UpdatePartnerAssetsResultsResponseArray,
    )


_BUSINESS_ASSET_MEMBERS_GET = Operation(
    "business_asset_members/get",
    "GET",
    "/businesses/{business_id}/assets/{asset_id}/members",
    params=(
        Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),
        Param("asset_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),
        Param("fetch_system_users", "query", "bool"),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("start_index", "query", "int", minimum=0),
    ),
    responses={"200": "BusinessAssetMembersGetResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_BUSINESS_ASSET_PARTNERS_GET = Operation(
    "business_asset_partners/get",
    "GET",
    "/businesses/{business_id}/assets/{asset_id}/partners",
    params=(
        Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),
        Param("asset_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),
        Param("start_index", "query", "int", minimum=0),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "BusinessAssetPartnersGetResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_BUSINESS_ASSETS_GET = Operation(
    "business_assets/get",
    "GET",
    "/businesses/{business_id}/assets",
    params=(
        Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),
        Param("permissions", "query", "list[PermissionsWithOwner]"),
        Param("child_asset_id", "query", "str", max_length=20, min_length=1, pattern="^\\d+$"),
        Param("asset_group_id", "query", "str", max_length=20, min_length=1, pattern="^\\d+$"),
        Param("asset_type", "query", "str", enum=("AD_ACCOUNT", "PROFILE", "ASSET_GROUP", "CATALOG", "CONSUMER")),
        Param("start_index", "query", "int", minimum=0),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "BusinessAssetsGetResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_BUSINESS_MEMBER_ASSETS_GET = Operation(
    "business_member_assets/get",
    "GET",
    "/businesses/{business_id}/members/{member_id}/assets",
    params=(
        Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),
        Param("member_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),
        Param("asset_type", "query", "str", enum=("AD_ACCOUNT", "PROFILE", "ASSET_GROUP", "CATALOG", "CONSUMER")),
        Param("start_index", "query", "int", minimum=0),
        Param("bookmark", "query", "str"),
        Param("page_size", "query", "int", maximum=250, minimum=1),
    ),
    responses={"200": "BusinessMemberAssetsGetResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_BUSINESS_MEMBERS_ASSET_ACCESS_DELETE = Operation(
    "business_members_asset_access/delete",
    "DELETE",
    "/businesses/{business_id}/members/assets/access",
    params=(Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),),
    body="BusinessMembersAssetAccessDeleteRequest",
    body_name="business_members_asset_access_delete_request",
    body_required=True,
    content_type="application/json",
    responses={"200": "DeleteMemberAccessResultsResponseArray"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_BUSINESS_MEMBERS_ASSET_ACCESS_UPDATE = Operation(
    "business_members_asset_access/update",
    "PATCH",
    "/businesses/{business_id}/members/assets/access",
    params=(Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),),
    body="UpdateMemberAssetAccessBody",
    body_name="update_member_asset_access_body",
    body_required=True,
    content_type="application/json",
    responses={"200": "UpdateMemberAssetsResultsResponseArray"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_DELETE_PARTNER_ASSET_ACCESS_HANDLER_IMPL = Operation(
    "delete_partner_asset_access_handler_impl",
    "DELETE",
    "/businesses/{business_id}/partners/assets",
    params=(Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),),
    body="DeletePartnerAssetAccessBody",
    body_name="delete_partner_asset_access_body",
    body_required=True,
    content_type="application/json",
    responses={"200": "DeletePartnerAssetsResultsResponseArray"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_UPDATE_PARTNER_ASSET_ACCESS_HANDLER_IMPL = Operation(
    "update_partner_asset_access_handler_impl",
    "PATCH",
    "/businesses/{business_id}/partners/assets",
    params=(Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),),
    body="UpdatePartnerAssetAccessBody",
    body_name="update_partner_asset_access_body",
    body_required=True,
    content_type="application/json",
    responses={"200": "UpdatePartnerAssetsResultsResponseArray"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_BUSINESS_PARTNER_ASSET_ACCESS_GET = Operation(
    "business_partner_asset_access/get",
    "GET",
    "/businesses/{business_id}/partners/{partner_id}/assets",
    params=(
        Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),
        Param("partner_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),
        Param("partner_type", "query", "PartnerType"),
        Param("asset_type", "query", "str", enum=("AD_ACCOUNT", "PROFILE", "ASSET_GROUP", "CATALOG", "CONSUMER")),
        Param("start_index", "query", "int", minimum=0),
        Param("page_size", "query", "int", maximum=250, minimum=1),
        Param("bookmark", "query", "str"),
    ),
    responses={"200": "BusinessPartnerAssetAccessGetResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_read",
)


_ASSET_GROUP_CREATE = Operation(
    "asset_group/create",
    "POST",
    "/businesses/{business_id}/asset_groups",
    params=(Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),),
    body="CreateAssetGroupBody",
    body_name="create_asset_group_body",
    body_required=True,
    content_type="application/json",
    responses={"200": "CreateAssetGroupResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_ASSET_GROUP_DELETE = Operation(
    "asset_group/delete",
    "DELETE",
    "/businesses/{business_id}/asset_groups",
    params=(Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),),
    body="DeleteAssetGroupBody",
    body_name="delete_asset_group_body",
    body_required=True,
    content_type="application/json",
    responses={"200": "DeleteAssetGroupResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


_ASSET_GROUP_UPDATE = Operation(
    "asset_group/update",
    "PATCH",
    "/businesses/{business_id}/asset_groups",
    params=(Param("business_id", "path", "str", required=True, max_length=20, min_length=1, pattern="^\\d+$"),),
    body="UpdateAssetGroupBody",
    body_name="update_asset_group_body",
    body_required=True,
    content_type="application/json",
    responses={"200": "UpdateAssetGroupResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="ads_write",
)


class BusinessAccessAssetsApi(ApiBase):
    """Operations tagged `business_access_assets`."""

    @calls(_BUSINESS_ASSET_MEMBERS_GET)
    def business_asset_members_get(
        self,
        business_id: str,
        asset_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        start_index: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> BusinessAssetMembersGetResponse:
        """Get members with access to asset (``GET /businesses/{business_id}/assets/{asset_id}/members``)

        Get all the members the requesting business has granted access to on the given asset.

        :param business_id: Unique identifier of the requesting business.
        :param asset_id: Unique identifier of a business asset.
        :param fetch_system_users: Fetches system users if True. Fetches regular user employees if False.
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param start_index: An index to start fetching the results from. Only the results starting from this index
            will be returned.
        :returns: BusinessAssetMembersGetResponse
        """
        return self.api_client.call(
            _BUSINESS_ASSET_MEMBERS_GET,
            options,
            business_id=business_id,
            asset_id=asset_id,
            fetch_system_users=fetch_system_users,
            bookmark=bookmark,
            page_size=page_size,
            start_index=start_index,
        )

    business_asset_members_get_with_http_info = WithHttpInfo("business_asset_members_get")

    @calls(_BUSINESS_ASSET_PARTNERS_GET)
    def business_asset_partners_get(
        self,
        business_id: str,
        asset_id: str,
        *,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> BusinessAssetPartnersGetResponse:
        """Get partners with access to asset (``GET /businesses/{business_id}/assets/{asset_id}/partners``)

        Get all the partners the requesting business has granted access to on the given asset.
        Note: If the asset has been shared with you, an empty array will be returned. This is because an asset shared
        with
        you cannot be shared with a different partner.

        :param business_id: Unique identifier of the requesting business.
        :param asset_id: Unique identifier of a business asset.
        :param start_index: An index to start fetching the results from. Only the results starting from this index
            will be returned.
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: BusinessAssetPartnersGetResponse
        """
        return self.api_client.call(
            _BUSINESS_ASSET_PARTNERS_GET,
            options,
            business_id=business_id,
            asset_id=asset_id,
            start_index=start_index,
            bookmark=bookmark,
            page_size=page_size,
        )

    business_asset_partners_get_with_http_info = WithHttpInfo("business_asset_partners_get")

    @calls(_BUSINESS_ASSETS_GET)
    def business_assets_get(
        self,
        business_id: str,
        *,
        permissions: Optional[List[Union[PermissionsWithOwner, str]]] = None,
        child_asset_id: Optional[str] = None,
        asset_group_id: Optional[str] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> BusinessAssetsGetResponse:
        """List business assets (``GET /businesses/{business_id}/assets``)

        Get all the assets the requesting business has access to. This includes assets the business owns and assets
        the business has access to through partnerships.

        :param business_id: Unique identifier of the requesting business.
        :param permissions: A list of asset permissions used to filter the assets. Only assets where the requesting
            business has at least one of the specified permissions will be returned.
        :param child_asset_id: A child asset unique identifier. Used to fetch asset groups that contain the asset id
            as a child.
        :param asset_group_id: An asset group unique identifier. Used to fetch assets contained within the specified
            asset group.
        :param asset_type: A resource type to filter the assets by. Only assets of the specified type will be
            returned.
        :param start_index: An index to start fetching the results from. Only the results starting from this index
            will be returned.
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: BusinessAssetsGetResponse
        """
        return self.api_client.call(
            _BUSINESS_ASSETS_GET,
            options,
            business_id=business_id,
            permissions=permissions,
            child_asset_id=child_asset_id,
            asset_group_id=asset_group_id,
            asset_type=asset_type,
            start_index=start_index,
            bookmark=bookmark,
            page_size=page_size,
        )

    business_assets_get_with_http_info = WithHttpInfo("business_assets_get")

    @calls(_BUSINESS_MEMBER_ASSETS_GET)
    def business_member_assets_get(
        self,
        business_id: str,
        member_id: str,
        *,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        **options: Unpack[CallOptions],
    ) -> BusinessMemberAssetsGetResponse:
        """Get assets assigned to a member (``GET /businesses/{business_id}/members/{member_id}/assets``)

        Get assets on which you assigned asset permissions to the given member. Can be used to:
        - get all assets, regardless of asset type or
        - get assets of one asset type by using the asset_type query.
        The return response will include the permissions the member has to that asset and the asset type.

        :param business_id: Unique identifier of the requesting business.
        :param member_id: The member id to fetch assets for.
        :param asset_type: A resource type to filter the assets by. Only assets of the specified type will be
            returned.
        :param start_index: An index to start fetching the results from. Only the results starting from this index
            will be returned.
        :param bookmark: Cursor used to fetch the next page of items
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :returns: BusinessMemberAssetsGetResponse
        """
        return self.api_client.call(
            _BUSINESS_MEMBER_ASSETS_GET,
            options,
            business_id=business_id,
            member_id=member_id,
            asset_type=asset_type,
            start_index=start_index,
            bookmark=bookmark,
            page_size=page_size,
        )

    business_member_assets_get_with_http_info = WithHttpInfo("business_member_assets_get")

    @calls(_BUSINESS_MEMBERS_ASSET_ACCESS_DELETE)
    def business_members_asset_access_delete(
        self,
        business_id: str,
        business_members_asset_access_delete_request: Optional[
            Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]]
        ] = None,
        *,
        inline_object: Optional[Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]]] = None,
        **options: Unpack[CallOptions],
    ) -> DeleteMemberAccessResultsResponseArray:
        """Delete member access to asset (``DELETE /businesses/{business_id}/members/assets/access``)

        Terminate multiple members' access to an asset.

        :param business_id: Unique identifier of the requesting business.
        :param business_members_asset_access_delete_request: List member assset permissions to delete.
        Deprecated: also accepts `inline_object=` for `business_members_asset_access_delete_request`.
        :returns: DeleteMemberAccessResultsResponseArray
        """
        business_members_asset_access_delete_request = renamed(
            "business_members_asset_access_delete",
            "business_members_asset_access_delete_request",
            business_members_asset_access_delete_request,
            {"inline_object": inline_object},
        )
        return self.api_client.call(
            _BUSINESS_MEMBERS_ASSET_ACCESS_DELETE,
            options,
            business_id=business_id,
            business_members_asset_access_delete_request=business_members_asset_access_delete_request,
        )

    business_members_asset_access_delete_with_http_info = WithHttpInfo("business_members_asset_access_delete")

    @calls(_BUSINESS_MEMBERS_ASSET_ACCESS_UPDATE)
    def business_members_asset_access_update(
        self,
        business_id: str,
        update_member_asset_access_body: Union[UpdateMemberAssetAccessBody, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> UpdateMemberAssetsResultsResponseArray:
        """Assign/Update member asset permissions (``PATCH /businesses/{business_id}/members/assets/access``)

        Grant multiple members access to assets and/or update multiple member's exisiting permissions to an asset.
        Note: Not all listed permissions are applicable to each asset type. For example, PROFILE_PUBLISHER would not
        be applicable to an asset of type AD_ACCOUNT. The permission level PROFILE_PUBLISHER is only available to an
        asset of the type PROFILE.

        :param business_id: Unique identifier of the requesting business.
        :param update_member_asset_access_body: List of member asset permissions to create or update.
        :returns: UpdateMemberAssetsResultsResponseArray
        """
        return self.api_client.call(
            _BUSINESS_MEMBERS_ASSET_ACCESS_UPDATE,
            options,
            business_id=business_id,
            update_member_asset_access_body=update_member_asset_access_body,
        )

    business_members_asset_access_update_with_http_info = WithHttpInfo("business_members_asset_access_update")

    @calls(_DELETE_PARTNER_ASSET_ACCESS_HANDLER_IMPL)
    def delete_partner_asset_access_handler_impl(
        self,
        business_id: str,
        delete_partner_asset_access_body: Union[DeletePartnerAssetAccessBody, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> DeletePartnerAssetsResultsResponseArray:
        """Delete partner access to asset (``DELETE /businesses/{business_id}/partners/assets``)

        Terminate multiple partners' access to an asset. If
        - partner_type=INTERNAL: You will terminate a partner's asset access to your business assets.
        - partner_type=EXTERNAL: You will terminate your own access to your partner's business assets.

        :param business_id: Unique identifier of the requesting business.
        :param delete_partner_asset_access_body: The request body (DeletePartnerAssetAccessBody).
        :returns: DeletePartnerAssetsResultsResponseArray
        """
        return self.api_client.call(
            _DELETE_PARTNER_ASSET_ACCESS_HANDLER_IMPL,
            options,
            business_id=business_id,
            delete_partner_asset_access_body=delete_partner_asset_access_body,
        )

    delete_partner_asset_access_handler_impl_with_http_info = WithHttpInfo("delete_partner_asset_access_handler_impl")

    @calls(_UPDATE_PARTNER_ASSET_ACCESS_HANDLER_IMPL)
    def update_partner_asset_access_handler_impl(
        self,
        business_id: str,
        update_partner_asset_access_body: Union[UpdatePartnerAssetAccessBody, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> UpdatePartnerAssetsResultsResponseArray:
        """Assign/Update partner asset permissions (``PATCH /businesses/{business_id}/partners/assets``)

        Grant multiple partners access to assets and/or update multiple partner's exisiting permissions to an asset.
        If your partner already had permissions on the asset, they will be overriden with the new permissions you
        assign to them.
        To learn more about permission levels, visit
        https://help.pinterest.com/en/business/article/business-manager-overview

        Note: Not all listed permissions are applicable to each asset type. For example, PROFILE_PUBLISHER would not
        be
        applicable to an asset of type AD_ACCOUNT. The permission level PROFILE_PUBLISHER is only available to an
        asset of
        the type PROFILE.

        :param business_id: Unique identifier of the requesting business.
        :param update_partner_asset_access_body: A list of assets and permissions to assign to your partners.
        :returns: UpdatePartnerAssetsResultsResponseArray
        """
        return self.api_client.call(
            _UPDATE_PARTNER_ASSET_ACCESS_HANDLER_IMPL,
            options,
            business_id=business_id,
            update_partner_asset_access_body=update_partner_asset_access_body,
        )

    update_partner_asset_access_handler_impl_with_http_info = WithHttpInfo("update_partner_asset_access_handler_impl")

    @calls(_BUSINESS_PARTNER_ASSET_ACCESS_GET)
    def business_partner_asset_access_get(
        self,
        business_id: str,
        partner_id: str,
        *,
        partner_type: Optional[Union[PartnerType, str]] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> BusinessPartnerAssetAccessGetResponse:
        """Get assets assigned to a partner or assets assigned by a partner (``GET
        /businesses/{business_id}/partners/{partner_id}/assets``)

        Can be used to get the business assets your partner has granted you access to or the business assets you have
        granted your partner access to. If you specify:
        - partner_type=INTERNAL, you will retrieve your business assets that the partner has access to.
        - partner_type=EXTERNAL, you will retrieve the partner's business assets that the partner has granted you
          access to.

        :param business_id: Unique identifier of the requesting business.
        :param partner_id: The partner id to be bound to the Business
        :param partner_type: Specifies whether to fetch internal or external (shared) partners. If
            partner_type=INTERNAL, the asset being queried is for accesses the partner has to your business assets.
            If partner_type=EXTERNAL, the asset being queried is for the accesses you have to the partner's business
            asset.
        :param asset_type: A resource type to filter the assets by. Only assets of the specified type will be
            returned.
        :param start_index: An index to start fetching the results from. Only the results starting from this index
            will be returned.
        :param page_size: Maximum number of items to include in a single page of the response. See documentation on
            [Pagination](https://developers.pinterest.com/docs/reference/pagination/) for more information.
        :param bookmark: Cursor used to fetch the next page of items
        :returns: BusinessPartnerAssetAccessGetResponse
        """
        return self.api_client.call(
            _BUSINESS_PARTNER_ASSET_ACCESS_GET,
            options,
            business_id=business_id,
            partner_id=partner_id,
            partner_type=partner_type,
            asset_type=asset_type,
            start_index=start_index,
            page_size=page_size,
            bookmark=bookmark,
        )

    business_partner_asset_access_get_with_http_info = WithHttpInfo("business_partner_asset_access_get")

    @calls(_ASSET_GROUP_CREATE)
    def asset_group_create(
        self,
        business_id: str,
        create_asset_group_body: Union[CreateAssetGroupBody, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> CreateAssetGroupResponse:
        """Create a new asset group. (``POST /businesses/{business_id}/asset_groups``)

        Create a new asset group with the specified parameters.
        - An [asset group](https://help.pinterest.com/en/business/article/asset-groups) is a custom group of assets
          based on how you’d like to manage your accounts.

        :param business_id: Unique identifier of the requesting business.
        :param create_asset_group_body: The request body (CreateAssetGroupBody).
        :returns: CreateAssetGroupResponse
        """
        return self.api_client.call(
            _ASSET_GROUP_CREATE, options, business_id=business_id, create_asset_group_body=create_asset_group_body
        )

    asset_group_create_with_http_info = WithHttpInfo("asset_group_create")

    @calls(_ASSET_GROUP_DELETE)
    def asset_group_delete(
        self,
        business_id: str,
        delete_asset_group_body: Union[DeleteAssetGroupBody, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> DeleteAssetGroupResponse:
        """Delete asset groups. (``DELETE /businesses/{business_id}/asset_groups``)

        Delete a batch of asset groups.

        :param business_id: Unique identifier of the requesting business.
        :param delete_asset_group_body: Request body used to delete asset groups
        :returns: DeleteAssetGroupResponse
        """
        return self.api_client.call(
            _ASSET_GROUP_DELETE, options, business_id=business_id, delete_asset_group_body=delete_asset_group_body
        )

    asset_group_delete_with_http_info = WithHttpInfo("asset_group_delete")

    @calls(_ASSET_GROUP_UPDATE)
    def asset_group_update(
        self,
        business_id: str,
        update_asset_group_body: Union[UpdateAssetGroupBody, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> UpdateAssetGroupResponse:
        """Update asset groups. (``PATCH /businesses/{business_id}/asset_groups``)

        Update a batch of asset groups with the specified parameters.

        :param business_id: Unique identifier of the requesting business.
        :param update_asset_group_body: The request body (UpdateAssetGroupBody).
        :returns: UpdateAssetGroupResponse
        """
        return self.api_client.call(
            _ASSET_GROUP_UPDATE, options, business_id=business_id, update_asset_group_body=update_asset_group_body
        )

    asset_group_update_with_http_info = WithHttpInfo("asset_group_update")
