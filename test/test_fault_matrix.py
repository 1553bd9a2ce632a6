"""The retry/timeout/error fault matrix, for a GET and a POST, against loopback servers that
misbehave on purpose. Each row asserts the attempts made, the time waited and what is raised."""

from __future__ import annotations

import email.utils
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional, Type

import pytest
from loopback import Loopback

import pinterest_client
from pinterest_client import Configuration, RetryPolicy
from pinterest_client.api import boards_api
from pinterest_client.exceptions import (
    ApiConnectionError,
    ApiTimeoutError,
    RateLimitException,
    ServiceException,
    SpamRateLimitException,
)
from pinterest_client.model.board_create import BoardCreate

TOKEN = "tok-s3cr3t-matrix"
PAGE = {"items": [{"id": "1", "name": "b"}], "bookmark": None}
BOARD = {"id": "1", "name": "b"}
#: Tiny backoff so the matrix runs fast; max_retries=2 means at most 3 attempts.
POLICY = RetryPolicy(max_retries=2, backoff_factor=0.02, backoff_max=0.05, max_wait=5)


def call_get(client: Any) -> Any:
    return boards_api.BoardsApi(client).boards_list(_request_timeout=(1, 0.3))


def call_post(client: Any) -> Any:
    return boards_api.BoardsApi(client).boards_create(BoardCreate(name="b"), _request_timeout=(1, 0.3))


CALLS = {"GET": call_get, "POST": call_post}
OK = {"GET": PAGE, "POST": BOARD}


def http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


@dataclass
class Row:
    name: str
    replies: Callable[[str], List[Dict[str, Any]]]  # method -> scripted replies
    attempts: Dict[str, int]  # method -> requests the server must see
    raises: Dict[str, Optional[Type[BaseException]]]  # method -> exception (None: success)
    min_wait: float = 0.0
    max_wait: float = 3.0


def same(value: Any) -> Dict[str, Any]:
    return {"GET": value, "POST": value}


def failing(status: int, body: Any = None, headers: Optional[Dict[str, str]] = None, **extra: Any) -> Dict[str, Any]:
    return {
        "status": status,
        "body": body if body is not None else {"code": 1, "message": "failed"},
        "headers": headers or {},
        **extra,
    }


def ok(method: str) -> Dict[str, Any]:
    return {"status": 201 if method == "POST" else 200, "body": OK[method]}


MATRIX = [
    Row(
        "429 Retry-After seconds",
        lambda m: [failing(429, headers={"Retry-After": "0.3"}), ok(m)],
        same(2),
        same(None),
        0.3,
    ),
    Row(
        "429 Retry-After HTTP date",
        lambda m: [failing(429, headers={"Retry-After": http_date(2)}), ok(m)],
        same(2),
        same(None),
        0.9,
        3.0,
    ),
    Row(
        "429 X-RateLimit-Reset only",
        lambda m: [failing(429, headers={"X-RateLimit-Reset": "0.3"}), ok(m)],
        same(2),
        same(None),
        0.3,
    ),
    Row("429 without Retry-After", lambda m: [failing(429), ok(m)], same(2), same(None)),
    Row(
        "429 spam",
        lambda m: [failing(429, {"code": 8, "message": "Request blocked as spam"}, {"Retry-After": "0"})],
        same(1),
        same(SpamRateLimitException),
    ),
    Row(
        "429 huge Retry-After",
        lambda m: [failing(429, headers={"Retry-After": "86400"})],
        same(1),
        same(RateLimitException),
        0,
        1,
    ),
    *[
        Row(
            f"{status} then success",
            lambda m, s=status: [failing(s), ok(m)],
            {"GET": 2, "POST": 1},
            {"GET": None, "POST": ServiceException},
        )
        for status in (500, 502, 503, 504)
    ],
    Row("503 every time", lambda m: [failing(503)] * 3, {"GET": 3, "POST": 1}, same(ServiceException)),
    Row(
        "HTML error page",
        lambda m: [failing(502, b"<html><body>Bad gateway</body></html>")] * 3,
        {"GET": 3, "POST": 1},
        same(ServiceException),
    ),
    Row("reset mid-response", lambda m: [{"action": "drop"}] * 3, {"GET": 3, "POST": 1}, same(ApiConnectionError)),
    Row(
        "truncated body",
        lambda m: [{**ok(m), "action": "truncate"}] * 3,
        {"GET": 3, "POST": 1},
        same(ApiConnectionError),
    ),
    Row(
        "read timeout", lambda m: [{**ok(m), "delay": 0.6}] * 3, {"GET": 3, "POST": 1}, same(ApiTimeoutError), 0.3, 3.0
    ),
    Row("non-JSON 200 body", lambda m: [{"status": 200, "body": b"not json"}], same(1), same(ApiConnectionError)),
]


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("row", MATRIX, ids=[r.name for r in MATRIX])
def test_fault_matrix(row: Row, method: str) -> None:
    with Loopback() as server:
        for reply in row.replies(method):
            reply = dict(reply)
            server.reply(reply.pop("status", 200), reply.pop("body", None), reply.pop("headers", None), **reply)
        config = Configuration(host=server.host, access_token=TOKEN, retries=POLICY)
        with pinterest_client.ApiClient(config) as client:
            started = time.monotonic()
            expected = row.raises[method]
            if expected is None:
                result = CALLS[method](client)
                assert result.to_wire() == OK[method]
            else:
                with pytest.raises(expected) as info:
                    CALLS[method](client)
                exc = info.value
                assert "\n" not in str(exc) and TOKEN not in str(exc)
                assert not isinstance(exc.__class__, type(None))
            waited = time.monotonic() - started
        # the server may still be reading a dropped attempt: give it a moment
        time.sleep(0.05)
        assert len(server.requests) == row.attempts[method], [r.path for r in server.requests]
        assert row.min_wait <= waited <= row.max_wait


def test_connection_refused_is_retried_and_wrapped() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    config = Configuration(host=f"http://127.0.0.1:{port}/v5", access_token=TOKEN, retries=POLICY)
    for call in CALLS.values():
        with pinterest_client.ApiClient(config) as client:
            started = time.monotonic()
            with pytest.raises(ApiConnectionError) as info:
                call(client)
            assert info.value.sent is False  # never reached a server: safe to retry even a POST
            assert time.monotonic() - started < 2


def test_redirect_to_another_host_drops_authorization() -> None:
    with Loopback() as origin, Loopback() as elsewhere:
        target = f"http://localhost:{elsewhere.server.server_port}/v5/boards"  # another host name
        origin.reply(302, {}, {"Location": target})
        elsewhere.reply(200, PAGE)
        config = Configuration(host=origin.host, access_token=TOKEN, retries=0)
        with pinterest_client.ApiClient(config) as client:
            assert boards_api.BoardsApi(client).boards_list().items[0].id == "1"
        assert origin.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"
        assert "Authorization" not in elsewhere.requests[0].headers


def test_sixteen_threads_a_thousand_calls_each() -> None:
    with Loopback() as server:
        server.default.body = PAGE
        config = Configuration(host=server.host, access_token=TOKEN, connection_pool_maxsize=16, retries=0)
        errors: List[BaseException] = []
        with pinterest_client.ApiClient(config) as client:
            api = boards_api.BoardsApi(client)

            def work() -> None:
                try:
                    for _ in range(1000):
                        if api.boards_list().items[0].id != "1":
                            raise AssertionError("wrong data")
                except BaseException as exc:  # pragma: no cover - reported below
                    errors.append(exc)

            threads = [threading.Thread(target=work) for _ in range(16)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        assert errors == []
        assert len(server.requests) == 16000
