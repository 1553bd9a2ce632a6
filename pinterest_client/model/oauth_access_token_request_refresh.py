# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class OauthAccessTokenRequestRefresh(Model):
    """A request to exchange a refresh token for a new access token."""

    refresh_token: str = Field("str", required=True)

    scope: Optional[str] = Field("str")

    grant_type: str = Field("str", required=True, enum=("authorization_code", "refresh_token", "client_credentials"))

    refresh_on: Optional[bool] = Field("bool")
    """Deprecated: Pinterest dropped this property after spec 5.14.0. Setting this field to `true` will add a new
    refresh token to your 200 response, as well as the refresh_token_expires_in and refresh_token_expires_at fields.
    To see the structure of this payload, set the 200 response_type to "everlasting_refresh".
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            refresh_token: Optional[str] = ...,
            scope: Optional[str] = ...,
            grant_type: Optional[str] = ...,
            refresh_on: Optional[bool] = ...,
        ) -> None: ...


__all__ = ["OauthAccessTokenRequestRefresh"]
