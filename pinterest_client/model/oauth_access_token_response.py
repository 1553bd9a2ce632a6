# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class OauthAccessTokenResponse(Model):
    """A successful OAuth access token response."""

    access_token: str = Field("str", required=True)

    expires_in: int = Field("int", required=True)

    response_type: Optional[str] = Field("str", enum=("authorization_code", "refresh_token", "client_credentials"))

    scope: str = Field("str", required=True)

    token_type: str = Field("str", required=True)

    _positional = ("access_token", "expires_in", "scope")
    _defaults = {"token_type": "bearer"}
    _discriminator = (
        "response_type",
        {
            "authorization_code": "OauthAccessTokenResponseCode",
            "refresh_token": "OauthAccessTokenResponseRefresh",
            "client_credentials": "OauthAccessTokenResponseClientCredentials",
            "integration_refresh": "OauthAccessTokenResponseIntegrationRefresh",
        },
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            access_token: str,
            expires_in: int,
            scope: str,
            *,
            response_type: Optional[str] = ...,
            token_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["OauthAccessTokenResponse"]
