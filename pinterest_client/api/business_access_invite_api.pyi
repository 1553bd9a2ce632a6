# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""BusinessAccessInviteApi"""

from typing import Any, Dict, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
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
from pinterest_client.model.invite_type import InviteType, InviteTypeValue
from pinterest_client.model.respond_to_invites_response_array import RespondToInvitesResponseArray
from pinterest_client.model.update_invites_results_response_array import UpdateInvitesResultsResponseArray

_RESPOND_BUSINESS_ACCESS_INVITES: Operation
_CREATE_ASSET_INVITES: Operation
_ASSET_ACCESS_REQUESTS_CREATE: Operation
_GET_INVITES: Operation
_CREATE_MEMBERSHIP_OR_PARTNERSHIP_INVITES: Operation
_CANCEL_INVITES_OR_REQUESTS: Operation

class BusinessAccessInviteApi(ApiBase):
    """Operations tagged `business_access_invite`."""
    @overload
    def respond_business_access_invites(
        self,
        auth_respond_invites_body: Union[AuthRespondInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> RespondToInvitesResponseArray: ...
    @overload
    def respond_business_access_invites(
        self,
        auth_respond_invites_body: Union[AuthRespondInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[RespondToInvitesResponseArray]: ...
    @overload
    def respond_business_access_invites(
        self,
        auth_respond_invites_body: Union[AuthRespondInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def respond_business_access_invites(
        self,
        auth_respond_invites_body: Union[AuthRespondInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RespondToInvitesResponseArray]: ...
    @overload
    def respond_business_access_invites(
        self,
        auth_respond_invites_body: Union[AuthRespondInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[RespondToInvitesResponseArray]]: ...
    @overload
    def respond_business_access_invites(
        self,
        auth_respond_invites_body: Union[AuthRespondInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def respond_business_access_invites(
        self,
        auth_respond_invites_body: Union[AuthRespondInvitesBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        RespondToInvitesResponseArray, ApiResponse[RespondToInvitesResponseArray], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def respond_business_access_invites_with_http_info(
        self,
        auth_respond_invites_body: Union[AuthRespondInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[RespondToInvitesResponseArray]: ...
    @overload
    def respond_business_access_invites_with_http_info(
        self,
        auth_respond_invites_body: Union[AuthRespondInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def respond_business_access_invites_with_http_info(
        self,
        auth_respond_invites_body: Union[AuthRespondInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[RespondToInvitesResponseArray]]: ...
    @overload
    def respond_business_access_invites_with_http_info(
        self,
        auth_respond_invites_body: Union[AuthRespondInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def respond_business_access_invites_with_http_info(
        self,
        auth_respond_invites_body: Union[AuthRespondInvitesBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[RespondToInvitesResponseArray], RawResponse, AsyncResult[Any]]: ...
    @overload
    def create_asset_invites(
        self,
        business_id: str,
        create_asset_invites_request: Union[CreateAssetInvitesRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> UpdateInvitesResultsResponseArray: ...
    @overload
    def create_asset_invites(
        self,
        business_id: str,
        create_asset_invites_request: Union[CreateAssetInvitesRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UpdateInvitesResultsResponseArray]: ...
    @overload
    def create_asset_invites(
        self,
        business_id: str,
        create_asset_invites_request: Union[CreateAssetInvitesRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def create_asset_invites(
        self,
        business_id: str,
        create_asset_invites_request: Union[CreateAssetInvitesRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[UpdateInvitesResultsResponseArray]: ...
    @overload
    def create_asset_invites(
        self,
        business_id: str,
        create_asset_invites_request: Union[CreateAssetInvitesRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UpdateInvitesResultsResponseArray]]: ...
    @overload
    def create_asset_invites(
        self,
        business_id: str,
        create_asset_invites_request: Union[CreateAssetInvitesRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def create_asset_invites(
        self,
        business_id: str,
        create_asset_invites_request: Union[CreateAssetInvitesRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        UpdateInvitesResultsResponseArray, ApiResponse[UpdateInvitesResultsResponseArray], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def create_asset_invites_with_http_info(
        self,
        business_id: str,
        create_asset_invites_request: Union[CreateAssetInvitesRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[UpdateInvitesResultsResponseArray]: ...
    @overload
    def create_asset_invites_with_http_info(
        self,
        business_id: str,
        create_asset_invites_request: Union[CreateAssetInvitesRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def create_asset_invites_with_http_info(
        self,
        business_id: str,
        create_asset_invites_request: Union[CreateAssetInvitesRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[UpdateInvitesResultsResponseArray]]: ...
    @overload
    def create_asset_invites_with_http_info(
        self,
        business_id: str,
        create_asset_invites_request: Union[CreateAssetInvitesRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def create_asset_invites_with_http_info(
        self,
        business_id: str,
        create_asset_invites_request: Union[CreateAssetInvitesRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[UpdateInvitesResultsResponseArray], RawResponse, AsyncResult[Any]]: ...
    @overload
    def asset_access_requests_create(
        self,
        business_id: str,
        create_asset_access_request_body: Union[CreateAssetAccessRequestBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CreateAssetAccessRequestResponse: ...
    @overload
    def asset_access_requests_create(
        self,
        business_id: str,
        create_asset_access_request_body: Union[CreateAssetAccessRequestBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CreateAssetAccessRequestResponse]: ...
    @overload
    def asset_access_requests_create(
        self,
        business_id: str,
        create_asset_access_request_body: Union[CreateAssetAccessRequestBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def asset_access_requests_create(
        self,
        business_id: str,
        create_asset_access_request_body: Union[CreateAssetAccessRequestBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CreateAssetAccessRequestResponse]: ...
    @overload
    def asset_access_requests_create(
        self,
        business_id: str,
        create_asset_access_request_body: Union[CreateAssetAccessRequestBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CreateAssetAccessRequestResponse]]: ...
    @overload
    def asset_access_requests_create(
        self,
        business_id: str,
        create_asset_access_request_body: Union[CreateAssetAccessRequestBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def asset_access_requests_create(
        self,
        business_id: str,
        create_asset_access_request_body: Union[CreateAssetAccessRequestBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CreateAssetAccessRequestResponse, ApiResponse[CreateAssetAccessRequestResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def asset_access_requests_create_with_http_info(
        self,
        business_id: str,
        create_asset_access_request_body: Union[CreateAssetAccessRequestBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CreateAssetAccessRequestResponse]: ...
    @overload
    def asset_access_requests_create_with_http_info(
        self,
        business_id: str,
        create_asset_access_request_body: Union[CreateAssetAccessRequestBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def asset_access_requests_create_with_http_info(
        self,
        business_id: str,
        create_asset_access_request_body: Union[CreateAssetAccessRequestBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CreateAssetAccessRequestResponse]]: ...
    @overload
    def asset_access_requests_create_with_http_info(
        self,
        business_id: str,
        create_asset_access_request_body: Union[CreateAssetAccessRequestBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def asset_access_requests_create_with_http_info(
        self,
        business_id: str,
        create_asset_access_request_body: Union[CreateAssetAccessRequestBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CreateAssetAccessRequestResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def get_invites(
        self,
        business_id: str,
        *,
        is_member: Optional[bool] = None,
        invite_status: Optional[List[str]] = None,
        invite_type: Optional[Union[InviteType, InviteTypeValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> GetInvitesResponse: ...
    @overload
    def get_invites(
        self,
        business_id: str,
        *,
        is_member: Optional[bool] = None,
        invite_status: Optional[List[str]] = None,
        invite_type: Optional[Union[InviteType, InviteTypeValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[GetInvitesResponse]: ...
    @overload
    def get_invites(
        self,
        business_id: str,
        *,
        is_member: Optional[bool] = None,
        invite_status: Optional[List[str]] = None,
        invite_type: Optional[Union[InviteType, InviteTypeValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def get_invites(
        self,
        business_id: str,
        *,
        is_member: Optional[bool] = None,
        invite_status: Optional[List[str]] = None,
        invite_type: Optional[Union[InviteType, InviteTypeValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[GetInvitesResponse]: ...
    @overload
    def get_invites(
        self,
        business_id: str,
        *,
        is_member: Optional[bool] = None,
        invite_status: Optional[List[str]] = None,
        invite_type: Optional[Union[InviteType, InviteTypeValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[GetInvitesResponse]]: ...
    @overload
    def get_invites(
        self,
        business_id: str,
        *,
        is_member: Optional[bool] = None,
        invite_status: Optional[List[str]] = None,
        invite_type: Optional[Union[InviteType, InviteTypeValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def get_invites(
        self,
        business_id: str,
        *,
        is_member: Optional[bool] = None,
        invite_status: Optional[List[str]] = None,
        invite_type: Optional[Union[InviteType, InviteTypeValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[GetInvitesResponse, ApiResponse[GetInvitesResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def get_invites_with_http_info(
        self,
        business_id: str,
        *,
        is_member: Optional[bool] = None,
        invite_status: Optional[List[str]] = None,
        invite_type: Optional[Union[InviteType, InviteTypeValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[GetInvitesResponse]: ...
    @overload
    def get_invites_with_http_info(
        self,
        business_id: str,
        *,
        is_member: Optional[bool] = None,
        invite_status: Optional[List[str]] = None,
        invite_type: Optional[Union[InviteType, InviteTypeValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def get_invites_with_http_info(
        self,
        business_id: str,
        *,
        is_member: Optional[bool] = None,
        invite_status: Optional[List[str]] = None,
        invite_type: Optional[Union[InviteType, InviteTypeValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[GetInvitesResponse]]: ...
    @overload
    def get_invites_with_http_info(
        self,
        business_id: str,
        *,
        is_member: Optional[bool] = None,
        invite_status: Optional[List[str]] = None,
        invite_type: Optional[Union[InviteType, InviteTypeValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def get_invites_with_http_info(
        self,
        business_id: str,
        *,
        is_member: Optional[bool] = None,
        invite_status: Optional[List[str]] = None,
        invite_type: Optional[Union[InviteType, InviteTypeValue]] = None,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[GetInvitesResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def create_membership_or_partnership_invites(
        self,
        business_id: str,
        create_membership_or_partnership_invites_body: Union[CreateMembershipOrPartnershipInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> CreateInvitesResultsResponseArray: ...
    @overload
    def create_membership_or_partnership_invites(
        self,
        business_id: str,
        create_membership_or_partnership_invites_body: Union[CreateMembershipOrPartnershipInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CreateInvitesResultsResponseArray]: ...
    @overload
    def create_membership_or_partnership_invites(
        self,
        business_id: str,
        create_membership_or_partnership_invites_body: Union[CreateMembershipOrPartnershipInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def create_membership_or_partnership_invites(
        self,
        business_id: str,
        create_membership_or_partnership_invites_body: Union[CreateMembershipOrPartnershipInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[CreateInvitesResultsResponseArray]: ...
    @overload
    def create_membership_or_partnership_invites(
        self,
        business_id: str,
        create_membership_or_partnership_invites_body: Union[CreateMembershipOrPartnershipInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CreateInvitesResultsResponseArray]]: ...
    @overload
    def create_membership_or_partnership_invites(
        self,
        business_id: str,
        create_membership_or_partnership_invites_body: Union[CreateMembershipOrPartnershipInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def create_membership_or_partnership_invites(
        self,
        business_id: str,
        create_membership_or_partnership_invites_body: Union[CreateMembershipOrPartnershipInvitesBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        CreateInvitesResultsResponseArray, ApiResponse[CreateInvitesResultsResponseArray], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def create_membership_or_partnership_invites_with_http_info(
        self,
        business_id: str,
        create_membership_or_partnership_invites_body: Union[CreateMembershipOrPartnershipInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[CreateInvitesResultsResponseArray]: ...
    @overload
    def create_membership_or_partnership_invites_with_http_info(
        self,
        business_id: str,
        create_membership_or_partnership_invites_body: Union[CreateMembershipOrPartnershipInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def create_membership_or_partnership_invites_with_http_info(
        self,
        business_id: str,
        create_membership_or_partnership_invites_body: Union[CreateMembershipOrPartnershipInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[CreateInvitesResultsResponseArray]]: ...
    @overload
    def create_membership_or_partnership_invites_with_http_info(
        self,
        business_id: str,
        create_membership_or_partnership_invites_body: Union[CreateMembershipOrPartnershipInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def create_membership_or_partnership_invites_with_http_info(
        self,
        business_id: str,
        create_membership_or_partnership_invites_body: Union[CreateMembershipOrPartnershipInvitesBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[CreateInvitesResultsResponseArray], RawResponse, AsyncResult[Any]]: ...
    @overload
    def cancel_invites_or_requests(
        self,
        business_id: str,
        cancel_invites_body: Union[CancelInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> DeleteInvitesResultsResponseArray: ...
    @overload
    def cancel_invites_or_requests(
        self,
        business_id: str,
        cancel_invites_body: Union[CancelInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[DeleteInvitesResultsResponseArray]: ...
    @overload
    def cancel_invites_or_requests(
        self,
        business_id: str,
        cancel_invites_body: Union[CancelInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def cancel_invites_or_requests(
        self,
        business_id: str,
        cancel_invites_body: Union[CancelInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[DeleteInvitesResultsResponseArray]: ...
    @overload
    def cancel_invites_or_requests(
        self,
        business_id: str,
        cancel_invites_body: Union[CancelInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[DeleteInvitesResultsResponseArray]]: ...
    @overload
    def cancel_invites_or_requests(
        self,
        business_id: str,
        cancel_invites_body: Union[CancelInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def cancel_invites_or_requests(
        self,
        business_id: str,
        cancel_invites_body: Union[CancelInvitesBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        DeleteInvitesResultsResponseArray, ApiResponse[DeleteInvitesResultsResponseArray], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def cancel_invites_or_requests_with_http_info(
        self,
        business_id: str,
        cancel_invites_body: Union[CancelInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[DeleteInvitesResultsResponseArray]: ...
    @overload
    def cancel_invites_or_requests_with_http_info(
        self,
        business_id: str,
        cancel_invites_body: Union[CancelInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def cancel_invites_or_requests_with_http_info(
        self,
        business_id: str,
        cancel_invites_body: Union[CancelInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[DeleteInvitesResultsResponseArray]]: ...
    @overload
    def cancel_invites_or_requests_with_http_info(
        self,
        business_id: str,
        cancel_invites_body: Union[CancelInvitesBody, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def cancel_invites_or_requests_with_http_info(
        self,
        business_id: str,
        cancel_invites_body: Union[CancelInvitesBody, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[DeleteInvitesResultsResponseArray], RawResponse, AsyncResult[Any]]: ...
