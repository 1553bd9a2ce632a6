# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``OauthAccessTokenRequestClientCredentialsAllOf`` is the original client's name (releases 0.1.9-0.1.12)
for
:class:`OauthAccessTokenRequestClientCredentials`, the same class under its current name.
"""

from pinterest_client.model.oauth_access_token_request_client_credentials import (
    OauthAccessTokenRequestClientCredentials,
)

OauthAccessTokenRequestClientCredentialsAllOf = OauthAccessTokenRequestClientCredentials

__all__ = ["OauthAccessTokenRequestClientCredentialsAllOf"]
