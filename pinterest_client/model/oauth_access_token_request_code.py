# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Field, Model


class OauthAccessTokenRequestCode(Model):
    """A request to exchange an authorization code for an access token."""

    code: str

    redirect_uri: str

    grant_type: str

    _fields = (
        Field('code', 'str', required=True),
        Field('redirect_uri', 'str', required=True),
        Field('grant_type', 'str', required=True, enum=('authorization_code', 'refresh_token', 'client_credentials')),
    )
