# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class OauthAccessTokenRequestCode(Model):
    """A request to exchange an authorization code for an access token."""

    code: str = Field("str", required=True)

    redirect_uri: str = Field("str", required=True)

    grant_type: str = Field("str", required=True, enum=("authorization_code", "refresh_token", "client_credentials"))

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            code: Optional[str] = ...,
            redirect_uri: Optional[str] = ...,
            grant_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["OauthAccessTokenRequestCode"]
