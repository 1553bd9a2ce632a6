"""The request pipeline every generated method goes through.

    call_api(operation, args, options)
      -> _build_request        validate + serialise arguments (raises before any byte is sent)
      -> _send_with_retries    per attempt: authenticate, ``transport.send``, log; then ask
                               ``RetryPolicy.next_delay`` whether and how long to wait (within
                               the call's deadline), or raise
      -> _decode               declared model for the status; errors -> ApiException subclasses

Each attempt works on its own copy of the prepared request, so a retry never sees state that an
earlier attempt changed. The client keeps no per-call state (but the original client's
``last_response``, which the pipeline only writes) and never writes its
:class:`~pinterest_client.Configuration` (token state lives in :class:`~pinterest_client.oauth.TokenManager`):
one instance can serve many threads, and a child process after ``os.fork()`` gets fresh pools,
thread pool and locks.

The path is kept thin (benchmarks/run.py measures what a small GET adds to urllib3's
``HTTPConnectionPool.urlopen`` on a ready pool): argument encoders are compiled once per parameter,
error-message paths are built only when there is an error, what does not change between calls
(the user agent) is built once per client, and the transport sends straight to the connection pool
of the host (see ``rest.py``).
"""

from __future__ import annotations

import json
import logging
import math
import os
import sys
import threading
import time
import warnings
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Sequence, Tuple, TypeVar
from urllib.parse import quote, urlencode

from pinterest_client import __version__
from pinterest_client._checks import encode_without
from pinterest_client._decode import loads, response_decoder
from pinterest_client._hooks import CollectorPause, renew_after_fork
from pinterest_client._models import discard_unknown_keys
from pinterest_client._operations import BEARER_SCHEMES
from pinterest_client._operations import Operation as Operation
from pinterest_client._operations import Param as Param
from pinterest_client._types import is_nullable
from pinterest_client.configuration import Configuration
from pinterest_client.exceptions import ApiConnectionError, ApiException, ApiTypeError, ApiValueError
from pinterest_client.rest import Request, Response, Transport, Urllib3Transport, make_timeout, read_body
from pinterest_client.retry import RetryPolicy, _earliest, current_deadline

# isort: split
# The runtime's own modules first, then urllib3 (``rest`` above is the first to import it): a program's
# first call then runs one pass of the collector's middle generation fewer, ~0.8 ms (see the
# performance guide); test_first_call_imports checks the order.
import urllib3
from urllib3.fields import RequestField

if TYPE_CHECKING:  # imported when first needed (an ``async_req=True`` call, pacing), not by every program
    import concurrent.futures
    from multiprocessing.pool import ThreadPool
    from typing import overload

    from pinterest_client._ratelimit import Pacer, Pacers
    from pinterest_client.oauth import TokenManager  # (imported by a client that needs one: see ``tokens``)

_REDACTED = "***"

_APP_TYPE_HEADER = "X-Pinterest-App-Type-Detailed"


# ---------------------------------------------------------------------------------------------
# What the generator emits
# ---------------------------------------------------------------------------------------------


if TYPE_CHECKING:  # a bare ``ApiResponse`` or ``AsyncResult`` (code written before they were generic) is ``[Any]``
    from typing_extensions import TypeVar as _TypeVar

    T = _TypeVar("T", default=Any)
else:
    #: The type of a call's result: ``T`` in ``ApiResponse[T]`` and ``AsyncResult[T]``.
    T = TypeVar("T")

if TYPE_CHECKING:  # checkers read typing's Generic and NamedTuple; the run time, cheaper stand-ins (_runtime_typing)
    from typing import Generic, NamedTuple

    from pinterest_client._annotations import CallOptions as CallOptions
    from pinterest_client._annotations import RawResponse as RawResponse
    from pinterest_client._annotations import RequestOptions as RequestOptions
    from pinterest_client._async import AsyncResult as AsyncResult
    from pinterest_client._original_client import Endpoint as Endpoint
    from pinterest_client._original_client import OriginalClientMethods as _OriginalMethods
