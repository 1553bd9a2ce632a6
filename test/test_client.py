"""The request pipeline over real HTTP: authentication per scheme, call options, errors,
retries, timeouts, logging hygiene and sharing one client across threads."""

from __future__ import annotations

import base64
import logging
import threading
import time
from urllib.parse import parse_qsl

import pytest
import urllib3

import pinterest_client
from pinterest_client import ApiResponse, Configuration
from pinterest_client.api import boards_api, conversion_events_api, oauth_api, pins_api
from pinterest_client.exceptions import (
    ApiConnectionError,
    ApiTimeoutError,
    BadRequestException,
    ConflictException,
    ForbiddenException,
    NotFoundException,
    RateLimitException,
    ServiceException,
    SpamRateLimitException,
    UnauthorizedException,
)
from pinterest_client.model.board import Board
from pinterest_client.model.oauth_access_token_request_refresh import OauthAccessTokenRequestRefresh
from pinterest_client.model.oauth_access_token_response_refresh import OauthAccessTokenResponseRefresh
from pinterest_client.retry import RetryPolicy

TOKEN = "tok-s3cr3t-123"
PAGE = {"items": [{"id": "1", "name": "b"}], "bookmark": None}


def make_client(server, **config):
    settings = {"host": server.host, "access_token": TOKEN, "retries": RetryPolicy(backoff_factor=0.01), **config}
    return pinterest_client.ApiClient(Configuration(**settings))


# -- authentication and headers ----------------------------------------------------------------


def test_bearer_token_user_agent_and_accept(server, client) -> None:
    server.reply(200, PAGE)
    boards_api.BoardsApi(client).boards_list()
    headers = server.last.headers
    assert headers["Authorization"] == f"Bearer {TOKEN}"
    assert headers["Accept"] == "application/json"
    assert headers["User-Agent"].startswith("pinterest-client-python/")


def test_oauth_token_uses_basic_auth_and_a_form_body(server) -> None:
    with make_client(server, access_token=None, client_id="app-id", client_secret="app-s3cr3t") as client:
        server.reply(
            200,
            {
                "access_token": "new",
                "expires_in": 1,
                "scope": "s",
                "token_type": "bearer",
                "response_type": "refresh_token",
                "refresh_token": "r2",
                "refresh_token_expires_at": 2,
                "refresh_token_expires_in": 3,
            },
        )
        request = OauthAccessTokenRequestRefresh(grant_type="refresh_token", refresh_token="pinr.1")
        request["continuous_refresh"] = True  # not in the schema, documented by Pinterest
        result = oauth_api.OauthApi(client).oauth_token(request)
    assert isinstance(result, OauthAccessTokenResponseRefresh) and result.refresh_token == "r2"
    sent = server.last
    assert sent.headers["Authorization"] == "Basic " + base64.b64encode(b"app-id:app-s3cr3t").decode()
    assert sent.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert dict(parse_qsl(sent.body.decode())) == {
        "grant_type": "refresh_token",
        "refresh_token": "pinr.1",
        "continuous_refresh": "true",
    }


def test_conversion_token_is_used_for_conversion_events(server) -> None:
    with make_client(server, access_token=None, conversion_token="conv-s3cr3t") as client:
        server.reply(200, {"num_events_received": 1, "num_events_processed": 1, "events": []})
        event = {
            "event_name": "checkout",
            "action_source": "app_android",
            "event_time": 1451431341,
            "event_id": "eventId0001",
            "user_data": {"em": ["411e44ce1261728ffd2c0686e44e3fffe413c0e2c5adc498bc7da883d476b9c8"]},
        }
        conversion_events_api.ConversionEventsApi(client).events_create("4", {"data": [event]})
    assert server.last.headers["Authorization"] == "Bearer conv-s3cr3t"


# -- call options --------------------------------------------------------------------------------


def test_with_http_info_and_return_http_data_only(server, client) -> None:
    api = boards_api.BoardsApi(client)
    server.reply(200, PAGE)
    info = api.boards_list_with_http_info(page_size=5)
    assert isinstance(info, ApiResponse) and info.status == 200 and info.request_id == "rid-123"
    server.reply(200, PAGE)
    data, status, headers = api.boards_list(_return_http_data_only=False)
    assert status == 200 and data.items[0].id == "1" and headers["Content-Type"] == "application/json"


def test_async_req_returns_an_object_with_get(server, client) -> None:
    server.reply(200, PAGE)
    result = boards_api.BoardsApi(client).boards_list(async_req=True)
    assert result.get(timeout=10).items[0].name == "b"


def test_preload_content_false_returns_the_raw_response(server, client) -> None:
    server.reply(200, PAGE)
    raw = boards_api.BoardsApi(client).boards_list(_preload_content=False)
    assert raw.status == 200 and b'"bookmark"' in raw.read()


def test_check_input_type_false_skips_validation(server, client) -> None:
    boards_api.BoardsApi(client).boards_list(page_size=1000, _check_input_type=False)
    assert ("page_size", "1000") in server.last.query


