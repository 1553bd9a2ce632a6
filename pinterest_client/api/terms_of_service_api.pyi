# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""TermsOfServiceApi: View Advertising Terms Of Service."""

from typing import Any, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.terms_of_service import TermsOfService

_TERMS_OF_SERVICE_GET: Operation

class TermsOfServiceApi(ApiBase):
    """View Advertising Terms Of Service."""
    @overload
    def terms_of_service_get(
        self,
        ad_account_id: str,
        *,
        include_html: Optional[bool] = None,
        tos_type: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> TermsOfService: ...
    @overload
    def terms_of_service_get(
        self,
        ad_account_id: str,
        *,
        include_html: Optional[bool] = None,
        tos_type: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[TermsOfService]: ...
    @overload
    def terms_of_service_get(
        self,
        ad_account_id: str,
        *,
        include_html: Optional[bool] = None,
        tos_type: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def terms_of_service_get(
        self,
        ad_account_id: str,
        *,
        include_html: Optional[bool] = None,
        tos_type: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[TermsOfService]: ...
    @overload
    def terms_of_service_get(
        self,
        ad_account_id: str,
        *,
        include_html: Optional[bool] = None,
        tos_type: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[TermsOfService]]: ...
    @overload
    def terms_of_service_get(
        self,
        ad_account_id: str,
        *,
        include_html: Optional[bool] = None,
        tos_type: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def terms_of_service_get(
        self,
        ad_account_id: str,
        *,
        include_html: Optional[bool] = None,
        tos_type: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[TermsOfService, ApiResponse[TermsOfService], RawResponse, AsyncResult[Any]]: ...
    @overload
    def terms_of_service_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        include_html: Optional[bool] = None,
        tos_type: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[TermsOfService]: ...
    @overload
    def terms_of_service_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        include_html: Optional[bool] = None,
        tos_type: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def terms_of_service_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        include_html: Optional[bool] = None,
        tos_type: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[TermsOfService]]: ...
    @overload
    def terms_of_service_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        include_html: Optional[bool] = None,
        tos_type: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def terms_of_service_get_with_http_info(
        self,
        ad_account_id: str,
        *,
        include_html: Optional[bool] = None,
        tos_type: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[TermsOfService], RawResponse, AsyncResult[Any]]: ...
