"""The HTTP transport: one urllib3 pool per client, no retries of its own, errors translated.

Everything urllib3 can raise comes out as :class:`~pinterest_client.exceptions.ApiConnectionError`
or :class:`~pinterest_client.exceptions.ApiTimeoutError`, marked with whether the request may have
reached the server (``exc.sent``), which the retry policy needs.

Without a proxy, a request goes straight to the connection pool of its origin (remembered per
client), not through ``PoolManager.urlopen``, which parses the URL and looks the pool up again on
every call (~20 µs, about half of what the SDK adds to a small call). Redirects are followed as
``PoolManager`` follows them: the first hop here, the rest by the manager.
"""

from __future__ import annotations

import ssl
from typing import Any, Dict, FrozenSet, Mapping, Optional, Tuple
from urllib.parse import urljoin

import certifi
import urllib3
from urllib3.connectionpool import HTTPConnectionPool
from urllib3.exceptions import (
    ClosedPoolError,
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ProtocolError,
    ProxyError,
    ReadTimeoutError,
    SSLError,
)

from pinterest_client.configuration import Configuration, TimeoutType
from pinterest_client.exceptions import ApiConnectionError, ApiTimeoutError

#: Redirects followed; urllib3 drops ``Authorization`` when one leaves the original host.
MAX_REDIRECTS = 5

#: Origins whose connection pools a client remembers (then it forgets them all and starts again).
MAX_REMEMBERED_ORIGINS = 16

#: Request headers a 303 redirect (which turns the request into a GET) drops with the body.
CONTENT_HEADERS = frozenset(
    ["content-encoding", "content-language", "content-location", "content-type", "content-length", "digest"]
)


def make_timeout(value: TimeoutType) -> urllib3.Timeout:
    """A number (both phases) or a ``(connect, read)`` pair -> ``urllib3.Timeout``."""
    if isinstance(value, urllib3.Timeout):
        return value
    if isinstance(value, (tuple, list)):
        if len(value) != 2:
            raise ValueError(f"_request_timeout: expected a number or a (connect, read) pair, got {value!r}")
        return urllib3.Timeout(connect=value[0], read=value[1])
    if value is None or isinstance(value, (int, float)) and not isinstance(value, bool):
        return urllib3.Timeout(connect=value, read=value)
    raise ValueError(f"_request_timeout: expected a number or a (connect, read) pair, got {value!r}")


