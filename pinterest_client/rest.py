"""The transport: one method, ``send(request) -> Response``, and its two implementations.

* :class:`Urllib3Transport` (also importable as ``RESTClientObject``, the original client's name)
  sends over a urllib3 pool: no retries of its own, redirects followed here (see below), the body
  read in chunks so that the call's deadline and the size cap hold *while* reading.
* :class:`MockTransport` answers from a function, in memory (``MockTransport(lambda request:
  Response(200, body=b"{}"))``), for tests of code built on the SDK (defined in
  :mod:`pinterest_client._mock_transport`, loaded when first named); plug either into
  ``ApiClient(configuration, transport=...)``.

Everything urllib3 can raise comes out as :class:`~pinterest_client.exceptions.ApiConnectionError`
or :class:`~pinterest_client.exceptions.ApiTimeoutError`, marked with whether the request may have
reached the server (``exc.sent``), which the retry policy needs.

Redirects are followed here rather than by urllib3 because urllib3 re-sends a body to any origin
(only ``Authorization``/``Cookie`` are dropped): a request with a body that is redirected to another
origin or to plain http raises :class:`~pinterest_client.exceptions.RedirectRefusedError` instead.
Without a proxy, a request goes straight to the connection pool of its origin (remembered per
transport), not through ``PoolManager.urlopen``, which parses the URL and looks the pool up again
on every call (~20 µs, about half of what the SDK adds to a small call). There, with urllib3 2, a
request whose body is bytes (or none) and whose target needs no re-encoding (every target the SDK
builds) is sent by :meth:`_Pool.send_direct`: the pool's own ``urlopen`` without the steps it
never needs (~7 µs: re-encoding the target, a ``Retry`` per call...). The connections read response
heads with :func:`begin_response` (plain header lines parsed without the ``email`` package:
~15 µs; see "reading a response head" below). Both keep what urllib3 and ``http.client`` do,
errors included; together they make a small call cheaper than ``urlopen`` itself, which pays for
the SDK's own work (building the request, retries, decoding: benchmarks/run.py measures it).
"""

from __future__ import annotations

import email.parser
import http.client
import io
import math
import queue
import socket
import ssl
import time
from typing import TYPE_CHECKING, Any, Dict, FrozenSet, List, Mapping, Optional, Tuple
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3._collections import HTTPHeaderDict
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ClosedPoolError, HTTPError, ProtocolError, SSLError
from urllib3.util.retry import Retry
from urllib3.util.ssl_match_hostname import CertificateError

from pinterest_client._hooks import install_urllib3_log_filter
from pinterest_client._types import ContextSetting
from pinterest_client.configuration import Configuration, TimeoutType
from pinterest_client.exceptions import ApiTimeoutError, ApiValueError

if TYPE_CHECKING:  # checkers read typing's; the run time, cheaper stand-ins (see _runtime_typing)
    from typing import NamedTuple, Protocol

    from pinterest_client._original_client import OriginalTransportMethods as _OriginalTransportMethods
else:
    import functools

    from pinterest_client._runtime_typing import MethodFrom, NamedTuple, lazy_names

    #: A method of the original client's ``RESTClientObject``, loaded on first use (see MethodFrom).
    _original_method = functools.partial(MethodFrom, "_original_client", "OriginalTransportMethods")

    _OriginalTransportMethods = object
    Protocol = object  # (rest.Transport is for checkers and documentation: see _runtime_typing)

#: Redirects followed.
MAX_REDIRECTS = 5

#: Origins whose connection pools a transport remembers (then it forgets them all and starts again).
MAX_REMEMBERED_ORIGINS = 16

#: Bytes asked for per read of a response body.
CHUNK_SIZE = 64 * 1024

#: Request headers a 303 redirect (which turns the request into a GET) drops with the body.
CONTENT_HEADERS = frozenset(
    ["content-encoding", "content-language", "content-location", "content-type", "content-length", "digest"]
)

#: Request headers never sent to another origin after a redirect.
CREDENTIAL_HEADERS = frozenset(["authorization", "cookie", "proxy-authorization"])

_REDIRECT_STATUSES = frozenset([301, 302, 303, 307, 308])


def make_timeout(value: TimeoutType) -> urllib3.Timeout:
    """A number (both phases) or a ``(connect, read)`` pair -> ``urllib3.Timeout``."""
    if isinstance(value, urllib3.Timeout):
        return value
    if isinstance(value, (tuple, list)) and len(value) == 2 and all(_seconds(v) for v in value):
        return urllib3.Timeout(connect=value[0], read=value[1])
    if value is None or isinstance(value, (int, float)) and _seconds(value):
        return urllib3.Timeout(connect=value, read=value)
    raise ApiValueError(f"_request_timeout: expected a positive number or a (connect, read) pair, got {value!r}")


