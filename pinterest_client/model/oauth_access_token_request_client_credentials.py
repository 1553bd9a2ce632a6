# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Model


class OauthAccessTokenRequestClientCredentials(Model):
    """A request to receive a client token."""

    scope: str

    grant_type: str

    _spec = (
        ('scope', 'str', 'required'),
        ('grant_type', 'str', 'required', {'enum': ('authorization_code', 'refresh_token', 'client_credentials')}),
    )