else:  # CallOptions, RequestOptions and RawResponse built on first access (see _annotations); the
    # original client's interface loaded on first use (see MethodFrom)
    import functools

    from pinterest_client._runtime_typing import Generic, MethodFrom, NamedTuple, lazy_names

    #: A method of the original client's ``ApiClient``, loaded on first use (see MethodFrom).
    _original_method = functools.partial(MethodFrom, "_original_client", "OriginalClientMethods")

    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "CallOptions": "_annotations",
            "RawResponse": "_annotations",
            "RequestOptions": "_annotations",
            "Endpoint": "_original_client",
            "AsyncResult": "_async",
        },
    )
    _OriginalMethods = object


class ApiResponse(NamedTuple, Generic[T]):
    """``data`` plus the HTTP details. Unpacks like the original client's tuple."""

    data: T
    status: int
    headers: Mapping[str, str]

    @property
    def request_id(self) -> Optional[str]:
        return self.headers.get("x-pinterest-rid") if self.headers else None

    if not TYPE_CHECKING:  # type: ignore[misc]  # the fields in order (see _runtime_typing)

        def __new__(cls, data, status, headers):
            return tuple.__new__(cls, (data, status, headers))


#: The keys of :class:`CallOptions` (test/test_import_cost.py checks that they agree): what ``call_api``
#: accepts.
CALL_OPTIONS = frozenset(
    {
        "_request_timeout",
        "_deadline",
        "_check_input_type",
        "_check_return_type",
        "_content_type",
        "_host_index",
        "_spec_property_naming",
        "_retries",
        "_retry_non_idempotent",
        "_headers",
        "async_req",
        "_return_http_data_only",
        "_preload_content",
    }
)


class PreparedRequest(NamedTuple):
    """A fully serialised request (immutable); attempts copy its headers rather than change them."""

    method: str
    url: str
    headers: Mapping[str, str]
    body: Optional[bytes] = None
    fields: Optional[Sequence[Tuple[str, Any]]] = None
    timeout: Optional[urllib3.Timeout] = None
    operation_id: str = ""
    idempotent: bool = False
    security: Tuple[str, ...] = ()
    deadline: Optional[float] = None  # seconds for the whole call
    attempt_limit: Optional[float] = None  # seconds per attempt (``_request_timeout`` as one number)
    secrets: Tuple[str, ...] = ()  # values sent in this request that no message may show (an auth code...)
    rate_limit_category: Optional[str] = None  # operations of one category share a quota (see _ratelimit)

    if not TYPE_CHECKING:  # type: ignore[misc]  # the fields in order, with their defaults (see _runtime_typing)

        def __new__(
            cls,
            method,
            url,
            headers,
            body=None,
            fields=None,
            timeout=None,
            operation_id="",
            idempotent=False,
            security=(),
            deadline=None,
            attempt_limit=None,
            secrets=(),
            rate_limit_category=None,
        ):
            return tuple.__new__(
                cls,
                (
                    method,
                    url,
                    headers,
                    body,
                    fields,
                    timeout,
                    operation_id,
                    idempotent,
                    security,
                    deadline,
                    attempt_limit,
                    secrets,
                    rate_limit_category,
                ),
            )


