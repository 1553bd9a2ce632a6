# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Field, Model


class OauthAccessTokenRequestClientCredentials(Model):
    """A request to receive a client token."""

    scope: str

    grant_type: str

    _fields = (
        Field('scope', 'str', required=True),
        Field('grant_type', 'str', required=True, enum=('authorization_code', 'refresh_token', 'client_credentials')),
    )
