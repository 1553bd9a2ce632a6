# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class OauthAccessTokenResponseIntegrationRefresh(Model):
    """A successful OAuth access token response for the refresh token flow, with an added refresh token."""

    refresh_token: str

    refresh_token_expires_in: int

    access_token: str

    expires_in: int

    response_type: Optional[str]

    scope: str

    token_type: str

    _fields = (
        Field('refresh_token', 'str', required=True),
        Field('refresh_token_expires_in', 'int', required=True),
        Field('access_token', 'str', required=True),
        Field('expires_in', 'int', required=True),
        Field('response_type', 'str', enum=('authorization_code', 'refresh_token', 'client_credentials')),
        Field('scope', 'str', required=True),
        Field('token_type', 'str', required=True),
    )