class ApiClient(_OriginalMethods):
    """Sends the requests of every API class. Use as a context manager, or call :meth:`close`.

    :param configuration: settings (default: ``Configuration.get_default_copy()``). Never written
        by the client: change settings before building it.
    :param header_name, header_value: one header sent with every request (as in the original client).
    :param cookie: a ``Cookie`` header sent with every request.
    :param pool_threads: threads of the pool ``async_req=True`` calls run in.
    :param user_agent: the ``User-Agent`` header (default names the SDK, Python and the OS).
    :param transport: what sends the requests (default :class:`~pinterest_client.rest.Urllib3Transport`;
        :class:`~pinterest_client.rest.MockTransport` answers in memory).
    :param app_type_detailed: sent as ``X-Pinterest-App-Type-Detailed`` with every request (the
        original client always sent ``"12"``; ours sends it only when given).

    The original client's other methods (``request``, ``parameters_to_tuples``...) come from
    :class:`~pinterest_client._original_client.OriginalClientMethods`, loaded on first use.

    Safe to share between threads, and fork-safe: a child process gets fresh connection pools,
    thread pool and locks.
    """

    configuration: Configuration
    logger: logging.Logger

    def __init__(
        self,
        configuration: Optional[Configuration] = None,
        header_name: Optional[str] = None,
        header_value: Optional[str] = None,
        cookie: Optional[str] = None,
        pool_threads: int = 1,
        user_agent: Optional[str] = None,
        *,
        transport: Optional[Transport] = None,
        app_type_detailed: Optional[str] = None,
    ) -> None:
        self.configuration = configuration if configuration is not None else Configuration.get_default_copy()
        config = self.configuration
        self.default_headers: Dict[str, str] = {}
        self.user_agent = user_agent or config.user_agent or _default_user_agent(config.app_info)
        if header_name is not None and header_value is not None:
            self.default_headers[header_name] = header_value
        self.cookie = cookie
        if cookie:
            self.default_headers["Cookie"] = cookie
        if app_type_detailed is not None:
            self.app_type_detailed = app_type_detailed
        self.pool_threads = pool_threads
        self.transport: Transport = transport if transport is not None else Urllib3Transport(config)
        self._executor: Optional[concurrent.futures.ThreadPoolExecutor] = None
        self._executor_lock = threading.Lock()
        self.logger = config.package_logger
        self._pacers: Optional[Pacers] = None  # made by the first paced call
        self._thread_pool: Optional[ThreadPool] = None  # the original's ``pool``, made on first use
        #: (original client) The last successful call's response (``status``, ``reason``, ``data``,
        #: ``getheaders()``, ``getheader(name)``). Shared by all threads: with several, read a call's own
        #: from ``*_with_http_info`` (an ``ApiResponse``) instead.
        self.last_response: Optional[Response] = None
        self._bearer: Tuple[Optional[str], str] = (None, "")  # the last access token and its header
        renew_after_fork(self)

    @property
    def tokens(self) -> TokenManager:
        """The access-token state (:class:`~pinterest_client.oauth.TokenManager`), made on first use."""
        tokens: Optional[TokenManager] = self.__dict__.get("_tokens")
        if tokens is None:
            from pinterest_client.oauth import TokenManager

            tokens = self.__dict__.setdefault("_tokens", TokenManager(self))  # (one, if threads race)
        return tokens

    @property
    def user_agent(self) -> str:
        """The ``User-Agent`` header (kept in :attr:`default_headers`, as in the original client)."""
        return self.default_headers["User-Agent"]

    @user_agent.setter
    def user_agent(self, value: str) -> None:
        self.default_headers["User-Agent"] = value

    @property
    def app_type_detailed(self) -> Optional[str]:
        """The ``X-Pinterest-App-Type-Detailed`` header sent with every request, if any."""
        return self.default_headers.get(_APP_TYPE_HEADER)

    @app_type_detailed.setter
    def app_type_detailed(self, value: Optional[str]) -> None:
        if value is None:
            self.default_headers.pop(_APP_TYPE_HEADER, None)
        else:
            self.default_headers[_APP_TYPE_HEADER] = value

    @property
    def rest_client(self) -> Transport:
        """The original client's name for :attr:`transport`."""
        return self.transport

    # -- lifecycle ------------------------------------------------------------------------------

    def __enter__(self) -> "ApiClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        with self._executor_lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True)
        pool, self._thread_pool = self._thread_pool, None
        if pool is not None:
            pool.close()
            pool.join()
        self.transport.close()

    def _after_fork(self) -> None:
        """In a child process: the parent's sockets, threads and held locks are not ours."""
        self._executor = None
        self._executor_lock = threading.Lock()
        self._thread_pool = None
        self._pacers = None
        after_fork = getattr(self.transport, "after_fork", None)
        if after_fork is not None:
            after_fork()
        tokens = self.__dict__.get("_tokens")  # (a client that never made one has none to reset)
        if tokens is not None:
            tokens.after_fork()

    # -- the pipeline ---------------------------------------------------------------------------

    def call(self, operation: Operation, options: Mapping[str, Any], /, **arguments: Any) -> Any:
        """Run ``operation`` with its arguments by name (what generated methods call): the names
        are the method's (``operation.arguments``); one not given is ``None``."""
        return self.call_api(operation, [arguments.get(name) for name in operation.arguments], options)

    if TYPE_CHECKING:  # (typing.overload keeps every overload it decorates, and their module, for good)

        @overload
        def call_api(self, operation: Operation, args: Sequence[Any], options: Mapping[str, Any]) -> Any: ...

        @overload
        def call_api(self, operation: str, *args: Any, **kwargs: Any) -> Any: ...

    def call_api(self, operation: Any = None, args: Any = None, options: Any = None, *more: Any, **kwargs: Any) -> Any:
        """Run ``operation`` with ``args`` (aligned with ``operation.params`` then the body). Given a
        path instead, the original client's ``call_api(resource_path, method, path_params, ...)``:
        see :meth:`~pinterest_client._original_client.OriginalClientMethods.original_call_api`."""
        if type(operation) is not Operation:
            given = [operation, args, options, *more]
            while given and given[-1] is None:
                given.pop()
            return self.original_call_api(*given, **kwargs)
        if options:
            unknown = options.keys() - CALL_OPTIONS
            if unknown:
                names = ", ".join(sorted(unknown))
                raise ApiTypeError(f"{operation.name}() got unexpected keyword argument(s): {names}")
        if operation.deprecated:
            warnings.warn(operation.deprecated, DeprecationWarning, stacklevel=3)
        request = self._build_request(operation, args, options)
        if options and options.get("async_req"):
            from pinterest_client._async import submit  # (loaded by the first asynchronous call)

            return submit(self, operation, request, options)
        return self._execute(operation, request, options)

    def _execute(self, operation: Operation, request: PreparedRequest, options: Mapping[str, Any]) -> Any:
        preload = options.get("_preload_content", True)
        response = self._send_with_retries(request, options, preload)
        self.last_response = response
        if not preload:
            return response.urllib3_response
        data = self._decode(operation, response, options)
        if options.get("_return_http_data_only", True):
            return data
        return ApiResponse(data, response.status, response.headers)

    # -- build ----------------------------------------------------------------------------------

    def _build_request(self, op: Operation, args: Sequence[Any], options: Mapping[str, Any]) -> PreparedRequest:
        config = self.configuration
        check = options.get("_check_input_type") if options else None
        check = config.client_side_validation if check is None else check
        # The original client's ``disabled_client_side_validations``: these JSON Schema keywords
        # are not checked while the arguments are encoded.
        disabled = config._disabled_client_side_validations
        if check and disabled:
            return encode_without(disabled, lambda: self._prepare(op, args, options, check))  # type: ignore[no-any-return]
        return self._prepare(op, args, options, check)

    def _prepare(self, op: Operation, args: Sequence[Any], options: Mapping[str, Any], check: bool) -> PreparedRequest:
        config = self.configuration
        path = op.path
        query: List[Tuple[str, str]] = []
        for param, value in zip(op.params, args):
            if value is None:
                if param.required:
                    raise ApiValueError(f"{op.name}: {param.name}: missing required parameter")
                continue
            wire = param.wire(value, op.name) if check else _encode().to_jsonable(value)
            if param.location == "path":
                # an id (the common case: ascii letters and digits) is its own segment
                segment = wire if wire.__class__ is str and wire.isascii() and wire.isalnum() else None
                path = path.replace("{" + param.name + "}", segment or _path_segment(op, param, wire))
            else:
                query.extend(_query_pairs(param, wire))
        content_type = (options.get("_content_type") if options else None) or op.content_type
        body: Optional[bytes] = None
        fields = None
        secrets: Tuple[str, ...] = ()
        if op.body is not None:
            body_value = args[len(op.params)] if len(args) > len(op.params) else None
            if body_value is None and op.body_required:
                raise ApiValueError(f"{op.name}: {op.body_name}: missing required request body")
            if body_value is not None:
                where = f"{op.name}: {op.body_name}"
                try:
                    encoding = _encode()
                    wire_body = (
                        encoding.encode(body_value, op.body, where) if check else encoding.to_jsonable(body_value)
                    )
                except RecursionError:
                    raise _too_deep(where) from None
                body, fields = _serialize_body(wire_body, content_type or "application/json", where)
                if fields is None and isinstance(wire_body, dict) and content_type and "form" in content_type:
                    secrets = tuple(str(wire_body[k]) for k in _FORM_SECRET_KEYS if wire_body.get(k))
        host_index = options.get("_host_index") if options else None
        url = (config.host if host_index is None else config.get_host_from_settings(host_index)) + path
        if query:
            url += "?" + urlencode(query, quote_via=quote, safe=",")
        headers = {"Accept": "application/json", **self.default_headers}
        if body is not None and fields is None:
            headers["Content-Type"] = content_type or "application/json"
        timeout = None
        attempt_limit = None
        idempotent = op.idempotent
        deadline = config.deadline
        if options:
            extra_headers = options.get("_headers")
            if extra_headers:
                headers.update(extra_headers)
            timeout_option = options.get("_request_timeout")
            if timeout_option is not None:
                timeout = make_timeout(timeout_option)
                if not isinstance(timeout_option, (tuple, list, urllib3.Timeout)):
                    attempt_limit = timeout_option  # the original client's meaning: total per attempt
            deadline = _deadline_option(options, deadline)
            idempotent = idempotent or bool(options.get("_retry_non_idempotent"))
        return PreparedRequest(
            op.method,
            url,
            headers,
            body,
            fields,
            timeout,
            op.id,
            idempotent,
            op.security,
            deadline,
            attempt_limit,
            secrets,
            op.rate_limit_category,
        )

    # -- authenticate ---------------------------------------------------------------------------

    def _authenticate(
        self, request: PreparedRequest, deadline: Optional[float] = None
    ) -> Tuple[Dict[str, str], Optional[str]]:
        """Headers for one attempt, and the access token they carry (``None`` if none)."""
        headers = dict(request.headers)
        if "Authorization" in headers or not request.security:
            return headers, None
        config = self.configuration
        for scheme in request.security:
            if scheme in BEARER_SCHEMES:
                token = self._access_token(deadline)
                if not token:
                    continue
                bearer = self._bearer
                if bearer[0] != token:
                    bearer = self._bearer = (token, f"Bearer {token}")
                headers["Authorization"] = bearer[1]
                return headers, token
            elif scheme == "basic" and config.username and config.password:
                headers["Authorization"] = config.get_basic_auth_token() or ""
            elif scheme == "conversion_token" and (token := config.conversion_token or self._access_token(deadline)):
                headers["Authorization"] = f"Bearer {token}"
            else:
                continue
            break
        else:
            raise ApiValueError(_missing_credentials(request))
        return headers, None

    def _access_token(self, deadline: Optional[float]) -> Optional[str]:
        """The access token to send (``None`` if there is none): the token manager's, refreshed
        when due, once the client has one (it makes one when refresh credentials are configured),
        else the configured one, without making a manager."""
        tokens = self.__dict__.get("_tokens")
        if tokens is None:
            if not self.configuration.refresh_token:
                return self.configuration.access_token or None
            tokens = self.tokens
        return tokens.token(deadline) if tokens.has_token else None

    # -- send / retry / wait --------------------------------------------------------------------

    def _send_with_retries(self, request: PreparedRequest, options: Mapping[str, Any], preload: bool) -> Response:
        config = self.configuration
        policy = options.get("_retries", config.retries) if options else config.retries
        if policy.__class__ is not RetryPolicy:
            policy = RetryPolicy.coerce(policy)
        deadline = None if request.deadline is None else time.monotonic() + request.deadline
        scope = current_deadline()
        if scope is not None:
            deadline = _earliest(deadline, scope)
        pacer = self._pacer(request.rate_limit_category) if config.rate_limit_pacing else None
        logger = self.logger
        attempt = 0
        refreshed = False
        while True:
            attempt += 1
            headers, token = self._authenticate(request, deadline)
            if pacer is not None:
                pacer.acquire(deadline)
            started = time.monotonic()
            limit = request.attempt_limit
            attempt_deadline = deadline if limit is None else _earliest(deadline, started + limit)
            try:
                if pacer is None:
                    response = self._send(request, headers, preload, attempt_deadline)
                else:
                    response = self._send_paced(pacer, request, headers, preload, attempt_deadline)
            except ApiConnectionError as exc:
                self._log(request, attempt, None, time.monotonic() - started, exc)
                self._wait_or_raise(policy, request, attempt, exc, deadline)
                continue
            status = response.status
            if logger.isEnabledFor(logging.DEBUG):
                self._log(request, attempt, status, time.monotonic() - started, None)
            if 200 <= status < 300:
                return response
            if response.data is None:  # streamed: the exception carries the body, as when preloaded
                response.data = read_body(response.raw, deadline, config.max_response_size)
            from pinterest_client._failures import exception_for  # (loaded with the first error response)

            error = exception_for(status, response.reason, response.data, response.headers)
            if error.message or error.reason:
                error.redact(self._secrets(request))
            if error.status == 401 and token and not refreshed and self.tokens.can_refresh:  # UnauthorizedException
                refreshed = True  # the token may have been revoked or expired early: refresh once, resend
                if self.tokens.refresh(token, deadline) != token:
                    attempt -= 1
                    continue
            self._wait_or_raise(policy, request, attempt, error, deadline)

    def _secrets(self, request: PreparedRequest) -> Tuple[str, ...]:
        """Every secret this call knows of: the configuration's, the token manager's, the request's own."""
        config = self.configuration
        tokens = self.tokens
        known = (
            config.access_token,
            config.refresh_token,
            config.password,
            config.conversion_token,
            tokens.access_token,
            tokens.refresh_token,
        )
        return tuple(s for s in known if s) + request.secrets

    def _send(
        self, request: PreparedRequest, headers: Mapping[str, str], preload: bool, deadline: Optional[float]
    ) -> Response:
        return self.transport.send(
            Request(
                request.method,
                request.url,
                headers,
                request.body,
                request.fields,
                request.timeout,
                deadline,
                self.configuration.max_response_size,
                not preload,
            )
        )

    def _pacer(self, category: Optional[str]) -> Pacer:
        """The pacer of ``category`` (``rate_limit_pacing``: see :mod:`pinterest_client._ratelimit`)."""
        pacers = self._pacers
        if pacers is None:
            from pinterest_client._ratelimit import Pacers

            with self._executor_lock:  # (the client's lock for what it makes on first use)
                pacers = self._pacers = self._pacers or Pacers()
        return pacers.get(category)

    def _send_paced(
        self,
        pacer: Pacer,
        request: PreparedRequest,
        headers: Mapping[str, str],
        preload: bool,
        deadline: Optional[float],
    ) -> Response:
        """:meth:`_send`, telling ``pacer`` the rate-limit headers of the response."""
        response: Optional[Response] = None
        try:
            response = self._send(request, headers, preload, deadline)
            return response
        finally:
            pacer.release(response.headers if response is not None else None)

    def _wait_or_raise(
        self,
        policy: RetryPolicy,
        request: PreparedRequest,
        attempt: int,
        error: ApiException,
        deadline: Optional[float],
    ) -> None:
        """Sleep before the next attempt, or raise ``error`` when the policy (or the deadline) says no."""
        remaining = None if deadline is None else deadline - time.monotonic()
        delay = policy.next_delay(error, attempt, request.method, request.idempotent, remaining)
        if delay is None:
            raise error
        self._log_retry(request, attempt, policy, delay, error)
        self._wait(delay)

    def _wait(self, seconds: float) -> None:
        time.sleep(seconds)

    def _log_retry(
        self, request: PreparedRequest, attempt: int, policy: RetryPolicy, delay: float, error: BaseException
    ) -> None:
        self.logger.info(
            "retrying %s %s in %.2fs (attempt %d of %d failed: %s)",
            request.method,
            redact_url(request.url),
            delay,
            attempt,
            policy.max_retries + 1,
            error,
        )

    def _log(
        self,
        request: PreparedRequest,
        attempt: int,
        status: Optional[int],
        elapsed: float,
        error: Optional[BaseException],
    ) -> None:
        logger = self.logger
        if error is not None:
            logger.log(
                logging.DEBUG,
                "%s %s attempt=%d failed after %.3fs: %s",
                request.method,
                redact_url(request.url),
                attempt,
                elapsed,
                error,
            )
        elif logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %s in %.3fs attempt=%d", request.method, redact_url(request.url), status, elapsed, attempt
            )

    # -- decode ---------------------------------------------------------------------------------

    def _decode(self, op: Operation, response: Any, options: Mapping[str, Any]) -> Any:
        """The declared model of the response. A body the operation declares but that is empty,
        cut off or not JSON, or ``null`` where the schema is not nullable, raises
        :class:`~pinterest_client.exceptions.ApiDecodeError` (never ``None``: a caller such as
        ``paginate`` would take it for the end)."""
        status = str(response.status)
        type_str = op.responses.get(status)
        if type_str is None and status not in op.responses:
            type_str = next((t for s, t in op.responses.items() if s.startswith("2") and t), None)
        if type_str is None or response.status == 204:
            return None
        raw = response.data
        with CollectorPause(len(raw) if raw else 0):  # (a large body: see CollectorPause)
            data = parse_json(raw, op.name, allow_null=True)
            if data is None:
                if not is_nullable(type_str):
                    raise _decode_error(f"{op.name}: the response body is null")
                return None
            decoder = response_decoder(type_str, len(raw))
            try:
                result = decoder(data)
            except RecursionError:
                raise _decode_error(f"{op.name}: the response is nested too deeply") from None
        if self.configuration.discard_unknown_keys:
            discard_unknown_keys(result)
        strict = options.get("_check_return_type")
        if strict if strict is not None else self.configuration.strict_responses:
            _encode().encode(result, type_str, f"{op.name}: response", response=True)
        return result

    # -- helpers kept for code written against the original client ------------------------------

    if not TYPE_CHECKING:  # loaded on first use (checkers see them on the OriginalClientMethods base)
        request = _original_method()
        original_call_api = _original_method()
        parameters_to_tuples = _original_method()
        parameters_to_multipart = _original_method()
        files_parameters = _original_method()
        select_header_accept = _original_method()
        select_header_content_type = _original_method()
        update_params_for_auth = _original_method()
        pool = _original_method()
        set_default_header = _original_method()
        get_file_data_and_close_file = _original_method()
        sanitize_for_serialization = _original_method()
        deserialize = _original_method()


