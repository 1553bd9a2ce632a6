# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``OauthAccessTokenResponseIntegrationRefreshAllOf`` is the original client's name (releases
0.1.11-0.1.12) for
:class:`OauthAccessTokenResponseIntegrationRefresh`, the same class under its current name.
"""

from pinterest_client.model.oauth_access_token_response_integration_refresh import (
    OauthAccessTokenResponseIntegrationRefresh,
)

OauthAccessTokenResponseIntegrationRefreshAllOf = OauthAccessTokenResponseIntegrationRefresh

__all__ = ["OauthAccessTokenResponseIntegrationRefreshAllOf"]
