# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""LeadAdsApi: View, create, or update lead ads."""

from typing import Any, Dict, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.ad_accounts_subscriptions_get_list_response import AdAccountsSubscriptionsGetListResponse
from pinterest_client.model.lead_subscription import LeadSubscription
from pinterest_client.model.lead_subscription_post_params_create import LeadSubscriptionPostParamsCreate

_AD_ACCOUNTS_SUBSCRIPTIONS_GET_LIST: Operation
_AD_ACCOUNTS_SUBSCRIPTIONS_POST: Operation
_AD_ACCOUNTS_SUBSCRIPTIONS_GET_BY_ID: Operation
_AD_ACCOUNTS_SUBSCRIPTIONS_DEL_BY_ID: Operation

class LeadAdsApi(ApiBase):
    """View, create, or update lead ads."""
    @overload
    def ad_accounts_subscriptions_get_list(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdAccountsSubscriptionsGetListResponse: ...
    @overload
    def ad_accounts_subscriptions_get_list(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdAccountsSubscriptionsGetListResponse]: ...
    @overload
    def ad_accounts_subscriptions_get_list(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_subscriptions_get_list(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdAccountsSubscriptionsGetListResponse]: ...
    @overload
    def ad_accounts_subscriptions_get_list(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdAccountsSubscriptionsGetListResponse]]: ...
    @overload
    def ad_accounts_subscriptions_get_list(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_subscriptions_get_list(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        AdAccountsSubscriptionsGetListResponse,
        ApiResponse[AdAccountsSubscriptionsGetListResponse],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def ad_accounts_subscriptions_get_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdAccountsSubscriptionsGetListResponse]: ...
    @overload
    def ad_accounts_subscriptions_get_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_subscriptions_get_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdAccountsSubscriptionsGetListResponse]]: ...
    @overload
    def ad_accounts_subscriptions_get_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_subscriptions_get_list_with_http_info(
        self,
        ad_account_id: str,
        *,
        bookmark: Optional[str] = None,
        page_size: Optional[int] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdAccountsSubscriptionsGetListResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_accounts_subscriptions_post(
        self,
        ad_account_id: str,
        lead_subscription_post_params_create: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> LeadSubscription: ...
    @overload
    def ad_accounts_subscriptions_post(
        self,
        ad_account_id: str,
        lead_subscription_post_params_create: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadSubscription]: ...
    @overload
    def ad_accounts_subscriptions_post(
        self,
        ad_account_id: str,
        lead_subscription_post_params_create: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_subscriptions_post(
        self,
        ad_account_id: str,
        lead_subscription_post_params_create: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[LeadSubscription]: ...
    @overload
    def ad_accounts_subscriptions_post(
        self,
        ad_account_id: str,
        lead_subscription_post_params_create: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadSubscription]]: ...
    @overload
    def ad_accounts_subscriptions_post(
        self,
        ad_account_id: str,
        lead_subscription_post_params_create: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_subscriptions_post(
        self,
        ad_account_id: str,
        lead_subscription_post_params_create: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[LeadSubscription, ApiResponse[LeadSubscription], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_accounts_subscriptions_post(
        self,
        ad_account_id: str,
        *,
        ad_account_create_subscription_request: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> LeadSubscription: ...
    @overload
    def ad_accounts_subscriptions_post(
        self,
        ad_account_id: str,
        *,
        ad_account_create_subscription_request: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadSubscription]: ...
    @overload
    def ad_accounts_subscriptions_post(
        self,
        ad_account_id: str,
        *,
        ad_account_create_subscription_request: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_subscriptions_post(
        self,
        ad_account_id: str,
        *,
        ad_account_create_subscription_request: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[LeadSubscription]: ...
    @overload
    def ad_accounts_subscriptions_post(
        self,
        ad_account_id: str,
        *,
        ad_account_create_subscription_request: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadSubscription]]: ...
    @overload
    def ad_accounts_subscriptions_post(
        self,
        ad_account_id: str,
        *,
        ad_account_create_subscription_request: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_subscriptions_post(
        self,
        ad_account_id: str,
        *,
        ad_account_create_subscription_request: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[LeadSubscription, ApiResponse[LeadSubscription], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_accounts_subscriptions_post_with_http_info(
        self,
        ad_account_id: str,
        lead_subscription_post_params_create: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadSubscription]: ...
    @overload
    def ad_accounts_subscriptions_post_with_http_info(
        self,
        ad_account_id: str,
        lead_subscription_post_params_create: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_subscriptions_post_with_http_info(
        self,
        ad_account_id: str,
        lead_subscription_post_params_create: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadSubscription]]: ...
    @overload
    def ad_accounts_subscriptions_post_with_http_info(
        self,
        ad_account_id: str,
        lead_subscription_post_params_create: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_subscriptions_post_with_http_info(
        self,
        ad_account_id: str,
        lead_subscription_post_params_create: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[LeadSubscription], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_accounts_subscriptions_post_with_http_info(
        self,
        ad_account_id: str,
        *,
        ad_account_create_subscription_request: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadSubscription]: ...
    @overload
    def ad_accounts_subscriptions_post_with_http_info(
        self,
        ad_account_id: str,
        *,
        ad_account_create_subscription_request: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_subscriptions_post_with_http_info(
        self,
        ad_account_id: str,
        *,
        ad_account_create_subscription_request: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadSubscription]]: ...
    @overload
    def ad_accounts_subscriptions_post_with_http_info(
        self,
        ad_account_id: str,
        *,
        ad_account_create_subscription_request: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_subscriptions_post_with_http_info(
        self,
        ad_account_id: str,
        *,
        ad_account_create_subscription_request: Union[LeadSubscriptionPostParamsCreate, Dict[str, Any]],
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[LeadSubscription], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_accounts_subscriptions_get_by_id(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> LeadSubscription: ...
    @overload
    def ad_accounts_subscriptions_get_by_id(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadSubscription]: ...
    @overload
    def ad_accounts_subscriptions_get_by_id(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_subscriptions_get_by_id(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[LeadSubscription]: ...
    @overload
    def ad_accounts_subscriptions_get_by_id(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadSubscription]]: ...
    @overload
    def ad_accounts_subscriptions_get_by_id(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_subscriptions_get_by_id(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[LeadSubscription, ApiResponse[LeadSubscription], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_accounts_subscriptions_get_by_id_with_http_info(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[LeadSubscription]: ...
    @overload
    def ad_accounts_subscriptions_get_by_id_with_http_info(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_subscriptions_get_by_id_with_http_info(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[LeadSubscription]]: ...
    @overload
    def ad_accounts_subscriptions_get_by_id_with_http_info(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_subscriptions_get_by_id_with_http_info(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[LeadSubscription], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_accounts_subscriptions_del_by_id(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    @overload
    def ad_accounts_subscriptions_del_by_id(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def ad_accounts_subscriptions_del_by_id(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_subscriptions_del_by_id(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[None]: ...
    @overload
    def ad_accounts_subscriptions_del_by_id(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def ad_accounts_subscriptions_del_by_id(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_subscriptions_del_by_id(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[None, ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_accounts_subscriptions_del_by_id_with_http_info(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def ad_accounts_subscriptions_del_by_id_with_http_info(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_accounts_subscriptions_del_by_id_with_http_info(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def ad_accounts_subscriptions_del_by_id_with_http_info(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_accounts_subscriptions_del_by_id_with_http_info(
        self,
        ad_account_id: str,
        subscription_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