def _seconds(value: Any) -> bool:
    """A usable timeout: ``None`` or a positive finite number (not a bool)."""
    if value is None:
        return True
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0 and math.isfinite(value)


class Request(NamedTuple):
    """What a transport sends: one attempt of one call, fully serialised.

    ``body`` is bytes or a file-like stream; ``fields`` means urllib3 multipart encoding.
    ``deadline`` is a ``time.monotonic()`` instant the whole exchange (connect, redirects, body)
    must end by; ``max_body`` caps the decoded body size. ``stream=True`` leaves the body unread
    (``Response.raw``)."""

    method: str
    url: str
    headers: Mapping[str, str]
    body: Any = None
    fields: Any = None
    timeout: Optional[urllib3.Timeout] = None
    deadline: Optional[float] = None
    max_body: Optional[int] = None
    stream: bool = False
    follow_redirects: bool = True

    if not TYPE_CHECKING:  # type: ignore[misc]  # the fields in order, with their defaults (see _runtime_typing)

        def __new__(
            cls,
            method,
            url,
            headers,
            body=None,
            fields=None,
            timeout=None,
            deadline=None,
            max_body=None,
            stream=False,
            follow_redirects=True,
        ):
            return tuple.__new__(
                cls, (method, url, headers, body, fields, timeout, deadline, max_body, stream, follow_redirects)
            )


class Response:
    """A response: ``status``, ``reason``, ``headers`` (case-insensitive), ``data`` (the body, bytes;
    ``None`` when streamed) and ``raw`` (the urllib3 response, when there is one)."""

    __slots__ = ("status", "reason", "headers", "data", "raw")
    status: int
    reason: Optional[str]
    headers: HTTPHeaderDict
    data: Optional[bytes]
    raw: Any

    def __init__(
        self,
        status: int,
        headers: Optional[Mapping[str, str]] = None,
        body: Optional[bytes] = b"",
        reason: Optional[str] = None,
        raw: Any = None,
    ) -> None:
        self.status = status
        self.reason = reason
        self.headers = headers if isinstance(headers, HTTPHeaderDict) else HTTPHeaderDict(headers)
        self.data = body
        self.raw = raw

    def getheaders(self) -> Any:
        return self.headers

    def getheader(self, name: str, default: Optional[str] = None) -> Optional[str]:
        return self.headers.get(name, default)

    @property
    def urllib3_response(self) -> Any:
        """(original client's ``RESTResponse``) The urllib3 response when there is one, else this
        response (same attributes)."""
        return self.raw if self.raw is not None else self

    def release_conn(self) -> None:
        if self.raw is not None:
            self.raw.release_conn()

    def __repr__(self) -> str:
        return f"Response(status={self.status})"


class Transport(Protocol):
    """What :class:`~pinterest_client.ApiClient` sends through. Raise
    :class:`~pinterest_client.exceptions.ApiConnectionError` (``sent=False`` when the request
    certainly did not leave) for anything but an HTTP response."""

    def send(self, request: Request) -> Response: ...

    def close(self) -> None: ...


