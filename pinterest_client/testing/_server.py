"""The HTTP side of the fake: a ThreadingHTTPServer on 127.0.0.1, authentication, request
checks, fault injection, rate limiting and the request log."""

from __future__ import annotations

import base64
import hashlib
import http
import json
import logging
import math
import secrets
import socket
import sys
import threading
import time
import traceback
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, Iterator, List, Mapping, Optional, Tuple, Union
from urllib.parse import parse_qsl, unquote, urlsplit

from pinterest_client.api_client import Operation
from pinterest_client.exceptions import ApiTypeError, ApiValueError
from pinterest_client.model_utils import encode, resolve_type
from pinterest_client.testing import _conversions  # noqa: F401 - registers its handlers
from pinterest_client.testing._checks import RequestError, check_body, check_path, check_query
from pinterest_client.testing._jobs import DOWNLOAD_PATH, serve_download
from pinterest_client.testing._oauth import AUTHORIZE_PATH, DEFAULT_SCOPES, authorize, issue_code, issue_refresh_token
from pinterest_client.testing._preload import preload as load
from pinterest_client.testing._routes import RouteTable, all_operations
from pinterest_client.testing._state import HANDLERS, UPLOAD_PATH, Context, Reply, State
from pinterest_client.testing._synth import Synthesizer
from pinterest_client.testing._upload import UploadError, read_multipart

logger = logging.getLogger("pinterest_client.testing")

API_PREFIX = "/v5"
#: Operation id used in the request log and by faults for the media upload URL.
UPLOAD_OPERATION = "media/upload"
#: Operation id used in the request log and by faults for the URLs of report and bulk result files.
DOWNLOAD_OPERATION = "files/download"
SPEC_VERSION = "5.23.0"

FAULT_KINDS = ("status", "drop", "truncate", "non_json", "latency")
#: How often the serving thread checks for stop(): bounds how long stop() waits.
SHUTDOWN_POLL = 0.01

_RATE_LIMIT_MESSAGE = (
    "This request exceeded a rate limit. This can happen if the client exceeds one\n"
    "of the published rate limits within a short time window."
)


class Headers(dict):  # type: ignore[type-arg]
    """Request headers, looked up without regard to case (stored lower-cased)."""

    def __init__(self, items: Any = ()) -> None:
        super().__init__()
        for key, value in items:
            self[key] = value

    def __setitem__(self, key: str, value: str) -> None:
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key: str) -> str:
        return str(super().__getitem__(key.lower()))

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and super().__contains__(key.lower())

    def get(self, key: str, default: Any = None) -> Any:
        return super().get(key.lower(), default)

    def __repr__(self) -> str:
        return "{" + ", ".join(f"{k!r}: {_redacted(k, v)!r}" for k, v in self.items()) + "}"


#: Header, form and query names whose values are secrets: kept in the log, redacted when shown.
SECRET_NAMES = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "access_token",
        "refresh_token",
        "token",
        "code",
        "client_secret",
        "password",
        "x-amz-signature",
        "x-amz-security-token",
        "policy",
    }
)


def _redacted(name: str, value: Any) -> Any:
    """``value``, or a redacted stand-in when ``name`` names a secret (``Bearer ***`` keeps the scheme)."""
    if str(name).lower() not in SECRET_NAMES or not isinstance(value, str):
        return value
    scheme, _, rest = value.partition(" ")
    return f"{scheme} ***" if rest and scheme.lower() in ("bearer", "basic") else "***"


class SecretForm(dict):  # type: ignore[type-arg]
    """A decoded form body whose ``repr`` redacts secret fields (the values stay readable)."""

    def __repr__(self) -> str:
        return "{" + ", ".join(f"{k!r}: {_redacted(k, v)!r}" for k, v in self.items()) + "}"


class SecretBody(bytes):
    """A raw body holding secrets (an OAuth form): its ``repr`` does not show them."""

    def __repr__(self) -> str:
        return f"<{len(self)} bytes, secrets redacted>"


