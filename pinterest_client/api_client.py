"""The request pipeline every generated method goes through.

    call_api(operation, args, options)
      -> _build_request      validate + serialise arguments (raises before any byte is sent)
      -> _send               per attempt: authenticate, send over urllib3, log
      -> _should_retry       connection error / 429 / 5xx, by method safety and policy
      -> _wait               Retry-After, X-RateLimit-Reset or jittered backoff, capped
      -> _decode             declared model for the status; errors -> ApiException subclasses

Each attempt works on its own copy of the prepared request, so a retry never sees state that an
earlier attempt changed. The client keeps no per-call state: one instance can serve many threads.

The path is kept thin (see benchmarks/run.py: a small GET costs no more than the same request
made with a bare urllib3 ``PoolManager``): argument encoders are compiled once per parameter,
error-message paths are built only when there is an error, what does not change between calls
(urllib3's retry settings, the user agent) is built once per client, and the transport sends
straight to the connection pool of the host (see ``rest.py``).
"""

from __future__ import annotations

import base64
import concurrent.futures
import json
import logging
import platform
import threading
import time
import warnings
from typing import Any, Dict, List, Mapping, NamedTuple, Optional, Sequence, Tuple, TypedDict, Union
from urllib.parse import quote, urlencode

import urllib3

from pinterest_client import __version__
from pinterest_client.configuration import Configuration
from pinterest_client.exceptions import (
    ApiConnectionError,
    ApiException,
    ApiTypeError,
    ApiValueError,
    RateLimitException,
    SpamRateLimitException,
    UnauthorizedException,
    exception_for,
)
from pinterest_client.model_utils import Endpoint as Endpoint
from pinterest_client.model_utils import Operation as Operation
from pinterest_client.model_utils import Param as Param
from pinterest_client.model_utils import decoder_for, discard_unknown_keys, encode, encode_without, to_jsonable
from pinterest_client.oauth import BEARER_SCHEMES, TokenManager
from pinterest_client.rest import RESTClientObject, make_timeout
from pinterest_client.retry import RetryPolicy, parse_rate_limit_reset, parse_retry_after

_REDACTED = "***"


# ---------------------------------------------------------------------------------------------
# What the generator emits
# ---------------------------------------------------------------------------------------------


class ApiResponse(NamedTuple):
    """``data`` plus the HTTP details. Unpacks like the original client's tuple."""

    data: Any
    status: int
    headers: Any

    @property
    def request_id(self) -> Optional[str]:
        return self.headers.get("x-pinterest-rid") if self.headers else None


class AsyncResult:
    """What ``async_req=True`` returns: ``.get(timeout=None)`` blocks for the result."""

    def __init__(self, future: "concurrent.futures.Future[Any]") -> None:
        self._future = future

    def get(self, timeout: Optional[float] = None) -> Any:
        return self._future.result(timeout)

    def wait(self, timeout: Optional[float] = None) -> None:
        concurrent.futures.wait([self._future], timeout)

    def ready(self) -> bool:
        return self._future.done()

    def successful(self) -> bool:
        if not self._future.done():
            raise ValueError("the call has not finished")
        return self._future.exception() is None


class CallOptions(TypedDict, total=False):
    """Keyword options every generated method accepts (the original client's names, plus ours)."""

    async_req: bool  # run in the client's thread pool; returns AsyncResult (.get())
    _return_http_data_only: bool  # False -> ApiResponse(data, status, headers)
    _preload_content: bool  # False -> the raw urllib3 response, undecoded
    _request_timeout: Union[float, Tuple[Optional[float], Optional[float]]]  # seconds, or (connect, read)
    _check_input_type: bool  # False skips request validation
    _check_return_type: bool  # True validates the response strictly
    _content_type: str  # override the request Content-Type
    _host_index: int  # 0 production, 1 sandbox
    _spec_property_naming: bool  # accepted for compatibility; wire names are always used
    _retries: Union[RetryPolicy, int]  # retry policy for this call
    _retry_non_idempotent: bool  # allow retrying this non-idempotent call after it may have been sent
    _headers: Mapping[str, str]  # extra request headers


