# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""BusinessAccessAssetsApi"""

from typing import Any, Dict, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.business_asset_members_get_response import BusinessAssetMembersGetResponse
from pinterest_client.model.business_asset_partners_get_response import BusinessAssetPartnersGetResponse
from pinterest_client.model.business_assets_get_response import BusinessAssetsGetResponse
from pinterest_client.model.business_member_assets_get_response import BusinessMemberAssetsGetResponse
from pinterest_client.model.business_members_asset_access_delete_request import BusinessMembersAssetAccessDeleteRequest
from pinterest_client.model.business_partner_asset_access_get_response import BusinessPartnerAssetAccessGetResponse
from pinterest_client.model.create_asset_group_body import CreateAssetGroupBody
from pinterest_client.model.create_asset_group_response import CreateAssetGroupResponse
from pinterest_client.model.delete_asset_group_body import DeleteAssetGroupBody
from pinterest_client.model.delete_asset_group_response import DeleteAssetGroupResponse
from pinterest_client.model.delete_member_access_results_response_array import DeleteMemberAccessResultsResponseArray
from pinterest_client.model.delete_partner_asset_access_body import DeletePartnerAssetAccessBody
from pinterest_client.model.delete_partner_assets_results_response_array import DeletePartnerAssetsResultsResponseArray
from pinterest_client.model.partner_type import PartnerType, PartnerTypeValue
from pinterest_client.model.permissions_with_owner import PermissionsWithOwner, PermissionsWithOwnerValue
from pinterest_client.model.update_asset_group_body import UpdateAssetGroupBody
from pinterest_client.model.update_asset_group_response import UpdateAssetGroupResponse
from pinterest_client.model.update_member_asset_access_body import UpdateMemberAssetAccessBody
from pinterest_client.model.update_member_assets_results_response_array import UpdateMemberAssetsResultsResponseArray
from pinterest_client.model.update_partner_asset_access_body import UpdatePartnerAssetAccessBody
from pinterest_client.model.update_partner_assets_results_response_array import UpdatePartnerAssetsResultsResponseArray

_BUSINESS_ASSET_MEMBERS_GET: Operation
_BUSINESS_ASSET_PARTNERS_GET: Operation
_BUSINESS_ASSETS_GET: Operation
_BUSINESS_MEMBER_ASSETS_GET: Operation
_BUSINESS_MEMBERS_ASSET_ACCESS_DELETE: Operation
_BUSINESS_MEMBERS_ASSET_ACCESS_UPDATE: Operation
_DELETE_PARTNER_ASSET_ACCESS_HANDLER_IMPL: Operation
_UPDATE_PARTNER_ASSET_ACCESS_HANDLER_IMPL: Operation
_BUSINESS_PARTNER_ASSET_ACCESS_GET: Operation
_ASSET_GROUP_CREATE: Operation
_ASSET_GROUP_DELETE: Operation
_ASSET_GROUP_UPDATE: Operation