class Urllib3Transport(_OriginalTransportMethods):
    """Sends over a urllib3 ``PoolManager`` (or ``ProxyManager``) built from a :class:`Configuration`."""

    default_timeout: urllib3.Timeout
    pool: urllib3.PoolManager

    def __init__(self, configuration: Configuration, pools_size: int = 4, maxsize: Optional[int] = None) -> None:
        """``pools_size``: origins whose connection pools are kept (the original's ``num_pools``);
        ``maxsize``: connections kept per origin (default ``configuration.connection_pool_maxsize``)."""
        self._settings = _pool_settings(configuration, pools_size, maxsize)
        self._max_body = configuration.max_response_size
        self._proxy_for = configuration.proxy_for
        self._proxy_headers_for = configuration.proxy_headers_with_auth
        self.default_timeout = make_timeout(configuration.timeout)
        install_urllib3_log_filter()
        self._start()

    def _start(self) -> None:
        """Fresh pools (also in a child process after ``fork``: the parent's sockets are never reused)."""
        self.pool = _with_deadline_pools(urllib3.PoolManager(**self._settings))
        #: proxy URL -> its ProxyManager.
        self._proxies: Dict[str, urllib3.ProxyManager] = {}
        #: origin ("https://api.pinterest.com") -> its connection pool (direct) or the ProxyManager
        #: it goes through; decided once per origin (explicit proxy, or HTTPS_PROXY/NO_PROXY...).
        self._origins: Dict[str, Any] = {}

    def after_fork(self) -> None:
        """Forget (without closing) the pools inherited from the parent process."""
        self._start()

    # -- send -----------------------------------------------------------------------------------

    def send(self, request: Request) -> Response:
        method, url, headers, body = request.method, request.url, request.headers, request.body
        try:
            for hop in range(MAX_REDIRECTS + 1):
                raw = self._urlopen(request, method, url, headers, body)
                location = raw.get_redirect_location() if request.follow_redirects and hop < MAX_REDIRECTS else None
                if not location:
                    break
                target = urljoin(url, location)
                method, headers, body = _redirected(raw.status, method, url, target, headers, body, request)
                raw.drain_conn()
                raw.release_conn()
                url = target
            if request.stream:
                return Response(raw.status, raw.headers, None, raw.reason, raw)
            data = read_body(raw, request.deadline, request.max_body, request.timeout or self.default_timeout)
            return Response(raw.status, raw.headers, data, raw.reason)
        except HTTPError as exc:
            from pinterest_client._failures import translate  # (loaded with the first failure)

            raise translate(exc) from exc

    def _urlopen(
        self, request: Request, method: str, url: str, headers: Mapping[str, str], body: Any
    ) -> urllib3.BaseHTTPResponse:
        timeout = _attempt_timeout(request.timeout or self.default_timeout, request.deadline)
        try:
            return self._send_once(request, method, url, headers, body, timeout)
        except ClosedPoolError:  # closed since _route looked (by close() in another thread): unsent
            return self._send_once(request, method, url, headers, body, timeout)

    def _send_once(
        self, request: Request, method: str, url: str, headers: Mapping[str, str], body: Any, timeout: urllib3.Timeout
    ) -> urllib3.BaseHTTPResponse:
        """One request through the origin's pool: :meth:`_Pool.send_direct` when it applies (no
        proxy or form, a body of bytes or none, a target sent as is, urllib3 2), else ``urlopen``."""
        pool, target = self._route(url)
        deadline = request.deadline
        if (
            pool.__class__ in _DIRECT_POOLS
            and request.fields is None
            and (body is None or body.__class__ is bytes)
            and _sent_as_is(target)
        ):
            return pool.send_direct(method, target, body, headers, timeout, deadline)  # type: ignore[attr-defined,no-any-return]
        token = None if deadline is None else _HEAD_DEADLINE.set(deadline)  # read by DeadlineHTTPResponse
        try:
            if request.fields is not None:
                manager = pool if isinstance(pool, urllib3.PoolManager) else self.pool
                kwargs = _urlopen_options(headers, timeout)
                return manager.request(method, url, fields=request.fields, encode_multipart=True, **kwargs)
            if isinstance(pool, urllib3.PoolManager):
                return pool.urlopen(method, target, body=body, **_urlopen_options(headers, timeout))
            response: urllib3.BaseHTTPResponse = pool.urlopen(
                method, target, body=body, assert_same_host=False, **_urlopen_options(headers, timeout)
            )
            return response
        finally:
            if token is not None:
                _HEAD_DEADLINE.reset(token)

    def _route(self, url: str) -> Tuple[Any, str]:
        """Where ``url`` goes: its origin's connection pool and the path (sent straight to the pool,
        skipping ``PoolManager.urlopen``), or a manager (a proxy's, or the default) and the whole URL."""
        start = url.find("://") + 3
        slash = url.find("/", start)
        if start < 3 or slash < 0:
            return self.pool, url
        origin = url[:slash]
        origins = self._origins
        route = origins.get(origin)
        if route is None or isinstance(route, HTTPConnectionPool) and route.pool is None:  # new, or closed since
            if len(origins) >= MAX_REMEMBERED_ORIGINS:
                origins.clear()
            proxy = self._proxy_for(origin)
            route = origins[origin] = self._proxy_manager(proxy) if proxy else self.pool.connection_from_url(origin)
        if isinstance(route, urllib3.PoolManager):
            return route, url
        return route, url[slash:]

    def _proxy_manager(self, proxy: str) -> urllib3.ProxyManager:
        manager = self._proxies.get(proxy)
        if manager is None:
            headers = self._proxy_headers_for(proxy)
            manager = urllib3.ProxyManager(proxy, proxy_headers=headers, **self._settings)
            manager = self._proxies[proxy] = _with_deadline_pools(manager)
        return manager

    # -- the original client's methods (see _original_client.OriginalTransportMethods) ---------

    if not TYPE_CHECKING:  # loaded on first use (checkers see them on the OriginalTransportMethods base)
        request = _original_method()
        GET = _original_method()
        HEAD = _original_method()
        OPTIONS = _original_method()
        DELETE = _original_method()
        POST = _original_method()
        PUT = _original_method()
        PATCH = _original_method()

    def close(self) -> None:
        """Close every pooled connection (the transport still works afterwards, on new ones)."""
        for route in list(self._origins.values()):
            if isinstance(route, HTTPConnectionPool):
                route.close()  # urllib3 2 forgets the manager's pools on clear() without closing them
        for manager in list(self._proxies.values()):
            manager.clear()
        self.pool.clear()


