"""Token lifecycle over loopback HTTP: refresh before expiry and once on 401, one refresh for
many threads, rotated refresh tokens handed to the callback, the code and client-credential grants."""

from __future__ import annotations

import base64
import threading
import time
from urllib.parse import parse_qsl

import pytest
from loopback import Reply

import pinterest_client
from pinterest_client import Configuration, UnauthorizedException
from pinterest_client.api import boards_api
from pinterest_client.oauth import client_credentials_token, exchange_authorization_code

PAGE = {"items": [], "bookmark": None}


class TokenServer:
    """Routes /oauth/token to fresh tokens (rotating the refresh token) and checks bearer tokens."""

    def __init__(self, server, expires_in: int = 2592000, reject_first: bool = False) -> None:
        self.server = server
        self.issued = 0
        self.expires_in = expires_in
        self.reject_first = reject_first
        self.lock = threading.Lock()
        server.handler = self

    def __call__(self, request) -> Reply:
        if request.path == "/v5/oauth/token":
            time.sleep(0.05)  # widen the window in which concurrent callers could race
            with self.lock:
                self.issued += 1
                n = self.issued
            return Reply(
                200,
                {
                    "access_token": f"access-{n}",
                    "expires_in": self.expires_in,
                    "scope": "boards:read",
                    "token_type": "bearer",
                    "response_type": "refresh_token",
                    "refresh_token": f"refresh-{n}",
                    "refresh_token_expires_at": 1,
                    "refresh_token_expires_in": 5184000,
                },
            )
        auth = request.headers.get("Authorization", "")
        if self.reject_first and auth == "Bearer stale":
            return Reply(401, {"code": 2, "message": "Authentication failed."})
        if not auth.startswith("Bearer access-"):
            return Reply(401, {"code": 2, "message": "Authentication failed."})
        return Reply(200, PAGE)

    def token_requests(self):
        return [r for r in self.server.requests if r.path == "/v5/oauth/token"]


def client_for(server, **settings) -> pinterest_client.ApiClient:
    config = Configuration(
        host=server.host, client_id="app", client_secret="app-s3cr3t", refresh_token="refresh-0", retries=0, **settings
    )
    return pinterest_client.ApiClient(config)


def test_refreshes_on_first_use_and_rotates(server) -> None:
    tokens = TokenServer(server)
    seen = []
    with client_for(server, on_token_refresh=seen.append) as client:
        boards_api.BoardsApi(client).boards_list()
        boards_api.BoardsApi(client).boards_list()
        assert client.tokens.refresh_token == "refresh-1" and client.tokens.access_token == "access-1"
        assert client.configuration.refresh_token == "refresh-0"  # the configuration is never written
    token_call = tokens.token_requests()
    assert len(token_call) == 1
    assert token_call[0].headers["Authorization"] == "Basic " + base64.b64encode(b"app:app-s3cr3t").decode()
    assert dict(parse_qsl(token_call[0].body.decode())) == {
        "grant_type": "refresh_token",
        "refresh_token": "refresh-0",
        "continuous_refresh": "true",
    }
    assert server.requests[-1].headers["Authorization"] == "Bearer access-1"
    assert [r.refresh_token for r in seen] == ["refresh-1"]


def test_refreshes_before_expiry_but_not_more_often_than_the_minimum_interval(server, monkeypatch) -> None:
    from pinterest_client import oauth

    tokens = TokenServer(server, expires_in=60)  # inside the refresh skew: due at once...
    with client_for(server) as client:
        boards_api.BoardsApi(client).boards_list()
        boards_api.BoardsApi(client).boards_list()  # ...but not before the minimum interval
        assert len(tokens.token_requests()) == 1
        monkeypatch.setattr(oauth, "MIN_REFRESH_INTERVAL", 0.0)
        client.tokens._refresh_at = 0.0  # the interval has passed
        boards_api.BoardsApi(client).boards_list()
    assert len(tokens.token_requests()) == 2
    assert server.requests[-1].headers["Authorization"] == "Bearer access-2"


def test_refreshes_once_on_401_then_gives_up(server) -> None:
    tokens = TokenServer(server, reject_first=True)
    with client_for(server, access_token="stale") as client:
        boards_api.BoardsApi(client).boards_list()
        assert len(tokens.token_requests()) == 1
        server.handler = lambda request: (
            Reply(401, {"code": 2, "message": "Authentication failed."})
            if request.path != "/v5/oauth/token"
            else tokens(request)
        )
        with pytest.raises(UnauthorizedException):
            boards_api.BoardsApi(client).boards_list()
    assert len(tokens.token_requests()) == 2  # one refresh for the second call, then the 401 stands


def test_sixteen_threads_share_one_refresh(server) -> None:
    tokens = TokenServer(server)
    errors = []
    with client_for(server) as client:
        api = boards_api.BoardsApi(client)
        barrier = threading.Barrier(16)

        def call() -> None:
            barrier.wait()
            try:
                api.boards_list()
            except Exception as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=call) for _ in range(16)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
    assert len(tokens.token_requests()) == 1


def test_authorization_code_and_client_credentials_grants(server) -> None:
    TokenServer(server)
    with client_for(server) as client:
        response = exchange_authorization_code(client, "the-code", "https://example.com/cb")
        assert response.access_token == "access-1"
        assert dict(parse_qsl(server.last.body.decode())) == {
            "grant_type": "authorization_code",
            "code": "the-code",
            "redirect_uri": "https://example.com/cb",
        }
        client_credentials_token(client, "boards:read")
        assert dict(parse_qsl(server.last.body.decode())) == {
            "grant_type": "client_credentials",
            "scope": "boards:read",
        }
