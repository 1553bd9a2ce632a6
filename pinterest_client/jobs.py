"""Long-running workflows: submit, poll with backoff until done or failed (within a deadline), download.

Every helper here (and :func:`pinterest_client.media.upload_media`) polls through one function,
:func:`wait_until`. The helpers:

=====================================  =============================================================
:func:`run_analytics_report`           ``analytics_create_report`` -> ``analytics_get_report`` -> download
:func:`wait_for_analytics_report`      poll ``analytics_get_report`` for a token you already have
:func:`run_bulk_upsert`                ``bulk_upsert_create`` -> ``bulk_request_get``
:func:`run_bulk_download`              ``bulk_download_create`` -> ``bulk_request_get``
:func:`wait_for_bulk_request`          poll ``bulk_request_get``
:func:`run_items_batch`                ``items_batch_post`` -> ``items_batch_get``
:func:`wait_for_items_batch`           poll ``items_batch_get``
:func:`download_file`                  GET a report/result URL (no Pinterest ``Authorization`` header)
=====================================  =============================================================

Errors (all :class:`~pinterest_client.exceptions.OpenApiException`)::

    JobError                 a workflow did not end well: .job (what), .status (last status), .last (last response)
    ├── JobFailedError       Pinterest reported failure (FAILED, CANCELLED, EXPIRED, media "failed", ...)
    ├── JobTimeoutError      the deadline passed first (also a builtin TimeoutError): .timeout, .elapsed
    └── TransferError        an upload/download URL (S3) answered non-2xx: .http_status, .body, .headers

Errors of the API calls themselves (404, 5xx after the client's retries, ...) propagate unchanged as
:class:`~pinterest_client.exceptions.ApiException`. A poll that fails with a connection error, a 5xx
or a 429 is tried again with the backoff until the deadline; the error that ends a wait carries
``job_handle`` (the bulk request id, report token, batch id or media id — as every ``JobError``
carries ``handle``), so the wait can be resumed (``wait_for_bulk_request(client, account, exc.job_handle)``).
"""

from __future__ import annotations

import csv
import dataclasses
import enum
import gzip
import io
import json
import logging
import os
import random
import time
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    Callable,
    Collection,
    Dict,
    List,
    Mapping,
    Optional,
    Tuple,
    TypeVar,
    Union,
    overload,
)

from pinterest_client import _transfer
from pinterest_client._progress import Progress
from pinterest_client.api.ad_accounts_api import AdAccountsApi
from pinterest_client.api.bulk_api import BulkApi
from pinterest_client.api.catalog_items_api import CatalogItemsApi
from pinterest_client.api_client import ApiClient
from pinterest_client.exceptions import (
    ApiConnectionError,
    ApiException,
    OpenApiException,
    RateLimitException,
    ServiceException,
    SpamRateLimitException,
)
from pinterest_client.model.ads_analytics_create_async_request import AdsAnalyticsCreateAsyncRequest
from pinterest_client.model.ads_analytics_get_async_response import AdsAnalyticsGetAsyncResponse
from pinterest_client.model.bulk_download_request import BulkDownloadRequest
from pinterest_client.model.bulk_upsert_request import BulkUpsertRequest
from pinterest_client.model.bulk_upsert_status_response import BulkUpsertStatusResponse
from pinterest_client.model.catalogs_items_batch import CatalogsItemsBatch
from pinterest_client.model.items_batch_post_request import ItemsBatchPostRequest
from pinterest_client.retry import deadline_scope

__all__ = [
    "AnalyticsReport",
    "Backoff",
    "JobError",
    "JobFailedError",
    "JobTimeoutError",
    "TransferError",
    "download_file",
    "job_status",
    "run_analytics_report",
    "run_bulk_download",
    "run_bulk_upsert",
    "run_items_batch",
    "wait_for_analytics_report",
    "wait_for_bulk_request",
    "wait_for_items_batch",
    "wait_until",
]

T = TypeVar("T")
PathLike = Union[str, "os.PathLike[str]"]
#: A request timeout: seconds, or ``(connect, read)``.
TimeoutArg = Union[float, Tuple[Optional[float], Optional[float]], None]

logger: logging.Logger = logging.getLogger("pinterest_client")