class RESTClientObject:
    """A thin wrapper around a urllib3 ``PoolManager`` (or ``ProxyManager``)."""

    def __init__(self, configuration: Configuration) -> None:
        pool_args: Dict[str, Any] = {
            "num_pools": 4,
            "maxsize": configuration.connection_pool_maxsize,
            "retries": False,
            "timeout": make_timeout(configuration.timeout),
        }
        if configuration.verify_ssl:
            pool_args["cert_reqs"] = ssl.CERT_REQUIRED
            pool_args["ca_certs"] = configuration.ssl_ca_cert or certifi.where()
        else:
            pool_args["cert_reqs"] = ssl.CERT_NONE
        if configuration.cert_file:
            pool_args["cert_file"] = configuration.cert_file
            pool_args["key_file"] = configuration.key_file
        if configuration.assert_hostname is not None:
            pool_args["assert_hostname"] = configuration.assert_hostname
        #: urllib3's own retries stay off (the pipeline retries); only redirects are followed.
        #: Built once: urllib3 never changes a Retry in place (``increment`` returns a new one).
        self.retries = urllib3.Retry(
            total=None, connect=0, read=0, status=0, other=0, redirect=MAX_REDIRECTS, raise_on_redirect=False
        )
        self.pool: urllib3.PoolManager
        if configuration.proxy:
            self.pool = urllib3.ProxyManager(
                configuration.proxy, proxy_headers=configuration.proxy_headers, **pool_args
            )
        else:
            self.pool = urllib3.PoolManager(**pool_args)
        #: origin ("https://api.pinterest.com") -> its pool, for the direct path (no proxy only:
        #: a ProxyManager rewrites requests in ``urlopen``).
        self._origins: Optional[Dict[str, HTTPConnectionPool]] = None if configuration.proxy else {}

    def request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: Any = None,
        fields: Optional[Any] = None,
        *,
        timeout: Optional[urllib3.Timeout] = None,
        preload_content: bool = True,
        follow_redirects: bool = True,
    ) -> urllib3.BaseHTTPResponse:
        """Send one request and translate urllib3's errors. ``body`` is bytes or a file-like stream;
        ``fields`` means urllib3 multipart encoding. ``headers`` is not changed (urllib3 copies
        before it edits, e.g. on a cross-host redirect). ``follow_redirects=False`` returns a
        redirect as the response (for uploads whose streamed body cannot be sent twice)."""
        kwargs: Dict[str, Any] = {
            "headers": headers,
            "retries": self.retries if follow_redirects else False,
            "preload_content": preload_content,
        }
        if timeout is not None:
            kwargs["timeout"] = timeout
        try:
            if fields is not None:
                return self.pool.request(method, url, fields=fields, encode_multipart=True, **kwargs)
            kwargs["body"] = body
            direct = self._direct(url)
            if direct is None:
                return self.pool.request(method, url, **kwargs)
            pool, target = direct
            kwargs.update(redirect=False, assert_same_host=False)
            try:
                response = pool.urlopen(method, target, **kwargs)
            except ClosedPoolError:  # closed since _direct looked (by close() in another thread): unsent
                pool, target = self._direct(url) or direct
                response = pool.urlopen(method, target, **kwargs)
            location = follow_redirects and response.get_redirect_location()
            if location:
                return self._redirect(pool, response, method, urljoin(url, location), url, kwargs)
            return response
        except HTTPError as exc:
            raise translate(exc) from exc

    def _direct(self, url: str) -> Optional[Tuple[HTTPConnectionPool, str]]:
        """The pool of ``url``'s origin and the request target, or ``None`` for the manager's path."""
        origins = self._origins
        if origins is None:
            return None
        start = url.find("://") + 3
        slash = url.find("/", start)
        if start < 3 or slash < 0:
            return None
        origin = url[:slash]
        pool = origins.get(origin)
        if pool is None or pool.pool is None:  # new, or closed since (by close(); urllib3 1.26 evicting)
            if len(origins) >= MAX_REMEMBERED_ORIGINS:
                origins.clear()
            pool = origins[origin] = self.pool.connection_from_url(origin)
        return pool, url[slash:]

    def _redirect(
        self,
        pool: HTTPConnectionPool,
        response: urllib3.BaseHTTPResponse,
        method: str,
        location: str,
        url: str,
        kwargs: Dict[str, Any],
    ) -> urllib3.BaseHTTPResponse:
        """The first hop of a redirect, as ``PoolManager.urlopen`` takes it; the manager takes the
        rest. A 303 becomes a GET without body; leaving the host drops ``Authorization``."""
        retries = self.retries
        dropped: FrozenSet[str] = frozenset()
        if response.status == 303:
            method = "GET"
            kwargs["body"] = None
            dropped = CONTENT_HEADERS
        if not pool.is_same_host(location):
            dropped = dropped | retries.remove_headers_on_redirect
        kwargs.update(
            headers={k: v for k, v in kwargs["headers"].items() if k.lower() not in dropped},
            retries=retries.increment(method, url, response=response, _pool=pool),
            redirect=True,
        )
        del kwargs["assert_same_host"]
        response.drain_conn()
        return self.pool.urlopen(method, location, **kwargs)

    def close(self) -> None:
        """Close every pooled connection (the client still works afterwards, on new ones)."""
        for pool in list((self._origins or {}).values()):
            pool.close()  # urllib3 2 forgets the manager's pools on clear() without closing them
        self.pool.clear()


def translate(exc: BaseException) -> ApiConnectionError:
    """urllib3's exception -> ours, with ``sent`` telling whether the server may have seen it."""
    inner = getattr(exc, "reason", None) or exc
    # NewConnectionError subclasses ConnectTimeoutError in urllib3 2: test it first.
    if isinstance(inner, (NewConnectionError, ProxyError)) or isinstance(exc, (NewConnectionError, ProxyError)):
        err: ApiConnectionError = ApiConnectionError(f"connection failed: {_detail(inner)}", cause=exc, sent=False)
    elif isinstance(inner, ConnectTimeoutError) or isinstance(exc, ConnectTimeoutError):
        err = ApiTimeoutError(f"connect timeout: {_detail(inner)}", cause=exc, sent=False)
    elif isinstance(inner, ReadTimeoutError) or isinstance(exc, ReadTimeoutError):
        err = ApiTimeoutError(f"read timeout: {_detail(inner)}", cause=exc, sent=True)
    elif isinstance(inner, SSLError) or isinstance(exc, SSLError):
        err = ApiConnectionError(f"TLS error: {_detail(inner)}", cause=exc, sent=False)
    elif isinstance(exc, ProtocolError):
        err = ApiConnectionError(f"connection broken: {_detail(inner)}", cause=exc, sent=True)
    else:
        err = ApiConnectionError(f"{type(exc).__name__}: {_detail(inner)}", cause=exc, sent=True)
    return err


def _detail(exc: Any) -> str:
    text = str(exc)
    # urllib3 messages embed the pool repr ("HTTPConnectionPool(host=..., port=...)"): keep them short.
    return text if len(text) <= 200 else text[:197] + "..."
