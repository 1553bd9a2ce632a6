# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``OauthAccessTokenRequestCodeAllOf`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`OauthAccessTokenRequestCode`, the same class under its current name.
"""

from pinterest_client.model.oauth_access_token_request_code import OauthAccessTokenRequestCode

OauthAccessTokenRequestCodeAllOf = OauthAccessTokenRequestCode

__all__ = ["OauthAccessTokenRequestCodeAllOf"]