#: The original client's name for the transport.
RESTClientObject = Urllib3Transport

# The in-memory transport, the original client's request interface and proxy helpers, and the
# translation of urllib3's errors (``translate``: with the first failure) load on first use.
if TYPE_CHECKING:
    from pinterest_client._failures import translate as translate
    from pinterest_client._mock_transport import MockTransport as MockTransport
    from pinterest_client._original_client import RESTResponse as RESTResponse
    from pinterest_client._original_client import in_ipv4net as in_ipv4net
    from pinterest_client._original_client import is_ipv4 as is_ipv4
    from pinterest_client._original_client import original_request as original_request
    from pinterest_client._original_client import should_bypass_proxies as should_bypass_proxies
else:
    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "MockTransport": "_mock_transport",
            "RESTResponse": "_original_client",
            "in_ipv4net": "_original_client",
            "is_ipv4": "_original_client",
            "original_request": "_original_client",
            "should_bypass_proxies": "_original_client",
            "translate": "_failures",
        },
    )


# -- reading a response head ----------------------------------------------------------------------
#
# The status line and headers are read by ``http.client.HTTPResponse.begin`` with a lean header
# parser (:func:`begin_response`, identical to ``begin`` from Python 3.9 to 3.13 but for it).
# ``http.client`` hands the header lines to the ``email`` package's feed parser, which costs about
# 15 µs for the three headers of a small API answer: more than everything else the SDK adds to a
# call. :func:`parse_headers` builds the same :class:`http.client.HTTPMessage` directly when every
# line is a plain ``Name: value`` line (what every server sends), and leaves anything else (folded
# continuation lines, lines without a name, stray carriage returns, a head cut short) to the
# ``email`` parser, exactly as ``http.client`` does.

#: ``http.client``'s limits on a header line and on the number of lines.
MAX_LINE = getattr(http.client, "_MAXLINE", 65536)
MAX_HEADERS = getattr(http.client, "_MAXHEADERS", 100)

#: Bytes a header name may hold: printable ASCII but the colon (the feed parser's ``headerRE``).
_NAME_BYTES = frozenset(range(0x21, 0x7F)) - {ord(":")}


def read_header_lines(fp: Any) -> List[bytes]:
    """The header lines up to and including the blank line that ends them (or ``b""`` at the end
    of the stream), with ``http.client``'s limits and errors."""
    lines: List[bytes] = []
    while True:
        line = fp.readline(MAX_LINE + 1)
        if len(line) > MAX_LINE:
            raise http.client.LineTooLong("header line")
        lines.append(line)
        if len(lines) > MAX_HEADERS:
            raise http.client.HTTPException(f"got more than {MAX_HEADERS} headers")
        if line in (b"\r\n", b"\n", b""):
            return lines


def parse_headers(fp: Any) -> http.client.HTTPMessage:
    """``http.client.parse_headers(fp)``: the same message, built without the ``email`` parser
    when every line is a plain ``Name: value`` line."""
    lines = read_header_lines(fp)
    message = _plain_headers(lines)
    if message is not None:
        return message
    text = b"".join(lines).decode("iso-8859-1")
    parsed: http.client.HTTPMessage = email.parser.Parser(_class=http.client.HTTPMessage).parsestr(text)
    return parsed


def _plain_headers(lines: List[bytes]) -> Optional[http.client.HTTPMessage]:
    """The message of ``lines`` if each is ``Name: value`` ending in a line break, else ``None``.
    Values are kept as the feed parser keeps them: leading blanks and the line break cut off."""
    message = http.client.HTTPMessage()
    for line in lines[:-1]:
        if line.endswith(b"\r\n"):
            line = line[:-2]
        elif line.endswith(b"\n"):
            line = line[:-1]
        else:
            return None  # cut short
        name, colon, value = line.partition(b":")
        if not colon or not name or b"\r" in line or not _NAME_BYTES.issuperset(name):
            return None
        message[name.decode("ascii")] = value.decode("iso-8859-1").lstrip(" \t")
    message.set_payload("")  # (the feed parser's empty body)
    return message