class RecordedRequest:
    """One request the fake received (``fake.requests``)."""

    def __init__(self, method: str, path: str, query: Dict[str, List[str]], headers: Headers, body: bytes) -> None:
        self.method = method
        self.path = path  # as sent, e.g. "/v5/boards"
        self.query = query  # name -> every value, in order
        self.headers = headers
        self.body = body
        self.operation_id: Optional[str] = None
        self.status: Optional[int] = None  # None: the connection was dropped
        self.request_id: Optional[str] = None
        self.response_body: Optional[bytes] = None  # what the fake answered (None: dropped)
        self.json: Any = None
        self.form: Optional[Dict[str, str]] = None
        #: media uploads: the form fields, the file as an UploadedFile (size and MD5, not its bytes)
        self.upload: Optional[Union[Dict[str, Any], UploadError]] = None
        content_type = (headers.get("content-type") or "").split(";")[0].strip().lower()
        if body and content_type.endswith("json"):
            try:
                self.json = json.loads(body)
            except ValueError:
                pass
        elif body and content_type == "application/x-www-form-urlencoded":
            self.form = SecretForm(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
            if any(k.lower() in SECRET_NAMES for k in self.form):
                self.body = SecretBody(body)

    def param(self, name: str, default: Optional[str] = None) -> Optional[str]:
        """The first value of query parameter ``name``."""
        values = self.query.get(name)
        return values[0] if values else default

    def __repr__(self) -> str:
        query = "&".join(f"{k}={_redacted(k, v)}" for k, vs in self.query.items() for v in vs)
        target = self.path + ("?" + query if query else "")
        return f"<RecordedRequest {self.method} {target} -> {self.status} ({self.operation_id})>"


def _route_matches(route: Optional[str], op: Optional[Operation], op_id: Optional[str], method: str, path: str) -> bool:
    if route is None:
        return True
    wanted = route.strip()
    verb, _, rest = wanted.partition(" ")
    if rest and verb.upper() in ("GET", "POST", "PATCH", "PUT", "DELETE"):
        if verb.upper() != method.upper():
            return False
        wanted = rest.strip()
    candidates = {op_id, path}
    if path.startswith(API_PREFIX):
        candidates.add(path[len(API_PREFIX) :])
    if op is not None:
        candidates.update({op.id, op.name, op.path, API_PREFIX + op.path})
    return wanted in candidates


class Fault:
    """An injected failure (see :meth:`FakePinterest.inject`)."""

    def __init__(
        self,
        route: Optional[str],
        kind: str,
        *,
        status: Optional[int],
        times: Optional[int],
        delay: float,
        body: Any,
        headers: Optional[Dict[str, str]],
        retry_after: Optional[float],
        message: Optional[str],
    ) -> None:
        if kind not in FAULT_KINDS:
            raise ValueError(f"fault: expected one of {', '.join(FAULT_KINDS)}, got {kind!r}")
        self.route = route
        self.kind = kind
        self.status = status
        self.remaining = times  # None: forever
        self.delay = delay
        self.body = body
        self.headers = dict(headers or {})
        self.retry_after = retry_after
        self.message = message
        self.hits = 0

    @property
    def active(self) -> bool:
        return self.remaining is None or self.remaining > 0

    def _consume(self) -> None:
        self.hits += 1
        if self.remaining is not None:
            self.remaining -= 1

    def __repr__(self) -> str:
        return (
            f"<Fault {self.kind} status={self.status} route={self.route!r} remaining={self.remaining} hits={self.hits}>"
        )


class RateLimit:
    """A fixed-window rate limit (see :meth:`FakePinterest.rate_limit`): ``accepted`` and
    ``rejected`` count the requests it let through and answered 429."""

    def __init__(
        self, limit: int, window: float, route: Optional[str], retry_after: Optional[float], enforce: bool = True
    ) -> None:
        if limit < 0 or window <= 0:
            raise ValueError("rate_limit: limit must be >= 0 and window > 0")
        self.limit = limit
        self.window = window
        self.route = route
        self.retry_after = retry_after
        self.enforce = enforce
        self._start = time.monotonic()
        self._count = 0
        self.accepted = 0
        self.rejected = 0

    def _roll(self, now: float) -> None:
        if now - self._start >= self.window:
            self._start = now - ((now - self._start) % self.window)
            self._count = 0

    def take(self) -> Tuple[bool, Dict[str, str]]:
        """Count one request: ``(allowed, headers)``."""
        now = time.monotonic()
        self._roll(now)
        allowed = not self.enforce or self._count < self.limit
        if allowed:
            self._count += 1
            self.accepted += 1
        else:
            self.rejected += 1
        reset = max(0.0, self.window - (now - self._start))
        headers = {
            "X-RateLimit-Limit": f"{self.limit}, {self.limit};w={_num(self.window)}",
            "X-RateLimit-Remaining": str(max(0, self.limit - self._count)),
            "X-RateLimit-Reset": _reset_seconds(reset, self.window),
        }
        if not allowed:
            wait = self.retry_after if self.retry_after is not None else float(headers["X-RateLimit-Reset"])
            headers["Retry-After"] = _num(wait)
        return allowed, headers

    def __repr__(self) -> str:
        return (
            f"<RateLimit {self.limit}/{_num(self.window)}s route={self.route!r} accepted={self.accepted} "
            f"rejected={self.rejected}>"
        )


def _reset_seconds(reset: float, window: float) -> str:
    """``X-RateLimit-Reset``: whole seconds rounded up, as Pinterest sends; milliseconds (rounded
    up) for a window that is not a whole number of seconds (a test's short window)."""
    if float(window).is_integer():
        return str(int(math.ceil(reset)))
    return _num(math.ceil(reset * 1000) / 1000)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # the listen backlog: many clients may connect at once (default 5)

    def __init__(self, address: Tuple[str, int], fake: "FakePinterest") -> None:
        self.fake = fake
        self.connections: "set[socket.socket]" = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError, socket.timeout)):
            return  # the client went away (a timeout in a test, a dropped connection): not news
        super().handle_error(request, client_address)


