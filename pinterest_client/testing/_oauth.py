"""The fake's OAuth: the token endpoint, revocation and the authorization page, with Pinterest's
token rules (see ``notes``: the facts the project keeps about the API).

- An **authorization code** is single-use, and bound to the ``redirect_uri`` it was issued for.
  Codes come from :meth:`FakePinterest.authorization_code` or from the fake's authorization page
  (``GET /oauth/?client_id=...&redirect_uri=...``), which redirects at once with ``code`` and
  ``state``, as Pinterest does after the user consents.
- A **refresh token** stays valid until it expires (60 days), however often it is used. A refresh
  with ``continuous_refresh=true`` answers a new refresh token (60 days from now); the old one
  stays valid until its own expiry. Without it, the answer repeats the refresh token it was given
  with its remaining lifetime.
- **Access tokens** expire after ``expires_in`` seconds (30 days); :meth:`FakePinterest.advance_clock`
  moves the fake's token clock so tests can reach those moments.
- An unknown, spent, expired or revoked grant is a 401 with ``{"code": 283, "message": "The
  authorization grant is invalid"}``.
"""

from __future__ import annotations

import secrets
from typing import Any, Dict, Mapping, Optional
from urllib.parse import urlencode, urlsplit

from pinterest_client.testing._checks import RequestError, bad_request
from pinterest_client.testing._state import Context, Reply, State, handles

DEFAULT_SCOPES = (
    "boards:read,boards:write,pins:read,pins:write,user_accounts:read,ads:read,ads:write,catalogs:read,catalogs:write"
)
ACCESS_TOKEN_SECONDS = 30 * 24 * 3600
REFRESH_TOKEN_SECONDS = 60 * 24 * 3600
#: Where the fake serves Pinterest's authorization page (www.pinterest.com/oauth/ on the real service).
AUTHORIZE_PATH = "/oauth"

_TRUE = ("true", "1", "yes")


def _invalid_grant() -> RequestError:
    return RequestError(401, 283, "The authorization grant is invalid")


def issue_token(state: State, scope: str, lifetime: Optional[int] = ACCESS_TOKEN_SECONDS) -> str:
    """A new access token for ``scope`` (``lifetime=None``: it never expires)."""
    token = "pina_" + secrets.token_urlsafe(32)
    with state.lock:
        state.access_tokens[token] = scope
        if lifetime is not None:
            state.token_expiry[token] = state.clock() + lifetime
    return token


def issue_refresh_token(state: State, scope: str, token: Optional[str] = None) -> str:
    """Accept ``token`` (or a new one) as a refresh token for ``scope``, valid for 60 days."""
    refresh = token or "pinr_" + secrets.token_urlsafe(32)
    with state.lock:
        state.refresh_tokens[refresh] = scope
        state.token_expiry[refresh] = state.clock() + REFRESH_TOKEN_SECONDS
    return refresh


def issue_code(state: State, scope: str = DEFAULT_SCOPES, redirect_uri: Optional[str] = None) -> str:
    """A single-use authorization code (bound to ``redirect_uri`` when given)."""
    code = secrets.token_urlsafe(24)
    with state.lock:
        state.authorization_codes[code] = (scope, redirect_uri)
    return code


def _refresh_fields(state: State, refresh: str) -> Dict[str, Any]:
    expires_at = int(state.token_expiry[refresh])
    return {
        "refresh_token": refresh,
        "refresh_token_expires_in": max(0, expires_at - int(state.clock())),
        "refresh_token_expires_at": expires_at,
    }


def _grant_refresh(state: State, body: Dict[str, Any]) -> Dict[str, Any]:
    given = str(body.get("refresh_token"))
    if not state.token_valid(given, state.refresh_tokens):
        raise _invalid_grant()
    scope = body.get("scope") or state.refresh_tokens[given]
    continuous = str(body.get("continuous_refresh", "")).lower() in _TRUE
    refresh = issue_refresh_token(state, scope) if continuous else given
    return dict(_refresh_fields(state, refresh), scope=scope)


def _grant_code(state: State, body: Dict[str, Any]) -> Dict[str, Any]:
    found = state.authorization_codes.pop(str(body.get("code")), None)  # single-use, even when refused
    if found is None:
        raise _invalid_grant()
    scope, redirect_uri = found
    if redirect_uri is not None and body.get("redirect_uri") != redirect_uri:
        raise _invalid_grant()
    return dict(_refresh_fields(state, issue_refresh_token(state, scope)), scope=scope)


@handles("oauth/token")
def _oauth_token(state: State, ctx: Context) -> Reply:
    body = ctx.body
    grant = body.get("grant_type")
    response: Dict[str, Any] = {"token_type": "bearer", "expires_in": ACCESS_TOKEN_SECONDS, "response_type": grant}
    with state.lock:
        if grant == "refresh_token":
            response.update(_grant_refresh(state, body))
        elif grant == "authorization_code":
            response.update(_grant_code(state, body))
        else:
            response["scope"] = body.get("scope") or DEFAULT_SCOPES
        response["access_token"] = issue_token(state, response["scope"])
    return Reply(200, response)


@handles("token/revoke")
def _token_revoke(state: State, ctx: Context) -> Reply:
    token = str(ctx.body.get("token"))
    with state.lock:
        state.access_tokens.pop(token, None)
        state.refresh_tokens.pop(token, None)
    return Reply(200)


def authorize(state: State, params: Mapping[str, str], client_id: str) -> Dict[str, str]:
    """The authorization page for the query ``params``: the ``Location`` to redirect to
    (``redirect_uri`` with ``code`` and ``state``), as if the user had consented at once."""
    if params.get("client_id") != client_id:
        raise bad_request("Invalid request: unknown client_id")
    redirect_uri = params.get("redirect_uri") or ""
    if not urlsplit(redirect_uri).scheme:
        raise bad_request("Invalid request: redirect_uri must be an absolute URL")
    if params.get("response_type", "code") != "code":
        raise bad_request("Invalid request: response_type must be code")
    code = issue_code(state, params.get("scope") or DEFAULT_SCOPES, redirect_uri)
    answer = {"code": code}
    if "state" in params:
        answer["state"] = params["state"]
    separator = "&" if urlsplit(redirect_uri).query else "?"
    return {"Location": redirect_uri + separator + urlencode(answer)}
