"""The exceptions only a failure meets: an error response (by HTTP status), a removed operation, a
body that cannot be decoded or is too large, a refused redirect, a model's missing attribute or
key. They are leaves of the tree drawn in :mod:`pinterest_client.exceptions`, where they are
imported from: this module is loaded with the first one a program meets or names, so a program
whose calls succeed does not create their classes. Each says ``pinterest_client.exceptions`` is
its module (tracebacks, reprs and pickles name it). Also :func:`exception_for` (the exception of an
error response) and :func:`translate`, which turns what urllib3 raises into those of
:mod:`pinterest_client.exceptions` (reached there and as ``rest.translate``).
"""

from __future__ import annotations

from typing import Any, Mapping, Optional

from pinterest_client.exceptions import ApiConnectionError, ApiException, ApiTimeoutError, _ArgumentError

_HOME = "pinterest_client.exceptions"


class ApiAttributeError(_ArgumentError, AttributeError):
    """An attribute that a model does not have."""

    __module__ = _HOME


class ApiKeyError(_ArgumentError, KeyError):
    """A key that a model does not have."""

    __module__ = _HOME

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


class ApiDecodeError(ApiConnectionError):
    """A successful status whose declared JSON body is empty, ``null``, cut off or not JSON.

    Nothing is returned in its place: a page that cannot be read is never taken for the last one."""

    __module__ = _HOME


class ResponseTooLargeError(ApiConnectionError):
    """The decoded response body exceeded ``Configuration.max_response_size`` (reading stopped there)."""

    __module__ = _HOME

    retryable = False


class RedirectRefusedError(ApiConnectionError):
    """A request with a body was redirected to another origin or to plain http; it was not followed."""

    __module__ = _HOME

    retryable = False


class BadRequestException(ApiException):
    """400: the request does not match what the API accepts."""

    __module__ = _HOME


class UnauthorizedException(ApiException):
    """401: the access token is missing, invalid or expired."""

    __module__ = _HOME


class ForbiddenException(ApiException):
    """403: the token lacks a scope or the account may not do this."""

    __module__ = _HOME


class NotFoundException(ApiException):
    """404: no such resource."""

    __module__ = _HOME


class ConflictException(ApiException):
    """409: the resource changed concurrently or already exists."""

    __module__ = _HOME


class UnprocessableEntityException(ApiException):
    """422: the request was understood but refused."""

    __module__ = _HOME


class RateLimitException(ApiException):
    """429: too many requests. ``retry_after`` is the server's advice in seconds (or ``None``);
    ``rate_limit`` holds the parsed ``X-RateLimit-*`` headers."""

    __module__ = _HOME

    @property
    def retry_after(self) -> Optional[float]:
        from pinterest_client._ratelimit import parse_retry_after

        return parse_retry_after(self.headers)

    @property
    def rate_limit(self) -> Any:
        from pinterest_client._ratelimit import RateLimitInfo

        return RateLimitInfo.from_headers(self.headers)


class SpamRateLimitException(RateLimitException):
    """429 whose body says the request looks like spam or abuse. Retrying makes it worse."""

    __module__ = _HOME


class ServiceException(ApiException):
    """5xx: Pinterest failed to handle the request."""

    __module__ = _HOME


#: The exception of each status that has its own (5xx: :class:`ServiceException`).
BY_STATUS = {
    400: BadRequestException,
    401: UnauthorizedException,
    403: ForbiddenException,
    404: NotFoundException,
    409: ConflictException,
    422: UnprocessableEntityException,
    429: RateLimitException,
}


class OperationRemovedError(ApiException):
    """A method of the original client whose operation Pinterest's API no longer has. Raised
    before anything is sent; ``replacement`` says what to call instead."""

    __module__ = _HOME

    def __init__(self, method: str, replacement: str) -> None:
        self.method: str = method
        self.replacement: str = replacement
        super().__init__(reason=f"{method}: Pinterest removed this operation from its API; use {replacement}")

    def __reduce__(self) -> Any:
        return (type(self), (self.method, self.replacement))


def exception_for(status: int, reason: Optional[str], body: Any, headers: Mapping[str, str]) -> ApiException:
    """The exception instance for an unsuccessful HTTP response; its ``body`` is the response's text
    (UTF-8, undecodable bytes replaced), as the original client's ``ApiException.body`` was."""
    if isinstance(body, (bytes, bytearray)):
        body = bytes(body).decode("utf-8", "replace")
    cls = BY_STATUS.get(status)
    if cls is None:
        cls = ServiceException if 500 <= status <= 599 else ApiException
    exc = cls(status, reason, body=body, headers=headers)
    if cls is RateLimitException and is_spam(exc):
        exc = SpamRateLimitException(status, reason, body=body, headers=headers)
    return exc


def is_spam(exc: ApiException) -> bool:
    """Pinterest flags abusive traffic with a 429 whose message mentions spam."""
    data = exc.data if isinstance(exc.data, dict) else {}
    text = " ".join(str(data.get(k, "")) for k in ("message", "message_detail")).lower()
    return "spam" in text or "abuse" in text


# -- urllib3's errors ------------------------------------------------------------------------------


def translate(exc: BaseException) -> ApiConnectionError:
    """urllib3's exception -> ours, with ``sent`` telling whether the server may have seen it."""
    # (urllib3 is imported here, not with the module: importing the legacy calls, which name
    # OperationRemovedError, does not import urllib3.)
    from urllib3.exceptions import (
        ConnectTimeoutError,
        NewConnectionError,
        ProtocolError,
        ProxyError,
        ReadTimeoutError,
        SSLError,
    )

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
