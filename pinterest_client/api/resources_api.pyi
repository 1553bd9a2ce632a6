# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""ResourcesApi: View metadata about available metrics and targeting options in the Pinterest API."""

from typing import Any, Dict, List, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.ad_accounts_country_response import AdAccountsCountryResponse
from pinterest_client.model.book_closed_response import BookClosedResponse
from pinterest_client.model.delivery_metrics_response import DeliveryMetricsResponse
from pinterest_client.model.single_interest_targeting_option_response import SingleInterestTargetingOptionResponse

_AD_ACCOUNT_COUNTRIES_GET: Operation
_DELIVERY_METRICS_GET: Operation
_LEAD_FORM_QUESTIONS_GET: Operation
_METRICS_READY_STATE_GET: Operation
_INTEREST_TARGETING_OPTIONS_GET: Operation
_TARGETING_OPTIONS_GET: Operation

class ResourcesApi(ApiBase):
    """View metadata about available metrics and targeting options in the Pinterest API."""
    @overload
    def ad_account_countries_get(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AdAccountsCountryResponse: ...
    @overload
    def ad_account_countries_get(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdAccountsCountryResponse]: ...
    @overload
    def ad_account_countries_get(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_account_countries_get(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[AdAccountsCountryResponse]: ...
    @overload
    def ad_account_countries_get(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdAccountsCountryResponse]]: ...
    @overload
    def ad_account_countries_get(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_account_countries_get(
        self,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[AdAccountsCountryResponse, ApiResponse[AdAccountsCountryResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def ad_account_countries_get_with_http_info(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[AdAccountsCountryResponse]: ...
    @overload
    def ad_account_countries_get_with_http_info(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def ad_account_countries_get_with_http_info(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[AdAccountsCountryResponse]]: ...
    @overload
    def ad_account_countries_get_with_http_info(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def ad_account_countries_get_with_http_info(
        self,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[AdAccountsCountryResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def delivery_metrics_get(
        self,
        *,
        report_type: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> DeliveryMetricsResponse: ...
    @overload
    def delivery_metrics_get(
        self,
        *,
        report_type: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[DeliveryMetricsResponse]: ...
    @overload
    def delivery_metrics_get(
        self,
        *,
        report_type: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def delivery_metrics_get(
        self,
        *,
        report_type: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[DeliveryMetricsResponse]: ...
    @overload
    def delivery_metrics_get(
        self,
        *,
        report_type: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[DeliveryMetricsResponse]]: ...
    @overload
    def delivery_metrics_get(
        self,
        *,
        report_type: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def delivery_metrics_get(
        self,
        *,
        report_type: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[DeliveryMetricsResponse, ApiResponse[DeliveryMetricsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def delivery_metrics_get_with_http_info(
        self,
        *,
        report_type: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[DeliveryMetricsResponse]: ...
    @overload
    def delivery_metrics_get_with_http_info(
        self,
        *,
        report_type: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def delivery_metrics_get_with_http_info(
        self,
        *,
        report_type: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[DeliveryMetricsResponse]]: ...
    @overload
    def delivery_metrics_get_with_http_info(
        self,
        *,
        report_type: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def delivery_metrics_get_with_http_info(
        self,
        *,
        report_type: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[DeliveryMetricsResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def lead_form_questions_get(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    @overload
    def lead_form_questions_get(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def lead_form_questions_get(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def lead_form_questions_get(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[None]: ...
    @overload
    def lead_form_questions_get(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def lead_form_questions_get(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def lead_form_questions_get(
        self,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[None, ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def lead_form_questions_get_with_http_info(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def lead_form_questions_get_with_http_info(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def lead_form_questions_get_with_http_info(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def lead_form_questions_get_with_http_info(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def lead_form_questions_get_with_http_info(
        self,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def metrics_ready_state_get(
        self,
        date: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> BookClosedResponse: ...
    @overload
    def metrics_ready_state_get(
        self,
        date: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BookClosedResponse]: ...
    @overload
    def metrics_ready_state_get(
        self,
        date: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def metrics_ready_state_get(
        self,
        date: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[BookClosedResponse]: ...
    @overload
    def metrics_ready_state_get(
        self,
        date: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BookClosedResponse]]: ...
    @overload
    def metrics_ready_state_get(
        self,
        date: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def metrics_ready_state_get(
        self,
        date: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[BookClosedResponse, ApiResponse[BookClosedResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def metrics_ready_state_get_with_http_info(
        self,
        date: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[BookClosedResponse]: ...
    @overload
    def metrics_ready_state_get_with_http_info(
        self,
        date: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def metrics_ready_state_get_with_http_info(
        self,
        date: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[BookClosedResponse]]: ...
    @overload
    def metrics_ready_state_get_with_http_info(
        self,
        date: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def metrics_ready_state_get_with_http_info(
        self,
        date: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[BookClosedResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def interest_targeting_options_get(
        self,
        interest_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> SingleInterestTargetingOptionResponse: ...
    @overload
    def interest_targeting_options_get(
        self,
        interest_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SingleInterestTargetingOptionResponse]: ...
    @overload
    def interest_targeting_options_get(
        self,
        interest_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def interest_targeting_options_get(
        self,
        interest_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[SingleInterestTargetingOptionResponse]: ...
    @overload
    def interest_targeting_options_get(
        self,
        interest_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SingleInterestTargetingOptionResponse]]: ...
    @overload
    def interest_targeting_options_get(
        self,
        interest_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def interest_targeting_options_get(
        self,
        interest_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        SingleInterestTargetingOptionResponse,
        ApiResponse[SingleInterestTargetingOptionResponse],
        RawResponse,
        AsyncResult[Any],
    ]: ...
    @overload
    def interest_targeting_options_get_with_http_info(
        self,
        interest_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[SingleInterestTargetingOptionResponse]: ...
    @overload
    def interest_targeting_options_get_with_http_info(
        self,
        interest_id: str,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def interest_targeting_options_get_with_http_info(
        self,
        interest_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[SingleInterestTargetingOptionResponse]]: ...
    @overload
    def interest_targeting_options_get_with_http_info(
        self,
        interest_id: str,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def interest_targeting_options_get_with_http_info(
        self,
        interest_id: str,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[SingleInterestTargetingOptionResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def targeting_options_get(
        self,
        targeting_type: str,
        *,
        client_id: Optional[str] = None,
        oauth_signature: Optional[str] = None,
        timestamp: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> List[Dict[str, Any]]: ...
    @overload
    def targeting_options_get(
        self,
        targeting_type: str,
        *,
        client_id: Optional[str] = None,
        oauth_signature: Optional[str] = None,
        timestamp: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[Dict[str, Any]]]: ...
    @overload
    def targeting_options_get(
        self,
        targeting_type: str,
        *,
        client_id: Optional[str] = None,
        oauth_signature: Optional[str] = None,
        timestamp: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def targeting_options_get(
        self,
        targeting_type: str,
        *,
        client_id: Optional[str] = None,
        oauth_signature: Optional[str] = None,
        timestamp: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[List[Dict[str, Any]]]: ...
    @overload
    def targeting_options_get(
        self,
        targeting_type: str,
        *,
        client_id: Optional[str] = None,
        oauth_signature: Optional[str] = None,
        timestamp: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[Dict[str, Any]]]]: ...
    @overload
    def targeting_options_get(
        self,
        targeting_type: str,
        *,
        client_id: Optional[str] = None,
        oauth_signature: Optional[str] = None,
        timestamp: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def targeting_options_get(
        self,
        targeting_type: str,
        *,
        client_id: Optional[str] = None,
        oauth_signature: Optional[str] = None,
        timestamp: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[List[Dict[str, Any]], ApiResponse[List[Dict[str, Any]]], RawResponse, AsyncResult[Any]]: ...
    @overload
    def targeting_options_get_with_http_info(
        self,
        targeting_type: str,
        *,
        client_id: Optional[str] = None,
        oauth_signature: Optional[str] = None,
        timestamp: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[List[Dict[str, Any]]]: ...
    @overload
    def targeting_options_get_with_http_info(
        self,
        targeting_type: str,
        *,
        client_id: Optional[str] = None,
        oauth_signature: Optional[str] = None,
        timestamp: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def targeting_options_get_with_http_info(
        self,
        targeting_type: str,
        *,
        client_id: Optional[str] = None,
        oauth_signature: Optional[str] = None,
        timestamp: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[List[Dict[str, Any]]]]: ...
    @overload
    def targeting_options_get_with_http_info(
        self,
        targeting_type: str,
        *,
        client_id: Optional[str] = None,
        oauth_signature: Optional[str] = None,
        timestamp: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def targeting_options_get_with_http_info(
        self,
        targeting_type: str,
        *,
        client_id: Optional[str] = None,
        oauth_signature: Optional[str] = None,
        timestamp: Optional[str] = None,
        ad_account_id: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[List[Dict[str, Any]]], RawResponse, AsyncResult[Any]]: ...