def begin_response(response: http.client.HTTPResponse) -> None:
    """``http.client.HTTPResponse.begin``, with :func:`parse_headers`."""
    self: Any = response
    if self.headers is not None:
        return  # we've already started reading the response
    while True:  # read until we get a non-100 response
        version, status, reason = self._read_status()
        if status != http.client.CONTINUE:
            break
        skipped = read_header_lines(self.fp)  # the header of the 100 response
        if self.debuglevel > 0:
            print("headers:", skipped)
    self.code = self.status = status
    self.reason = reason.strip()
    if version in ("HTTP/1.0", "HTTP/0.9"):
        self.version = 10  # some servers might still return "0.9": treat it as 1.0
    elif version.startswith("HTTP/1."):
        self.version = 11  # use HTTP/1.1 code for HTTP/1.x where x>=1
    else:
        raise http.client.UnknownProtocol(version)
    self.headers = self.msg = parse_headers(self.fp)
    if self.debuglevel > 0:
        for name, value in self.headers.items():
            print("header:", name + ":", value)
    transfer_encoding = self.headers.get("transfer-encoding")
    self.chunked = bool(transfer_encoding and transfer_encoding.lower() == "chunked")
    if self.chunked:
        self.chunk_left = None
    self.will_close = self._check_close()  # will the connection close at the end of the response?
    self.length = None
    length = self.headers.get("content-length")
    if length and not self.chunked:  # (RFC 2616 4.4 #3: ignored with chunked encoding)
        try:
            self.length = int(length)
        except ValueError:
            self.length = None
        else:
            if self.length < 0:  # ignore nonsensical negative lengths
                self.length = None
    if status in (http.client.NO_CONTENT, http.client.NOT_MODIFIED) or 100 <= status < 200 or self._method == "HEAD":
        self.length = 0  # the body has a fixed length of zero
    if not self.will_close and not self.chunked and self.length is None:
        self.will_close = True  # no length and not chunked: the connection closes after the body


# -- the deadline while the status line and headers arrive ----------------------------------------
#
# urllib3 bounds each read of the response head by the read timeout only: a server trickling one
# byte per read timeout would hold a call for ever. The response of a request with a deadline
# reads its head through :class:`_HeadDeadlineIO`, which gives every socket read at most the time
# left, and lets go once the head is parsed (``read_body`` bounds the body); nothing is done for
# requests without one. The response learns the deadline from its connection (``head_deadline``,
# set by :meth:`_Pool.send_direct`) or, for a request sent through urllib3's ``urlopen``
# (urllib3 1.26, proxies, forms), from the context (``Urllib3Transport._send_once`` sets
# ``_HEAD_DEADLINE`` around it).

#: The ``time.monotonic()`` instant the request being sent through ``urlopen`` in this context must end by.
_HEAD_DEADLINE = ContextSetting("pinterest_client_head_deadline", None)


class _DeadlineReads:
    """Caps the timeout of each socket read by the time left until ``_deadline`` (a
    ``socket.timeout`` at the deadline, which urllib3 reports as a read timeout)."""

    _sock: Any
    _timeout: Optional[float]
    _deadline: Optional[float]
    _shortened = False  # a read changed the socket's timeout (disarm puts it back)

    def _arm(self, sock: Any, deadline: float) -> None:
        self._timeout = sock.gettimeout()
        self._deadline = deadline

    def _before_read(self) -> None:
        deadline = self._deadline
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise socket.timeout("deadline exceeded while reading the response head")
            if self._timeout is None or remaining < self._timeout:
                self._sock.settimeout(remaining)
                self._shortened = True

    def disarm(self) -> None:
        """The head is read: restore the socket's own read timeout (a syscall: only if changed)."""
        self._deadline = None
        if self._shortened and self._sock is not None:
            self._shortened = False
            try:
                self._sock.settimeout(self._timeout)
            except OSError:  # closed meanwhile
                pass


