"""Client-side pacing by the X-RateLimit-* headers (``Configuration(rate_limit_pacing=True)``),
against the fake's fixed-window ``rate_limit`` and in memory."""

from __future__ import annotations

import threading
import time
from typing import List

import pytest

from pinterest_client import ApiClient, ApiTimeoutError, Configuration, RetryPolicy
from pinterest_client._ratelimit import Pacer, parse_policies, spacing
from pinterest_client.api.user_account_api import UserAccountApi
from pinterest_client.rest import MockTransport, Request, Response
from pinterest_client.testing import FakePinterest

FAST_RETRIES = RetryPolicy(max_retries=5, backoff_factor=0.01, backoff_max=0.05)


def test_the_limit_header_gives_the_policies() -> None:
    assert parse_policies("100, 100;w=1, 1000;w=60") == ((100, 1.0), (1000, 60.0))
    assert parse_policies("20, 20;w=0.5") == ((20, 0.5),)
    assert parse_policies("100") == () and parse_policies("x;w=1, 5;w=zero, 0;w=1") == ()


def test_spacing_keeps_every_window_of_every_policy_within_its_quota() -> None:
    interval, burst = spacing(((100, 1.0), (1000, 60.0)))
    assert interval == pytest.approx(0.06 / 0.95) and burst == 4
    for quota, window in ((100, 1.0), (1000, 60.0)):
        assert burst + window / interval < quota  # starts in any window of the policy
    assert spacing(()) == (0.0, 0)
    assert spacing(((3, 1.0),))[1] == 1  # a tiny quota still lets one request go


def test_pacing_is_off_by_default_and_one_switch_turns_it_on() -> None:
    assert Configuration().rate_limit_pacing is False
    assert Configuration(rate_limit_pacing=True).rate_limit_pacing is True
    with pytest.raises(ValueError):
        Configuration(rate_limit_pacing="yes")  # type: ignore[arg-type]


def _limited(request: Request) -> Response:
    headers = {"X-RateLimit-Limit": "10, 10;w=1", "X-RateLimit-Remaining": "9", "X-RateLimit-Reset": "1"}
    return Response(200, headers, b'{"username": "u"}')


def test_requests_are_spaced_at_95_percent_of_the_announced_rate() -> None:
    config = Configuration(host="http://127.0.0.1:9/v5", access_token="t", rate_limit_pacing=True)
    with ApiClient(config, transport=MockTransport(_limited)) as client:
        api = UserAccountApi(client)
        api.user_account_get()  # learns 10 per second: one start every 1/9.5 s after that
        started = time.monotonic()
        for _ in range(6):
            api.user_account_get()
        elapsed = time.monotonic() - started
    assert 5 / 9.5 - 0.02 <= elapsed <= 6 / 9.5 + 0.3, elapsed


def test_remaining_zero_holds_requests_until_the_reset_or_the_deadline() -> None:
    pacer = Pacer()
    pacer.release({"x-ratelimit-remaining": "0", "x-ratelimit-reset": "30"})
    with pytest.raises(ApiTimeoutError) as info:
        pacer.acquire(time.monotonic() + 0.2)
    assert info.value.sent is False and "rate limit" in str(info.value)
    fresh = Pacer()
    fresh.release({"x-ratelimit-remaining": "0", "x-ratelimit-reset": "0.15"})
    started = time.monotonic()
    fresh.acquire(None)
    assert 0.1 <= time.monotonic() - started < 1.0


def test_a_call_that_cannot_start_before_its_deadline_is_not_sent(pinterest_fake: FakePinterest) -> None:
    pinterest_fake.rate_limit(1, window=30)
    with ApiClient(pinterest_fake.configuration(retries=0, rate_limit_pacing=True)) as client:
        api = UserAccountApi(client)
        api.user_account_get()  # the last one allowed: Remaining 0, reset in 30 s
        sent = len(pinterest_fake.requests)
        with pytest.raises(ApiTimeoutError):
            api.user_account_get(_deadline=0.5)
    assert len(pinterest_fake.requests) == sent


def _hammer(client: ApiClient, threads: int, seconds: float) -> float:
    """``threads`` threads calling for ``seconds``; returns the elapsed seconds."""
    errors: List[BaseException] = []
    stop = time.monotonic() + seconds

    def work() -> None:
        api = UserAccountApi(client)
        try:
            while time.monotonic() < stop:
                api.user_account_get()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    started = time.monotonic()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert not errors, errors
    return time.monotonic() - started


def test_eight_threads_sustain_the_allowed_rate_with_almost_no_429(pinterest_fake: FakePinterest) -> None:
    quota, window = 20, 0.5  # 40 requests per second
    limit = pinterest_fake.rate_limit(quota, window, route="user_account/get")
    with ApiClient(pinterest_fake.configuration(retries=FAST_RETRIES, rate_limit_pacing=True)) as client:
        elapsed = _hammer(client, threads=8, seconds=3.0)
    allowed = quota / window * elapsed
    assert limit.accepted >= 0.9 * allowed, (limit, elapsed)
    assert limit.rejected <= 0.01 * (limit.accepted + limit.rejected), limit
