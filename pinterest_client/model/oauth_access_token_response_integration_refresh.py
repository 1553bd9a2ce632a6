# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class OauthAccessTokenResponseIntegrationRefresh(Model):
    """A successful OAuth access token response for the refresh token flow, with an added refresh token."""

    refresh_token: str

    refresh_token_expires_in: int

    access_token: str

    expires_in: int

    response_type: Optional[str]

    scope: str

    token_type: str

    _spec = (
        ('refresh_token', 'str', 'required'),
        ('refresh_token_expires_in', 'int', 'required'),
        ('access_token', 'str', 'required'),
        ('expires_in', 'int', 'required'),
        ('response_type', 'str', '', {'enum': ('authorization_code', 'refresh_token', 'client_credentials')}),
        ('scope', 'str', 'required'),
        ('token_type', 'str', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            refresh_token: Optional[str] = ...,
            refresh_token_expires_in: Optional[int] = ...,
            access_token: Optional[str] = ...,
            expires_in: Optional[int] = ...,
            response_type: Optional[str] = ...,
            scope: Optional[str] = ...,
            token_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["OauthAccessTokenResponseIntegrationRefresh"]
