# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from typing import Any

from pinterest_client._types import Field
from pinterest_client.model.oauth_access_token_request_refresh import OauthAccessTokenRequestRefresh


class OauthAccessTokenRequestRefreshAllOf(OauthAccessTokenRequestRefresh):
    """Deprecated: the original client's ``OauthAccessTokenRequestRefreshAllOf`` (releases 0.1.2-0.1.12):
    :class:`OauthAccessTokenRequestRefresh` plus the
    properties it had then (refresh_on), kept so that code setting them still runs.
    """

    refresh_on: Any = Field("any")


__all__ = ["OauthAccessTokenRequestRefreshAllOf"]