class BusinessAccessAssetsApi(ApiBase):
    """Operations tagged `business_access_assets`."""
    @overload
    def business_asset_members_get(
        self,
        business_id: str,
        asset_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        start_index: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BusinessAssetMembersGetResponse: ...
    @overload
    def business_asset_members_get(
        self,
        business_id: str,
        asset_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        start_index: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BusinessAssetMembersGetResponse]: ...
    @overload
    def business_asset_members_get(
        self,
        business_id: str,
        asset_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        start_index: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def business_asset_members_get(
        self,
        business_id: str,
        asset_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        start_index: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BusinessAssetMembersGetResponse]: ...
    @overload
    def business_asset_members_get(
        self,
        business_id: str,
        asset_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        start_index: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BusinessAssetMembersGetResponse]]: ...
    @overload
    def business_asset_members_get(
        self,
        business_id: str,
        asset_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        start_index: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def business_asset_members_get(
        self,
        business_id: str,
        asset_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        start_index: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        BusinessAssetMembersGetResponse, ApiResponse[BusinessAssetMembersGetResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def business_asset_members_get_with_http_info(
        self,
        business_id: str,
        asset_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        start_index: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BusinessAssetMembersGetResponse]: ...
    @overload
    def business_asset_members_get_with_http_info(
        self,
        business_id: str,
        asset_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        start_index: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def business_asset_members_get_with_http_info(
        self,
        business_id: str,
        asset_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        start_index: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BusinessAssetMembersGetResponse]]: ...
    @overload
    def business_asset_members_get_with_http_info(
        self,
        business_id: str,
        asset_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        start_index: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def business_asset_members_get_with_http_info(
        self,
        business_id: str,
        asset_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        start_index: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BusinessAssetMembersGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def business_asset_partners_get(
        self,
        business_id: str,
        asset_id: str,
        *,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BusinessAssetPartnersGetResponse: ...
    @overload
    def business_asset_partners_get(
        self,
        business_id: str,
        asset_id: str,
        *,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BusinessAssetPartnersGetResponse]: ...
    @overload
    def business_asset_partners_get(
        self,
        business_id: str,
        asset_id: str,
        *,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def business_asset_partners_get(
        self,
        business_id: str,
        asset_id: str,
        *,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BusinessAssetPartnersGetResponse]: ...
    @overload
    def business_asset_partners_get(
        self,
        business_id: str,
        asset_id: str,
        *,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BusinessAssetPartnersGetResponse]]: ...
    @overload
    def business_asset_partners_get(
        self,
        business_id: str,
        asset_id: str,
        *,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def business_asset_partners_get(
        self,
        business_id: str,
        asset_id: str,
        *,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        BusinessAssetPartnersGetResponse, ApiResponse[BusinessAssetPartnersGetResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def business_asset_partners_get_with_http_info(
        self,
        business_id: str,
        asset_id: str,
        *,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BusinessAssetPartnersGetResponse]: ...
    @overload
    def business_asset_partners_get_with_http_info(
        self,
        business_id: str,
        asset_id: str,
        *,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def business_asset_partners_get_with_http_info(
        self,
        business_id: str,
        asset_id: str,
        *,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BusinessAssetPartnersGetResponse]]: ...
    @overload
    def business_asset_partners_get_with_http_info(
        self,
        business_id: str,
        asset_id: str,
        *,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def business_asset_partners_get_with_http_info(
        self,
        business_id: str,
        asset_id: str,
        *,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BusinessAssetPartnersGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def business_assets_get(
        self,
        business_id: str,
        *,
        permissions: Optional[List[Union[PermissionsWithOwner, PermissionsWithOwnerValue]]] = None,
        child_asset_id: Optional[str] = None,
        asset_group_id: Optional[str] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BusinessAssetsGetResponse: ...
    @overload
    def business_assets_get(
        self,
        business_id: str,
        *,
        permissions: Optional[List[Union[PermissionsWithOwner, PermissionsWithOwnerValue]]] = None,
        child_asset_id: Optional[str] = None,
        asset_group_id: Optional[str] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BusinessAssetsGetResponse]: ...
    @overload
    def business_assets_get(
        self,
        business_id: str,
        *,
        permissions: Optional[List[Union[PermissionsWithOwner, PermissionsWithOwnerValue]]] = None,
        child_asset_id: Optional[str] = None,
        asset_group_id: Optional[str] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def business_assets_get(
        self,
        business_id: str,
        *,
        permissions: Optional[List[Union[PermissionsWithOwner, PermissionsWithOwnerValue]]] = None,
        child_asset_id: Optional[str] = None,
        asset_group_id: Optional[str] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BusinessAssetsGetResponse]: ...
    @overload
    def business_assets_get(
        self,
        business_id: str,
        *,
        permissions: Optional[List[Union[PermissionsWithOwner, PermissionsWithOwnerValue]]] = None,
        child_asset_id: Optional[str] = None,
        asset_group_id: Optional[str] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BusinessAssetsGetResponse]]: ...
    @overload
    def business_assets_get(
        self,
        business_id: str,
        *,
        permissions: Optional[List[Union[PermissionsWithOwner, PermissionsWithOwnerValue]]] = None,
        child_asset_id: Optional[str] = None,
        asset_group_id: Optional[str] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def business_assets_get(
        self,
        business_id: str,
        *,
        permissions: Optional[List[Union[PermissionsWithOwner, PermissionsWithOwnerValue]]] = None,
        child_asset_id: Optional[str] = None,
        asset_group_id: Optional[str] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[BusinessAssetsGetResponse, ApiResponse[BusinessAssetsGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def business_assets_get_with_http_info(
        self,
        business_id: str,
        *,
        permissions: Optional[List[Union[PermissionsWithOwner, PermissionsWithOwnerValue]]] = None,
        child_asset_id: Optional[str] = None,
        asset_group_id: Optional[str] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BusinessAssetsGetResponse]: ...
    @overload
    def business_assets_get_with_http_info(
        self,
        business_id: str,
        *,
        permissions: Optional[List[Union[PermissionsWithOwner, PermissionsWithOwnerValue]]] = None,
        child_asset_id: Optional[str] = None,
        asset_group_id: Optional[str] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def business_assets_get_with_http_info(
        self,
        business_id: str,
        *,
        permissions: Optional[List[Union[PermissionsWithOwner, PermissionsWithOwnerValue]]] = None,
        child_asset_id: Optional[str] = None,
        asset_group_id: Optional[str] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BusinessAssetsGetResponse]]: ...
    @overload
    def business_assets_get_with_http_info(
        self,
        business_id: str,
        *,
        permissions: Optional[List[Union[PermissionsWithOwner, PermissionsWithOwnerValue]]] = None,
        child_asset_id: Optional[str] = None,
        asset_group_id: Optional[str] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def business_assets_get_with_http_info(
        self,
        business_id: str,
        *,
        permissions: Optional[List[Union[PermissionsWithOwner, PermissionsWithOwnerValue]]] = None,
        child_asset_id: Optional[str] = None,
        asset_group_id: Optional[str] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BusinessAssetsGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def business_member_assets_get(
        self,
        business_id: str,
        member_id: str,
        *,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BusinessMemberAssetsGetResponse: ...
    @overload
    def business_member_assets_get(
        self,
        business_id: str,
        member_id: str,
        *,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BusinessMemberAssetsGetResponse]: ...
    @overload
    def business_member_assets_get(
        self,
        business_id: str,
        member_id: str,
        *,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def business_member_assets_get(
        self,
        business_id: str,
        member_id: str,
        *,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BusinessMemberAssetsGetResponse]: ...
    @overload
    def business_member_assets_get(
        self,
        business_id: str,
        member_id: str,
        *,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BusinessMemberAssetsGetResponse]]: ...
    @overload
    def business_member_assets_get(
        self,
        business_id: str,
        member_id: str,
        *,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def business_member_assets_get(
        self,
        business_id: str,
        member_id: str,
        *,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        BusinessMemberAssetsGetResponse, ApiResponse[BusinessMemberAssetsGetResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def business_member_assets_get_with_http_info(
        self,
        business_id: str,
        member_id: str,
        *,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BusinessMemberAssetsGetResponse]: ...
    @overload
    def business_member_assets_get_with_http_info(
        self,
        business_id: str,
        member_id: str,
        *,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def business_member_assets_get_with_http_info(
        self,
        business_id: str,
        member_id: str,
        *,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BusinessMemberAssetsGetResponse]]: ...
    @overload
    def business_member_assets_get_with_http_info(
        self,
        business_id: str,
        member_id: str,
        *,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def business_member_assets_get_with_http_info(
        self,
        business_id: str,
        member_id: str,
        *,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BusinessMemberAssetsGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def business_members_asset_access_delete(
        self,
        business_id: str,
        business_members_asset_access_delete_request: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> DeleteMemberAccessResultsResponseArray: ...
    @overload
    def business_members_asset_access_delete(
        self,
        business_id: str,
        business_members_asset_access_delete_request: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[DeleteMemberAccessResultsResponseArray]: ...
    @overload
    def business_members_asset_access_delete(
        self,
        business_id: str,
        business_members_asset_access_delete_request: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def business_members_asset_access_delete(
        self,
        business_id: str,
        business_members_asset_access_delete_request: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[DeleteMemberAccessResultsResponseArray]: ...
    @overload
    def business_members_asset_access_delete(
        self,
        business_id: str,
        business_members_asset_access_delete_request: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[DeleteMemberAccessResultsResponseArray]]: ...
    @overload
    def business_members_asset_access_delete(
        self,
        business_id: str,
        business_members_asset_access_delete_request: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def business_members_asset_access_delete(
        self,
        business_id: str,
        business_members_asset_access_delete_request: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        DeleteMemberAccessResultsResponseArray,
        ApiResponse[DeleteMemberAccessResultsResponseArray],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def business_members_asset_access_delete(
        self,
        business_id: str,
        *,
        inline_object: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> DeleteMemberAccessResultsResponseArray: ...
    @overload
    def business_members_asset_access_delete(
        self,
        business_id: str,
        *,
        inline_object: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[DeleteMemberAccessResultsResponseArray]: ...
    @overload
    def business_members_asset_access_delete(
        self,
        business_id: str,
        *,
        inline_object: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def business_members_asset_access_delete(
        self,
        business_id: str,
        *,
        inline_object: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[DeleteMemberAccessResultsResponseArray]: ...
    @overload
    def business_members_asset_access_delete(
        self,
        business_id: str,
        *,
        inline_object: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[DeleteMemberAccessResultsResponseArray]]: ...
    @overload
    def business_members_asset_access_delete(
        self,
        business_id: str,
        *,
        inline_object: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def business_members_asset_access_delete(
        self,
        business_id: str,
        *,
        inline_object: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        DeleteMemberAccessResultsResponseArray,
        ApiResponse[DeleteMemberAccessResultsResponseArray],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def business_members_asset_access_delete_with_http_info(
        self,
        business_id: str,
        business_members_asset_access_delete_request: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[DeleteMemberAccessResultsResponseArray]: ...
    @overload
    def business_members_asset_access_delete_with_http_info(
        self,
        business_id: str,
        business_members_asset_access_delete_request: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def business_members_asset_access_delete_with_http_info(
        self,
        business_id: str,
        business_members_asset_access_delete_request: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[DeleteMemberAccessResultsResponseArray]]: ...
    @overload
    def business_members_asset_access_delete_with_http_info(
        self,
        business_id: str,
        business_members_asset_access_delete_request: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def business_members_asset_access_delete_with_http_info(
        self,
        business_id: str,
        business_members_asset_access_delete_request: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[DeleteMemberAccessResultsResponseArray], RawResponse, AsyncResult[Any]]: ...
    @overload
    def business_members_asset_access_delete_with_http_info(
        self,
        business_id: str,
        *,
        inline_object: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[DeleteMemberAccessResultsResponseArray]: ...
    @overload
    def business_members_asset_access_delete_with_http_info(
        self,
        business_id: str,
        *,
        inline_object: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def business_members_asset_access_delete_with_http_info(
        self,
        business_id: str,
        *,
        inline_object: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[DeleteMemberAccessResultsResponseArray]]: ...
    @overload
    def business_members_asset_access_delete_with_http_info(
        self,
        business_id: str,
        *,
        inline_object: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def business_members_asset_access_delete_with_http_info(
        self,
        business_id: str,
        *,
        inline_object: Union[BusinessMembersAssetAccessDeleteRequest, Dict[str, Any]],
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[DeleteMemberAccessResultsResponseArray], RawResponse, AsyncResult[Any]]: ...
    @overload
    def business_members_asset_access_update(
        self,
        business_id: str,
        update_member_asset_access_body: Union[UpdateMemberAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> UpdateMemberAssetsResultsResponseArray: ...
    @overload
    def business_members_asset_access_update(
        self,
        business_id: str,
        update_member_asset_access_body: Union[UpdateMemberAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UpdateMemberAssetsResultsResponseArray]: ...
    @overload
    def business_members_asset_access_update(
        self,
        business_id: str,
        update_member_asset_access_body: Union[UpdateMemberAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def business_members_asset_access_update(
        self,
        business_id: str,
        update_member_asset_access_body: Union[UpdateMemberAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[UpdateMemberAssetsResultsResponseArray]: ...
    @overload
    def business_members_asset_access_update(
        self,
        business_id: str,
        update_member_asset_access_body: Union[UpdateMemberAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UpdateMemberAssetsResultsResponseArray]]: ...
    @overload
    def business_members_asset_access_update(
        self,
        business_id: str,
        update_member_asset_access_body: Union[UpdateMemberAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def business_members_asset_access_update(
        self,
        business_id: str,
        update_member_asset_access_body: Union[UpdateMemberAssetAccessBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        UpdateMemberAssetsResultsResponseArray,
        ApiResponse[UpdateMemberAssetsResultsResponseArray],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def business_members_asset_access_update_with_http_info(
        self,
        business_id: str,
        update_member_asset_access_body: Union[UpdateMemberAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UpdateMemberAssetsResultsResponseArray]: ...
    @overload
    def business_members_asset_access_update_with_http_info(
        self,
        business_id: str,
        update_member_asset_access_body: Union[UpdateMemberAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def business_members_asset_access_update_with_http_info(
        self,
        business_id: str,
        update_member_asset_access_body: Union[UpdateMemberAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UpdateMemberAssetsResultsResponseArray]]: ...
    @overload
    def business_members_asset_access_update_with_http_info(
        self,
        business_id: str,
        update_member_asset_access_body: Union[UpdateMemberAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def business_members_asset_access_update_with_http_info(
        self,
        business_id: str,
        update_member_asset_access_body: Union[UpdateMemberAssetAccessBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[UpdateMemberAssetsResultsResponseArray], RawResponse, AsyncResult[Any]]: ...
    @overload
    def delete_partner_asset_access_handler_impl(
        self,
        business_id: str,
        delete_partner_asset_access_body: Union[DeletePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> DeletePartnerAssetsResultsResponseArray: ...
    @overload
    def delete_partner_asset_access_handler_impl(
        self,
        business_id: str,
        delete_partner_asset_access_body: Union[DeletePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[DeletePartnerAssetsResultsResponseArray]: ...
    @overload
    def delete_partner_asset_access_handler_impl(
        self,
        business_id: str,
        delete_partner_asset_access_body: Union[DeletePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def delete_partner_asset_access_handler_impl(
        self,
        business_id: str,
        delete_partner_asset_access_body: Union[DeletePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[DeletePartnerAssetsResultsResponseArray]: ...
    @overload
    def delete_partner_asset_access_handler_impl(
        self,
        business_id: str,
        delete_partner_asset_access_body: Union[DeletePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[DeletePartnerAssetsResultsResponseArray]]: ...
    @overload
    def delete_partner_asset_access_handler_impl(
        self,
        business_id: str,
        delete_partner_asset_access_body: Union[DeletePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def delete_partner_asset_access_handler_impl(
        self,
        business_id: str,
        delete_partner_asset_access_body: Union[DeletePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        DeletePartnerAssetsResultsResponseArray,
        ApiResponse[DeletePartnerAssetsResultsResponseArray],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def delete_partner_asset_access_handler_impl_with_http_info(
        self,
        business_id: str,
        delete_partner_asset_access_body: Union[DeletePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[DeletePartnerAssetsResultsResponseArray]: ...
    @overload
    def delete_partner_asset_access_handler_impl_with_http_info(
        self,
        business_id: str,
        delete_partner_asset_access_body: Union[DeletePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def delete_partner_asset_access_handler_impl_with_http_info(
        self,
        business_id: str,
        delete_partner_asset_access_body: Union[DeletePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[DeletePartnerAssetsResultsResponseArray]]: ...
    @overload
    def delete_partner_asset_access_handler_impl_with_http_info(
        self,
        business_id: str,
        delete_partner_asset_access_body: Union[DeletePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def delete_partner_asset_access_handler_impl_with_http_info(
        self,
        business_id: str,
        delete_partner_asset_access_body: Union[DeletePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[DeletePartnerAssetsResultsResponseArray], RawResponse, AsyncResult[Any]]: ...
    @overload
    def update_partner_asset_access_handler_impl(
        self,
        business_id: str,
        update_partner_asset_access_body: Union[UpdatePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> UpdatePartnerAssetsResultsResponseArray: ...
    @overload
    def update_partner_asset_access_handler_impl(
        self,
        business_id: str,
        update_partner_asset_access_body: Union[UpdatePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UpdatePartnerAssetsResultsResponseArray]: ...
    @overload
    def update_partner_asset_access_handler_impl(
        self,
        business_id: str,
        update_partner_asset_access_body: Union[UpdatePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def update_partner_asset_access_handler_impl(
        self,
        business_id: str,
        update_partner_asset_access_body: Union[UpdatePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[UpdatePartnerAssetsResultsResponseArray]: ...
    @overload
    def update_partner_asset_access_handler_impl(
        self,
        business_id: str,
        update_partner_asset_access_body: Union[UpdatePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UpdatePartnerAssetsResultsResponseArray]]: ...
    @overload
    def update_partner_asset_access_handler_impl(
        self,
        business_id: str,
        update_partner_asset_access_body: Union[UpdatePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def update_partner_asset_access_handler_impl(
        self,
        business_id: str,
        update_partner_asset_access_body: Union[UpdatePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        UpdatePartnerAssetsResultsResponseArray,
        ApiResponse[UpdatePartnerAssetsResultsResponseArray],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def update_partner_asset_access_handler_impl_with_http_info(
        self,
        business_id: str,
        update_partner_asset_access_body: Union[UpdatePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UpdatePartnerAssetsResultsResponseArray]: ...
    @overload
    def update_partner_asset_access_handler_impl_with_http_info(
        self,
        business_id: str,
        update_partner_asset_access_body: Union[UpdatePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def update_partner_asset_access_handler_impl_with_http_info(
        self,
        business_id: str,
        update_partner_asset_access_body: Union[UpdatePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UpdatePartnerAssetsResultsResponseArray]]: ...
    @overload
    def update_partner_asset_access_handler_impl_with_http_info(
        self,
        business_id: str,
        update_partner_asset_access_body: Union[UpdatePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def update_partner_asset_access_handler_impl_with_http_info(
        self,
        business_id: str,
        update_partner_asset_access_body: Union[UpdatePartnerAssetAccessBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[UpdatePartnerAssetsResultsResponseArray], RawResponse, AsyncResult[Any]]: ...
    @overload
    def business_partner_asset_access_get(
        self,
        business_id: str,
        partner_id: str,
        *,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BusinessPartnerAssetAccessGetResponse: ...
    @overload
    def business_partner_asset_access_get(
        self,
        business_id: str,
        partner_id: str,
        *,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BusinessPartnerAssetAccessGetResponse]: ...
    @overload
    def business_partner_asset_access_get(
        self,
        business_id: str,
        partner_id: str,
        *,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def business_partner_asset_access_get(
        self,
        business_id: str,
        partner_id: str,
        *,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BusinessPartnerAssetAccessGetResponse]: ...
    @overload
    def business_partner_asset_access_get(
        self,
        business_id: str,
        partner_id: str,
        *,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BusinessPartnerAssetAccessGetResponse]]: ...
    @overload
    def business_partner_asset_access_get(
        self,
        business_id: str,
        partner_id: str,
        *,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def business_partner_asset_access_get(
        self,
        business_id: str,
        partner_id: str,
        *,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        BusinessPartnerAssetAccessGetResponse,
        ApiResponse[BusinessPartnerAssetAccessGetResponse],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def business_partner_asset_access_get_with_http_info(
        self,
        business_id: str,
        partner_id: str,
        *,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BusinessPartnerAssetAccessGetResponse]: ...
    @overload
    def business_partner_asset_access_get_with_http_info(
        self,
        business_id: str,
        partner_id: str,
        *,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def business_partner_asset_access_get_with_http_info(
        self,
        business_id: str,
        partner_id: str,
        *,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BusinessPartnerAssetAccessGetResponse]]: ...
    @overload
    def business_partner_asset_access_get_with_http_info(
        self,
        business_id: str,
        partner_id: str,
        *,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def business_partner_asset_access_get_with_http_info(
        self,
        business_id: str,
        partner_id: str,
        *,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        asset_type: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BusinessPartnerAssetAccessGetResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def asset_group_create(
        self,
        business_id: str,
        create_asset_group_body: Union[CreateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CreateAssetGroupResponse: ...
    @overload
    def asset_group_create(
        self,
        business_id: str,
        create_asset_group_body: Union[CreateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CreateAssetGroupResponse]: ...
    @overload
    def asset_group_create(
        self,
        business_id: str,
        create_asset_group_body: Union[CreateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def asset_group_create(
        self,
        business_id: str,
        create_asset_group_body: Union[CreateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CreateAssetGroupResponse]: ...
    @overload
    def asset_group_create(
        self,
        business_id: str,
        create_asset_group_body: Union[CreateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CreateAssetGroupResponse]]: ...
    @overload
    def asset_group_create(
        self,
        business_id: str,
        create_asset_group_body: Union[CreateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def asset_group_create(
        self,
        business_id: str,
        create_asset_group_body: Union[CreateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[CreateAssetGroupResponse, ApiResponse[CreateAssetGroupResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def asset_group_create_with_http_info(
        self,
        business_id: str,
        create_asset_group_body: Union[CreateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CreateAssetGroupResponse]: ...
    @overload
    def asset_group_create_with_http_info(
        self,
        business_id: str,
        create_asset_group_body: Union[CreateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def asset_group_create_with_http_info(
        self,
        business_id: str,
        create_asset_group_body: Union[CreateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CreateAssetGroupResponse]]: ...
    @overload
    def asset_group_create_with_http_info(
        self,
        business_id: str,
        create_asset_group_body: Union[CreateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def asset_group_create_with_http_info(
        self,
        business_id: str,
        create_asset_group_body: Union[CreateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CreateAssetGroupResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def asset_group_delete(
        self,
        business_id: str,
        delete_asset_group_body: Union[DeleteAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> DeleteAssetGroupResponse: ...
    @overload
    def asset_group_delete(
        self,
        business_id: str,
        delete_asset_group_body: Union[DeleteAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[DeleteAssetGroupResponse]: ...
    @overload
    def asset_group_delete(
        self,
        business_id: str,
        delete_asset_group_body: Union[DeleteAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def asset_group_delete(
        self,
        business_id: str,
        delete_asset_group_body: Union[DeleteAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[DeleteAssetGroupResponse]: ...
    @overload
    def asset_group_delete(
        self,
        business_id: str,
        delete_asset_group_body: Union[DeleteAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[DeleteAssetGroupResponse]]: ...
    @overload
    def asset_group_delete(
        self,
        business_id: str,
        delete_asset_group_body: Union[DeleteAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def asset_group_delete(
        self,
        business_id: str,
        delete_asset_group_body: Union[DeleteAssetGroupBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[DeleteAssetGroupResponse, ApiResponse[DeleteAssetGroupResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def asset_group_delete_with_http_info(
        self,
        business_id: str,
        delete_asset_group_body: Union[DeleteAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[DeleteAssetGroupResponse]: ...
    @overload
    def asset_group_delete_with_http_info(
        self,
        business_id: str,
        delete_asset_group_body: Union[DeleteAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def asset_group_delete_with_http_info(
        self,
        business_id: str,
        delete_asset_group_body: Union[DeleteAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[DeleteAssetGroupResponse]]: ...
    @overload
    def asset_group_delete_with_http_info(
        self,
        business_id: str,
        delete_asset_group_body: Union[DeleteAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def asset_group_delete_with_http_info(
        self,
        business_id: str,
        delete_asset_group_body: Union[DeleteAssetGroupBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[DeleteAssetGroupResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def asset_group_update(
        self,
        business_id: str,
        update_asset_group_body: Union[UpdateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> UpdateAssetGroupResponse: ...
    @overload
    def asset_group_update(
        self,
        business_id: str,
        update_asset_group_body: Union[UpdateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UpdateAssetGroupResponse]: ...
    @overload
    def asset_group_update(
        self,
        business_id: str,
        update_asset_group_body: Union[UpdateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def asset_group_update(
        self,
        business_id: str,
        update_asset_group_body: Union[UpdateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[UpdateAssetGroupResponse]: ...
    @overload
    def asset_group_update(
        self,
        business_id: str,
        update_asset_group_body: Union[UpdateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UpdateAssetGroupResponse]]: ...
    @overload
    def asset_group_update(
        self,
        business_id: str,
        update_asset_group_body: Union[UpdateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def asset_group_update(
        self,
        business_id: str,
        update_asset_group_body: Union[UpdateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[UpdateAssetGroupResponse, ApiResponse[UpdateAssetGroupResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def asset_group_update_with_http_info(
        self,
        business_id: str,
        update_asset_group_body: Union[UpdateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UpdateAssetGroupResponse]: ...
    @overload
    def asset_group_update_with_http_info(
        self,
        business_id: str,
        update_asset_group_body: Union[UpdateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def asset_group_update_with_http_info(
        self,
        business_id: str,
        update_asset_group_body: Union[UpdateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UpdateAssetGroupResponse]]: ...
    @overload
    def asset_group_update_with_http_info(
        self,
        business_id: str,
        update_asset_group_body: Union[UpdateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def asset_group_update_with_http_info(
        self,
        business_id: str,
        update_asset_group_body: Union[UpdateAssetGroupBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[UpdateAssetGroupResponse], RawResponse, AsyncResult[Any]]: ...
