"""When and how long to wait before trying a request again.

The policy is an immutable value: :class:`RetryPolicy` with ``replace()`` for variants. After a
failed attempt, the pipeline in :mod:`pinterest_client.api_client` (and the presigned-URL transfers
of :mod:`pinterest_client.jobs` and :mod:`pinterest_client.media`) asks it one question —
:meth:`RetryPolicy.next_delay`: whether to try again and after how many seconds, given the error,
the method's safety and the time left before the call's deadline — and does the waiting itself.
urllib3's own retries are switched off so that this file is the whole story. The deadline itself
(:func:`deadline_scope`, :func:`current_deadline`: the end every call of a context keeps to) is
kept here too, at the end.

The two value classes are written out rather than made with ``dataclasses`` (which imports
``inspect``: ~4 ms of every program's first call); :class:`_Value` gives them what the decorator
did: keyword construction with defaults, immutability, equality, hashing and a readable repr.
"""

from __future__ import annotations

import contextlib
import time
from typing import TYPE_CHECKING, Any, Dict, FrozenSet, Iterator, Optional, Tuple, TypeVar

from pinterest_client._types import ContextSetting
from pinterest_client.exceptions import ApiConnectionError, ApiException

#: Methods that may be repeated after the server might have acted on them.
IDEMPOTENT_METHODS: FrozenSet[str] = frozenset({"GET", "HEAD", "OPTIONS", "DELETE", "PUT"})

#: Statuses worth another try for idempotent requests (429 is handled separately).
RETRY_STATUSES: FrozenSet[int] = frozenset({500, 502, 503, 504})

#: Retries after the first attempt.
DEFAULT_MAX_RETRIES = 2

#: First backoff delay in seconds; doubles each attempt, with full jitter.
DEFAULT_BACKOFF_FACTOR = 0.5

#: No computed backoff is longer than this many seconds.
DEFAULT_BACKOFF_MAX = 8.0

#: A server-requested wait (Retry-After, X-RateLimit-Reset) longer than this raises instead.
DEFAULT_MAX_WAIT = 60.0


class _Value:
    """An immutable value: ``_FIELDS`` maps each field to its default, in order (a subclass sets
    ``__slots__ = tuple(_FIELDS)`` and annotates the fields for type checkers)."""

    __slots__ = ()
    _FIELDS: Dict[str, Any] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        name = type(self).__name__
        if len(args) > len(self._FIELDS):
            raise TypeError(f"{name}() takes at most {len(self._FIELDS)} positional arguments")
        values = dict(self._FIELDS)
        for field, value in zip(self._FIELDS, args):
            if field in kwargs:
                raise TypeError(f"{name}() got multiple values for argument {field!r}")
            values[field] = value
        unknown = kwargs.keys() - values.keys()
        if unknown:
            raise TypeError(f"{name}() got unexpected keyword argument(s): {', '.join(sorted(unknown))}")
        values.update(kwargs)
        for field, value in values.items():
            object.__setattr__(self, field, value)

    def _values(self) -> Tuple[Any, ...]:
        return tuple(getattr(self, field) for field in self._FIELDS)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: {type(self).__name__} is immutable (use replace())")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: {type(self).__name__} is immutable")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{field}={value!r}" for field, value in zip(self._FIELDS, self._values()))
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> Any:
        return (type(self), self._values())

    def replace(self: _V, **changes: Any) -> _V:
        """A copy with ``changes``."""
        return type(self)(**{**dict(zip(self._FIELDS, self._values())), **changes})


#: (Bound to the class rather than its name: a name would be compiled into a ``typing.ForwardRef``.)
_V = TypeVar("_V", bound=_Value)