def test_strict_response_checking_is_opt_in(server, client) -> None:
    api = boards_api.BoardsApi(client)
    server.reply(200, {"items": [{"id": "1", "name": "b", "privacy": "SOMETHING_NEW"}], "bookmark": None})
    assert api.boards_list().items[0].privacy == "SOMETHING_NEW"
    server.reply(200, {"items": [{"id": "1", "name": "b", "privacy": "SOMETHING_NEW"}], "bookmark": None})
    with pytest.raises(pinterest_client.ApiValueError, match=r"response\.items\[0\]\.privacy"):
        api.boards_list(_check_return_type=True)


def test_unknown_option_is_rejected(server, client) -> None:
    with pytest.raises(pinterest_client.ApiTypeError, match="_request_timout"):
        boards_api.BoardsApi(client).boards_list(_request_timout=3)
    assert server.requests == []


def test_validation_happens_before_any_byte_is_sent(server, client) -> None:
    api = boards_api.BoardsApi(client)
    with pytest.raises(pinterest_client.ApiValueError, match="board_id"):
        api.boards_get("../admin")
    with pytest.raises(pinterest_client.ApiValueError, match=r"board_create\.privacy"):
        api.boards_create({"name": "x", "privacy": "EVERYONE"})
    with pytest.raises(pinterest_client.ApiTypeError, match="page_size: expected an integer"):
        api.boards_list(page_size="ten")
    assert server.requests == []


def test_host_index_selects_the_sandbox() -> None:
    config = Configuration()
    assert config.host == "https://api.pinterest.com/v5"
    assert config.get_host_from_settings(1) == "https://api-sandbox.pinterest.com/v5"
    assert Configuration(sandbox=True).host == "https://api-sandbox.pinterest.com/v5"


# -- errors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestException),
        (401, UnauthorizedException),
        (403, ForbiddenException),
        (404, NotFoundException),
        (409, ConflictException),
        (429, RateLimitException),
        (500, ServiceException),
        (503, ServiceException),
    ],
)
def test_errors_by_status(server, client, status, cls) -> None:
    for _ in range(3):
        server.reply(status, {"code": 7, "message": "nope"}, headers={"Retry-After": "0"})
    with pytest.raises(cls) as info:
        pins_api.PinsApi(client).pins_get("1")
    exc = info.value
    assert exc.status == status and exc.code == 7 and exc.message == "nope" and exc.request_id == "rid-123"
    assert "\n" not in str(exc) and TOKEN not in str(exc) and TOKEN not in repr(exc)


def test_spam_429_is_its_own_class_and_never_retried(server) -> None:
    with make_client(server) as client:
        server.reply(429, {"code": 8, "message": "Your request was blocked as spam"}, headers={"Retry-After": "0"})
        with pytest.raises(SpamRateLimitException):
            pins_api.PinsApi(client).pins_get("1")
    assert len(server.requests) == 1


def test_rate_limit_headers_are_parsed(server, client) -> None:
    server.reply(
        429,
        {"code": 8, "message": "slow down"},
        headers={
            "Retry-After": "7",
            "X-RateLimit-Limit": "100, 100;w=1, 1000;w=60",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": "5",
        },
    )
    with pytest.raises(RateLimitException) as info:
        pins_api.PinsApi(client).pins_get("1")
    exc = info.value
    assert exc.retry_after == 7.0
    assert (
        exc.rate_limit.limit == 100
        and exc.rate_limit.remaining == 0
        and exc.rate_limit.policies == ((100, 1), (1000, 60))
    )


# -- retries and timeouts -------------------------------------------------------------------------


def test_get_is_retried_on_5xx(server) -> None:
    with make_client(server) as client:
        server.reply(503, {"code": 1, "message": "busy"})
        server.reply(200, PAGE)
        assert boards_api.BoardsApi(client).boards_list().items[0].id == "1"
    assert len(server.requests) == 2


def test_post_is_not_retried_on_5xx_unless_asked(server) -> None:
    with make_client(server) as client:
        api = boards_api.BoardsApi(client)
        server.reply(503, {"code": 1, "message": "busy"})
        with pytest.raises(ServiceException):
            api.boards_create(Board(name="x"))
        assert len(server.requests) == 1
        server.reply(503, {"code": 1, "message": "busy"})
        server.reply(201, {"id": "9", "name": "x"})
        assert api.boards_create(Board(name="x"), _retry_non_idempotent=True).id == "9"
    assert len(server.requests) == 3


def test_429_is_retried_for_post_after_retry_after(server) -> None:
    with make_client(server) as client:
        server.reply(429, {"code": 8, "message": "slow"}, headers={"Retry-After": "0.2"})
        server.reply(201, {"id": "9", "name": "x"})
        started = time.monotonic()
        assert boards_api.BoardsApi(client).boards_create(Board(name="x")).id == "9"
        assert time.monotonic() - started >= 0.2