CALL_OPTIONS = frozenset(CallOptions.__annotations__)


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


class ApiClient:
    """Sends the requests of every API class. Use as a context manager, or call :meth:`close`.

    Safe to share between threads: configuration is read, never written, per call.
    """

    def __init__(
        self,
        configuration: Optional[Configuration] = None,
        header_name: Optional[str] = None,
        header_value: Optional[str] = None,
        cookie: Optional[str] = None,
        pool_threads: int = 1,
    ) -> None:
        self.configuration = configuration if configuration is not None else Configuration()
        self.default_headers: Dict[str, str] = {}
        if header_name is not None and header_value is not None:
            self.default_headers[header_name] = header_value
        if cookie:
            self.default_headers["Cookie"] = cookie
        self.pool_threads = pool_threads
        self.rest_client = RESTClientObject(self.configuration)
        self._executor: Optional[concurrent.futures.ThreadPoolExecutor] = None
        self._executor_lock = threading.Lock()
        self.logger = self.configuration.logger
        self.tokens = TokenManager(self)
        self.user_agent = self.configuration.user_agent or _default_user_agent(self.configuration.app_info)

    # -- lifecycle ------------------------------------------------------------------------------

    def __enter__(self) -> "ApiClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        self.rest_client.close()

    def set_default_header(self, name: str, value: str) -> None:
        self.default_headers[name] = value

    # -- the pipeline ---------------------------------------------------------------------------

    def call_api(self, operation: Operation, args: Sequence[Any], options: Mapping[str, Any]) -> Any:
        """Run ``operation`` with ``args`` (aligned with ``operation.params`` then the body)."""
        if options:
            unknown = options.keys() - CALL_OPTIONS
            if unknown:
                names = ", ".join(sorted(unknown))
                raise ApiTypeError(f"{operation.name}() got unexpected keyword argument(s): {names}")
        if operation.deprecated:
            warnings.warn(operation.deprecated, DeprecationWarning, stacklevel=3)
        request = self._build_request(operation, args, options)
        if options and options.get("async_req"):
            return AsyncResult(self._pool().submit(self._execute, operation, request, options))
        return self._execute(operation, request, options)

    def _pool(self) -> concurrent.futures.ThreadPoolExecutor:
        with self._executor_lock:
            if self._executor is None:
                self._executor = concurrent.futures.ThreadPoolExecutor(
                    max(1, self.pool_threads), thread_name_prefix="pinterest_client"
                )
            return self._executor

    def _execute(self, operation: Operation, request: PreparedRequest, options: Mapping[str, Any]) -> Any:
        preload = options.get("_preload_content", True)
        response = self._send_with_retries(request, options, preload)
        if not preload:
            return response
        data = self._decode(operation, response, options)
        if options.get("_return_http_data_only", True):
            return data
        return ApiResponse(data, response.status, response.headers)

    # -- build ----------------------------------------------------------------------------------

    def _build_request(self, op: Operation, args: Sequence[Any], options: Mapping[str, Any]) -> PreparedRequest:
        config = self.configuration
        check = options.get("_check_input_type") if options else None
        check = config.client_side_validation if check is None else check
        #: the original client's ``disabled_client_side_validations`` (a set of JSON Schema keywords)
        disabled = getattr(config, "_disabled_client_side_validations", None)
        path = op.path
        query: List[Tuple[str, str]] = []
        for param, value in zip(op.params, args):
            if value is None:
                if param.required:
                    raise ApiValueError(f"{op.name}: {param.name}: missing required parameter")
                continue
            if not check:
                wire = to_jsonable(value)
            elif disabled:
                wire = encode_without(disabled, lambda: param.wire(value, op.name))  # noqa: B023
            else:
                wire = param.wire(value, op.name)
            if param.location == "path":
                text = _scalar(wire)
                if not (text.isascii() and text.isalnum()):  # ids need no quoting
                    text = quote(text, safe="")
                path = path.replace("{" + param.name + "}", text)
            else:
                query.extend(_query_pairs(param, wire))
        content_type = (options.get("_content_type") if options else None) or op.content_type
        body: Optional[bytes] = None
        fields = None
        if op.body is not None:
            body_value = args[len(op.params)] if len(args) > len(op.params) else None
            if body_value is None and op.body_required:
                raise ApiValueError(f"{op.name}: {op.body_name}: missing required request body")
            if body_value is not None:
                where = f"{op.name}: {op.body_name}"
                if not check:
                    wire_body = to_jsonable(body_value)
                elif disabled:
                    body_type = op.body
                    wire_body = encode_without(disabled, lambda: encode(body_value, body_type, where))
                else:
                    wire_body = encode(body_value, op.body, where)
                body, fields = _serialize_body(wire_body, content_type or "application/json")
        host_index = options.get("_host_index") if options else None
        url = (config.host if host_index is None else config.get_host_from_settings(host_index)) + path
        if query:
            url += "?" + urlencode(query, quote_via=quote, safe=",")
        headers = {"Accept": "application/json", "User-Agent": self.user_agent, **self.default_headers}
        if body is not None and fields is None:
            headers["Content-Type"] = content_type or "application/json"
        timeout = None
        idempotent = op.idempotent
        if options:
            extra_headers = options.get("_headers")
            if extra_headers:
                headers.update(extra_headers)
            timeout_option = options.get("_request_timeout")
            if timeout_option is not None:
                timeout = make_timeout(timeout_option)
            idempotent = idempotent or bool(options.get("_retry_non_idempotent"))
        return PreparedRequest(op.method, url, headers, body, fields, timeout, op.id, idempotent, op.security)

    # -- authenticate ---------------------------------------------------------------------------

    def _authenticate(self, request: PreparedRequest) -> Tuple[Dict[str, str], Optional[str]]:
        """Headers for one attempt, and the access token they carry (``None`` if none)."""
        headers = dict(request.headers)
        if "Authorization" in headers:
            return headers, None
        config = self.configuration
        for scheme in request.security:
            if scheme in BEARER_SCHEMES and (config.access_token or self.tokens.can_refresh):
                token = self.tokens.token()
                headers["Authorization"] = f"Bearer {token}"
                return headers, token
            elif scheme == "basic" and config.username and config.password:
                pair = f"{config.username}:{config.password}".encode()
                headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
            elif scheme == "conversion_token" and (config.conversion_token or config.access_token):
                headers["Authorization"] = f"Bearer {config.conversion_token or config.access_token}"
            else:
                continue
            break
        return headers, None

    # -- send / retry / wait --------------------------------------------------------------------

    def _send_with_retries(self, request: PreparedRequest, options: Mapping[str, Any], preload: bool) -> Any:
        policy = RetryPolicy.coerce(options.get("_retries", self.configuration.retries))
        attempt = 0
        refreshed = False
        while True:
            attempt += 1
            headers, token = self._authenticate(request)
            started = time.monotonic()
            try:
                response = self._send(request, headers, preload)
            except ApiConnectionError as exc:
                elapsed = time.monotonic() - started
                self._log(request, attempt, None, elapsed, exc)
                delay = self._retry_delay(policy, request, attempt, exc, None)
                if delay is None:
                    raise
                self._log_retry(request, attempt, policy, delay, exc)
                self._wait(delay)
                continue
            elapsed = time.monotonic() - started
            self._log(request, attempt, response.status, elapsed, None)
            if 200 <= response.status < 300:
                return response
            if not preload:
                response.read(cache_content=True)  # the exception carries the body, as when preloaded
            error = exception_for(response.status, response.reason, response.data, response.headers)
            if isinstance(error, UnauthorizedException) and token and not refreshed and self.tokens.can_refresh:
                refreshed = True  # the token may have been revoked or expired early: refresh once, resend
                self.tokens.refresh(token)
                attempt -= 1
                continue
            delay = self._retry_delay(policy, request, attempt, None, error)
            if delay is None:
                raise error
            self._log_retry(request, attempt, policy, delay, error)
            self._wait(delay)

    def _send(self, request: PreparedRequest, headers: Mapping[str, str], preload: bool) -> Any:
        return self.rest_client.request(
            request.method,
            request.url,
            headers,
            body=request.body,
            fields=request.fields,
            timeout=request.timeout,
            preload_content=preload,
        )

    def _retry_delay(
        self,
        policy: RetryPolicy,
        request: PreparedRequest,
        attempt: int,
        transport_error: Optional[ApiConnectionError],
        error: Optional[ApiException],
    ) -> Optional[float]:
        """Seconds to wait before the next attempt, or ``None`` to give up (raise)."""
        if attempt > policy.max_retries:
            return None
        if transport_error is not None:
            if transport_error.sent and not policy.may_repeat(request.method, request.idempotent):
                return None
            return policy.backoff(attempt)
        assert error is not None
        if isinstance(error, SpamRateLimitException):
            return None
        if isinstance(error, RateLimitException):
            pass
        elif error.status in policy.retry_statuses and policy.may_repeat(request.method, request.idempotent):
            pass
        else:
            return None
        advised = parse_retry_after(error.headers)
        if advised is None and isinstance(error, RateLimitException):
            advised = parse_rate_limit_reset(error.headers)
        if advised is None:
            return policy.backoff(attempt)
        if advised > policy.max_wait:
            return None
        return advised

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
        status = str(response.status)
        type_str = op.responses.get(status)
        if type_str is None and status not in op.responses:
            type_str = next((t for s, t in op.responses.items() if s.startswith("2") and t), None)
        raw = response.data
        if type_str is None or not raw:
            return None
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise ApiConnectionError(f"{op.name}: response is not valid JSON ({exc})", cause=exc) from exc
        decoder = decoder_for(type_str)
        result = decoder(data) if decoder is not None else data
        if getattr(self.configuration, "discard_unknown_keys", False):
            discard_unknown_keys(result)
        strict = options.get("_check_return_type")
        if strict if strict is not None else self.configuration.strict_responses:
            encode(result, type_str, f"{op.name}: response", response=True)
        return result

    # -- helpers kept for code written against the original client ------------------------------

    def sanitize_for_serialization(self, obj: Any) -> Any:
        return to_jsonable(obj)

    def deserialize(self, response_data: Union[str, bytes], type_str: str) -> Any:
        decoder = decoder_for(type_str)
        data = json.loads(response_data)
        return decoder(data) if decoder is not None else data


def _default_user_agent(app_info: Optional[str]) -> str:
    agent = (
        f"pinterest-client-python/{__version__} (Python {platform.python_version()}; {platform.system() or 'unknown'})"
    )
    return f"{agent} {app_info}" if app_info else agent


def _scalar(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


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


def _serialize_body(value: Any, content_type: str) -> Tuple[Optional[bytes], Optional[List[Tuple[str, Any]]]]:
    if content_type.startswith("application/x-www-form-urlencoded"):
        if not isinstance(value, dict):
            raise ApiTypeError(f"a form body must be an object, got {type(value).__name__}")
        return urlencode([(k, _scalar(v)) for k, v in value.items() if v is not None]).encode("ascii"), None
    if content_type.startswith("multipart/form-data"):
        if not isinstance(value, dict):
            raise ApiTypeError(f"a multipart body must be an object, got {type(value).__name__}")
        return None, [(k, v if isinstance(v, tuple) else _scalar(v)) for k, v in value.items() if v is not None]
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8"), None


_SECRET_QUERY_KEYS = ("access_token", "refresh_token", "client_secret", "code", "password")


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