class RetryPolicy(_Value):
    """How the client retries.

    * Connection errors where the request never left (refused, DNS, connect timeout) and 429s
      (except spam 429s) are retried for every method.
    * 5xx responses, read timeouts and resets after sending are retried only for
      :data:`IDEMPOTENT_METHODS`, or for every method when ``retry_non_idempotent`` is true (or the
      operation is known to be safe to repeat).
    * The wait is ``Retry-After`` (seconds or HTTP date), else ``X-RateLimit-Reset``, else
      exponential backoff with full jitter capped at ``backoff_max``. A server-requested wait
      above ``max_wait`` raises the error instead of sleeping.
    """

    _FIELDS = {
        "max_retries": DEFAULT_MAX_RETRIES,
        "backoff_factor": DEFAULT_BACKOFF_FACTOR,
        "backoff_max": DEFAULT_BACKOFF_MAX,
        "max_wait": DEFAULT_MAX_WAIT,
        "retry_non_idempotent": False,
        "retry_statuses": RETRY_STATUSES,
    }
    __slots__ = tuple(_FIELDS)
    max_retries: int
    backoff_factor: float
    backoff_max: float
    max_wait: float
    retry_non_idempotent: bool
    retry_statuses: FrozenSet[int]

    if TYPE_CHECKING:  # the signature checkers see; at run time _Value.__init__ takes the fields above

        def __init__(
            self,
            max_retries: int = DEFAULT_MAX_RETRIES,
            backoff_factor: float = DEFAULT_BACKOFF_FACTOR,
            backoff_max: float = DEFAULT_BACKOFF_MAX,
            max_wait: float = DEFAULT_MAX_WAIT,
            retry_non_idempotent: bool = False,
            retry_statuses: FrozenSet[int] = RETRY_STATUSES,
        ) -> None: ...

    @classmethod
    def coerce(cls, value: "RetryPolicy | int | None") -> "RetryPolicy":
        """``None`` -> default policy; an int -> default policy with that many retries."""
        if value is None:
            return cls()
        if isinstance(value, RetryPolicy):
            return value
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"retries: expected a RetryPolicy or a non-negative int, got {value!r}")
        return cls(max_retries=value)

    def may_repeat(self, method: str, idempotent: bool) -> bool:
        return self.retry_non_idempotent or idempotent or method.upper() in IDEMPOTENT_METHODS

    def next_delay(
        self,
        error: ApiException,
        attempt: int,
        method: str,
        idempotent: bool = False,
        remaining: Optional[float] = None,
    ) -> Optional[float]:
        """Seconds to wait before attempt ``attempt + 1`` after ``error``, or ``None`` to raise it.

        ``remaining`` is the time left before the call's deadline: a wait that would not leave
        room for another attempt raises instead."""
        delay = self._delay(error, attempt, method, idempotent)
        if delay is not None and remaining is not None and delay >= remaining:
            return None
        return delay

    def _delay(self, error: ApiException, attempt: int, method: str, idempotent: bool) -> Optional[float]:
        if attempt > self.max_retries:
            return None
        if isinstance(error, ApiConnectionError):
            if not error.retryable or error.sent and not self.may_repeat(method, idempotent):
                return None
            return self.backoff(attempt)
        from pinterest_client._ratelimit import parse_rate_limit_reset, parse_retry_after
        from pinterest_client.exceptions import RateLimitException, SpamRateLimitException

        if isinstance(error, SpamRateLimitException):
            return None
        rate_limited = isinstance(error, RateLimitException)
        if not rate_limited and not (error.status in self.retry_statuses and self.may_repeat(method, idempotent)):
            return None
        advised = parse_retry_after(error.headers)
        if advised is None and rate_limited:
            advised = parse_rate_limit_reset(error.headers)
        if advised is None:
            return self.backoff(attempt)
        return None if advised > self.max_wait else advised

    def backoff(self, attempt: int) -> float:
        """Jittered exponential delay before retry number ``attempt`` (1-based)."""
        import random  # not needed until the first retry

        ceiling = min(self.backoff_max, self.backoff_factor * (2 ** (attempt - 1)))
        return random.uniform(ceiling / 2, ceiling)


# -- the deadline of the calls in the current context ---------------------------------------------
#
# :func:`deadline_scope` sets it (the job helpers
# give each poll what is left of their ``timeout``), every API call ends by it (see
# :mod:`pinterest_client.api_client`), and so does a wait for a token refresh another thread is making.

#: The deadline (a ``time.monotonic()`` instant) of the enclosing :func:`deadline_scope`, if any.
_SCOPE_DEADLINE = ContextSetting("pinterest_client_deadline", None)


def current_deadline() -> Optional[float]:
    """The ``time.monotonic()`` instant calls in this context must end by, or ``None``."""
    deadline: Optional[float] = _SCOPE_DEADLINE.get()
    return deadline


@contextlib.contextmanager
def deadline_scope(seconds: Optional[float]) -> Iterator[None]:
    """Every API call inside ends (returns or raises) within ``seconds`` from now, or the
    enclosing scope's deadline if that is earlier (used by the job helpers)."""
    if seconds is None:
        yield
        return
    token = _SCOPE_DEADLINE.set(_earliest(_SCOPE_DEADLINE.get(), time.monotonic() + max(0.0, seconds)))
    try:
        yield
    finally:
        _SCOPE_DEADLINE.reset(token)


def _earliest(a: Optional[float], b: Optional[float]) -> Optional[float]:
    if a is None:
        return b
    return a if b is None or a <= b else b


# The rate-limit headers' parsers and :class:`RateLimitInfo` are defined in ``_ratelimit`` (with the
# pacing they serve), loaded with the first 429 or paced call, and importable from here.
if TYPE_CHECKING:
    from pinterest_client._ratelimit import RateLimitInfo as RateLimitInfo
    from pinterest_client._ratelimit import parse_policies as parse_policies
    from pinterest_client._ratelimit import parse_rate_limit_reset as parse_rate_limit_reset
    from pinterest_client._ratelimit import parse_retry_after as parse_retry_after
else:
    from pinterest_client._runtime_typing import lazy_names

    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "RateLimitInfo": "_ratelimit",
            "parse_policies": "_ratelimit",
            "parse_rate_limit_reset": "_ratelimit",
            "parse_retry_after": "_ratelimit",
        },
    )
