"""OAuth token lifecycle: exchanging codes, client credentials, and keeping an access token fresh.

A client whose :class:`~pinterest_client.Configuration` has a ``refresh_token`` plus the app id and
secret refreshes its access token *before* it expires and once after a 401, with one refresh for
any number of concurrent callers. Pinterest may rotate the refresh token on every refresh; the new
one is handed to ``Configuration(on_token_refresh=callback)`` so it can be stored.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Any, Callable, Dict, Optional

if TYPE_CHECKING:
    from pinterest_client.api_client import ApiClient
    from pinterest_client.model.oauth_access_token_response import OauthAccessTokenResponse

#: Refresh this many seconds before the access token's announced expiry.
REFRESH_SKEW = 300.0

#: Security schemes that carry the OAuth access token.
BEARER_SCHEMES = frozenset({"pinterest_oauth2", "client_credentials"})


class TokenManager:
    """The access token of one :class:`~pinterest_client.ApiClient`, refreshed when needed."""

    def __init__(self, client: "ApiClient") -> None:
        self._client = client
        self._lock = threading.Lock()
        self._expires_at: Optional[float] = None

    @property
    def can_refresh(self) -> bool:
        config = self._client.configuration
        return bool(config.refresh_token and config.username and config.password)

    def token(self) -> Optional[str]:
        """The access token to send now, refreshing first if it is missing or about to expire."""
        config = self._client.configuration
        if self.can_refresh and (not config.access_token or self._expiring()):
            self.refresh(config.access_token)
        return config.access_token

    def _expiring(self) -> bool:
        return self._expires_at is not None and time.monotonic() >= self._expires_at - REFRESH_SKEW

    def refresh(self, stale: Optional[str]) -> Optional[str]:
        """Refresh unless another thread already replaced ``stale``; returns the current token."""
        config = self._client.configuration
        with self._lock:
            if config.access_token != stale and config.access_token and not self._expiring():
                return config.access_token  # someone else refreshed while we waited
            response = refresh_access_token(self._client, config.refresh_token or "")
            self.apply(response)
            return config.access_token

    def apply(self, response: "OauthAccessTokenResponse") -> None:
        config = self._client.configuration
        config.access_token = response.access_token
        expires_in = response.expires_in
        self._expires_at = time.monotonic() + expires_in if isinstance(expires_in, (int, float)) else None
        rotated = response.get("refresh_token")
        if rotated:
            config.refresh_token = rotated
        callback: Optional[Callable[[Any], None]] = config.on_token_refresh
        if callback is not None:
            callback(response)


def _token_call(client: "ApiClient", form: Dict[str, Any]) -> "OauthAccessTokenResponse":
    from pinterest_client.api.oauth_api import OauthApi

    config = client.configuration
    if not (config.username and config.password):
        from pinterest_client.exceptions import ApiValueError

        raise ApiValueError("oauth: the app id and secret are needed (Configuration(client_id=..., client_secret=...))")
    return OauthApi(client).oauth_token(form)


def refresh_access_token(
    client: "ApiClient", refresh_token: str, *, scope: Optional[str] = None, continuous_refresh: bool = True
) -> "OauthAccessTokenResponse":
    """Exchange a refresh token for a new access token (and possibly a rotated refresh token).

    ``continuous_refresh=True`` asks for Pinterest's continuous refresh token, which apps created
    before 25 September 2025 must request explicitly."""
    form: Dict[str, Any] = {"grant_type": "refresh_token", "refresh_token": refresh_token}
    if scope:
        form["scope"] = scope
    if continuous_refresh:
        form["continuous_refresh"] = True
    return _token_call(client, form)


def exchange_authorization_code(client: "ApiClient", code: str, redirect_uri: str) -> "OauthAccessTokenResponse":
    """The authorization-code step of the OAuth flow; the response carries both tokens."""
    return _token_call(client, {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri})


def client_credentials_token(client: "ApiClient", scope: str) -> "OauthAccessTokenResponse":
    """An app-only token via the client-credentials grant."""
    return _token_call(client, {"grant_type": "client_credentials", "scope": scope})
