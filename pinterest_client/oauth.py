"""OAuth token lifecycle: exchanging codes, client credentials, and keeping an access token fresh.

A client whose :class:`~pinterest_client.Configuration` has a ``refresh_token`` plus the app id and
secret refreshes its access token *before* it expires and once after a 401 (:class:`TokenManager`).
The token state lives in the manager (``client.tokens.access_token``, ``.refresh_token``), never
written back into the configuration. Pinterest may rotate the refresh token on every refresh; the
new one is handed to ``Configuration(on_token_refresh=callback)`` so it can be stored.

Refreshes are single-flight: however many threads need one, one request is made and every waiting
caller gets its result — or its exception. A failed refresh is remembered for
:data:`REFRESH_FAILURE_HOLD` seconds (callers get the same error without a new request), and a
successful one is not repeated for expiry within :data:`MIN_REFRESH_INTERVAL` seconds.

The token requests (:func:`refresh_access_token`, :func:`exchange_authorization_code`,
:func:`client_credentials_token`) are built here directly (``POST {host}/oauth/token``, HTTP Basic
with the app id and secret, a form body) and sent through the client's pipeline.

A client imports this module when it first needs token management: its configuration has a refresh
token, or ``client.tokens`` is read (a 401's redaction, a program's own use); a client with an
access token only sends it without (see ``ApiClient._authenticate``).
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Any, Callable, Dict, Optional
from urllib.parse import urlencode

from pinterest_client._operations import BEARER_SCHEMES as BEARER_SCHEMES  # (the schemes carrying the token)
from pinterest_client.configuration import clean_credential
from pinterest_client.exceptions import ApiDecodeError, ApiTimeoutError, ApiValueError
from pinterest_client.retry import _earliest, current_deadline, deadline_scope

if TYPE_CHECKING:
    from pinterest_client.api_client import ApiClient
    from pinterest_client.model.oauth_access_token_response import OauthAccessTokenResponse

#: Refresh this many seconds before the access token's announced expiry.
REFRESH_SKEW = 300.0

#: A refresh for expiry never follows the previous one sooner than this (a tiny ``expires_in``
#: must not cause a refresh before every call).
MIN_REFRESH_INTERVAL = 30.0

#: Seconds a failed refresh is remembered: callers meanwhile get its exception, no new request.
REFRESH_FAILURE_HOLD = 10.0


class _Flight:
    """One refresh in progress: its waiters get ``token`` or ``error`` once ``done`` is set."""

    __slots__ = ("done", "token", "error")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.token: Optional[str] = None
        self.error: Optional[BaseException] = None


class TokenManager:
    """The access token of one :class:`~pinterest_client.ApiClient`, refreshed when needed."""

    def __init__(self, client: "ApiClient") -> None:
        self._client = client
        self._lock = threading.Lock()
        self._refreshed_token: Optional[str] = None  # set once a refresh succeeded
        self._refresh_token: Optional[str] = None
        self._refresh_at: Optional[float] = None
        self._flight: Optional[_Flight] = None
        self._failure: Optional[BaseException] = None
        self._failure_until = 0.0

    def after_fork(self) -> None:
        """In a child process: a refresh the parent had in flight is not ours to wait for."""
        self._lock = threading.Lock()
        self._flight = None

    # -- state ----------------------------------------------------------------------------------

    @property
    def access_token(self) -> Optional[str]:
        """The access token in use: the last refreshed one, else the configuration's."""
        return self._refreshed_token or self._client.configuration.access_token

    @property
    def refresh_token(self) -> Optional[str]:
        """The refresh token in use (rotated ones replace the configuration's)."""
        return self._refresh_token or self._client.configuration.refresh_token

    @property
    def can_refresh(self) -> bool:
        config = self._client.configuration
        return bool(self.refresh_token and config.username and config.password)

    @property
    def has_token(self) -> bool:
        """An access token is configured, or can be obtained."""
        return bool(self.access_token) or self.can_refresh

    def token(self, deadline: Optional[float] = None) -> Optional[str]:
        """The access token to send now, refreshing first if it is missing or about to expire
        (within ``deadline``, a ``time.monotonic()`` instant, if given)."""
        token = self.access_token
        if (not token or self._expiring()) and self.can_refresh:
            return self.refresh(token, deadline)
        return token

    def _expiring(self) -> bool:
        refresh_at = self._refresh_at
        return refresh_at is not None and time.monotonic() >= refresh_at

    # -- refresh --------------------------------------------------------------------------------

    def refresh(self, stale: Optional[str], deadline: Optional[float] = None) -> Optional[str]:
        """A token newer than ``stale``: refreshes unless another caller already did (or is doing
        it: then waits for that refresh's result or exception)."""
        with self._lock:
            current = self.access_token
            if current and current != stale and not self._expiring():
                return current  # someone else refreshed while we waited
            if self._failure is not None and time.monotonic() < self._failure_until:
                raise self._failure
            flight = self._flight
            leader = flight is None
            if flight is None:
                flight = self._flight = _Flight()
        if not leader:
            return self._wait_for(flight, deadline)
        try:
            with deadline_scope(None if deadline is None else deadline - time.monotonic()):
                flight.token = self._refresh_now()
            return flight.token
        except BaseException as exc:
            flight.error = exc
            with self._lock:
                self._failure, self._failure_until = exc, time.monotonic() + REFRESH_FAILURE_HOLD
            raise
        finally:
            with self._lock:
                self._flight = None
            flight.done.set()

    def _wait_for(self, flight: _Flight, deadline: Optional[float]) -> Optional[str]:
        deadline = _earliest(deadline, current_deadline())
        limit = self._client.configuration.deadline
        timeout = limit if deadline is None else max(0.0, deadline - time.monotonic())
        if not flight.done.wait(timeout):
            raise ApiTimeoutError("gave up waiting for the access token refresh (deadline)", sent=False)
        if flight.error is not None:
            raise flight.error
        return flight.token

    def _refresh_now(self) -> str:
        response = refresh_access_token(self._client, self.refresh_token or "")
        return self.apply(response)

    def apply(self, response: "OauthAccessTokenResponse") -> str:
        """Take the tokens of a token answer (``ApiDecodeError`` when it has no usable access token)."""
        token = clean_credential("access_token", response.get("access_token"))
        if not token:
            raise ApiDecodeError("oauth token: the answer has no access_token")
        expires_in = response.get("expires_in")
        rotated = clean_credential("refresh_token", response.get("refresh_token"))
        now = time.monotonic()
        with self._lock:
            self._refreshed_token = token
            if rotated:
                self._refresh_token = rotated
            if isinstance(expires_in, (int, float)) and not isinstance(expires_in, bool):
                self._refresh_at = now + max(expires_in - REFRESH_SKEW, MIN_REFRESH_INTERVAL)
            else:
                self._refresh_at = None
            self._failure = None
        callback: Optional[Callable[[Any], None]] = self._client.configuration.on_token_refresh
        if callback is not None:
            callback(response)
        return token


