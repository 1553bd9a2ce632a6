"""Calls made with ``async_req=True``: :func:`submit` runs the call in the client's executor (made on
first use, closed by ``ApiClient.close()``) and returns an :class:`AsyncResult`. Loaded by the first
asynchronous call; ``AsyncResult`` is imported from :mod:`pinterest_client.api_client`, whose
``__module__`` it names.
"""

from __future__ import annotations

import concurrent.futures
from typing import TYPE_CHECKING, Any, Mapping, Optional

from pinterest_client.api_client import T

if TYPE_CHECKING:
    from typing import Generic

    from pinterest_client._operations import Operation
    from pinterest_client.api_client import ApiClient, PreparedRequest
else:
    from pinterest_client._runtime_typing import Generic


class AsyncResult(Generic[T]):
    """What ``async_req=True`` returns: ``.get(timeout=None)`` blocks for the result."""

    __module__ = "pinterest_client.api_client"  # (where programs import it from)

    def __init__(self, future: "concurrent.futures.Future[Any]") -> None:
        self._future = future

    def get(self, timeout: Optional[float] = None) -> T:
        result: T = self._future.result(timeout)
        return result

    def wait(self, timeout: Optional[float] = None) -> None:
        concurrent.futures.wait([self._future], timeout)

    def ready(self) -> bool:
        return self._future.done()

    def successful(self) -> bool:
        if not self._future.done():
            raise ValueError("the call has not finished")
        return self._future.exception() is None


def submit(
    client: ApiClient, operation: Operation, request: PreparedRequest, options: Mapping[str, Any]
) -> AsyncResult[Any]:
    """Run the call in ``client``'s executor (``pool_threads`` threads, made on first use)."""
    with client._executor_lock:
        if client._executor is None:
            client._executor = concurrent.futures.ThreadPoolExecutor(
                max(1, client.pool_threads), thread_name_prefix="pinterest_client"
            )
        future = client._executor.submit(client._execute, operation, request, options)
    return AsyncResult(future)
