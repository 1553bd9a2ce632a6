"""Every error the SDK raises.

    OpenApiException                  base of everything below
    ├── ApiTypeError (TypeError)      a request argument has the wrong type
    ├── ApiValueError (ValueError)    a request argument has a wrong value (enum, range, pattern, ...)
    ├── ApiAttributeError (AttributeError)
    ├── ApiKeyError (KeyError)
    └── ApiException                  the request was sent (or tried) and did not succeed
        ├── ApiConnectionError        no usable HTTP response: refused, reset, DNS, TLS, truncated body
        │   ├── ApiTimeoutError       connect or read timeout, or the call's deadline passed
        │   ├── ApiDecodeError        a 2xx whose declared JSON body is empty, null, cut off or unparsable
        │   ├── ResponseTooLargeError the decoded body exceeded ``Configuration.max_response_size``
        │   └── RedirectRefusedError  a request with a body was redirected to another origin or to http
        ├── OperationRemovedError     an original client's method whose operation Pinterest removed
        └── (by HTTP status)
            ├── BadRequestException           400
            ├── UnauthorizedException         401
            ├── ForbiddenException            403
            ├── NotFoundException             404
            ├── ConflictException             409
            ├── UnprocessableEntityException  422
            ├── RateLimitException            429
            │   └── SpamRateLimitException    429 whose body says spam/abuse (never retried)
            └── ServiceException              5xx

Request-side errors (the first four) are raised before any byte is sent and name the parameter
and what was expected. ``str()`` of an :class:`ApiException` is one readable line: status, reason,
Pinterest's error ``code``/``message`` and the request id; the full body and headers stay on the
exception as attributes. No exception ever carries a token or secret in its message.

The classes only a failure meets (the attribute and key errors, the last three connection errors,
``OperationRemovedError`` and those by status) are defined in ``pinterest_client._failures`` and
loaded with the first one a program meets or names; they are imported from here as the others.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, List, Mapping, Optional, Sequence, Tuple, Union

PathType = Sequence[Union[str, int]]

#: Response header Pinterest uses for its request id.
REQUEST_ID_HEADER = "x-pinterest-rid"


def render_path(path_to_item: Optional[PathType]) -> str:
    """``['board', 'items', 0]`` -> ``"['board']['items'][0]"``."""
    return "".join(f"[{p}]" if isinstance(p, int) else f"['{p}']" for p in path_to_item or ())


class OpenApiException(Exception):
    """Base class of every exception the SDK raises."""


class _ArgumentError(OpenApiException):
    def __init__(
        self,
        msg: str,
        path_to_item: Optional[PathType] = None,
        valid_classes: Any = None,
        key_type: Optional[bool] = None,
    ) -> None:
        self.path_to_item: Optional[List[Union[str, int]]] = list(path_to_item) if path_to_item else None
        self.valid_classes: Any = valid_classes
        self.key_type: Optional[bool] = key_type
        super().__init__(msg)


class ApiTypeError(_ArgumentError, TypeError):
    """A request argument (or a strict-mode response value) has the wrong type."""


class ApiValueError(_ArgumentError, ValueError):
    """A request argument (or a strict-mode response value) has a value the spec forbids."""


class ApiException(OpenApiException):
    """The API did not answer with success.

    Attributes: ``status`` (``None`` when no response arrived), ``reason``, ``body`` (the response
    body as text, as the original client gave it), ``headers`` (case-insensitive), ``code`` and
    ``message`` (Pinterest's error fields when the body has them), ``request_id`` (the
    ``x-pinterest-rid`` header) and ``data`` (the parsed JSON body, or ``None``).
    """

    args: Tuple[Any, ...]

    def __init__(
        self,
        status: Optional[int] = None,
        reason: Optional[str] = None,
        http_resp: Any = None,
        *,
        body: Any = None,
        headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        if http_resp is not None:
            status = http_resp.status if status is None else status
            reason = http_resp.reason if reason is None else reason
            body = http_resp.data if body is None else body
            headers = http_resp.headers if headers is None else headers
        self.status: Optional[int] = status
        self.reason: Optional[str] = reason
        self.body: Any = body
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.data: Any = _parse_json(body)
        error = self.data if isinstance(self.data, dict) else {}
        self.code: Optional[int] = error.get("code") if isinstance(error.get("code"), int) else None
        message = error.get("message")
        self.message: Optional[str] = message if isinstance(message, str) else None
        self.request_id: Optional[str] = self.headers.get(REQUEST_ID_HEADER) if self.headers else None
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = []
        if self.status is not None:
            parts.append(f"({self.status})")
        if self.reason:
            parts.append(str(self.reason))
        if self.code is not None:
            parts.append(f"code={self.code}")
        if self.message:
            parts.append(f"message={self.message!r}")
        if self.request_id:
            parts.append(f"request_id={self.request_id}")
        return " ".join(parts) or type(self).__name__

    def __reduce__(self) -> Any:  # keep pickling working despite the keyword-only arguments
        return (_rebuild, (type(self), self.status, self.reason, self.body, dict(self.headers or {})))

    def redact(self, secrets: Any) -> "ApiException":
        """Replace every known secret (e.g. a token the server echoed in its error) in the text this
        exception shows — ``message``, ``reason``, ``str()`` — with ``***``. Returns ``self``."""
        self.message = redact_text(self.message, secrets)
        self.reason = redact_text(self.reason, secrets)
        self.args = (redact_text(str(self), secrets),)
        return self


#: Secrets shorter than this are not searched for in text (they would match ordinary words).
MIN_SECRET_LENGTH = 6


def redact_text(text: Any, secrets: Any) -> Any:
    """``text`` with every occurrence of each secret (of at least ``MIN_SECRET_LENGTH`` characters)
    replaced by ``***``; anything that is not a string is returned as is."""
    if not isinstance(text, str) or not text:
        return text
    for secret in secrets:
        if secret and len(secret) >= MIN_SECRET_LENGTH and secret in text:
            text = text.replace(secret, "***")
    return text


def _rebuild(cls: "type[ApiException]", status: Any, reason: Any, body: Any, headers: Any) -> "ApiException":
    exc = cls.__new__(cls)
    ApiException.__init__(exc, status, reason, body=body, headers=headers)
    return exc


def _rebuild_connection_error(cls: type, reason: Any, sent: bool) -> "ApiConnectionError":
    return cls(reason, sent=sent)  # type: ignore[no-any-return]


def _parse_json(body: Any) -> Any:
    if not body:
        return None
    try:
        return json.loads(body)
    except (ValueError, TypeError, RecursionError):
        return None


class ApiConnectionError(ApiException):
    """No usable HTTP response arrived (refused, reset, DNS or TLS failure, truncated body).

    ``sent`` tells whether the request may have reached the server (decides retry safety);
    ``retryable`` is false for errors that another attempt would only repeat."""

    retryable = True

    def __init__(self, reason: str, *, cause: Optional[BaseException] = None, sent: bool = True) -> None:
        self.cause: Optional[BaseException] = cause
        self.sent: bool = sent
        super().__init__(None, reason)

    def __reduce__(self) -> Any:
        return (_rebuild_connection_error, (type(self), self.reason, self.sent))


class ApiTimeoutError(ApiConnectionError):
    """The connect or read timeout expired, or the call's deadline passed."""


