"""The in-memory transport, :class:`MockTransport`: answers each request with a function, for tests
of code built on the SDK. Programs import it from :mod:`pinterest_client.rest`, which loads this
module when it is first named (its ``__module__`` says ``pinterest_client.rest``).
"""

from __future__ import annotations

from typing import Callable, List

from pinterest_client.rest import Request, Response


class MockTransport:
    """An in-memory transport: ``handler(request) -> Response``. Keeps every request in ``requests``."""

    __module__ = "pinterest_client.rest"  # (where programs import it from: reprs and pickles name it)

    def __init__(self, handler: Callable[[Request], Response]) -> None:
        self.handler = handler
        self.requests: List[Request] = []

    def send(self, request: Request) -> Response:
        self.requests.append(request)
        return self.handler(request)

    def close(self) -> None:
        pass
