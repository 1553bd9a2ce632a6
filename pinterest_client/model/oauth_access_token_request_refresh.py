# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class OauthAccessTokenRequestRefresh(Model):
    """A request to exchange a refresh token for a new access token."""

    refresh_token: str

    scope: Optional[str]

    grant_type: str

    _fields = (
        Field('refresh_token', 'str', required=True),
        Field('scope', 'str'),
        Field('grant_type', 'str', required=True, enum=('authorization_code', 'refresh_token', 'client_credentials')),
    )