def _deadline_option(options: Mapping[str, Any], default: Optional[float]) -> Optional[float]:
    if "_deadline" not in options:
        return default
    value = options["_deadline"]
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0 or not math.isfinite(value)
    ):
        raise ApiValueError(f"_deadline: expected a positive number of seconds or None, got {value!r}")
    return value


def parse_json(raw: Optional[bytes], where: str, allow_null: bool = False) -> Any:
    """The JSON of a successful response that declares a body; ``ApiDecodeError`` when there is
    none (or it is ``null``, unless ``allow_null``)."""
    if not raw or not raw.strip():
        raise _decode_error(f"{where}: the response declares a JSON body but has none")
    try:
        data = loads(raw)  # orjson when installed (the ``speed`` extra), else json.loads
    except RecursionError:
        raise _decode_error(f"{where}: the response is nested too deeply") from None
    except ValueError as exc:
        raise _decode_error(f"{where}: the response is not valid JSON ({exc})", exc) from exc
    if data is None and not allow_null:
        raise _decode_error(f"{where}: the response body is null")
    return data


def _decode_error(message: str, cause: Optional[BaseException] = None) -> ApiConnectionError:
    """An :class:`~pinterest_client.exceptions.ApiDecodeError` (its class is loaded with the first
    failure: see ``pinterest_client._failures``)."""
    from pinterest_client.exceptions import ApiDecodeError

    return ApiDecodeError(message, cause=cause)


