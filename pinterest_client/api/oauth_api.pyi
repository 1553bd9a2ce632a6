# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""OauthApi: Generate and refresh OAuth access tokens."""

from typing import Any, Dict, Literal, Optional, Union, overload

from typing_extensions import Unpack

from pinterest_client._operations import ApiBase, Operation
from pinterest_client.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions
from pinterest_client.model.conversion_access_token_response import ConversionAccessTokenResponse
from pinterest_client.model.oauth_access_token_request import OauthAccessTokenRequest
from pinterest_client.model.oauth_access_token_response import OauthAccessTokenResponse
from pinterest_client.model.token_revocation_request import TokenRevocationRequest

_OAUTH_CONVERSION_TOKEN: Operation
_OAUTH_TOKEN: Operation
_TOKEN_REVOKE: Operation

class OauthApi(ApiBase):
    """Generate and refresh OAuth access tokens."""
    @overload
    def oauth_conversion_token(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ConversionAccessTokenResponse: ...
    @overload
    def oauth_conversion_token(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ConversionAccessTokenResponse]: ...
    @overload
    def oauth_conversion_token(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def oauth_conversion_token(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ConversionAccessTokenResponse]: ...
    @overload
    def oauth_conversion_token(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ConversionAccessTokenResponse]]: ...
    @overload
    def oauth_conversion_token(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def oauth_conversion_token(
        self,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[
        ConversionAccessTokenResponse, ApiResponse[ConversionAccessTokenResponse], RawResponse, AsyncResult[Any]
    ]: ...
    @overload
    def oauth_conversion_token_with_http_info(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[ConversionAccessTokenResponse]: ...
    @overload
    def oauth_conversion_token_with_http_info(
        self,
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def oauth_conversion_token_with_http_info(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[ConversionAccessTokenResponse]]: ...
    @overload
    def oauth_conversion_token_with_http_info(
        self,
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def oauth_conversion_token_with_http_info(
        self,
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[ConversionAccessTokenResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def oauth_token(
        self,
        oauth_access_token_request: Union[OauthAccessTokenRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> OauthAccessTokenResponse: ...
    @overload
    def oauth_token(
        self,
        oauth_access_token_request: Union[OauthAccessTokenRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[OauthAccessTokenResponse]: ...
    @overload
    def oauth_token(
        self,
        oauth_access_token_request: Union[OauthAccessTokenRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def oauth_token(
        self,
        oauth_access_token_request: Union[OauthAccessTokenRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[OauthAccessTokenResponse]: ...
    @overload
    def oauth_token(
        self,
        oauth_access_token_request: Union[OauthAccessTokenRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[OauthAccessTokenResponse]]: ...
    @overload
    def oauth_token(
        self,
        oauth_access_token_request: Union[OauthAccessTokenRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def oauth_token(
        self,
        oauth_access_token_request: Union[OauthAccessTokenRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[OauthAccessTokenResponse, ApiResponse[OauthAccessTokenResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def oauth_token(
        self,
        grant_type: str,
        /,
        *,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> OauthAccessTokenResponse: ...
    @overload
    def oauth_token(
        self,
        grant_type: str,
        /,
        *,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[OauthAccessTokenResponse]: ...
    @overload
    def oauth_token(
        self,
        grant_type: str,
        /,
        *,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def oauth_token(
        self,
        grant_type: str,
        /,
        *,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[OauthAccessTokenResponse]: ...
    @overload
    def oauth_token(
        self,
        grant_type: str,
        /,
        *,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[OauthAccessTokenResponse]]: ...
    @overload
    def oauth_token(
        self,
        grant_type: str,
        /,
        *,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def oauth_token(
        self,
        grant_type: str,
        /,
        *,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[OauthAccessTokenResponse, ApiResponse[OauthAccessTokenResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def oauth_token(
        self,
        *,
        grant_type: str,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> OauthAccessTokenResponse: ...
    @overload
    def oauth_token(
        self,
        *,
        grant_type: str,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[OauthAccessTokenResponse]: ...
    @overload
    def oauth_token(
        self,
        *,
        grant_type: str,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def oauth_token(
        self,
        *,
        grant_type: str,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[OauthAccessTokenResponse]: ...
    @overload
    def oauth_token(
        self,
        *,
        grant_type: str,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[OauthAccessTokenResponse]]: ...
    @overload
    def oauth_token(
        self,
        *,
        grant_type: str,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def oauth_token(
        self,
        *,
        grant_type: str,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[OauthAccessTokenResponse, ApiResponse[OauthAccessTokenResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def oauth_token_with_http_info(
        self,
        oauth_access_token_request: Union[OauthAccessTokenRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[OauthAccessTokenResponse]: ...
    @overload
    def oauth_token_with_http_info(
        self,
        oauth_access_token_request: Union[OauthAccessTokenRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def oauth_token_with_http_info(
        self,
        oauth_access_token_request: Union[OauthAccessTokenRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[OauthAccessTokenResponse]]: ...
    @overload
    def oauth_token_with_http_info(
        self,
        oauth_access_token_request: Union[OauthAccessTokenRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def oauth_token_with_http_info(
        self,
        oauth_access_token_request: Union[OauthAccessTokenRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[OauthAccessTokenResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def oauth_token_with_http_info(
        self,
        grant_type: str,
        /,
        *,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[OauthAccessTokenResponse]: ...
    @overload
    def oauth_token_with_http_info(
        self,
        grant_type: str,
        /,
        *,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def oauth_token_with_http_info(
        self,
        grant_type: str,
        /,
        *,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[OauthAccessTokenResponse]]: ...
    @overload
    def oauth_token_with_http_info(
        self,
        grant_type: str,
        /,
        *,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def oauth_token_with_http_info(
        self,
        grant_type: str,
        /,
        *,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[OauthAccessTokenResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def oauth_token_with_http_info(
        self,
        *,
        grant_type: str,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[OauthAccessTokenResponse]: ...
    @overload
    def oauth_token_with_http_info(
        self,
        *,
        grant_type: str,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def oauth_token_with_http_info(
        self,
        *,
        grant_type: str,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[OauthAccessTokenResponse]]: ...
    @overload
    def oauth_token_with_http_info(
        self,
        *,
        grant_type: str,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def oauth_token_with_http_info(
        self,
        *,
        grant_type: str,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[OauthAccessTokenResponse], RawResponse, AsyncResult[Any]]: ...
    @overload
    def token_revoke(
        self,
        token_revocation_request: Union[TokenRevocationRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> None: ...
    @overload
    def token_revoke(
        self,
        token_revocation_request: Union[TokenRevocationRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def token_revoke(
        self,
        token_revocation_request: Union[TokenRevocationRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def token_revoke(
        self,
        token_revocation_request: Union[TokenRevocationRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[None]: ...
    @overload
    def token_revoke(
        self,
        token_revocation_request: Union[TokenRevocationRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        _return_http_data_only: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def token_revoke(
        self,
        token_revocation_request: Union[TokenRevocationRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def token_revoke(
        self,
        token_revocation_request: Union[TokenRevocationRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        _return_http_data_only: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[None, ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
    @overload
    def token_revoke_with_http_info(
        self,
        token_revocation_request: Union[TokenRevocationRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> ApiResponse[None]: ...
    @overload
    def token_revoke_with_http_info(
        self,
        token_revocation_request: Union[TokenRevocationRequest, Dict[str, Any]],
        *,
        async_req: Literal[False] = False,
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> RawResponse: ...
    @overload
    def token_revoke_with_http_info(
        self,
        token_revocation_request: Union[TokenRevocationRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[True] = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[ApiResponse[None]]: ...
    @overload
    def token_revoke_with_http_info(
        self,
        token_revocation_request: Union[TokenRevocationRequest, Dict[str, Any]],
        *,
        async_req: Literal[True],
        _preload_content: Literal[False],
        **options: Unpack[RequestOptions],
    ) -> AsyncResult[RawResponse]: ...
    @overload
    def token_revoke_with_http_info(
        self,
        token_revocation_request: Union[TokenRevocationRequest, Dict[str, Any]],
        *,
        async_req: bool = False,
        _preload_content: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Union[ApiResponse[None], RawResponse, AsyncResult[Any]]: ...