class _HeadDeadlineSocketIO(_DeadlineReads, socket.SocketIO):
    """What ``socket.makefile("rb")`` reads through, reading by the deadline: one object, as in a
    plain response (not a wrapper around the reader ``makefile`` gives)."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        super().__init__(sock, "rb")
        sock._io_refs += 1  # type: ignore[attr-defined]  # as makefile does: SocketIO.close gives it back
        self._arm(sock, deadline)

    def readinto(self, buffer: Any) -> Optional[int]:
        self._before_read()
        return super().readinto(buffer)


class _HeadDeadlineIO(_DeadlineReads, io.RawIOBase):
    """The same around the reader ``makefile`` gives, for socket-likes that are not sockets
    (urllib3's TLS-in-TLS transport through an HTTPS proxy)."""

    def __init__(self, sock: Any, deadline: float) -> None:
        super().__init__()
        self._sock = sock
        self._raw = sock.makefile("rb", buffering=0)
        self._arm(sock, deadline)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> Optional[int]:
        self._before_read()
        result: Optional[int] = self._raw.readinto(buffer)
        return result

    def close(self) -> None:
        self._raw.close()
        super().close()


#: urllib3 2 reads a body chunk by chunk (``read1``), so ``read_body`` bounds each read by the
#: deadline and the head's cap can go once the head is read. urllib3 1.26 has no ``read1``: a read
#: waits for a whole chunk, so the cap stays on every socket read of the body too.
_BODY_READ_IN_CHUNKS = hasattr(urllib3.response.HTTPResponse, "read1")


class DeadlineHTTPResponse(http.client.HTTPResponse):
    """``http.client``'s response, reading its status line and headers by the deadline of the
    request being sent (when it has one)."""

    def __init__(self, sock: Any, *args: Any, deadline: Optional[float] = None, **kwargs: Any) -> None:
        if deadline is None:
            deadline = _HEAD_DEADLINE.get()
        if deadline is not None:
            sock = _HeadDeadlineSocket(sock, deadline)
        super().__init__(sock, *args, **kwargs)

    def begin(self) -> None:
        try:
            begin_response(self)  # ``HTTPResponse.begin``, plain headers parsed without the ``email`` package
        finally:
            raw = getattr(self.fp, "raw", None)
            if isinstance(raw, _DeadlineReads) and _BODY_READ_IN_CHUNKS:
                raw.disarm()


class _HeadDeadlineSocket:
    """What ``http.client.HTTPResponse`` is given instead of the socket: only ``makefile`` is used."""

    def __init__(self, sock: Any, deadline: float) -> None:
        self._sock = sock
        self._deadline = deadline

    def makefile(self, mode: str = "rb", *args: Any, **kwargs: Any) -> io.BufferedReader:
        sock = self._sock
        if isinstance(sock, socket.socket):
            return io.BufferedReader(_HeadDeadlineSocketIO(sock, self._deadline))
        return io.BufferedReader(_HeadDeadlineIO(sock, self._deadline))


class _HeadDeadlineConnection:
    """Gives each of its responses the deadline of the request it was sent for (``head_deadline``,
    set for the exchange by :meth:`_Pool.send_direct`; else the context's, see above)."""

    head_deadline: Optional[float] = None

    if TYPE_CHECKING:  # (for checkers, what it makes: http.client makes each response with it)
        response_class: type[http.client.HTTPResponse]
    else:

        @property
        def response_class(self):
            return self._response

    def _response(self, sock: Any, *args: Any, **kwargs: Any) -> DeadlineHTTPResponse:
        return DeadlineHTTPResponse(sock, *args, deadline=self.head_deadline, **kwargs)


class _HTTPConnection(_HeadDeadlineConnection, HTTPConnection):
    pass


class _HTTPSConnection(_HeadDeadlineConnection, HTTPSConnection):
    pass


#: urllib3 2's ``_make_request`` (what ``urlopen`` calls once it holds a connection) hands the
#: connection to the response; urllib3 1.26's does not, and there every request goes through ``urlopen``.
_DIRECT_SEND = "response_conn" in HTTPConnectionPool._make_request.__code__.co_varnames


class _SlotQueue(queue.LifoQueue):  # type: ignore[type-arg]
    """A pool's queue of connection slots, made full: one ``None`` per free slot."""

    def _init(self, maxsize: int) -> None:
        self.queue = [None] * maxsize


class _Pool:
    """What the transport's connection pools add to urllib3's.

    * The queue of free connection slots is made full at once. urllib3 fills it with one locked
      ``put(None)`` per slot, about 4 µs each: a quarter of a millisecond for the default 64 slots,
      on the first request to each origin. Pools made with a positional ``maxsize`` are filled as
      urllib3 does (the pool manager passes it by keyword).
    * :meth:`send_direct`, what the transport sends a request with once it has its origin's pool:
      ``urlopen`` without the steps it never needs there. ``urlopen`` re-encodes the target (~4 µs;
      the transport only takes this path for a target that encoding leaves unchanged), builds a
      ``Retry`` and copies the headers on every call, records a body's file position (only bytes
      come here) and handles retries, redirects and proxies, none of which the transport asks
      urllib3 for. Errors come out as from ``urlopen`` with retries off: TLS errors as
      ``SSLError``, other socket and protocol errors as ``ProtocolError``, the connection closed
      and its slot in the pool given back.
    """

    pool: Optional[queue.LifoQueue[Any]]  # (urllib3's attribute)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        slots = kwargs.get("maxsize")
        if slots is None or len(args) > 3:
            super().__init__(*args, **kwargs)
            return
        super().__init__(*args, **{**kwargs, "maxsize": 0})  # (an unbounded queue, nothing put)
        self.pool = _SlotQueue(slots)

    def send_direct(
        self,
        method: str,
        target: str,
        body: Optional[bytes],
        headers: Mapping[str, str],
        timeout: urllib3.Timeout,
        deadline: Optional[float] = None,
    ) -> urllib3.BaseHTTPResponse:
        """One request on a connection of this pool, ``urlopen`` without the steps it never needs here."""
        pool: HTTPConnectionPool = self  # type: ignore[assignment]
        conn = pool._get_conn()
        conn.head_deadline = deadline  # type: ignore[attr-defined]  # (our ConnectionCls: see _HeadDeadlineConnection)
        try:
            response: urllib3.BaseHTTPResponse = pool._make_request(
                conn,
                method,
                target,
                body=body,
                headers=headers,
                retries=_NO_RETRIES,
                timeout=timeout,
                response_conn=conn,
                preload_content=False,
            )
            return response
        except BaseException as exc:
            conn.close()
            pool._put_conn(None)  # (as urlopen does: the slot is free again)
            if isinstance(exc, (ssl.SSLError, CertificateError)):
                raise SSLError(exc) from exc
            if isinstance(exc, (OSError, http.client.HTTPException)):
                raise ProtocolError("Connection aborted.", exc) from exc
            raise
        finally:
            conn.head_deadline = None  # type: ignore[attr-defined]


class _HTTPConnectionPool(_Pool, HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSConnectionPool(_Pool, HTTPSConnectionPool):
    """Verifies with certifi's CA bundle unless told otherwise: certifi (and the ``importlib.resources``
    machinery it loads, ~9 ms) is imported by the first HTTPS pool, not by every client."""

    ConnectionCls = _HTTPSConnection

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if kwargs.get("cert_reqs") == ssl.CERT_REQUIRED and not (
            kwargs.get("ca_certs") or kwargs.get("ca_cert_dir") or kwargs.get("ssl_context")
        ):
            import certifi

            kwargs["ca_certs"] = certifi.where()
        super().__init__(*args, **kwargs)


#: Pools the transport sends through with :meth:`_Pool.send_direct`.
_DIRECT_POOLS = frozenset([_HTTPConnectionPool, _HTTPSConnectionPool] if _DIRECT_SEND else [])

if TYPE_CHECKING:  # (a private signature: only checkers read it)
    from typing import TypeVar

    _Manager = TypeVar("_Manager", bound=urllib3.PoolManager)


def _with_deadline_pools(manager: _Manager) -> _Manager:
    """``manager``, creating pools whose connections read the response head by the deadline."""
    manager.pool_classes_by_scheme = {"http": _HTTPConnectionPool, "https": _HTTPSConnectionPool}
    return manager


def _pool_settings(configuration: Configuration, pools_size: int = 4, maxsize: Optional[int] = None) -> Dict[str, Any]:
    settings: Dict[str, Any] = {
        "num_pools": pools_size,
        "maxsize": configuration.connection_pool_maxsize if maxsize is None else maxsize,
        "retries": False,
        "timeout": make_timeout(configuration.timeout),
    }
    if configuration.verify_ssl:
        settings["cert_reqs"] = ssl.CERT_REQUIRED
        ca_certs = configuration.ssl_ca_cert or configuration.env_ca_bundle()
        if ca_certs:  # else certifi's bundle, looked up by the first HTTPS pool (see _HTTPSConnectionPool)
            settings["ca_certs"] = ca_certs
    else:
        settings["cert_reqs"] = ssl.CERT_NONE
    if configuration.cert_file:
        settings["cert_file"] = configuration.cert_file
        settings["key_file"] = configuration.key_file
    if configuration.assert_hostname is not None:
        settings["assert_hostname"] = configuration.assert_hostname
    if configuration.socket_options is not None:
        settings["socket_options"] = configuration.socket_options
    return settings


#: urllib3 told "no retries, no redirects" (shared: ``urlopen`` would build one ``Retry`` per call).
_NO_RETRIES = Retry(False, redirect=False)

#: Characters ``urlopen`` sends as they are in a request target (its ``_encode_target`` leaves a
#: target of these unchanged, and ``%`` when it starts an upper-case escape).
_AS_IS_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?")
_UPPER_HEX = frozenset("0123456789ABCDEF")


def _sent_as_is(target: str) -> bool:
    """Whether ``urlopen`` would send ``target`` unchanged, as it would every target the SDK builds
    (path segments and queries are percent-encoded by ``api_client``); else it goes to ``urlopen``."""
    if not target.startswith("/"):
        return False
    if _AS_IS_CHARS.issuperset(target):
        return True
    head, *escaped = target.split("%")
    return _AS_IS_CHARS.issuperset(head) and all(
        len(part) >= 2 and _UPPER_HEX.issuperset(part[:2]) and _AS_IS_CHARS.issuperset(part[2:]) for part in escaped
    )


def _urlopen_options(headers: Mapping[str, str], timeout: urllib3.Timeout) -> Dict[str, Any]:
    """The keyword arguments of every ``urlopen``/``request`` the transport makes."""
    kwargs: Dict[str, Any] = {
        "headers": headers,
        "retries": _NO_RETRIES,
        "redirect": False,
        "preload_content": False,
        "timeout": timeout,
    }
    if not _BODY_READ_IN_CHUNKS:  # urllib3 1.26 hands a body cut short over as complete unless asked
        kwargs["enforce_content_length"] = True
    return kwargs


def _attempt_timeout(timeout: urllib3.Timeout, deadline: Optional[float]) -> urllib3.Timeout:
    """``timeout`` with both phases capped by the time left before ``deadline``."""
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise ApiTimeoutError("deadline exceeded before sending", sent=False)
    connect, read = timeout.connect_timeout, timeout.read_timeout
    if _fits(connect, remaining) and _fits(read, remaining):
        return timeout
    return urllib3.Timeout(connect=_cap(connect, remaining), read=_cap(read, remaining))


def _fits(value: Any, remaining: float) -> bool:
    return isinstance(value, (int, float)) and value <= remaining


def _cap(value: Any, remaining: float) -> float:
    return min(value, remaining) if isinstance(value, (int, float)) else remaining


def _origin(url: str) -> Tuple[str, str, Optional[int]]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or (443 if scheme == "https" else 80)


def _redirected(
    status: int, method: str, url: str, target: str, headers: Mapping[str, str], body: Any, request: Request
) -> Tuple[str, Mapping[str, str], Any]:
    """Method, headers and body of the next hop. A 303 turns into a body-less GET; a body is never
    sent to another origin or to plain http (raises); credentials never leave the origin."""
    dropped: FrozenSet[str] = frozenset()
    if status == 303 and method != "HEAD":
        method, body = "GET", None
        dropped = CONTENT_HEADERS
    carries_body = body is not None or (request.fields is not None and status != 303)
    same_origin = _origin(url) == _origin(target)  # http -> https or https -> http changes the origin
    if carries_body and not same_origin:
        shown = target.split("?", 1)[0]
        from pinterest_client.exceptions import RedirectRefusedError  # (loaded with the first failure)

        raise RedirectRefusedError(
            f"{method} {url.split('?', 1)[0]} was redirected ({status}) to {shown}: a request with a body is "
            "not sent to another origin or over plain http",
            sent=True,
        )
    if not same_origin:
        dropped = dropped | CREDENTIAL_HEADERS
    if dropped:
        headers = {k: v for k, v in headers.items() if k.lower() not in dropped}
    return method, headers, body


def read_body(
    raw: Any, deadline: Optional[float], limit: Optional[int], timeout: Optional[urllib3.Timeout] = None
) -> bytes:
    """The whole (decoded) body of ``raw``, read chunk by chunk so that ``deadline`` and ``limit``
    hold while reading: a server that trickles or a body that inflates without end is cut off.
    ``timeout`` is the attempt's (its read timeout stays the limit of each read)."""
    read = getattr(raw, "read1", None) or raw.read
    chunks: List[bytes] = []
    size = 0
    read_timeout = _read_timeout(timeout) if deadline is not None else None
    # Without content coding, the body ends when its announced length is read (saves a read call).
    exact = "content-encoding" not in raw.headers and getattr(raw, "length_remaining", None) is not None
    try:
        while True:
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise ApiTimeoutError("deadline exceeded while reading the response body", sent=True)
                if read_timeout is None or remaining < read_timeout:
                    _set_socket_timeout(raw, remaining)
            chunk = read(CHUNK_SIZE)
            if not chunk:
                break
            size += len(chunk)
            if limit is not None and size > limit:
                from pinterest_client.exceptions import ResponseTooLargeError

                raise ResponseTooLargeError(
                    f"the response body exceeds {limit} bytes (Configuration.max_response_size)", sent=True
                )
            chunks.append(chunk)
            if exact and raw.length_remaining == 0:
                break
    except BaseException:
        raw.close()  # never hand a half-read connection back to the pool
        raise
    raw.release_conn()
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _read_timeout(timeout: Optional[urllib3.Timeout]) -> Optional[float]:
    value = timeout.read_timeout if timeout is not None else None
    return value if isinstance(value, (int, float)) else None


def _set_socket_timeout(raw: Any, seconds: float) -> None:
    """Shorten the socket's per-read timeout to what the deadline leaves (best effort)."""
    connection = getattr(raw, "connection", None)
    sock = getattr(connection, "sock", None)
    if sock is not None:
        sock.settimeout(max(seconds, 0.001))