# The exceptions only a failure meets (an error response, a removed operation, a body that cannot
# be read, a refused redirect, a model's missing attribute or key) are defined in ``_failures``,
# loaded with the first one a program meets or names: a program whose calls succeed does not
# create their classes. So are ``exception_for`` (the exception of an error response) and ``is_spam``.
if TYPE_CHECKING:
    from pinterest_client._failures import ApiAttributeError as ApiAttributeError
    from pinterest_client._failures import ApiDecodeError as ApiDecodeError
    from pinterest_client._failures import ApiKeyError as ApiKeyError
    from pinterest_client._failures import BadRequestException as BadRequestException
    from pinterest_client._failures import ConflictException as ConflictException
    from pinterest_client._failures import ForbiddenException as ForbiddenException
    from pinterest_client._failures import NotFoundException as NotFoundException
    from pinterest_client._failures import OperationRemovedError as OperationRemovedError
    from pinterest_client._failures import RateLimitException as RateLimitException
    from pinterest_client._failures import RedirectRefusedError as RedirectRefusedError
    from pinterest_client._failures import ResponseTooLargeError as ResponseTooLargeError
    from pinterest_client._failures import ServiceException as ServiceException
    from pinterest_client._failures import SpamRateLimitException as SpamRateLimitException
    from pinterest_client._failures import UnauthorizedException as UnauthorizedException
    from pinterest_client._failures import UnprocessableEntityException as UnprocessableEntityException
    from pinterest_client._failures import exception_for as exception_for
    from pinterest_client._failures import is_spam as is_spam
else:
    from pinterest_client._runtime_typing import lazy_names

    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "ApiAttributeError": "_failures",
            "ApiDecodeError": "_failures",
            "ApiKeyError": "_failures",
            "BadRequestException": "_failures",
            "ConflictException": "_failures",
            "ForbiddenException": "_failures",
            "NotFoundException": "_failures",
            "OperationRemovedError": "_failures",
            "RateLimitException": "_failures",
            "RedirectRefusedError": "_failures",
            "ResponseTooLargeError": "_failures",
            "ServiceException": "_failures",
            "SpamRateLimitException": "_failures",
            "UnauthorizedException": "_failures",
            "UnprocessableEntityException": "_failures",
            "exception_for": "_failures",
            "is_spam": "_failures",
        },
    )
