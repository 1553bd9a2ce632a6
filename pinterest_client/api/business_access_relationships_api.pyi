# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""BusinessAccessRelationshipsApi"""

from typing import Any, Dict, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
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
from pinterest_client.model.member_business_role import MemberBusinessRole, MemberBusinessRoleValue
from pinterest_client.model.members_to_delete_body import MembersToDeleteBody
from pinterest_client.model.partner_type import PartnerType, PartnerTypeValue
from pinterest_client.model.system_user_update_request import SystemUserUpdateRequest
from pinterest_client.model.update_member_business_role_body import UpdateMemberBusinessRoleBody
from pinterest_client.model.update_member_results_response_array import UpdateMemberResultsResponseArray

_GET_BUSINESS_EMPLOYERS: Operation
_SYSTEM_USER_UPDATE: Operation
_GET_BUSINESS_MEMBERS: Operation
_DELETE_BUSINESS_MEMBERSHIP: Operation
_UPDATE_BUSINESS_MEMBERSHIPS: Operation
_GET_BUSINESS_PARTNERS: Operation
_DELETE_BUSINESS_PARTNERS: Operation
_BRAND_ACCOUNTS_CREATE: Operation
_BRAND_ACCOUNTS_UPDATE: Operation

class BusinessAccessRelationshipsApi(ApiBase):
    """Operations tagged `business_access_relationships`."""
    @overload
    def get_business_employers(
        self,
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> GetBusinessEmployersResponse: ...
    @overload
    def get_business_employers(
        self,
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[GetBusinessEmployersResponse]: ...
    @overload
    def get_business_employers(
        self,
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def get_business_employers(
        self,
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[GetBusinessEmployersResponse]: ...
    @overload
    def get_business_employers(
        self,
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[GetBusinessEmployersResponse]]: ...
    @overload
    def get_business_employers(
        self,
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def get_business_employers(
        self,
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        GetBusinessEmployersResponse, ApiResponse[GetBusinessEmployersResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def get_business_employers_with_http_info(
        self,
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[GetBusinessEmployersResponse]: ...
    @overload
    def get_business_employers_with_http_info(
        self,
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def get_business_employers_with_http_info(
        self,
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[GetBusinessEmployersResponse]]: ...
    @overload
    def get_business_employers_with_http_info(
        self,
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def get_business_employers_with_http_info(
        self,
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[GetBusinessEmployersResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def system_user_update(
        self,
        business_id: str,
        system_user_id: str,
        system_user_update_request: Union[SystemUserUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    @overload
    def system_user_update(
        self,
        business_id: str,
        system_user_id: str,
        system_user_update_request: Union[SystemUserUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def system_user_update(
        self,
        business_id: str,
        system_user_id: str,
        system_user_update_request: Union[SystemUserUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def system_user_update(
        self,
        business_id: str,
        system_user_id: str,
        system_user_update_request: Union[SystemUserUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[None]: ...
    @overload
    def system_user_update(
        self,
        business_id: str,
        system_user_id: str,
        system_user_update_request: Union[SystemUserUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def system_user_update(
        self,
        business_id: str,
        system_user_id: str,
        system_user_update_request: Union[SystemUserUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def system_user_update(
        self,
        business_id: str,
        system_user_id: str,
        system_user_update_request: Union[SystemUserUpdateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[None, ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def system_user_update_with_http_info(
        self,
        business_id: str,
        system_user_id: str,
        system_user_update_request: Union[SystemUserUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def system_user_update_with_http_info(
        self,
        business_id: str,
        system_user_id: str,
        system_user_update_request: Union[SystemUserUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def system_user_update_with_http_info(
        self,
        business_id: str,
        system_user_id: str,
        system_user_update_request: Union[SystemUserUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def system_user_update_with_http_info(
        self,
        business_id: str,
        system_user_id: str,
        system_user_update_request: Union[SystemUserUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def system_user_update_with_http_info(
        self,
        business_id: str,
        system_user_id: str,
        system_user_update_request: Union[SystemUserUpdateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def get_business_members(
        self,
        business_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        assets_summary: Optional[bool] = None,
        business_roles: Optional[List[Union[MemberBusinessRole, MemberBusinessRoleValue]]] = None,
        member_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> GetBusinessMembersResponse: ...
    @overload
    def get_business_members(
        self,
        business_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        assets_summary: Optional[bool] = None,
        business_roles: Optional[List[Union[MemberBusinessRole, MemberBusinessRoleValue]]] = None,
        member_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[GetBusinessMembersResponse]: ...
    @overload
    def get_business_members(
        self,
        business_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        assets_summary: Optional[bool] = None,
        business_roles: Optional[List[Union[MemberBusinessRole, MemberBusinessRoleValue]]] = None,
        member_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def get_business_members(
        self,
        business_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        assets_summary: Optional[bool] = None,
        business_roles: Optional[List[Union[MemberBusinessRole, MemberBusinessRoleValue]]] = None,
        member_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[GetBusinessMembersResponse]: ...
    @overload
    def get_business_members(
        self,
        business_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        assets_summary: Optional[bool] = None,
        business_roles: Optional[List[Union[MemberBusinessRole, MemberBusinessRoleValue]]] = None,
        member_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[GetBusinessMembersResponse]]: ...
    @overload
    def get_business_members(
        self,
        business_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        assets_summary: Optional[bool] = None,
        business_roles: Optional[List[Union[MemberBusinessRole, MemberBusinessRoleValue]]] = None,
        member_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def get_business_members(
        self,
        business_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        assets_summary: Optional[bool] = None,
        business_roles: Optional[List[Union[MemberBusinessRole, MemberBusinessRoleValue]]] = None,
        member_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[GetBusinessMembersResponse, ApiResponse[GetBusinessMembersResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def get_business_members_with_http_info(
        self,
        business_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        assets_summary: Optional[bool] = None,
        business_roles: Optional[List[Union[MemberBusinessRole, MemberBusinessRoleValue]]] = None,
        member_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[GetBusinessMembersResponse]: ...
    @overload
    def get_business_members_with_http_info(
        self,
        business_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        assets_summary: Optional[bool] = None,
        business_roles: Optional[List[Union[MemberBusinessRole, MemberBusinessRoleValue]]] = None,
        member_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def get_business_members_with_http_info(
        self,
        business_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        assets_summary: Optional[bool] = None,
        business_roles: Optional[List[Union[MemberBusinessRole, MemberBusinessRoleValue]]] = None,
        member_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[GetBusinessMembersResponse]]: ...
    @overload
    def get_business_members_with_http_info(
        self,
        business_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        assets_summary: Optional[bool] = None,
        business_roles: Optional[List[Union[MemberBusinessRole, MemberBusinessRoleValue]]] = None,
        member_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def get_business_members_with_http_info(
        self,
        business_id: str,
        *,
        fetch_system_users: Optional[bool] = None,
        assets_summary: Optional[bool] = None,
        business_roles: Optional[List[Union[MemberBusinessRole, MemberBusinessRoleValue]]] = None,
        member_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[GetBusinessMembersResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def delete_business_membership(
        self,
        business_id: str,
        members_to_delete_body: Union[MembersToDeleteBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> DeletedMembersResponse: ...
    @overload
    def delete_business_membership(
        self,
        business_id: str,
        members_to_delete_body: Union[MembersToDeleteBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[DeletedMembersResponse]: ...
    @overload
    def delete_business_membership(
        self,
        business_id: str,
        members_to_delete_body: Union[MembersToDeleteBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def delete_business_membership(
        self,
        business_id: str,
        members_to_delete_body: Union[MembersToDeleteBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[DeletedMembersResponse]: ...
    @overload
    def delete_business_membership(
        self,
        business_id: str,
        members_to_delete_body: Union[MembersToDeleteBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[DeletedMembersResponse]]: ...
    @overload
    def delete_business_membership(
        self,
        business_id: str,
        members_to_delete_body: Union[MembersToDeleteBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def delete_business_membership(
        self,
        business_id: str,
        members_to_delete_body: Union[MembersToDeleteBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[DeletedMembersResponse, ApiResponse[DeletedMembersResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def delete_business_membership_with_http_info(
        self,
        business_id: str,
        members_to_delete_body: Union[MembersToDeleteBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[DeletedMembersResponse]: ...
    @overload
    def delete_business_membership_with_http_info(
        self,
        business_id: str,
        members_to_delete_body: Union[MembersToDeleteBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def delete_business_membership_with_http_info(
        self,
        business_id: str,
        members_to_delete_body: Union[MembersToDeleteBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[DeletedMembersResponse]]: ...
    @overload
    def delete_business_membership_with_http_info(
        self,
        business_id: str,
        members_to_delete_body: Union[MembersToDeleteBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def delete_business_membership_with_http_info(
        self,
        business_id: str,
        members_to_delete_body: Union[MembersToDeleteBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[DeletedMembersResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def update_business_memberships(
        self,
        business_id: str,
        update_member_business_role_body: List[UpdateMemberBusinessRoleBody],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> UpdateMemberResultsResponseArray: ...
    @overload
    def update_business_memberships(
        self,
        business_id: str,
        update_member_business_role_body: List[UpdateMemberBusinessRoleBody],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UpdateMemberResultsResponseArray]: ...
    @overload
    def update_business_memberships(
        self,
        business_id: str,
        update_member_business_role_body: List[UpdateMemberBusinessRoleBody],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def update_business_memberships(
        self,
        business_id: str,
        update_member_business_role_body: List[UpdateMemberBusinessRoleBody],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[UpdateMemberResultsResponseArray]: ...
    @overload
    def update_business_memberships(
        self,
        business_id: str,
        update_member_business_role_body: List[UpdateMemberBusinessRoleBody],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UpdateMemberResultsResponseArray]]: ...
    @overload
    def update_business_memberships(
        self,
        business_id: str,
        update_member_business_role_body: List[UpdateMemberBusinessRoleBody],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def update_business_memberships(
        self,
        business_id: str,
        update_member_business_role_body: List[UpdateMemberBusinessRoleBody],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        UpdateMemberResultsResponseArray, ApiResponse[UpdateMemberResultsResponseArray], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def update_business_memberships_with_http_info(
        self,
        business_id: str,
        update_member_business_role_body: List[UpdateMemberBusinessRoleBody],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UpdateMemberResultsResponseArray]: ...
    @overload
    def update_business_memberships_with_http_info(
        self,
        business_id: str,
        update_member_business_role_body: List[UpdateMemberBusinessRoleBody],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def update_business_memberships_with_http_info(
        self,
        business_id: str,
        update_member_business_role_body: List[UpdateMemberBusinessRoleBody],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UpdateMemberResultsResponseArray]]: ...
    @overload
    def update_business_memberships_with_http_info(
        self,
        business_id: str,
        update_member_business_role_body: List[UpdateMemberBusinessRoleBody],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def update_business_memberships_with_http_info(
        self,
        business_id: str,
        update_member_business_role_body: List[UpdateMemberBusinessRoleBody],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[UpdateMemberResultsResponseArray], RawResponse, AsyncResult[Any]]: ...
    @overload
    def get_business_partners(
        self,
        business_id: str,
        *,
        assets_summary: Optional[bool] = None,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        partner_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> GetBusinessPartnersResponse: ...
    @overload
    def get_business_partners(
        self,
        business_id: str,
        *,
        assets_summary: Optional[bool] = None,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        partner_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[GetBusinessPartnersResponse]: ...
    @overload
    def get_business_partners(
        self,
        business_id: str,
        *,
        assets_summary: Optional[bool] = None,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        partner_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def get_business_partners(
        self,
        business_id: str,
        *,
        assets_summary: Optional[bool] = None,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        partner_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[GetBusinessPartnersResponse]: ...
    @overload
    def get_business_partners(
        self,
        business_id: str,
        *,
        assets_summary: Optional[bool] = None,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        partner_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[GetBusinessPartnersResponse]]: ...
    @overload
    def get_business_partners(
        self,
        business_id: str,
        *,
        assets_summary: Optional[bool] = None,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        partner_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def get_business_partners(
        self,
        business_id: str,
        *,
        assets_summary: Optional[bool] = None,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        partner_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        GetBusinessPartnersResponse, ApiResponse[GetBusinessPartnersResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def get_business_partners_with_http_info(
        self,
        business_id: str,
        *,
        assets_summary: Optional[bool] = None,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        partner_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[GetBusinessPartnersResponse]: ...
    @overload
    def get_business_partners_with_http_info(
        self,
        business_id: str,
        *,
        assets_summary: Optional[bool] = None,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        partner_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def get_business_partners_with_http_info(
        self,
        business_id: str,
        *,
        assets_summary: Optional[bool] = None,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        partner_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[GetBusinessPartnersResponse]]: ...
    @overload
    def get_business_partners_with_http_info(
        self,
        business_id: str,
        *,
        assets_summary: Optional[bool] = None,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        partner_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def get_business_partners_with_http_info(
        self,
        business_id: str,
        *,
        assets_summary: Optional[bool] = None,
        partner_type: Optional[Union[PartnerType, PartnerTypeValue]] = None,
        partner_ids: Optional[str] = None,
        start_index: Optional[int] = None,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[GetBusinessPartnersResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def delete_business_partners(
        self,
        business_id: str,
        delete_partners_request: Union[DeletePartnersRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> DeletePartnersResponse: ...
    @overload
    def delete_business_partners(
        self,
        business_id: str,
        delete_partners_request: Union[DeletePartnersRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[DeletePartnersResponse]: ...
    @overload
    def delete_business_partners(
        self,
        business_id: str,
        delete_partners_request: Union[DeletePartnersRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def delete_business_partners(
        self,
        business_id: str,
        delete_partners_request: Union[DeletePartnersRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[DeletePartnersResponse]: ...
    @overload
    def delete_business_partners(
        self,
        business_id: str,
        delete_partners_request: Union[DeletePartnersRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[DeletePartnersResponse]]: ...
    @overload
    def delete_business_partners(
        self,
        business_id: str,
        delete_partners_request: Union[DeletePartnersRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def delete_business_partners(
        self,
        business_id: str,
        delete_partners_request: Union[DeletePartnersRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[DeletePartnersResponse, ApiResponse[DeletePartnersResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def delete_business_partners_with_http_info(
        self,
        business_id: str,
        delete_partners_request: Union[DeletePartnersRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[DeletePartnersResponse]: ...
    @overload
    def delete_business_partners_with_http_info(
        self,
        business_id: str,
        delete_partners_request: Union[DeletePartnersRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def delete_business_partners_with_http_info(
        self,
        business_id: str,
        delete_partners_request: Union[DeletePartnersRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[DeletePartnersResponse]]: ...
    @overload
    def delete_business_partners_with_http_info(
        self,
        business_id: str,
        delete_partners_request: Union[DeletePartnersRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def delete_business_partners_with_http_info(
        self,
        business_id: str,
        delete_partners_request: Union[DeletePartnersRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[DeletePartnersResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def brand_accounts_create(
        self,
        business_hierarchy_id: str,
        brand_accounts_create_request: Union[BrandAccountsCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BrandAccountsCreateResponse: ...
    @overload
    def brand_accounts_create(
        self,
        business_hierarchy_id: str,
        brand_accounts_create_request: Union[BrandAccountsCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BrandAccountsCreateResponse]: ...
    @overload
    def brand_accounts_create(
        self,
        business_hierarchy_id: str,
        brand_accounts_create_request: Union[BrandAccountsCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def brand_accounts_create(
        self,
        business_hierarchy_id: str,
        brand_accounts_create_request: Union[BrandAccountsCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BrandAccountsCreateResponse]: ...
    @overload
    def brand_accounts_create(
        self,
        business_hierarchy_id: str,
        brand_accounts_create_request: Union[BrandAccountsCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BrandAccountsCreateResponse]]: ...
    @overload
    def brand_accounts_create(
        self,
        business_hierarchy_id: str,
        brand_accounts_create_request: Union[BrandAccountsCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def brand_accounts_create(
        self,
        business_hierarchy_id: str,
        brand_accounts_create_request: Union[BrandAccountsCreateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        BrandAccountsCreateResponse, ApiResponse[BrandAccountsCreateResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def brand_accounts_create_with_http_info(
        self,
        business_hierarchy_id: str,
        brand_accounts_create_request: Union[BrandAccountsCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BrandAccountsCreateResponse]: ...
    @overload
    def brand_accounts_create_with_http_info(
        self,
        business_hierarchy_id: str,
        brand_accounts_create_request: Union[BrandAccountsCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def brand_accounts_create_with_http_info(
        self,
        business_hierarchy_id: str,
        brand_accounts_create_request: Union[BrandAccountsCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BrandAccountsCreateResponse]]: ...
    @overload
    def brand_accounts_create_with_http_info(
        self,
        business_hierarchy_id: str,
        brand_accounts_create_request: Union[BrandAccountsCreateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def brand_accounts_create_with_http_info(
        self,
        business_hierarchy_id: str,
        brand_accounts_create_request: Union[BrandAccountsCreateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BrandAccountsCreateResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def brand_accounts_update(
        self,
        business_hierarchy_id: str,
        brand_account_id: str,
        brand_accounts_update_request: Union[BrandAccountsUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BrandAccountsUpdateResponse: ...
    @overload
    def brand_accounts_update(
        self,
        business_hierarchy_id: str,
        brand_account_id: str,
        brand_accounts_update_request: Union[BrandAccountsUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BrandAccountsUpdateResponse]: ...
    @overload
    def brand_accounts_update(
        self,
        business_hierarchy_id: str,
        brand_account_id: str,
        brand_accounts_update_request: Union[BrandAccountsUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def brand_accounts_update(
        self,
        business_hierarchy_id: str,
        brand_account_id: str,
        brand_accounts_update_request: Union[BrandAccountsUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BrandAccountsUpdateResponse]: ...
    @overload
    def brand_accounts_update(
        self,
        business_hierarchy_id: str,
        brand_account_id: str,
        brand_accounts_update_request: Union[BrandAccountsUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BrandAccountsUpdateResponse]]: ...
    @overload
    def brand_accounts_update(
        self,
        business_hierarchy_id: str,
        brand_account_id: str,
        brand_accounts_update_request: Union[BrandAccountsUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def brand_accounts_update(
        self,
        business_hierarchy_id: str,
        brand_account_id: str,
        brand_accounts_update_request: Union[BrandAccountsUpdateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        BrandAccountsUpdateResponse, ApiResponse[BrandAccountsUpdateResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def brand_accounts_update_with_http_info(
        self,
        business_hierarchy_id: str,
        brand_account_id: str,
        brand_accounts_update_request: Union[BrandAccountsUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BrandAccountsUpdateResponse]: ...
    @overload
    def brand_accounts_update_with_http_info(
        self,
        business_hierarchy_id: str,
        brand_account_id: str,
        brand_accounts_update_request: Union[BrandAccountsUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def brand_accounts_update_with_http_info(
        self,
        business_hierarchy_id: str,
        brand_account_id: str,
        brand_accounts_update_request: Union[BrandAccountsUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BrandAccountsUpdateResponse]]: ...
    @overload
    def brand_accounts_update_with_http_info(
        self,
        business_hierarchy_id: str,
        brand_account_id: str,
        brand_accounts_update_request: Union[BrandAccountsUpdateRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def brand_accounts_update_with_http_info(
        self,
        business_hierarchy_id: str,
        brand_account_id: str,
        brand_accounts_update_request: Union[BrandAccountsUpdateRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BrandAccountsUpdateResponse], RawResponse, AsyncResult[Any]]: ...
