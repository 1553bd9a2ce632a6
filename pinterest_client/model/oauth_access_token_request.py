# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field


class OauthAccessTokenRequest(Model):
    """Describes the valid schema for possible OAuth access token requests."""

    grant_type: str = Field("str", required=True, enum=("authorization_code", "refresh_token", "client_credentials"))

    _positional = ("grant_type",)
    _discriminator = (
        "grant_type",
        {
            "authorization_code": "OauthAccessTokenRequestCode",
            "refresh_token": "OauthAccessTokenRequestRefresh",
            "client_credentials": "OauthAccessTokenRequestClientCredentials",
        },
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            grant_type: str,
        ) -> None: ...


__all__ = ["OauthAccessTokenRequest"]
