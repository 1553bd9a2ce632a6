# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""AudienceSharingApi: View, share, or revoke shared audiences.

Audience Sharing endpoints are not available to all apps,
if you are interested in using them, reach out to us on our help center page.
[Learn more](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/).
"""

from typing import Any, Dict, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.ad_accounts_audiences_shared_accounts_list_response import (
    AdAccountsAudiencesSharedAccountsListResponse,
)
from pinterest_client.model.audience_account_type import AudienceAccountType, AudienceAccountTypeValue
from pinterest_client.model.business_account_audiences_shared_accounts_list_response import (
    BusinessAccountAudiencesSharedAccountsListResponse,
)
from pinterest_client.model.business_shared_audience import BusinessSharedAudience
from pinterest_client.model.business_shared_audience_response import BusinessSharedAudienceResponse
from pinterest_client.model.shared_audience import SharedAudience
from pinterest_client.model.shared_audience_response import SharedAudienceResponse
from pinterest_client.model.shared_audiences_for_business_list_response import SharedAudiencesForBusinessListResponse

_AD_ACCOUNTS_AUDIENCES_SHARED_ACCOUNTS_LIST: Operation
_UPDATE_AD_ACCOUNT_TO_AD_ACCOUNT_SHARED_AUDIENCE: Operation
_UPDATE_AD_ACCOUNT_TO_BUSINESS_SHARED_AUDIENCE: Operation
_SHARED_AUDIENCES_FOR_BUSINESS_LIST: Operation
_BUSINESS_ACCOUNT_AUDIENCES_SHARED_ACCOUNTS_LIST: Operation
_UPDATE_BUSINESS_TO_AD_ACCOUNT_SHARED_AUDIENCE: Operation
_UPDATE_BUSINESS_TO_BUSINESS_SHARED_AUDIENCE: Operation

class AudienceSharingApi(ApiBase):
    """View, share, or revoke shared audiences.

    Audience Sharing endpoints are not available to all apps,
    if you are interested in using them, reach out to us on our help center page.
    [Learn more](https://developers.pinterest.com/docs/getting-started/using-beta-and-restricted-features/).
    """
    @overload
    def ad_accounts_audiences_shared_accounts_list(
        self,
        ad_account_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdAccountsAudiencesSharedAccountsListResponse: ...
    @overload
    def ad_accounts_audiences_shared_accounts_list(
        self,
        ad_account_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdAccountsAudiencesSharedAccountsListResponse]: ...
    @overload
    def ad_accounts_audiences_shared_accounts_list(
        self,
        ad_account_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_audiences_shared_accounts_list(
        self,
        ad_account_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdAccountsAudiencesSharedAccountsListResponse]: ...
    @overload
    def ad_accounts_audiences_shared_accounts_list(
        self,
        ad_account_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdAccountsAudiencesSharedAccountsListResponse]]: ...
    @overload
    def ad_accounts_audiences_shared_accounts_list(
        self,
        ad_account_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_audiences_shared_accounts_list(
        self,
        ad_account_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        AdAccountsAudiencesSharedAccountsListResponse,
        ApiResponse[AdAccountsAudiencesSharedAccountsListResponse],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def ad_accounts_audiences_shared_accounts_list_with_http_info(
        self,
        ad_account_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdAccountsAudiencesSharedAccountsListResponse]: ...
    @overload
    def ad_accounts_audiences_shared_accounts_list_with_http_info(
        self,
        ad_account_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_audiences_shared_accounts_list_with_http_info(
        self,
        ad_account_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdAccountsAudiencesSharedAccountsListResponse]]: ...
    @overload
    def ad_accounts_audiences_shared_accounts_list_with_http_info(
        self,
        ad_account_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_audiences_shared_accounts_list_with_http_info(
        self,
        ad_account_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdAccountsAudiencesSharedAccountsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def update_ad_account_to_ad_account_shared_audience(
        self,
        ad_account_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> SharedAudienceResponse: ...
    @overload
    def update_ad_account_to_ad_account_shared_audience(
        self,
        ad_account_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SharedAudienceResponse]: ...
    @overload
    def update_ad_account_to_ad_account_shared_audience(
        self,
        ad_account_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def update_ad_account_to_ad_account_shared_audience(
        self,
        ad_account_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[SharedAudienceResponse]: ...
    @overload
    def update_ad_account_to_ad_account_shared_audience(
        self,
        ad_account_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SharedAudienceResponse]]: ...
    @overload
    def update_ad_account_to_ad_account_shared_audience(
        self,
        ad_account_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def update_ad_account_to_ad_account_shared_audience(
        self,
        ad_account_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[SharedAudienceResponse, ApiResponse[SharedAudienceResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def update_ad_account_to_ad_account_shared_audience_with_http_info(
        self,
        ad_account_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SharedAudienceResponse]: ...
    @overload
    def update_ad_account_to_ad_account_shared_audience_with_http_info(
        self,
        ad_account_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def update_ad_account_to_ad_account_shared_audience_with_http_info(
        self,
        ad_account_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SharedAudienceResponse]]: ...
    @overload
    def update_ad_account_to_ad_account_shared_audience_with_http_info(
        self,
        ad_account_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def update_ad_account_to_ad_account_shared_audience_with_http_info(
        self,
        ad_account_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[SharedAudienceResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def update_ad_account_to_business_shared_audience(
        self,
        ad_account_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BusinessSharedAudienceResponse: ...
    @overload
    def update_ad_account_to_business_shared_audience(
        self,
        ad_account_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BusinessSharedAudienceResponse]: ...
    @overload
    def update_ad_account_to_business_shared_audience(
        self,
        ad_account_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def update_ad_account_to_business_shared_audience(
        self,
        ad_account_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BusinessSharedAudienceResponse]: ...
    @overload
    def update_ad_account_to_business_shared_audience(
        self,
        ad_account_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BusinessSharedAudienceResponse]]: ...
    @overload
    def update_ad_account_to_business_shared_audience(
        self,
        ad_account_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def update_ad_account_to_business_shared_audience(
        self,
        ad_account_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        BusinessSharedAudienceResponse, ApiResponse[BusinessSharedAudienceResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def update_ad_account_to_business_shared_audience_with_http_info(
        self,
        ad_account_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BusinessSharedAudienceResponse]: ...
    @overload
    def update_ad_account_to_business_shared_audience_with_http_info(
        self,
        ad_account_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def update_ad_account_to_business_shared_audience_with_http_info(
        self,
        ad_account_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BusinessSharedAudienceResponse]]: ...
    @overload
    def update_ad_account_to_business_shared_audience_with_http_info(
        self,
        ad_account_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def update_ad_account_to_business_shared_audience_with_http_info(
        self,
        ad_account_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BusinessSharedAudienceResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def shared_audiences_for_business_list(
        self,
        business_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> SharedAudiencesForBusinessListResponse: ...
    @overload
    def shared_audiences_for_business_list(
        self,
        business_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SharedAudiencesForBusinessListResponse]: ...
    @overload
    def shared_audiences_for_business_list(
        self,
        business_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def shared_audiences_for_business_list(
        self,
        business_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[SharedAudiencesForBusinessListResponse]: ...
    @overload
    def shared_audiences_for_business_list(
        self,
        business_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SharedAudiencesForBusinessListResponse]]: ...
    @overload
    def shared_audiences_for_business_list(
        self,
        business_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def shared_audiences_for_business_list(
        self,
        business_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        SharedAudiencesForBusinessListResponse,
        ApiResponse[SharedAudiencesForBusinessListResponse],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def shared_audiences_for_business_list_with_http_info(
        self,
        business_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SharedAudiencesForBusinessListResponse]: ...
    @overload
    def shared_audiences_for_business_list_with_http_info(
        self,
        business_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def shared_audiences_for_business_list_with_http_info(
        self,
        business_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SharedAudiencesForBusinessListResponse]]: ...
    @overload
    def shared_audiences_for_business_list_with_http_info(
        self,
        business_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def shared_audiences_for_business_list_with_http_info(
        self,
        business_id: str,
        *,
        bookmark: Optional[str] = None,
        order: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[SharedAudiencesForBusinessListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def business_account_audiences_shared_accounts_list(
        self,
        business_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BusinessAccountAudiencesSharedAccountsListResponse: ...
    @overload
    def business_account_audiences_shared_accounts_list(
        self,
        business_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BusinessAccountAudiencesSharedAccountsListResponse]: ...
    @overload
    def business_account_audiences_shared_accounts_list(
        self,
        business_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def business_account_audiences_shared_accounts_list(
        self,
        business_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BusinessAccountAudiencesSharedAccountsListResponse]: ...
    @overload
    def business_account_audiences_shared_accounts_list(
        self,
        business_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BusinessAccountAudiencesSharedAccountsListResponse]]: ...
    @overload
    def business_account_audiences_shared_accounts_list(
        self,
        business_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def business_account_audiences_shared_accounts_list(
        self,
        business_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        BusinessAccountAudiencesSharedAccountsListResponse,
        ApiResponse[BusinessAccountAudiencesSharedAccountsListResponse],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def business_account_audiences_shared_accounts_list_with_http_info(
        self,
        business_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BusinessAccountAudiencesSharedAccountsListResponse]: ...
    @overload
    def business_account_audiences_shared_accounts_list_with_http_info(
        self,
        business_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def business_account_audiences_shared_accounts_list_with_http_info(
        self,
        business_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BusinessAccountAudiencesSharedAccountsListResponse]]: ...
    @overload
    def business_account_audiences_shared_accounts_list_with_http_info(
        self,
        business_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def business_account_audiences_shared_accounts_list_with_http_info(
        self,
        business_id: str,
        audience_id: str,
        account_type: Union[AudienceAccountType, AudienceAccountTypeValue],
        *,
        page_size: Optional[int] = None,
        bookmark: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BusinessAccountAudiencesSharedAccountsListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def update_business_to_ad_account_shared_audience(
        self,
        business_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> SharedAudienceResponse: ...
    @overload
    def update_business_to_ad_account_shared_audience(
        self,
        business_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SharedAudienceResponse]: ...
    @overload
    def update_business_to_ad_account_shared_audience(
        self,
        business_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def update_business_to_ad_account_shared_audience(
        self,
        business_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[SharedAudienceResponse]: ...
    @overload
    def update_business_to_ad_account_shared_audience(
        self,
        business_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SharedAudienceResponse]]: ...
    @overload
    def update_business_to_ad_account_shared_audience(
        self,
        business_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def update_business_to_ad_account_shared_audience(
        self,
        business_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[SharedAudienceResponse, ApiResponse[SharedAudienceResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def update_business_to_ad_account_shared_audience_with_http_info(
        self,
        business_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SharedAudienceResponse]: ...
    @overload
    def update_business_to_ad_account_shared_audience_with_http_info(
        self,
        business_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def update_business_to_ad_account_shared_audience_with_http_info(
        self,
        business_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SharedAudienceResponse]]: ...
    @overload
    def update_business_to_ad_account_shared_audience_with_http_info(
        self,
        business_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def update_business_to_ad_account_shared_audience_with_http_info(
        self,
        business_id: str,
        shared_audience: Union[SharedAudience, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[SharedAudienceResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def update_business_to_business_shared_audience(
        self,
        business_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BusinessSharedAudienceResponse: ...
    @overload
    def update_business_to_business_shared_audience(
        self,
        business_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BusinessSharedAudienceResponse]: ...
    @overload
    def update_business_to_business_shared_audience(
        self,
        business_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def update_business_to_business_shared_audience(
        self,
        business_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BusinessSharedAudienceResponse]: ...
    @overload
    def update_business_to_business_shared_audience(
        self,
        business_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BusinessSharedAudienceResponse]]: ...
    @overload
    def update_business_to_business_shared_audience(
        self,
        business_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def update_business_to_business_shared_audience(
        self,
        business_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        BusinessSharedAudienceResponse, ApiResponse[BusinessSharedAudienceResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def update_business_to_business_shared_audience_with_http_info(
        self,
        business_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BusinessSharedAudienceResponse]: ...
    @overload
    def update_business_to_business_shared_audience_with_http_info(
        self,
        business_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def update_business_to_business_shared_audience_with_http_info(
        self,
        business_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BusinessSharedAudienceResponse]]: ...
    @overload
    def update_business_to_business_shared_audience_with_http_info(
        self,
        business_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def update_business_to_business_shared_audience_with_http_info(
        self,
        business_id: str,
        business_shared_audience: Union[BusinessSharedAudience, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BusinessSharedAudienceResponse], RawResponse, AsyncResult[Any]]: ...