def _encode() -> Any:
    """:mod:`pinterest_client._encode`, imported by the first request with a body or a parameter
    that is not a scalar (a path or query parameter of a scalar type needs only ``_checks``)."""
    from pinterest_client import _encode

    return _encode


def _missing_credentials(request: PreparedRequest) -> str:
    wanted = set(request.security)
    if wanted & BEARER_SCHEMES:
        hint = "Configuration(access_token=...) (or refresh_token= with client_id= and client_secret=)"
    elif "basic" in wanted:
        hint = "Configuration(client_id=..., client_secret=...)"
    else:
        hint = "Configuration(conversion_token=...) or access_token="
    return f"{request.operation_id.replace('/', '_')}: no credentials configured; set {hint}"


def _path_segment(op: Operation, param: Param, wire: Any) -> str:
    """A path parameter as one URL segment: fully percent-encoded; ``""``, ``.`` and ``..``
    (which would address another endpoint) refused."""
    text = _scalar(wire)
    if text.isascii() and text.isalnum():  # ids need no quoting
        return text
    if text in ("", ".", ".."):
        raise ApiValueError(f"{op.name}: {param.name}: {text!r} is not a valid path segment")
    return quote(text, safe="")


def _default_user_agent(app_info: Optional[str]) -> str:
    python = sys.version.split()[0]  # platform.python_version(), without importing platform (~1 ms)
    agent = f"pinterest-client-python/{__version__} (Python {python}; {_system_name() or 'unknown'})"
    return f"{agent} {app_info}" if app_info else agent


