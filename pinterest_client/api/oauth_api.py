# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""OauthApi: Generate and refresh OAuth access tokens."""

from __future__ import annotations

from pinterest_client._operations import ApiBase, Operation, WithHttpInfo, calls
from pinterest_client._types import TYPE_CHECKING
from pinterest_client.legacy_calls import form_body

if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Union

    from typing_extensions import Unpack

    from pinterest_client.api_client import CallOptions
    from pinterest_client.model.conversion_access_token_response import ConversionAccessTokenResponse
    from pinterest_client.model.oauth_access_token_response import OauthAccessTokenResponse
    from pinterest_client.model.token_revocation_request import TokenRevocationRequest


_OAUTH_CONVERSION_TOKEN = Operation(
    "oauth/conversion_token",
    "POST",
    "/oauth/conversion_token",
    responses={"200": "ConversionAccessTokenResponse"},
    security=("pinterest_oauth2",),
    rate_limit_category="org_write",
)


_OAUTH_TOKEN = Operation(
    "oauth/token",
    "POST",
    "/oauth/token",
    body="OauthAccessTokenRequest",
    body_name="oauth_access_token_request",
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    responses={"200": "OauthAccessTokenResponse"},
    security=("basic",),
    rate_limit_category="org_read",
)


_TOKEN_REVOKE = Operation(
    "token/revoke",
    "POST",
    "/oauth/token/revoke",
    body="TokenRevocationRequest",
    body_name="token_revocation_request",
    body_required=True,
    content_type="application/x-www-form-urlencoded",
    responses={"200": None},
    security=("basic",),
    rate_limit_category="org_write",
)


class OauthApi(ApiBase):
    """Generate and refresh OAuth access tokens."""

    @calls(_OAUTH_CONVERSION_TOKEN)
    def oauth_conversion_token(
        self,
        **options: Unpack[CallOptions],
    ) -> ConversionAccessTokenResponse:
        """Generate OAuth access token for conversion API (``POST /oauth/conversion_token``)

        Generate a new and long-lived OAuth access token dedicated for sending conversions using a valid access
        token.

        :returns: ConversionAccessTokenResponse
        """
        return self.api_client.call(_OAUTH_CONVERSION_TOKEN, options)

    oauth_conversion_token_with_http_info = WithHttpInfo("oauth_conversion_token")

    @calls(_OAUTH_TOKEN)
    def oauth_token(
        self,
        oauth_access_token_request: Any = None,
        *,
        grant_type: Optional[str] = None,
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        refresh_on: Optional[bool] = None,
        refresh_token: Optional[str] = None,
        scope: Optional[str] = None,
        **options: Unpack[CallOptions],
    ) -> OauthAccessTokenResponse:
        """Generate OAuth access token (``POST /oauth/token``)

        Generate a new OAuth access token using an authorization code; or refresh an existing one using a continuous
        refresh token.

        Follow the complete steps for [requesting and refreshing
        tokens](https://developers.pinterest.com/docs/getting-started/set-up-authentication-and-authorization/).

        **Note:** If your app was created **before September 25, 2025**, make sure to set the `continuous_refresh`
        parameter to `true` to use the continuous refresh token (60-day expiration, refreshable indefinitely).
        Pinterest no longer supports the legacy refresh token (365-day expiration, hard limit).

        Disregard this note if your app was activated on or after September 25, 2025. You are automatically using the
        continuous refresh token.

        Use [Token Debugger](https://developers.pinterest.com/docs/developer-tools/token-debugger/) to validate and
        inspect your access token.

        :param oauth_access_token_request: Generate an OAuth access token.
        Deprecated: also accepts `oauth_token(grant_type, field=...)`: the fields of `oauth_access_token_request` as
        arguments.
        :returns: OauthAccessTokenResponse
        """
        oauth_access_token_request = form_body(
            "oauth_token",
            "oauth_access_token_request",
            oauth_access_token_request,
            {
                "grant_type": grant_type,
                "code": code,
                "redirect_uri": redirect_uri,
                "refresh_on": refresh_on,
                "refresh_token": refresh_token,
                "scope": scope,
            },
            "grant_type",
        )
        return self.api_client.call(_OAUTH_TOKEN, options, oauth_access_token_request=oauth_access_token_request)

    oauth_token_with_http_info = WithHttpInfo("oauth_token")

    @calls(_TOKEN_REVOKE)
    def token_revoke(
        self,
        token_revocation_request: Union[TokenRevocationRequest, Dict[str, Any]],
        **options: Unpack[CallOptions],
    ) -> None:
        """Revoke a token (``POST /oauth/token/revoke``)

        Revokes an access or refresh token. Only tokens issued for system users are currently supported. Revoked
        tokens become immediately invalid and unusable.

        :param token_revocation_request: Body containing the token to revoke.
        :returns: None
        """
        return self.api_client.call(_TOKEN_REVOKE, options, token_revocation_request=token_revocation_request)

    token_revoke_with_http_info = WithHttpInfo("token_revoke")
