# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class OauthAccessTokenResponseRefresh(Model):
    """A successful OAuth access token response for the refresh token flow."""

    access_token: str = Field("str", required=True)

    expires_in: int = Field("int", required=True)

    response_type: Optional[str] = Field("str", enum=("authorization_code", "refresh_token", "client_credentials"))

    scope: str = Field("str", required=True)

    token_type: str = Field("str", required=True)

    refresh_token: str = Field("str", required=True)

    refresh_token_expires_at: int = Field("int", required=True)

    refresh_token_expires_in: int = Field("int", required=True)

    _defaults = {"token_type": "bearer"}

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            access_token: Optional[str] = ...,
            expires_in: Optional[int] = ...,
            response_type: Optional[str] = ...,
            scope: Optional[str] = ...,
            token_type: Optional[str] = ...,
            refresh_token: Optional[str] = ...,
            refresh_token_expires_at: Optional[int] = ...,
            refresh_token_expires_in: Optional[int] = ...,
        ) -> None: ...


__all__ = ["OauthAccessTokenResponseRefresh"]
