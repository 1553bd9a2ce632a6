# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``OauthAccessTokenRequestRefreshAllOf`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`OauthAccessTokenRequestRefresh`, the same class under its current name.
"""

from pinterest_client.model.oauth_access_token_request_refresh import OauthAccessTokenRequestRefresh

OauthAccessTokenRequestRefreshAllOf = OauthAccessTokenRequestRefresh

__all__ = ["OauthAccessTokenRequestRefreshAllOf"]
