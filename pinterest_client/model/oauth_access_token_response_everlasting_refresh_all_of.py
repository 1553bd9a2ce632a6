# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``OauthAccessTokenResponseEverlastingRefreshAllOf`` is the original client's name (releases 0.1.9-0.1.12)
for
:class:`OauthAccessTokenResponseCode`, the same class under its current name.
"""

from pinterest_client.model.oauth_access_token_response_code import OauthAccessTokenResponseCode

OauthAccessTokenResponseEverlastingRefreshAllOf = OauthAccessTokenResponseCode

__all__ = ["OauthAccessTokenResponseEverlastingRefreshAllOf"]