def _shutdown(conn: socket.socket) -> None:
    """Close both directions of ``conn`` (a peer that has already gone is fine)."""
    try:
        conn.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


class _Drop(Exception):
    """Raised inside the handler to close the connection without an answer."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakePinterest"
    sys_version = ""
    timeout = 60  # an idle keep-alive connection is closed after this many seconds
    server: _Server

    def setup(self) -> None:
        super().setup()
        try:  # headers and body go out in separate writes: don't let Nagle hold the body back
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        with self.server.connections_lock:
            self.server.connections.discard(self.connection)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        logger.debug("%s - %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_PATCH = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = do_GET

    # -- plumbing ------------------------------------------------------------------------------

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size_line = self.rfile.readline()
                size = int(size_line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _streams_upload(self, path: str) -> bool:
        """A POST to the media upload URL with a Content-Length: read as it arrives."""
        return (
            self.command == "POST"
            and path.rstrip("/") == UPLOAD_PATH
            and "chunked" not in (self.headers.get("Transfer-Encoding") or "").lower()
        )

    def _read_upload(self) -> Union[Dict[str, Any], UploadError]:
        length = int(self.headers.get("Content-Length") or 0)
        try:
            return read_multipart(self.rfile, length, self.headers.get("Content-Type") or "")
        except UploadError as error:
            if error.code == "IncompleteBody":
                self.close_connection = True
            return error

    def _handle(self) -> None:
        fake = self.server.fake
        split = urlsplit(self.path)
        streamed: Optional[Union[Dict[str, Any], UploadError]] = None
        if self._streams_upload(split.path):
            body, streamed = b"", self._read_upload()
        else:
            body = self._read_body()
        query: Dict[str, List[str]] = {}
        pairs = parse_qsl(split.query, keep_blank_values=True)
        for key, value in pairs:
            query.setdefault(key, []).append(value)
        record = RecordedRequest(self.command, split.path, query, Headers(self.headers.items()), body)
        if streamed is not None:
            record.upload = streamed
            if isinstance(streamed, dict):
                record.form = SecretForm((k, v) for k, v in streamed.items() if isinstance(v, str))
        fake._log(record)
        try:
            reply = fake._dispatch(record, pairs)
        except _Drop:
            self.close_connection = True
            _shutdown(self.connection)
            return
        record.status = reply.status
        record.request_id = reply.headers.get("x-pinterest-rid")
        record.response_body = reply.payload
        self._send(reply)

    def _send(self, reply: "_Wire") -> None:
        self.send_response(reply.status)
        for key, value in reply.headers.items():
            self.send_header(key, value)
        payload = reply.payload
        self.send_header(
            "Content-Length", str(reply.content_length if reply.content_length is not None else len(payload))
        )
        if reply.close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD" and payload:
            self.wfile.write(payload)
        self.wfile.flush()
        if reply.close:
            _shutdown(self.connection)


class _Wire:
    """A response as bytes, ready to send."""

    def __init__(
        self,
        status: int,
        payload: bytes = b"",
        headers: Optional[Dict[str, str]] = None,
        content_length: Optional[int] = None,
        close: bool = False,
    ) -> None:
        self.status = status
        self.payload = payload
        self.headers = headers or {}
        self.content_length = content_length
        self.close = close


# ---------------------------------------------------------------------------------------------
# The public class
# ---------------------------------------------------------------------------------------------


class FakePinterest:
    """A local, stateful fake of the Pinterest API v5 for tests and demos.

    ::

        with FakePinterest() as fake:
            config = Configuration(host=fake.host, access_token=fake.access_token)
            ...

    :param port: TCP port on 127.0.0.1 (0 picks a free one).
    :param access_token: the bearer token accepted (default: a random ``pina_...`` token).
    :param client_id: / :param client_secret: the HTTP Basic credentials of the OAuth endpoints.
    :param conversion_token: the extra bearer token accepted by the conversion-events endpoint.
    :param refresh_token: a refresh token the fake accepts from the start (default: a random
        ``pinr_...`` one, :attr:`refresh_token`), valid for 60 days of the fake's token clock.
    :param media_processing_polls: how many ``media_get`` calls report ``processing`` after an
        upload before ``succeeded``.
    :param job_processing_polls: how many polls of an asynchronous job (``analytics_get_report``,
        ``bulk_request_get``, ``items_batch_get``) report it still running before it is done.
    :param validate_requests: check parameters and bodies against the spec (400 on violations).
    :param preload: resources to start with (and to return to on :meth:`reset`), as
        :meth:`preload` takes them: ``{"boards": [...], "pins": [...], ...}``.
    :param trial_access: act as Pinterest does for an app with Trial access in production:
        creating a Pin answers 403 with code 29.
    """

    def __init__(
        self,
        *,
        bind: str = "127.0.0.1",
        port: int = 0,
        access_token: Optional[str] = None,
        client_id: str = "fake-app-id",
        client_secret: str = "fake-app-secret",
        conversion_token: Optional[str] = None,
        refresh_token: Optional[str] = None,
        username: str = "fake_pinner",
        seed: int = 5023,
        media_processing_polls: int = 1,
        job_processing_polls: int = 1,
        validate_requests: bool = True,
        trial_access: bool = False,
        preload: Optional[Mapping[str, Any]] = None,
    ) -> None:
        self.bind = bind
        self._requested_port = port
        self.access_token = access_token or "pina_" + secrets.token_urlsafe(24)
        self.client_id = client_id
        self.client_secret = client_secret
        self.conversion_token = conversion_token or "pinc_" + secrets.token_urlsafe(24)
        self.refresh_token = refresh_token or "pinr_" + secrets.token_urlsafe(32)
        self.validate_requests = validate_requests
        self.trial_access = trial_access
        self._preload = dict(preload or {})
        self.seed = seed
        self._username = username
        self._media_polls = media_processing_polls
        self._job_polls = job_processing_polls
        self.state = self._new_state()
        self.routes = RouteTable(all_operations())
        self._lock = threading.Lock()
        self._requests: List[RecordedRequest] = []
        self._faults: List[Fault] = []
        self._limits: List[RateLimit] = []
        self._default_limit = RateLimit(1000, 60, None, None, enforce=False)
        self._server: Optional[_Server] = None
        self._thread: Optional[threading.Thread] = None
        self._port: Optional[int] = None

    def _new_state(self) -> State:
        state = State(
            username=self._username,
            seed=self.seed,
            media_processing_polls=self._media_polls,
            job_processing_polls=self._job_polls,
        )
        state.access_tokens[self.access_token] = DEFAULT_SCOPES  # never expires
        issue_refresh_token(state, DEFAULT_SCOPES, self.refresh_token)
        state.trial_access = self.trial_access
        if self._preload:
            load(state, self._preload)
        return state

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> "FakePinterest":
        if self._server is not None:
            return self
        self._server = _Server((self.bind, self._requested_port), self)
        self._port = int(self._server.server_address[1])
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": SHUTDOWN_POLL},
            name=f"FakePinterest:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close every connection (idempotent)."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        with server.connections_lock:
            for conn in list(server.connections):
                _shutdown(conn)
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> "FakePinterest":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def port(self) -> int:
        """The TCP port (kept after :meth:`stop`)."""
        if self._port is None:
            raise RuntimeError("FakePinterest has not been started; call start() or use it as a context manager")
        return self._port

    @property
    def root_url(self) -> str:
        """``http://127.0.0.1:PORT`` (no API prefix)."""
        return f"http://{self.bind}:{self.port}"

    @property
    def host(self) -> str:
        """The base URL for ``Configuration(host=...)``, e.g. ``http://127.0.0.1:PORT/v5``."""
        return self.root_url + API_PREFIX

    def configuration(self, **overrides: Any) -> Any:
        """A :class:`~pinterest_client.Configuration` pointing at this fake."""
        from pinterest_client.configuration import Configuration

        settings: Dict[str, Any] = {
            "host": self.host,
            "access_token": self.access_token,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
        }
        settings.update(overrides)
        return Configuration(**settings)

    def api_client(self, **overrides: Any) -> Any:
        """An :class:`~pinterest_client.ApiClient` for this fake (close it, or use ``with``)."""
        from pinterest_client.api_client import ApiClient

        return ApiClient(self.configuration(**overrides))

    # -- test controls -------------------------------------------------------------------------

    def inject(
        self,
        route: Optional[str] = None,
        *,
        status: Optional[int] = None,
        fault: Optional[str] = None,
        times: Optional[int] = 1,
        delay: float = 0.0,
        body: Any = None,
        headers: Optional[Dict[str, str]] = None,
        retry_after: Optional[float] = None,
        message: Optional[str] = None,
    ) -> Fault:
        """Make the next ``times`` matching requests fail (``times=None``: until cleared).

        ``route`` is an operation id (``"boards/list"``), a method name (``"boards_list"``), a path
        template or a path (``"/boards"``, ``"/v5/boards/123"``), optionally prefixed with the
        HTTP method (``"GET /boards"``); ``None`` matches every request.

        ``fault``: ``"status"`` (answer ``status`` with a Pinterest error body, or ``body``),
        ``"drop"`` (close the connection without answering), ``"truncate"`` (send half the body
        and close), ``"non_json"`` (``status`` or 200 with an HTML body) or ``"latency"`` (wait
        ``delay`` seconds, then answer normally). Giving only ``status`` means ``"status"``; only
        ``delay`` means ``"latency"``; ``delay`` also works with the other kinds. A 429 carries
        ``Retry-After: retry_after`` (default 0) and ``X-RateLimit-*`` headers.
        """
        if fault is None:
            fault = "status" if status is not None else "latency" if delay else None
        if fault is None:
            raise ValueError("inject: give status=, fault= or delay=")
        if fault == "status" and status is None:
            raise ValueError("inject: fault='status' needs status=")
        if times is not None and times < 1:
            raise ValueError("inject: times must be >= 1 or None")
        if status == 429 and retry_after is None:
            retry_after = 0
        entry = Fault(
            route,
            fault,
            status=status,
            times=times,
            delay=delay,
            body=body,
            headers=headers,
            retry_after=retry_after,
            message=message,
        )
        with self._lock:
            self._faults.append(entry)
        return entry

    def rate_limit(
        self, limit: int, window: float = 60.0, *, route: Optional[str] = None, retry_after: Optional[float] = None
    ) -> RateLimit:
        """Allow ``limit`` requests per ``window`` seconds (for ``route``, or all), in fixed windows;
        beyond that answer 429 with ``Retry-After`` (``retry_after``, default the seconds left in
        the window). Every answer it counts carries Pinterest's headers: ``X-RateLimit-Limit:
        "{limit}, {limit};w={window}"``, ``X-RateLimit-Remaining`` and ``X-RateLimit-Reset`` (whole
        seconds until the window resets, rounded up). The returned :class:`RateLimit` counts what it
        ``accepted`` and ``rejected``."""
        entry = RateLimit(limit, window, route, retry_after)
        with self._lock:
            self._limits.append(entry)
        return entry

    def clear_faults(self) -> None:
        """Remove every injected fault and rate limit."""
        with self._lock:
            self._faults.clear()
            self._limits.clear()

    @property
    def faults(self) -> List[Fault]:
        with self._lock:
            return list(self._faults)

    def reset(self) -> None:
        """Forget all resources, faults, rate limits and logged requests."""
        with self._lock:
            self._faults.clear()
            self._limits.clear()
            self._requests.clear()
            self.state = self._new_state()

    def preload(self, **resources: Any) -> Dict[str, List[str]]:
        """Add resources in one call: ``user={...}``, ``ad_accounts=[...]``, ``boards=[...]``,
        ``board_sections``, ``pins``, ``campaigns``, ``ad_groups``, ``ads``, ``audiences``,
        ``customer_lists``, ``keywords``, ``conversion_tags``, ``conversion_tag_events``,
        ``feeds``. Records are the JSON the create call would send, optionally with the ``id``
        to keep (so records can refer to each other) and resource fields to set. Answers
        ``kind -> ids``; raises :class:`ValueError` naming a record Pinterest would refuse."""
        return load(self.state, resources, self.root_url if self._port is not None else "")

    # -- OAuth ---------------------------------------------------------------------------------

    def authorization_code(self, redirect_uri: Optional[str] = None, scope: str = DEFAULT_SCOPES) -> str:
        """A single-use authorization code, as Pinterest's consent page hands to ``redirect_uri``
        (the exchange must then send the same ``redirect_uri``). Browsers and code that follow
        the real flow can use :attr:`authorize_url` instead."""
        return issue_code(self.state, scope, redirect_uri)

    @property
    def authorize_url(self) -> str:
        """The fake's authorization page: ``GET`` it with ``client_id``, ``redirect_uri``,
        ``response_type=code``, ``scope`` and ``state``; it redirects at once to ``redirect_uri``
        with ``code`` and ``state``."""
        return self.root_url + AUTHORIZE_PATH + "/"

    def advance_clock(self, seconds: float) -> None:
        """Move the fake's token clock forward: access tokens (30 days) and refresh tokens
        (60 days) it issued expire as they would after that long. :attr:`access_token` never
        expires."""
        with self.state.lock:
            self.state.clock_offset += seconds

    # -- the request log -----------------------------------------------------------------------

    @property
    def requests(self) -> List[RecordedRequest]:
        """Every request received so far, oldest first (a copy)."""
        with self._lock:
            return list(self._requests)

    @property
    def last_request(self) -> Optional[RecordedRequest]:
        with self._lock:
            return self._requests[-1] if self._requests else None

    def requests_for(self, route: str) -> List[RecordedRequest]:
        """The logged requests for an operation id, method name or path."""
        ops = all_operations()
        out = []
        for req in self.requests:
            op = ops.get(req.operation_id or "")
            if _route_matches(route, op, req.operation_id, req.method, req.path):
                out.append(req)
        return out

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def _log(self, record: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(record)

    # -- dispatch ------------------------------------------------------------------------------

    def _dispatch(self, record: RecordedRequest, pairs: List[Tuple[str, str]]) -> _Wire:
        request_id = uuid.uuid4().hex[:16]
        base_headers = {"x-pinterest-rid": request_id, "pinterest-version": SPEC_VERSION}
        path = record.path
        try:
            if path.rstrip("/") == UPLOAD_PATH:
                record.operation_id = UPLOAD_OPERATION
                self._apply_faults(record, None, base_headers)
                return self._upload(record, base_headers)
            if path.rstrip("/") == AUTHORIZE_PATH:
                record.operation_id = "oauth/authorize"
                self._apply_faults(record, None, base_headers)
                location = authorize(self.state, {k: v[0] for k, v in record.query.items()}, self.client_id)
                return _Wire(302, b"", dict(base_headers, **location))
            if path.startswith(DOWNLOAD_PATH + "/"):
                record.operation_id = DOWNLOAD_OPERATION
                self._apply_faults(record, None, base_headers)
                return self._download(record, base_headers)
            if not (path == API_PREFIX or path.startswith(API_PREFIX + "/")):
                raise RequestError(404, 404, f"Not found: {path}")
            api_path = path[len(API_PREFIX) :] or "/"
            op, path_params, known = self.routes.resolve(record.method, api_path)
            if op is None:
                if known:
                    raise RequestError(405, 5, "Method not allowed")
                raise RequestError(404, 404, f"Not found: {path}")
            record.operation_id = op.id
            self._apply_faults(record, op, base_headers)
            self._authenticate(op, record)
            limit_headers = self._rate_check(record, op)
            base_headers.update(limit_headers)
            reply = self._answer(op, record, pairs, path_params)
            headers = dict(base_headers)
            headers.update(reply.headers)
            if reply.status == 204 or reply.body is None:
                return _Wire(reply.status, b"", headers)
            headers["Content-Type"] = "application/json"
            return _Wire(reply.status, _dumps(reply.body), headers)
        except _Drop:
            raise
        except _FaultReply as injected:
            return injected.wire
        except RequestError as exc:
            headers = dict(base_headers)
            if exc.status == 429 or "X-RateLimit-Limit" not in headers:
                headers.update(self._default_limit_headers())
            headers.update(exc.headers)
            headers["Content-Type"] = "application/json"
            return _Wire(exc.status, _dumps({"code": exc.code, "message": exc.message}), headers)
        except Exception as exc:  # a bug in the fake: say so loudly, as a 500
            logger.error("FakePinterest failed on %s %s:\n%s", record.method, record.path, traceback.format_exc())
            headers = dict(base_headers, **{"Content-Type": "application/json"})
            return _Wire(
                500,
                _dumps({"code": 500, "message": f"FakePinterest internal error: {type(exc).__name__}: {exc}"}),
                headers,
            )

    def _default_limit_headers(self) -> Dict[str, str]:
        with self._lock:
            _, headers = self._default_limit.take()
        return headers

    # -- faults --------------------------------------------------------------------------------

    def _apply_faults(self, record: RecordedRequest, op: Optional[Operation], headers: Dict[str, str]) -> None:
        chosen: Optional[Fault] = None
        delays = 0.0
        with self._lock:
            for fault in self._faults:
                if not fault.active or not _route_matches(
                    fault.route, op, record.operation_id, record.method, record.path
                ):
                    continue
                if fault.kind == "latency":
                    fault._consume()
                    delays += fault.delay
                    continue
                if chosen is None:
                    fault._consume()
                    chosen = fault
            self._faults = [f for f in self._faults if f.active]
        if chosen is not None:
            delays += chosen.delay
        if delays:
            time.sleep(delays)
        if chosen is None:
            return
        if chosen.kind == "drop":
            raise _Drop()
        status = chosen.status or 200
        out = dict(headers)
        if chosen.kind == "non_json":
            text = (
                chosen.body
                if isinstance(chosen.body, (str, bytes))
                else "<html><body><h1>502 Bad Gateway</h1></body></html>"
            )
            out["Content-Type"] = "text/html"
            out.update(chosen.headers)
            raise _FaultReply(_Wire(status, _bytes(text), out))
        if chosen.kind == "truncate":
            payload = _dumps(
                self._fault_body(chosen) if chosen.status else {"items": [{"id": "1"}] * 20, "bookmark": None}
            )
            out["Content-Type"] = "application/json"
            out.update(chosen.headers)
            raise _FaultReply(_Wire(status, payload[: len(payload) // 2], out, content_length=len(payload), close=True))
        # kind == "status"
        if status == 429:
            with self._lock:
                out.update(RateLimit(0, 60, None, chosen.retry_after).take()[1])
        if chosen.retry_after is not None:
            out["Retry-After"] = _num(chosen.retry_after)
        body = self._fault_body(chosen)
        if isinstance(body, (str, bytes)):
            out["Content-Type"] = (
                "text/html" if not _bytes(body).lstrip().startswith((b"{", b"[")) else "application/json"
            )
            payload = _bytes(body)
        elif body is None:
            payload = b""
        else:
            out["Content-Type"] = "application/json"
            payload = _dumps(body)
        out.update(chosen.headers)
        raise _FaultReply(_Wire(status, payload, out))

    @staticmethod
    def _fault_body(fault: Fault) -> Any:
        if fault.body is not None:
            return fault.body
        status = fault.status or 500
        if status == 429:
            return {"code": 8, "message": fault.message or _RATE_LIMIT_MESSAGE}
        try:
            phrase = http.HTTPStatus(status).phrase
        except ValueError:
            phrase = "Error"
        return {"code": status, "message": fault.message or f"{phrase} (injected by FakePinterest)"}

    def _rate_check(self, record: RecordedRequest, op: Operation) -> Dict[str, str]:
        headers: Optional[Dict[str, str]] = None
        with self._lock:
            for limit in self._limits:
                if not _route_matches(limit.route, op, op.id, record.method, record.path):
                    continue
                allowed, got = limit.take()
                if not allowed:
                    raise RequestError(429, 8, _RATE_LIMIT_MESSAGE, got)
                headers = headers or got
            if headers is None:
                _, headers = self._default_limit.take()
        return headers

    # -- authentication ------------------------------------------------------------------------

    def _authenticate(self, op: Operation, record: RecordedRequest) -> None:
        header = record.headers.get("authorization") or ""
        scheme, _, credentials = header.partition(" ")
        scheme = scheme.lower()
        security = set(op.security)
        if "basic" in security:
            if scheme == "basic":
                try:
                    user, _, password = base64.b64decode(credentials.strip()).decode("utf-8").partition(":")
                except (ValueError, UnicodeDecodeError):
                    user, password = "", ""
                if secrets.compare_digest(user, self.client_id) and secrets.compare_digest(
                    password, self.client_secret
                ):
                    return
            raise RequestError(401, 2, "Authentication failed.", {"WWW-Authenticate": 'Basic realm="pinterest"'})
        if scheme == "bearer":
            token = credentials.strip()
            with self.state.lock:
                if self.state.token_valid(token, self.state.access_tokens):
                    return
            if "conversion_token" in security and secrets.compare_digest(token, self.conversion_token):
                return
        raise RequestError(401, 2, "Authentication failed.", {"WWW-Authenticate": 'Bearer realm="pinterest"'})

    # -- answering -----------------------------------------------------------------------------

    def _answer(
        self, op: Operation, record: RecordedRequest, pairs: List[Tuple[str, str]], path_params: Dict[str, str]
    ) -> Reply:
        if self.validate_requests:
            path = check_path(op, path_params)
            query = check_query(op, pairs)
            body = check_body(op, record.body, record.headers.get("content-type") or "")
        else:
            path = dict(path_params)
            query = {k: v[-1] for k, v in record.query.items()}
            body = record.json if record.json is not None else record.form
        ctx = Context(op, path, query, body, self.root_url)
        handler = HANDLERS.get(op.id)
        if handler is not None:
            return handler(self.state, ctx)
        return self._synthesized(op, ctx)

    def _synthesized(self, op: Operation, ctx: Context) -> Reply:
        """An answer conforming to the operation's declared 2xx schema, made from metadata."""
        statuses = [s for s in op.responses if s.startswith("2")]
        if not statuses:
            return Reply(200)
        preferred = ("201", "200") if op.method == "POST" else ("200", "201")
        status = next((s for s in preferred if s in statuses), statuses[0])
        type_str = op.responses[status]
        if type_str is None:
            return Reply(int(status))
        synth = Synthesizer(self.seed)
        synth.reseed(op.id)
        value = synth.make(type_str)
        if isinstance(value, dict):
            if "bookmark" in value and any(p.name == "bookmark" for p in op.params):
                value["bookmark"] = None  # one page: a client that paginates must stop
            _echo_ids(value, type_str, ctx.path)
        return Reply(int(status), value)

    # -- the media upload URL ------------------------------------------------------------------

    def _upload(self, record: RecordedRequest, headers: Dict[str, str]) -> _Wire:
        out = dict(headers)
        if record.method != "POST":
            return _s3_error(405, "MethodNotAllowed", "The specified method is not allowed against this resource.", out)
        if "authorization" in record.headers:
            return _s3_error(
                400,
                "InvalidArgument",
                "Only one auth mechanism allowed; the upload parameters "
                "already authenticate the request, do not send an Authorization header.",
                out,
            )
        if record.upload is None:  # chunked: S3 wants the length up front
            return _s3_error(411, "MissingContentLength", "You must provide the Content-Length HTTP header.", out)
        if isinstance(record.upload, UploadError):
            return _s3_error(record.upload.status, record.upload.code, record.upload.message, out)
        fields = record.upload
        from pinterest_client.testing._state import receive_upload

        status, error = receive_upload(self.state, fields)
        if status != 204:
            code, _, message = error.partition(": ")
            return _s3_error(status, code, message, out)
        out["ETag"] = '"' + secrets.token_hex(16) + '"'
        return _Wire(204, b"", out)

    # -- the URLs of job results (reports, bulk files) ------------------------------------------

    def _download(self, record: RecordedRequest, headers: Dict[str, str]) -> _Wire:
        """A presigned S3 GET: the query's signature authenticates; no Pinterest auth."""
        out = dict(headers)
        if record.method not in ("GET", "HEAD"):
            return _s3_error(405, "MethodNotAllowed", "The specified method is not allowed against this resource.", out)
        if "authorization" in record.headers:
            return _s3_error(
                400,
                "InvalidArgument",
                "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query "
                "string parameter or the Authorization header should be specified",
                out,
            )
        key = unquote(record.path[len(DOWNLOAD_PATH) + 1 :])
        status, content, kind = serve_download(self.state, key, record.param("X-Amz-Signature"))
        if status != 200:
            code, _, message = kind.partition(": ")
            return _s3_error(status, code, message, out)
        out["Content-Type"] = kind
        out["ETag"] = '"' + hashlib.md5(content).hexdigest() + '"'  # S3: the ETag of a simple object is its MD5
        return _Wire(200, content, out)


class _FaultReply(Exception):
    def __init__(self, wire: _Wire) -> None:
        super().__init__(wire.status)
        self.wire = wire


def _dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _bytes(value: Union[str, bytes]) -> bytes:
    return value if isinstance(value, bytes) else value.encode("utf-8")


def _s3_error(status: int, code: str, message: str, headers: Dict[str, str]) -> _Wire:
    body = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>'
    ).encode()
    out = dict(headers, **{"Content-Type": "application/xml"})
    return _Wire(status, body, out)


def _echo_ids(value: Dict[str, Any], type_str: str, path: Dict[str, Any]) -> None:
    """Put the request's path ids into same-named top-level fields of a synthesized answer."""
    if not path:
        return
    try:
        cls = resolve_type(type_str)
    except (AttributeError, ImportError):
        return
    fields = getattr(cls, "_by_wire", {})
    for name, given in path.items():
        field = fields.get(name)
        if field is None or name not in value or not isinstance(given, str):
            continue
        try:
            encode(given, field.type, name, field.checks, response=True)
        except (ApiTypeError, ApiValueError):
            continue
        value[name] = given


def iter_operations() -> Iterator[Operation]:
    """Every operation the fake serves (the SDK's generated metadata)."""
    return iter(all_operations().values())
