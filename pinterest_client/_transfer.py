"""Transfers to and from presigned URLs (S3): report downloads and media uploads.

They carry no Pinterest ``Authorization`` header, go through the client's transport (TLS and
proxy settings) and share one retry loop, :func:`with_retries`, which asks the client's
:class:`~pinterest_client.retry.RetryPolicy` (``Retry-After`` included) whether to try again: a
connection error, a 5xx or a 429 — also one in the middle of the body — means another attempt.
:func:`download` writes a file atomically (a temporary file renamed at the end: a failed download
never leaves a truncated file behind).
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from typing import IO, Any, Callable, List, Optional, TypeVar, Union

from pinterest_client._failures import exception_for, translate
from pinterest_client._progress import Progress
from pinterest_client.api_client import ApiClient
from pinterest_client.exceptions import ApiConnectionError, ApiException, ApiTimeoutError
from pinterest_client.rest import CHUNK_SIZE, Request, Response, make_timeout
from pinterest_client.retry import RetryPolicy, current_deadline

T = TypeVar("T")
PathLike = Union[str, "os.PathLike[str]"]

logger = logging.getLogger("pinterest_client")

#: A download is retried at least this many times (whatever the client's policy for API calls).
DOWNLOAD_RETRIES = 2


def strip_query(url: str) -> str:
    """Presigned URLs carry signatures in their query: never show it."""
    return url.split("?", 1)[0]


def with_retries(
    attempt: Callable[[Optional[float]], T],
    policy: RetryPolicy,
    *,
    method: str,
    what: str,
    on_failure: Callable[[ApiException], BaseException],
    rewind: Optional[Callable[[], bool]] = None,
) -> T:
    """Run ``attempt(deadline)`` until it returns; an ``ApiException`` it raises (a connection
    error, or ``exception_for`` a non-2xx status) is retried as ``policy`` says, within the
    enclosing deadline (see :func:`~pinterest_client.api_client.deadline_scope`). ``rewind()``
    prepares the next attempt (false: cannot). The last error goes through ``on_failure``."""
    deadline = current_deadline()
    number = 0
    while True:
        number += 1
        try:
            return attempt(deadline)
        except ApiException as error:
            remaining = None if deadline is None else deadline - time.monotonic()
            delay = policy.next_delay(error, number, method, True, remaining)
            if delay is None or (rewind is not None and not rewind()):
                if isinstance(error, ApiConnectionError):
                    raise
                raise on_failure(error) from None
            logger.info("%s failed (%s); retrying in %.2fs", what, error, delay)
            time.sleep(delay)


def send(api_client: ApiClient, request: Request) -> Response:
    """One request through the client's transport; a non-2xx raises its ``ApiException`` (body read)."""
    response = api_client.transport.send(request)
    if 200 <= response.status < 300:
        return response
    body = response.data
    if body is None:
        try:
            body = response.raw.read() if response.raw is not None else b""
        finally:
            response.release_conn()
    raise exception_for(response.status, response.reason, body, response.headers)


def download(
    api_client: ApiClient,
    url: str,
    dest: Union[PathLike, IO[bytes], None],
    *,
    timeout: Any,
    progress: bool,
    on_failure: Callable[[ApiException], BaseException],
) -> Optional[bytes]:
    """GET ``url`` into memory (returned), a path (written atomically) or a binary file."""
    headers = {"User-Agent": api_client.user_agent, "Accept": "*/*"}
    request_timeout = make_timeout(timeout) if timeout is not None else None
    shown = strip_query(url)
    policy = api_client.configuration.retries
    policy = policy.replace(max_retries=max(policy.max_retries, DOWNLOAD_RETRIES))

    if isinstance(dest, (str, os.PathLike)):
        _download_to_path(api_client, url, os.fspath(dest), request_timeout, progress, on_failure)
        return None

    start = dest.tell() if dest is not None and _seekable(dest) else None

    def rewind() -> bool:
        if dest is None:
            return True
        if start is None:
            return False
        dest.seek(start)
        dest.truncate()
        return True

    def attempt(deadline: Optional[float]) -> Optional[bytes]:
        response = send(
            api_client, Request("GET", url, headers, timeout=request_timeout, deadline=deadline, stream=True)
        )
        if dest is None:
            chunks: List[bytes] = []
            _copy(response, chunks.append, deadline, shown, progress)
            return b"".join(chunks)
        _copy(response, dest.write, deadline, shown, progress)
        return None

    return with_retries(attempt, policy, method="GET", what=f"download {shown}", on_failure=on_failure, rewind=rewind)


def _download_to_path(
    api_client: ApiClient,
    url: str,
    path: str,
    request_timeout: Any,
    progress: bool,
    on_failure: Callable[[ApiException], BaseException],
) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(prefix=".download-", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "w+b") as out:
            download(api_client, url, out, timeout=request_timeout, progress=progress, on_failure=on_failure)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    return None


def _seekable(fileobj: Any) -> bool:
    check = getattr(fileobj, "seekable", None)
    return bool(check and check())


def _copy(
    response: Response, write: Callable[[bytes], Any], deadline: Optional[float], shown: str, progress: bool
) -> None:
    """Stream the body of ``response`` into ``write``, within ``deadline``."""
    import urllib3

    raw = response.raw
    length = response.headers.get("Content-Length")
    total = int(length) if length and length.isdigit() else None
    read = getattr(raw, "read1", None) or raw.read
    try:
        with Progress(f"download {os.path.basename(shown) or shown}", enabled=progress, total=total, unit="B") as bar:
            while True:
                if deadline is not None and time.monotonic() >= deadline:
                    raise ApiTimeoutError(f"download {shown}: deadline exceeded while reading", sent=True)
                chunk = read(CHUNK_SIZE)
                if not chunk:
                    break
                write(chunk)
                bar.update(len(chunk))
    except urllib3.exceptions.HTTPError as exc:
        raw.close()
        raise translate(exc) from exc
    except BaseException:
        raw.close()
        raise
    raw.release_conn()