def _system_name() -> str:
    """``platform.system()`` ("Linux", "Darwin", "Windows"...) without importing ``platform``."""
    if hasattr(os, "uname"):
        return os.uname().sysname
    return "Windows" if sys.platform == "win32" else sys.platform


def _scalar(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, float) and not math.isfinite(value):
        raise ApiValueError(f"{value!r} is not a number JSON or the API accepts")
    if isinstance(value, (dict, list)):
        return _dumps(value, "a parameter")
    return str(value)


#: Request JSON: compact, UTF-8, no NaN. Built once (``json.dumps`` with options builds an encoder per
#: call); without the circular-reference bookkeeping (a set of ids per container, ~5% of a large
#: body): a value that contains itself recurses until Python's limit and is refused as too deep.
_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False, check_circular=False)


def _dumps(value: Any, where: str) -> str:
    try:
        return _JSON.encode(value)
    except ValueError:
        raise ApiValueError(f"{where}: NaN and Infinity cannot be sent (JSON has no such numbers)") from None
    except RecursionError:
        raise _too_deep(where) from None


def _too_deep(where: str) -> ApiValueError:
    return ApiValueError(f"{where}: the value is nested too deeply (or contains itself)")


def _query_pairs(param: Param, value: Any) -> List[Tuple[str, str]]:
    if isinstance(value, list):
        if param.explode:
            return [(param.name, _scalar(v)) for v in value]
        return [(param.name, ",".join(_scalar(v) for v in value))]
    if isinstance(value, dict):
        if param.style == "deepObject":
            return _deep_object(param.name, value)
        if param.explode:
            return [(k, _scalar(v)) for k, v in value.items() if v is not None]
        return [(param.name, ",".join(f"{k},{_scalar(v)}" for k, v in value.items()))]
    return [(param.name, _scalar(value))]


