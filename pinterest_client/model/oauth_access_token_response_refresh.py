# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class OauthAccessTokenResponseRefresh(Model):
    """A successful OAuth access token response for the refresh token flow."""

    access_token: str

    expires_in: int

    response_type: Optional[str]

    scope: str

    token_type: str

    refresh_token: str

    refresh_token_expires_at: int

    refresh_token_expires_in: int

    _fields = (
        Field('access_token', 'str', required=True),
        Field('expires_in', 'int', required=True),
        Field('response_type', 'str', enum=('authorization_code', 'refresh_token', 'client_credentials')),
        Field('scope', 'str', required=True),
        Field('token_type', 'str', required=True),
        Field('refresh_token', 'str', required=True),
        Field('refresh_token_expires_at', 'int', required=True),
        Field('refresh_token_expires_in', 'int', required=True),
    )