#: Default deadline of :func:`wait_until` and the job helpers, in seconds.
DEFAULT_TIMEOUT = 900.0
#: Default first wait between two polls, and the cap the backoff grows to.
DEFAULT_POLL_INTERVAL = 2.0
DEFAULT_MAX_POLL_INTERVAL = 30.0

#: Statuses of ``analytics_get_report`` (``BulkReportingJobStatus``).
REPORT_DONE = frozenset({"FINISHED"})
REPORT_FAILED = frozenset({"FAILED", "CANCELLED", "EXPIRED", "DOES_NOT_EXIST"})
#: Statuses of ``bulk_request_get``: ``BulkUpsertStatus`` for upserts, ``BulkReportingJobStatus`` for downloads.
BULK_DONE = frozenset({"SUCCEEDED", "FINISHED"})
BULK_FAILED = frozenset({"FAILED", "CANCELLED", "EXPIRED", "DOES_NOT_EXIST"})
#: Statuses of ``items_batch_get`` (``BatchOperationStatus``).
BATCH_DONE = frozenset({"COMPLETED"})
BATCH_FAILED = frozenset({"FAILED"})


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------


class JobError(OpenApiException):
    """A long-running workflow did not end well.

    :ivar job: what was being waited for (``"media 123"``, ``"analytics report"``...).
    :ivar status: the last status seen (``"FAILED"``, ``"processing"``...), or ``None``.
    :ivar last: the last response polled (a model), or ``None``.
    :ivar handle: what identifies the job to resume waiting (request id, report token, media id).
    """

    def __init__(
        self,
        message: str,
        *,
        job: str = "job",
        status: Optional[str] = None,
        last: Any = None,
        handle: Optional[str] = None,
    ) -> None:
        super().__init__(message)
        self.job = job
        self.status = status
        self.last = last
        self.handle = handle


class JobFailedError(JobError):
    """Pinterest reported that the job failed (or was cancelled, expired, or does not exist)."""


class JobTimeoutError(JobError, TimeoutError):
    """The deadline passed before the job finished. The job may still finish on Pinterest's side:
    wait again with :attr:`handle`. :ivar timeout: the deadline in seconds. :ivar elapsed: seconds waited."""

    def __init__(self, message: str, *, timeout: Optional[float] = None, elapsed: float = 0.0, **details: Any) -> None:
        super().__init__(message, **details)
        self.timeout = timeout
        self.elapsed = elapsed