def test_retry_after_longer_than_the_cap_raises_at_once(server) -> None:
    with make_client(server, retries=RetryPolicy(max_wait=5)) as client:
        server.reply(429, {"code": 8, "message": "slow"}, headers={"Retry-After": "3600"})
        started = time.monotonic()
        with pytest.raises(RateLimitException):
            boards_api.BoardsApi(client).boards_list()
        assert time.monotonic() - started < 2


def test_connection_refused_is_wrapped_and_retried() -> None:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    config = Configuration(
        host=f"http://127.0.0.1:{port}/v5", access_token=TOKEN, retries=RetryPolicy(max_retries=2, backoff_factor=0.01)
    )
    with pinterest_client.ApiClient(config) as client:
        with pytest.raises(ApiConnectionError) as info:
            boards_api.BoardsApi(client).boards_list()
    assert not isinstance(info.value.__cause__, type(None))
    assert info.value.sent is False and not isinstance(info.value, urllib3.exceptions.HTTPError)


def test_read_timeout_per_call(server) -> None:
    with make_client(server, retries=0) as client:
        server.reply(200, PAGE, delay=2)
        started = time.monotonic()
        with pytest.raises(ApiTimeoutError):
            boards_api.BoardsApi(client).boards_list(_request_timeout=(1, 0.3))
        assert time.monotonic() - started < 1.5


def test_default_timeout_is_never_infinite() -> None:
    connect, read = Configuration().timeout
    assert 0 < connect <= 30 and 0 < read <= 120


def test_dropped_connection_and_truncated_body(server) -> None:
    with make_client(server, retries=0) as client:
        api = boards_api.BoardsApi(client)
        server.reply(200, PAGE, action="drop")
        with pytest.raises(ApiConnectionError):
            api.boards_list()
        server.reply(200, PAGE, action="truncate")
        with pytest.raises(ApiConnectionError):
            api.boards_list()
        server.reply(200, b"<html>oops</html>")
        with pytest.raises(ApiConnectionError, match="not valid JSON"):
            api.boards_list()


# -- hygiene and threads --------------------------------------------------------------------------


def test_debug_logging_never_shows_the_token(server, caplog) -> None:
    with make_client(server, debug=True) as client:
        with caplog.at_level(logging.DEBUG, logger="pinterest_client"):
            server.reply(200, PAGE)
            boards_api.BoardsApi(client).boards_list(page_size=3)
            server.reply(404, {"code": 1, "message": "missing"})
            with pytest.raises(NotFoundException):
                boards_api.BoardsApi(client).boards_get("1")
    text = caplog.text
    assert "GET" in text and "/v5/boards" in text
    assert TOKEN not in text
    assert TOKEN not in repr(client.configuration) and "***" in repr(client.configuration)


def test_one_client_shared_by_threads(server) -> None:
    server.default.body = PAGE
    errors = []
    with make_client(server, connection_pool_maxsize=8) as client:
        api = boards_api.BoardsApi(client)

        def work() -> None:
            try:
                for _ in range(40):
                    assert api.boards_list().items[0].id == "1"
            except Exception as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == [] and len(server.requests) == 320


def test_refused_connection_is_not_called_a_timeout() -> None:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    with pinterest_client.ApiClient(
        Configuration(host=f"http://127.0.0.1:{port}/v5", access_token=TOKEN, retries=0)
    ) as client:
        with pytest.raises(ApiConnectionError) as info:
            boards_api.BoardsApi(client).boards_list()
    assert not isinstance(info.value, ApiTimeoutError) and "connection failed" in str(info.value)


def test_errors_keep_their_body_without_preloading(server, client) -> None:
    server.reply(404, {"code": 40, "message": "Board not found."})
    with pytest.raises(NotFoundException) as info:
        boards_api.BoardsApi(client).boards_get("1", _preload_content=False)
    assert (info.value.code, info.value.message) == (40, "Board not found.")


def test_retries_are_logged_at_info(server, caplog) -> None:
    with make_client(server) as client:
        server.reply(503, {"code": 1, "message": "busy"})
        server.reply(200, PAGE)
        with caplog.at_level(logging.INFO, logger="pinterest_client"):
            boards_api.BoardsApi(client).boards_list()
    retries = [r for r in caplog.records if r.levelno == logging.INFO and "retrying GET" in r.getMessage()]
    assert len(retries) == 1 and "attempt 1 of 3" in retries[0].getMessage() and "503" in retries[0].getMessage()


def test_a_null_body_is_none_where_the_schema_is_nullable_and_an_error_elsewhere(server, client) -> None:
    """``TargetingOptionResponse`` is ``nullable: true``: a ``null`` reply is an answer, not data loss."""
    from pinterest_client.api.resources_api import ResourcesApi

    server.reply(200, b"null", headers={"Content-Type": "application/json"})
    assert ResourcesApi(client).targeting_options_get("APPTYPE") is None
    server.reply(200, b"null", headers={"Content-Type": "application/json"})
    with pytest.raises(pinterest_client.ApiDecodeError, match="null"):
        boards_api.BoardsApi(client).boards_get("1")
