"""Pinterest's rate-limit headers (:class:`RateLimitInfo`, the parsers; importable from
:mod:`pinterest_client.retry`) and client-side pacing by them (``Configuration(rate_limit_pacing=True)``).

Pinterest answers every call with ``X-RateLimit-Limit: 100, 100;w=1, 1000;w=60`` (the quota in
force, then ``quota;w=window_seconds`` policies), ``X-RateLimit-Remaining`` and
``X-RateLimit-Reset`` (seconds until the window resets). Without pacing, threads that share a
quota run into 429s and each waits out ``Retry-After``; with it, a :class:`Pacer` per rate-limit
category (operations of one category share a quota) spaces request starts out:

* at 95% of the tightest policy's rate (``window / quota`` seconds apart), with a burst of at most
  5% of the smallest quota after an idle spell, so no window of any policy sees more starts than
  its quota, whatever the windows' phase;
* when the server says ``Remaining: 0`` (the quota is shared with another process, or no policy
  was announced), every request of the category waits until ``Reset``.

Nothing is paced before the first response of a category has told its limits (the requests
started meanwhile are then counted as if they had been). A wait that would
end after the call's deadline raises :class:`~pinterest_client.exceptions.ApiTimeoutError`
(``sent=False``) instead of sleeping. A pacer is shared by the threads of one client (one lock, held
for a few arithmetic operations, never while sleeping).
"""

from __future__ import annotations

import threading
import time
from typing import Dict, Mapping, Optional, Tuple

from pinterest_client.exceptions import ApiTimeoutError
from pinterest_client.retry import _Value

# -- the headers ------------------------------------------------------------------------------------


def parse_retry_after(headers: Optional[Mapping[str, str]], now: Optional[float] = None) -> Optional[float]:
    """Seconds to wait according to ``Retry-After`` (delta-seconds or HTTP date), else ``None``."""
    if not headers:
        return None
    value = headers.get("retry-after") or headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    import email.utils  # http.client has imported it already

    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    return max(0.0, parsed.timestamp() - (time.time() if now is None else now))


def parse_rate_limit_reset(headers: Optional[Mapping[str, str]]) -> Optional[float]:
    """Seconds until the quota resets, from ``X-RateLimit-Reset``."""
    if not headers:
        return None
    value = headers.get("x-ratelimit-reset") or headers.get("X-RateLimit-Reset")
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def parse_policies(limit: str) -> Tuple[Tuple[int, float], ...]:
    """``"100, 100;w=1, 1000;w=60"`` -> ``((100, 1.0), (1000, 60.0))``: the ``quota;w=window``
    policies (the first bare number, the quota in force, carries no window); malformed parts are
    skipped."""
    policies = []
    for part in limit.split(","):
        quota, _, window = part.strip().partition(";w=")
        if not window:
            continue
        try:
            pair = (int(quota), float(window))
        except ValueError:
            continue
        if pair[0] > 0 and pair[1] > 0:
            policies.append(pair)
    return tuple(policies)


class RateLimitInfo(_Value):
    """The ``X-RateLimit-*`` headers. ``limit`` is the first number of e.g. ``'100, 100;w=1'``,
    ``policies`` the ``(quota, window_seconds)`` pairs after it."""

    __module__ = "pinterest_client.retry"  # (its public home)

    _FIELDS = {"limit": None, "remaining": None, "reset": None, "policies": ()}
    __slots__ = tuple(_FIELDS)
    limit: Optional[int]
    remaining: Optional[int]
    reset: Optional[float]
    policies: Tuple[Tuple[int, float], ...]

    @classmethod
    def from_headers(cls, headers: Optional[Mapping[str, str]]) -> "RateLimitInfo":
        if not headers:
            return cls()
        raw_limit = headers.get("x-ratelimit-limit") or headers.get("X-RateLimit-Limit") or ""
        first = raw_limit.split(",", 1)[0].strip()
        limit = int(first) if first.isdigit() else None  # the quota in force: the first bare number
        remaining_raw = headers.get("x-ratelimit-remaining") or headers.get("X-RateLimit-Remaining")
        try:
            remaining = int(remaining_raw) if remaining_raw else None
        except ValueError:
            remaining = None
        return cls(limit, remaining, parse_rate_limit_reset(headers), parse_policies(raw_limit))