def _deep_object(prefix: str, value: Any) -> List[Tuple[str, str]]:
    """``deepObject``: ``filters[catalog_type]=RETAIL``; nested objects nest the brackets
    (``parameters[report][report_type]=...``) and arrays repeat the key."""
    if isinstance(value, dict):
        return [pair for k, v in value.items() if v is not None for pair in _deep_object(f"{prefix}[{k}]", v)]
    if isinstance(value, list):
        return [pair for v in value for pair in _deep_object(prefix, v)]
    return [(prefix, _scalar(value))]


def _serialize_body(
    value: Any, content_type: str, where: str
) -> Tuple[Optional[bytes], Optional[List[Tuple[str, Any]]]]:
    if content_type.startswith("application/x-www-form-urlencoded"):
        if not isinstance(value, dict):
            raise ApiTypeError(f"a form body must be an object, got {type(value).__name__}")
        return urlencode([(k, _scalar(v)) for k, v in value.items() if v is not None]).encode("ascii"), None
    if content_type.startswith("multipart/form-data"):
        if not isinstance(value, dict):
            raise ApiTypeError(f"a multipart body must be an object, got {type(value).__name__}")
        return None, [_multipart_field(k, v) for k, v in value.items() if v is not None]
    return _dumps(value, where).encode("utf-8"), None


def _multipart_field(name: str, value: Any) -> Any:
    """A multipart field: a ``RequestField`` as is (it names itself), a ``(filename, data[,
    mimetype])`` tuple as a file, anything else as text."""
    if isinstance(value, RequestField):
        return value
    return (name, value if isinstance(value, tuple) else _scalar(value))


_SECRET_QUERY_KEYS = ("access_token", "refresh_token", "client_secret", "code", "password")

#: Fields of a form body (the OAuth calls) whose values no message may show.
_FORM_SECRET_KEYS = ("token", "access_token", "refresh_token", "code", "client_secret", "password")


def redact_url(url: str) -> str:
    """The URL with secret-looking query values replaced (for logs)."""
    if "?" not in url:
        return url
    base, _, query = url.partition("?")
    parts = []
    for pair in query.split("&"):
        key, sep, val = pair.partition("=")
        parts.append(f"{key}{sep}{_REDACTED}" if key in _SECRET_QUERY_KEYS else pair)
    return f"{base}?{'&'.join(parts)}"
