# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``OauthAccessTokenResponseRefreshAllOf`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`OauthAccessTokenResponseRefresh`, the same class under its current name.
"""

from pinterest_client.model.oauth_access_token_response_refresh import OauthAccessTokenResponseRefresh

OauthAccessTokenResponseRefreshAllOf = OauthAccessTokenResponseRefresh

__all__ = ["OauthAccessTokenResponseRefreshAllOf"]