# -- pacing ---------------------------------------------------------------------------------------

#: Share of the announced rate the pacer aims at (the rest absorbs timing jitter).
TARGET_FRACTION = 0.95


def spacing(policies: Tuple[Tuple[int, float], ...], fraction: float = TARGET_FRACTION) -> Tuple[float, int]:
    """``(seconds between starts, burst)`` that keeps every policy's windows within their quota:
    the tightest rate times ``fraction``, and a burst of one less than ``(1 - fraction)`` of the
    smallest quota (at least 1), so that a window ends with one request to spare.
    ``(0.0, 0)`` when there is no policy."""
    if not policies:
        return 0.0, 0
    interval = max(window / quota for quota, window in policies) / fraction
    burst = max(1, min(int(quota * (1 - fraction)) for quota, _ in policies) - 1)
    return interval, burst


class Pacer:
    """The request starts of one rate-limit category of one client (see the module docstring).

    :meth:`acquire` before sending (it may sleep), :meth:`release` with the response's headers
    after (``None`` when there was no response)."""

    def __init__(self, fraction: float = TARGET_FRACTION) -> None:
        self._lock = threading.Lock()
        self._fraction = fraction
        self._limit_header: Optional[str] = None
        self._interval = 0.0  # seconds between starts; 0: no policy known
        self._tolerance = 0.0  # how far ahead of now the schedule may run (the burst)
        self._next = 0.0  # the schedule: monotonic instant the next start is due (GCRA)
        self._blocked_until = 0.0  # the server said Remaining: 0 until then
        self._unpaced = 0  # starts before any policy was known (they count against the first one)
        self._unpaced_since = 0.0

    def acquire(self, deadline: Optional[float]) -> None:
        """Wait for this request's turn (or raise if the turn comes after ``deadline``)."""
        with self._lock:
            now = time.monotonic()
            start = max(now, self._blocked_until)
            if self._interval:
                start = max(start, self._next - self._tolerance)
                self._next = max(self._next, start) + self._interval
            else:
                if not self._unpaced:
                    self._unpaced_since = start
                self._unpaced += 1
        wait = start - now
        if wait <= 0:
            return
        if deadline is not None and start > deadline:
            raise ApiTimeoutError(
                f"rate limit: the next request may start in {wait:.2f}s, after the call's deadline", sent=False
            )
        time.sleep(wait)

    def release(self, headers: Optional[Mapping[str, str]]) -> None:
        """Learn from a response's ``X-RateLimit-*`` headers (no-op without them)."""
        if not headers:
            return
        limit = headers.get("x-ratelimit-limit")
        remaining = headers.get("x-ratelimit-remaining")
        if limit is None and remaining is None:
            return
        with self._lock:
            if limit is not None and limit != self._limit_header:
                self._limit_header = limit
                interval, burst = spacing(parse_policies(limit), self._fraction)
                self._interval, self._tolerance = interval, interval * max(0, burst - 1)
                if interval and self._unpaced:  # as if the starts made before had been paced
                    self._next = max(self._next, self._unpaced_since + self._unpaced * interval)
                    self._unpaced = 0
            if remaining is not None and remaining.strip() == "0":
                reset = parse_rate_limit_reset(headers)
                if reset is not None and reset < 3600:  # (an absurd reset is ignored)
                    self._blocked_until = max(self._blocked_until, time.monotonic() + reset)

    def __repr__(self) -> str:
        rate = f"{1 / self._interval:.1f}/s" if self._interval else "unknown rate"
        return f"<Pacer {rate}>"


class Pacers:
    """One :class:`Pacer` per rate-limit category (``None``: operations without one), made on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pacers: Dict[Optional[str], Pacer] = {}

    def get(self, category: Optional[str]) -> Pacer:
        pacer = self._pacers.get(category)
        if pacer is None:
            with self._lock:
                pacer = self._pacers.setdefault(category, Pacer())
        return pacer