class TransferError(JobError):
    """An upload to, or download from, a URL outside the API (S3) answered with a non-2xx status.

    :ivar http_status: the HTTP status. :ivar body: the response body (bytes, S3 sends XML).
    :ivar headers: the response headers.
    """

    def __init__(
        self,
        message: str,
        *,
        job: str = "transfer",
        http_status: int = 0,
        body: bytes = b"",
        headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(message, job=job, status=str(http_status) if http_status else None)
        self.http_status = http_status
        self.body = body
        self.headers: Dict[str, str] = dict(headers or {})


_strip_query = _transfer.strip_query


def transfer_error(error: ApiException, what: str, job: str) -> TransferError:
    """The :class:`TransferError` for ``error``, a presigned URL's non-2xx answer: ``what`` failed,
    with S3's code and message. (``ApiException.body`` is text, as the original client's was; S3's
    XML is UTF-8, so it goes back to the bytes it came as.)"""
    body = error.body.encode("utf-8") if isinstance(error.body, str) else error.body or b""
    return TransferError(
        f"{what}: HTTP {error.status} {_s3_message(body)}",
        job=job,
        http_status=error.status or 0,
        body=body,
        headers=dict(error.headers or {}),
    )


def _s3_message(body: bytes) -> str:
    """``<Code>``/``<Message>`` of an S3 XML error body (best effort), else the start of the body."""
    text = body.decode("utf-8", "replace")
    parts = []
    for tag in ("Code", "Message"):
        start, end = text.find(f"<{tag}>"), text.find(f"</{tag}>")
        if start != -1 and end > start:
            parts.append(text[start + len(tag) + 2 : end])
    if parts:
        return ": ".join(parts)
    text = " ".join(text.split())
    return text if len(text) <= 200 else text[:197] + "..."


# ---------------------------------------------------------------------------------------------
# Polling
# ---------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Backoff:
    """Waits between polls: ``initial``, then times ``factor`` each poll, capped at ``maximum``,
    each randomised by ``± jitter`` (a fraction)."""

    initial: float = DEFAULT_POLL_INTERVAL
    factor: float = 1.5
    maximum: float = DEFAULT_MAX_POLL_INTERVAL
    jitter: float = 0.1

    def __post_init__(self) -> None:
        if self.initial < 0 or self.maximum < 0 or self.factor < 1 or not 0 <= self.jitter < 1:
            raise ValueError(f"invalid {self!r}: need initial, maximum >= 0, factor >= 1, 0 <= jitter < 1")

    def delay(self, attempt: int) -> float:
        """Seconds to wait after poll number ``attempt`` (1-based)."""
        base = min(self.maximum, self.initial * self.factor ** max(0, attempt - 1))
        if self.jitter:
            base *= 1 + random.uniform(-self.jitter, self.jitter)
        return max(0.0, base)

    @classmethod
    def coerce(cls, value: Union["Backoff", float, None]) -> "Backoff":
        """``None`` -> the default; a number -> a constant interval; a ``Backoff`` as is."""
        if value is None:
            return cls()
        if isinstance(value, Backoff):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return cls(initial=float(value), factor=1.0, maximum=float(value), jitter=0.0)
        raise TypeError(f"backoff: expected a Backoff or a number of seconds, got {value!r}")


def job_status(value: Any) -> Optional[str]:
    """The status of a polled response as a plain string: its ``status`` or ``report_status``."""
    for name in ("status", "report_status"):
        found = value.get(name) if isinstance(value, Mapping) else getattr(value, name, None)
        if found is not None:
            return str(found.value if isinstance(found, enum.Enum) else found)
    return None


def _in(statuses: Collection[str]) -> Callable[[Any], bool]:
    def check(value: Any) -> bool:
        return job_status(value) in statuses

    return check


def _detail(value: Any) -> str:
    """Extra words for an error message from a polled response (its ``message``, if any)."""
    message = value.get("message") if isinstance(value, Mapping) else getattr(value, "message", None)
    return f": {message}" if isinstance(message, str) and message else ""


def wait_until(
    fetch: Callable[[], T],
    is_done: Callable[[T], bool],
    is_failed: Optional[Callable[[T], bool]] = None,
    timeout: Optional[float] = DEFAULT_TIMEOUT,
    backoff: Union[Backoff, float, None] = None,
    progress: bool = False,
    *,
    what: str = "job",
    status: Callable[[T], Optional[str]] = job_status,
    handle: Optional[str] = None,
) -> T:
    """Call ``fetch()`` until ``is_done(result)``; return that result.

    :param fetch: gets the current state (one API call). It runs within the deadline (every API
        call inside ends by ``timeout`` plus a short grace for the last poll). A failed poll that is
        worth repeating (connection error, 5xx, 429) is retried with the backoff until the
        deadline; the error that ends the wait is raised unchanged, with ``job_handle`` (``handle``)
        and ``job`` (``what``) set on it, so that the wait can be resumed.
    :param is_done: true when the job finished successfully.
    :param is_failed: true when it finished badly: raises :class:`JobFailedError` (checked first).
    :param timeout: seconds before :class:`JobTimeoutError` (``None``: wait forever). The last poll
        happens at the deadline.
    :param backoff: a :class:`Backoff`, or a constant number of seconds between polls.
    :param progress: show a bar (tqdm) or log a line on the ``pinterest_client`` logger now and then.
    :param what: names the job in messages and in the progress display.
    :param status: extracts the status string shown in progress and errors (default :func:`job_status`).
    :param handle: what identifies the job (request id, report token, media id), put on every error.
    """
    policy = Backoff.coerce(backoff)
    started = time.monotonic()
    deadline = None if timeout is None else started + timeout
    grace = None if timeout is None else min(MAX_POLL_GRACE, max(MIN_POLL_GRACE, timeout / 4))
    attempt = 0
    with Progress(what, enabled=progress, unit="poll") as bar:
        while True:
            attempt += 1
            remaining = None if deadline is None else deadline - time.monotonic()
            try:
                with deadline_scope(None if remaining is None or grace is None else max(0.0, remaining) + grace):
                    value = fetch()
            except ApiException as error:
                error.job, error.job_handle = what, handle  # type: ignore[attr-defined]
                delay = _poll_error_delay(error, policy, attempt, deadline)
                if delay is None:
                    bar.close("error")
                    raise
                logger.info("%s: poll failed (%s); polling again in %.1fs", what, error, delay)
                time.sleep(delay)
                continue
            state = status(value)
            bar.update(1, state)
            if is_failed is not None and is_failed(value):
                bar.close(state)
                raise JobFailedError(
                    f"{what} failed (status {state!r}){_detail(value)}",
                    job=what,
                    status=state,
                    last=value,
                    handle=handle,
                )
            if is_done(value):
                bar.close(state)
                logger.debug("%s: %s after %.1fs (%d polls)", what, state, time.monotonic() - started, attempt)
                return value
            delay = policy.delay(attempt)
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    elapsed = time.monotonic() - started
                    bar.close(state)
                    raise JobTimeoutError(
                        f"{what} did not finish within {timeout:g}s (last status {state!r}, {attempt} polls)",
                        job=what,
                        status=state,
                        last=value,
                        timeout=timeout,
                        elapsed=elapsed,
                        handle=handle,
                    )
                delay = min(delay, remaining)
            logger.debug("%s: %s, polling again in %.1fs", what, state, delay)
            time.sleep(delay)


#: The last poll of a wait may take this long past the deadline (a quarter of the timeout, within these).
MIN_POLL_GRACE = 1.0
MAX_POLL_GRACE = 30.0


def _poll_error_delay(
    error: ApiException, backoff: Backoff, attempt: int, deadline: Optional[float]
) -> Optional[float]:
    """Seconds before polling again after ``error``, or ``None`` to raise it."""
    if isinstance(error, SpamRateLimitException):
        return None
    if isinstance(error, ApiConnectionError):
        if not error.retryable:
            return None
    elif not (isinstance(error, (ServiceException, RateLimitException))):
        return None
    delay = backoff.delay(attempt)
    if deadline is not None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        delay = min(delay, remaining)
    return delay


def _backoff(poll_interval: float, max_poll_interval: float) -> Backoff:
    """The waits of the ``wait_for_*`` helpers: from ``poll_interval`` up to ``max_poll_interval``."""
    return Backoff(initial=poll_interval, maximum=max(poll_interval, max_poll_interval))


# ---------------------------------------------------------------------------------------------
# Downloads (no Pinterest auth)
# ---------------------------------------------------------------------------------------------


if TYPE_CHECKING:  # (typing.overload would keep these, and this module's globals, to the interpreter's end)

    @overload
    def download_file(
        api_client: ApiClient,
        url: str,
        dest: None = None,
        *,
        timeout: TimeoutArg = None,
        progress: bool = False,
    ) -> bytes: ...

    @overload
    def download_file(
        api_client: ApiClient,
        url: str,
        dest: Union[PathLike, IO[bytes]],
        *,
        timeout: TimeoutArg = None,
        progress: bool = False,
    ) -> None: ...


def download_file(
    api_client: ApiClient,
    url: str,
    dest: Union[PathLike, IO[bytes], None] = None,
    *,
    timeout: TimeoutArg = None,
    progress: bool = False,
) -> Optional[bytes]:
    """GET ``url`` (a report or bulk result on S3) without the Pinterest ``Authorization`` header.

    Returns the bytes, or streams them into ``dest`` (a path or a binary file) and returns ``None``.
    A path is written atomically: a temporary file next to it, renamed once complete (a failed
    download leaves no truncated file). Uses the client's transport (TLS and proxy settings);
    connection errors (also in the middle of the body), 5xx and 429 are retried as the client's
    ``RetryPolicy`` says. Non-2xx raises :class:`TransferError`.
    """
    shown = _strip_query(url)

    def failed(error: ApiException) -> TransferError:
        return transfer_error(error, f"download of {shown} failed", "download")

    return _transfer.download(api_client, url, dest, timeout=timeout, progress=progress, on_failure=failed)


# ---------------------------------------------------------------------------------------------
# Analytics reports
# ---------------------------------------------------------------------------------------------


@dataclasses.dataclass
class AnalyticsReport:
    """A finished asynchronous analytics report.

    :ivar token: the report token. :ivar status: ``"FINISHED"``. :ivar url: the download URL
        (valid for minutes). :ivar size: the size Pinterest announced. :ivar content: the downloaded
        file (``None`` if not downloaded, or saved to ``path``). :ivar path: where it was saved.
    """

    token: str
    status: str
    url: Optional[str] = None
    size: Optional[float] = None
    content: Optional[bytes] = None
    path: Optional[str] = None

    def data(self) -> bytes:
        """The report file's bytes (gunzipped when compressed), from memory or from ``path``."""
        raw = self.content
        if raw is None and self.path is not None:
            with open(self.path, "rb") as fh:
                raw = fh.read()
        if raw is None:
            raise ValueError("the report was not downloaded (run_analytics_report(..., download=True))")
        return gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw

    def text(self, encoding: str = "utf-8") -> str:
        return self.data().decode(encoding)

    def json(self) -> Any:
        """The report parsed as JSON (``report_format="JSON"``)."""
        return json.loads(self.data())

    def rows(self) -> List[Dict[str, Any]]:
        """The report as a list of row dicts, for CSV and JSON reports alike.

        JSON reports keyed by entity id (``{"<id>": [row, ...]}``) are flattened into one list. CSV
        values stay strings (ids must not become numbers).
        """
        text = self.text().lstrip("\ufeff")
        stripped = text.lstrip()
        if stripped.startswith(("{", "[")):
            return _json_rows(json.loads(stripped))
        return [dict(row) for row in csv.DictReader(io.StringIO(text))]


def _json_rows(value: Any) -> List[Dict[str, Any]]:
    if isinstance(value, list):
        return [row if isinstance(row, dict) else {"value": row} for row in value]
    if isinstance(value, dict):
        if value and all(isinstance(v, list) for v in value.values()):
            return [row for rows in value.values() for row in _json_rows(rows)]
        if value and all(isinstance(v, dict) for v in value.values()):
            return list(value.values())
        return [value]
    return [{"value": value}]


def wait_for_analytics_report(
    api_client: ApiClient,
    ad_account_id: str,
    token: str,
    *,
    timeout: Optional[float] = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    progress: bool = False,
) -> AdsAnalyticsGetAsyncResponse:
    """Poll ``analytics_get_report`` until the report is ``FINISHED``; return that response (with ``url``)."""
    api = AdAccountsApi(api_client)
    result: AdsAnalyticsGetAsyncResponse = wait_until(
        lambda: api.analytics_get_report(ad_account_id, token),
        _in(REPORT_DONE),
        _in(REPORT_FAILED),
        timeout,
        _backoff(poll_interval, max_poll_interval),
        progress,
        what=f"analytics report for ad account {ad_account_id}",
        handle=token,
    )
    return result


def run_analytics_report(
    api_client: ApiClient,
    ad_account_id: str,
    request: Union[AdsAnalyticsCreateAsyncRequest, Dict[str, Any]],
    *,
    download: bool = True,
    dest: Optional[PathLike] = None,
    timeout: Optional[float] = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    progress: bool = False,
) -> AnalyticsReport:
    """Create an asynchronous analytics report, wait for it, and download it.

    :param request: the ``AdsAnalyticsCreateAsyncRequest`` (or a dict of it).
    :param download: fetch the file into :attr:`AnalyticsReport.content` (or into ``dest``, a path).
    :raises JobFailedError: the report failed, was cancelled or expired.
    :raises JobTimeoutError: not finished within ``timeout`` seconds.
    """
    api = AdAccountsApi(api_client)
    created = api.analytics_create_report(ad_account_id, request)
    what = f"analytics report for ad account {ad_account_id}"
    state = job_status(created)
    if state in REPORT_FAILED or not created.token:
        raise JobFailedError(
            f"{what} was not created (status {state!r}){_detail(created)}", job=what, status=state, last=created
        )
    ready = wait_for_analytics_report(
        api_client,
        ad_account_id,
        created.token,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        progress=progress,
    )
    report = AnalyticsReport(
        token=created.token, status=job_status(ready) or "FINISHED", url=ready.url, size=ready.size
    )
    if download or dest is not None:
        if not ready.url:
            raise JobFailedError(f"{what} finished without a download URL", job=what, status=report.status, last=ready)
        if dest is not None:
            download_file(api_client, ready.url, dest, progress=progress)
            report.path = os.fspath(dest)
        else:
            report.content = download_file(api_client, ready.url, progress=progress)
    return report


# ---------------------------------------------------------------------------------------------
# Bulk upsert / download
# ---------------------------------------------------------------------------------------------


def wait_for_bulk_request(
    api_client: ApiClient,
    ad_account_id: str,
    request_id: str,
    *,
    include_details: Optional[bool] = None,
    timeout: Optional[float] = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    progress: bool = False,
) -> BulkUpsertStatusResponse:
    """Poll ``bulk_request_get`` until ``SUCCEEDED``/``FINISHED``; return that response (``result_url``)."""
    api = BulkApi(api_client)
    result: BulkUpsertStatusResponse = wait_until(
        lambda: api.bulk_request_get(ad_account_id, request_id, include_details=include_details),
        _in(BULK_DONE),
        _in(BULK_FAILED),
        timeout,
        _backoff(poll_interval, max_poll_interval),
        progress,
        what=f"bulk request {request_id}",
        handle=request_id,
    )
    return result


def _bulk_request_id(created: Any, what: str) -> str:
    request_id = getattr(created, "request_id", None)
    if not request_id:
        raise JobFailedError(f"{what}: the response has no request_id", job=what, last=created)
    return str(request_id)


def run_bulk_upsert(
    api_client: ApiClient,
    ad_account_id: str,
    request: Union[BulkUpsertRequest, Dict[str, Any]],
    *,
    include_details: Optional[bool] = None,
    timeout: Optional[float] = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    progress: bool = False,
) -> BulkUpsertStatusResponse:
    """Submit a bulk create/update (``bulk_upsert_create``) and wait for it to succeed."""
    created = BulkApi(api_client).bulk_upsert_create(ad_account_id, request)
    return wait_for_bulk_request(
        api_client,
        ad_account_id,
        _bulk_request_id(created, "bulk upsert"),
        include_details=include_details,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        progress=progress,
    )


def run_bulk_download(
    api_client: ApiClient,
    ad_account_id: str,
    request: Union[BulkDownloadRequest, Dict[str, Any]],
    *,
    timeout: Optional[float] = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    progress: bool = False,
) -> BulkUpsertStatusResponse:
    """Request a bulk download (``bulk_download_create``) and wait for it; fetch the file with
    :func:`download_file` from the returned ``result_url``."""
    created = BulkApi(api_client).bulk_download_create(ad_account_id, request)
    return wait_for_bulk_request(
        api_client,
        ad_account_id,
        _bulk_request_id(created, "bulk download"),
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        progress=progress,
    )


# ---------------------------------------------------------------------------------------------
# Catalog item batches
# ---------------------------------------------------------------------------------------------


def wait_for_items_batch(
    api_client: ApiClient,
    batch_id: str,
    *,
    ad_account_id: Optional[str] = None,
    timeout: Optional[float] = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    progress: bool = False,
) -> CatalogsItemsBatch:
    """Poll ``items_batch_get`` until the batch is ``COMPLETED``; return it.

    A completed batch can still hold per-item errors: check ``batch.items[i].errors``.
    """
    api = CatalogItemsApi(api_client)
    result: CatalogsItemsBatch = wait_until(
        lambda: api.items_batch_get(batch_id, ad_account_id=ad_account_id),
        _in(BATCH_DONE),
        _in(BATCH_FAILED),
        timeout,
        _backoff(poll_interval, max_poll_interval),
        progress,
        what=f"catalog items batch {batch_id}",
        handle=batch_id,
    )
    return result


def run_items_batch(
    api_client: ApiClient,
    request: Union[ItemsBatchPostRequest, Dict[str, Any]],
    *,
    ad_account_id: Optional[str] = None,
    timeout: Optional[float] = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
    progress: bool = False,
) -> CatalogsItemsBatch:
    """Submit a catalog items batch (``items_batch_post``) and wait until it is processed."""
    created = CatalogItemsApi(api_client).items_batch_post(request, ad_account_id=ad_account_id)
    state = job_status(created)
    what = "catalog items batch"
    if state in BATCH_DONE:
        return created
    batch_id = getattr(created, "batch_id", None)
    if state in BATCH_FAILED or not batch_id:
        raise JobFailedError(f"{what} was not accepted (status {state!r})", job=what, status=state, last=created)
    return wait_for_items_batch(
        api_client,
        str(batch_id),
        ad_account_id=ad_account_id,
        timeout=timeout,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        progress=progress,
    )
