"""The exceptions of an error response, by HTTP status, and of a removed operation: the leaves of
the tree drawn in :mod:`pinterest_client.exceptions`, where they are imported from (this module is
loaded with the first one a program meets or names; the classes say ``pinterest_client.exceptions``
is their module, so tracebacks, reprs and pickles name it).
"""

from __future__ import annotations

from typing import Any, Optional

from pinterest_client.exceptions import ApiException

_HOME = "pinterest_client.exceptions"


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
        from pinterest_client.retry import parse_retry_after

        return parse_retry_after(self.headers)

    @property
    def rate_limit(self) -> Any:
        from pinterest_client.retry import RateLimitInfo

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