# ---------------------------------------------------------------------------------------------
# The token requests
# ---------------------------------------------------------------------------------------------

TOKEN_PATH = "/oauth/token"

#: Form fields of the token requests that are secrets (redacted from any message about the call).
_FORM_SECRETS = ("refresh_token", "code", "client_secret")


def _token_call(client: "ApiClient", form: Dict[str, Any]) -> "OauthAccessTokenResponse":
    """``POST {host}/oauth/token`` with HTTP Basic (app id and secret) and ``form``, decoded."""
    from pinterest_client._decode import decoder_for
    from pinterest_client.api_client import PreparedRequest, _scalar, parse_json

    config = client.configuration
    if not (config.username and config.password):
        raise ApiValueError("oauth: the app id and secret are needed (Configuration(client_id=..., client_secret=...))")
    headers = {
        **client.default_headers,
        "Accept": "application/json",
        "Content-Type": "application/x-www-form-urlencoded",
        "Authorization": config.get_basic_auth_token() or "",
    }
    body = urlencode([(k, _scalar(v)) for k, v in form.items() if v is not None]).encode("ascii")
    secrets = tuple(str(form[k]) for k in _FORM_SECRETS if form.get(k))
    request = PreparedRequest(
        "POST",
        config.host + TOKEN_PATH,
        headers,
        body,
        operation_id="oauth/token",
        deadline=config.deadline,
        secrets=secrets,
    )
    response = client._send_with_retries(request, {}, True)
    decoder = decoder_for("OauthAccessTokenResponse")
    assert decoder is not None
    result: "OauthAccessTokenResponse" = decoder(parse_json(response.data, "oauth_token"))
    return result


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
