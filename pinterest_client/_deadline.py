"""The deadline of the calls in the current context: :func:`deadline_scope` sets it (the job helpers
give each poll what is left of their ``timeout``), every API call ends by it (see
:mod:`pinterest_client.api_client`), and so does a wait for a token refresh another thread is making."""

from __future__ import annotations

import contextlib
import time
from typing import Iterator, Optional

from pinterest_client._types import ContextSetting

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
