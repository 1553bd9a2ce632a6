"""The original generated client's request interface, its remaining ``ApiClient`` methods and its
per-operation ``Endpoint``, for code written against them; ``ApiClient.call_api`` (what our generated
methods use) goes through none of this.

* :func:`original_request` and :class:`RESTResponse`: the original's ``RESTClientObject.request``
  (also reached as ``rest.original_request`` and ``rest.RESTResponse``); the transport's ``GET``,
  ``POST``... verb methods call it.
* :class:`OriginalClientMethods` (a base of :class:`~pinterest_client.ApiClient`): ``request`` (one
  request, no retries, through the client's transport), ``parameters_to_tuples``,
  ``parameters_to_multipart``, ``files_parameters``, ``select_header_accept``,
  ``select_header_content_type`` and ``update_params_for_auth``, with the original's signatures and
  results.
* :class:`Endpoint`: built from the original's ``settings``/``params_map``/``root_map``/``headers_map``
  maps; ``call_with_http_info(**kwargs)`` turns them into an :class:`Operation` (once) and calls
  ``api_client.call_api``, so retries, the deadline, authentication and redaction apply. Parameter
  values are sent as given: the maps' ``validations`` and ``allowed_values`` are not checked (the
  server checks them), ``_check_return_type`` and ``_spec_property_naming`` are accepted and ignored.
* :class:`OriginalConfigurationMethods` (a base of :class:`~pinterest_client.Configuration`):
  ``set_default``, ``get_api_key_with_prefix``, ``to_debug_report``, ``get_host_settings`` and
  ``auth_settings``.
* :func:`is_ipv4`, :func:`in_ipv4net` and :func:`should_bypass_proxies`, the original's proxy
  helpers (reached as ``rest.is_ipv4``...; ``Configuration.proxy_for`` decides the SDK's proxies).
"""

from __future__ import annotations

import datetime
import io
import ipaddress
import json
import mimetypes
import os
import time
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple
from urllib.parse import quote, urlencode, urlsplit

from urllib3.fields import RequestField

from pinterest_client._decode import decoder_for
from pinterest_client._encode import to_jsonable
from pinterest_client._failures import exception_for
from pinterest_client._operations import Operation, Param
from pinterest_client.exceptions import ApiException, ApiTypeError, ApiValueError
from pinterest_client.rest import CREDENTIAL_HEADERS, Request, Response, Transport, make_timeout, read_body

if TYPE_CHECKING:
    from multiprocessing.pool import ThreadPool

    from pinterest_client.api_client import ApiClient

#: The original's per-call options every Endpoint accepts besides its parameters.
ENDPOINT_OPTIONS = (
    "async_req",
    "_host_index",
    "_preload_content",
    "_request_timeout",
    "_return_http_data_only",
    "_check_input_type",
    "_check_return_type",
    "_content_type",
    "_spec_property_naming",
)

#: Options passed on to ``call_api`` (the others keep our defaults).
_PASSED_OPTIONS = ("async_req", "_host_index", "_preload_content", "_request_timeout", "_return_http_data_only")

_IDEMPOTENT = frozenset(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"])

_DELIMITERS = {"ssv": " ", "tsv": "\t", "pipes": "|"}


# -- the original client's request interface (``RESTClientObject.request`` and its verbs) -----------

_ORIGINAL_METHODS = frozenset(["GET", "HEAD", "DELETE", "POST", "PUT", "PATCH", "OPTIONS"])


class RESTResponse(io.IOBase):
    """The original client's response wrapper: ``status``, ``reason``, ``data`` (bytes),
    ``getheaders()``, ``getheader(name, default)``; ``urllib3_response`` is the urllib3 response
    when there is one (a streamed one, or one given), else the :class:`Response` (same attributes)."""

    urllib3_response: Any
    status: int
    reason: Optional[str]
    data: Optional[bytes]

    def __init__(self, resp: Any) -> None:
        self.urllib3_response = resp.urllib3_response if isinstance(resp, Response) else resp
        self.status = resp.status
        self.reason = resp.reason
        self.data = resp.data
        self._headers = resp.headers

    def getheaders(self) -> Any:
        """The response headers (case-insensitive)."""
        return self._headers

    def getheader(self, name: str, default: Optional[str] = None) -> Optional[str]:
        """One response header, or ``default``."""
        value: Optional[str] = self._headers.get(name, default)
        return value

    def __repr__(self) -> str:
        return f"RESTResponse(status={self.status})"


def original_request(
    transport: Transport,
    method: str,
    url: str,
    headers: Optional[Mapping[str, str]] = None,
    query_params: Any = None,
    post_params: Any = None,
    body: Any = None,
    _preload_content: bool = True,
    _request_timeout: Any = None,
    *,
    max_body: Optional[int] = None,
) -> Any:
    """One request as the original client's ``RESTClientObject.request`` made it, through ``transport``:
    ``query_params`` appended to the URL; for methods with a body, ``Content-Type`` defaults to JSON
    (not for DELETE) and ``body`` is sent as JSON, ``post_params`` as a form or multipart fields, or
    a ``str``/``bytes`` body as is. Returns a :class:`RESTResponse` (the urllib3 response when
    ``_preload_content=False``); a status outside 2xx raises the matching ``ApiException`` subclass
    (no retries: that is ``ApiClient.call_api``'s job). ``_request_timeout``: one number bounds the
    whole exchange, a ``(connect, read)`` pair each phase."""
    method = method.upper()
    if method not in _ORIGINAL_METHODS:
        raise ApiValueError("http method must be `GET`, `HEAD`, `OPTIONS`, `POST`, `PATCH`, `PUT` or `DELETE`.")
    if post_params and body:
        raise ApiValueError("body parameter cannot be used with post_params parameter.")
    sent_headers = dict(headers or {})
    if query_params:
        url += ("&" if "?" in url else "?") + urlencode(query_params)
    payload, fields = None, None
    if method not in ("GET", "HEAD"):
        payload, fields = _original_body(method, sent_headers, post_params, body)
    timeout, deadline = None, None
    if _request_timeout:
        timeout = make_timeout(_request_timeout)
        if isinstance(_request_timeout, (int, float)):  # one number: the whole exchange
            deadline = time.monotonic() + _request_timeout
    request = Request(method, url, sent_headers, payload, fields, timeout, deadline, max_body, not _preload_content)
    response = transport.send(request)
    if not 200 <= response.status <= 299:
        raise _original_error(response, request)
    return RESTResponse(response) if _preload_content else response.urllib3_response


def _original_body(method: str, headers: Dict[str, str], post_params: Any, body: Any) -> Tuple[Any, Any]:
    """The body (or multipart fields) of a request with one, as the original serialised it."""
    content_type = headers.get("Content-Type")
    if content_type is None and method != "DELETE":
        content_type = headers["Content-Type"] = "application/json"
    if content_type is None or "json" in content_type.lower():
        if body is None:
            return None, None
        return json.dumps(to_jsonable(body)).encode("utf-8"), None
    if content_type == "application/x-www-form-urlencoded":
        return urlencode(list(_pairs(post_params))).encode("ascii"), None
    if content_type == "multipart/form-data":
        del headers["Content-Type"]  # urllib3 writes it, with the boundary
        return None, list(_pairs(post_params))
    if isinstance(body, (str, bytes)):
        return body, None
    raise ApiException(
        status=0,
        reason="Cannot prepare a request message for provided arguments. "
        "Please check that your arguments match declared content type.",
    )


def _pairs(params: Any) -> Any:
    return (params or {}).items() if isinstance(params, Mapping) or not params else params


def _original_error(response: Response, request: Request) -> ApiException:
    """The exception for an unsuccessful response, with the request's credentials kept out of it."""
    if response.data is None:  # streamed: read the body, as the original did when raising
        response.data = read_body(response.raw, request.deadline, request.max_body, request.timeout)
    error = exception_for(response.status, response.reason, response.data, response.headers)
    secrets = tuple(
        value.split(" ", 1)[-1] for key, value in request.headers.items() if key.lower() in CREDENTIAL_HEADERS and value
    )
    if secrets:
        error.redact(secrets)
    return error


# -- the original client's RESTClientObject methods -------------------------------------------------


class OriginalTransportMethods:
    """``RESTClientObject`` methods of the original client: ``request`` and one per HTTP verb, each
    one request as the original sent it (see :func:`original_request`). ``Urllib3Transport`` takes
    them from here when first used."""

    _max_body: Optional[int]

    def request(
        self,
        method: str,
        url: str,
        query_params: Any = None,
        headers: Optional[Mapping[str, str]] = None,
        body: Any = None,
        post_params: Any = None,
        _preload_content: bool = True,
        _request_timeout: Any = None,
    ) -> Any:
        """The original client's ``RESTClientObject.request``: one request as it made it (see
        :func:`original_request`); ``send`` is this transport's own."""
        return _sent_as_the_original(
            self, method, url, headers, query_params, post_params, body, _preload_content, _request_timeout
        )

    def GET(
        self,
        url: str,
        headers: Optional[Mapping[str, str]] = None,
        query_params: Any = None,
        _preload_content: bool = True,
        _request_timeout: Any = None,
    ) -> Any:
        return _sent_as_the_original(
            self, "GET", url, headers, query_params, None, None, _preload_content, _request_timeout
        )

    def HEAD(
        self,
        url: str,
        headers: Optional[Mapping[str, str]] = None,
        query_params: Any = None,
        _preload_content: bool = True,
        _request_timeout: Any = None,
    ) -> Any:
        return _sent_as_the_original(
            self, "HEAD", url, headers, query_params, None, None, _preload_content, _request_timeout
        )

    def OPTIONS(
        self,
        url: str,
        headers: Optional[Mapping[str, str]] = None,
        query_params: Any = None,
        post_params: Any = None,
        body: Any = None,
        _preload_content: bool = True,
        _request_timeout: Any = None,
    ) -> Any:
        return _sent_as_the_original(
            self, "OPTIONS", url, headers, query_params, post_params, body, _preload_content, _request_timeout
        )

    def DELETE(
        self,
        url: str,
        headers: Optional[Mapping[str, str]] = None,
        query_params: Any = None,
        body: Any = None,
        _preload_content: bool = True,
        _request_timeout: Any = None,
    ) -> Any:
        return _sent_as_the_original(
            self, "DELETE", url, headers, query_params, None, body, _preload_content, _request_timeout
        )

    def POST(
        self,
        url: str,
        headers: Optional[Mapping[str, str]] = None,
        query_params: Any = None,
        post_params: Any = None,
        body: Any = None,
        _preload_content: bool = True,
        _request_timeout: Any = None,
    ) -> Any:
        return _sent_as_the_original(
            self, "POST", url, headers, query_params, post_params, body, _preload_content, _request_timeout
        )

    def PUT(
        self,
        url: str,
        headers: Optional[Mapping[str, str]] = None,
        query_params: Any = None,
        post_params: Any = None,
        body: Any = None,
        _preload_content: bool = True,
        _request_timeout: Any = None,
    ) -> Any:
        return _sent_as_the_original(
            self, "PUT", url, headers, query_params, post_params, body, _preload_content, _request_timeout
        )

    def PATCH(
        self,
        url: str,
        headers: Optional[Mapping[str, str]] = None,
        query_params: Any = None,
        post_params: Any = None,
        body: Any = None,
        _preload_content: bool = True,
        _request_timeout: Any = None,
    ) -> Any:
        return _sent_as_the_original(
            self, "PATCH", url, headers, query_params, post_params, body, _preload_content, _request_timeout
        )


def _sent_as_the_original(transport: Any, *args: Any) -> Any:
    return original_request(transport, *args, max_body=transport._max_body)


# -- the original client's Configuration methods ---------------------------------------------------


class OriginalConfigurationMethods:
    """``Configuration`` methods of the original client that the SDK itself never calls."""

    _default: Any
    api_key: Dict[str, str]
    api_key_prefix: Dict[str, str]
    refresh_api_key_hook: Optional[Callable[[Any], None]]
    servers: List[Dict[str, Any]]
    username: Optional[str]
    password: Optional[str]
    access_token: Optional[str]
    conversion_token: Optional[str]
    get_basic_auth_token: Callable[[], Optional[str]]

    @classmethod
    def set_default(cls, default: Any) -> None:
        """Make a copy of ``default`` what ``ApiClient()`` (no configuration) uses."""
        import copy

        cls._default = copy.deepcopy(default)

    def get_api_key_with_prefix(self, identifier: str, alias: Optional[str] = None) -> Optional[str]:
        """``api_key[identifier]`` with its prefix; Pinterest uses no API key."""
        if self.refresh_api_key_hook is not None:
            self.refresh_api_key_hook(self)
        key = self.api_key.get(identifier, self.api_key.get(alias) if alias is not None else None)
        if not key:
            return None
        prefix = self.api_key_prefix.get(identifier)
        return f"{prefix} {key}" if prefix else key

    def to_debug_report(self) -> str:
        """Versions to paste into a bug report (no settings, no secrets)."""
        import platform
        import sys

        from pinterest_client import __version__

        return (
            "Python SDK Debug Report:\n"
            f"OS: {sys.platform} ({platform.platform()})\n"
            f"Python Version: {sys.version}\n"
            "Version of the API: v5\n"
            f"SDK Package Version: {__version__}"
        )

    def get_host_settings(self) -> List[Dict[str, Any]]:
        """The servers :meth:`~pinterest_client.Configuration.get_host_from_settings` chooses from."""
        return self.servers

    def auth_settings(self) -> Dict[str, Dict[str, Any]]:
        """The ``Authorization`` header each security scheme of the spec sends, for the schemes with
        a configured credential, as the original returned it: ``{"pinterest_oauth2": {"type":
        "oauth2", "in": "header", "key": "Authorization", "value": "Bearer ..."}, ...}``. The values
        are credentials: keep them out of logs."""
        auth: Dict[str, Dict[str, Any]] = {}
        if self.username and self.password:
            auth["basic"] = _header_auth("basic", self.get_basic_auth_token())
        if self.access_token:
            auth["client_credentials"] = _header_auth("oauth2", f"Bearer {self.access_token}")
        conversion = self.conversion_token or self.access_token  # (what a conversions call sends)
        if conversion:
            auth["conversion_token"] = _header_auth("bearer", f"Bearer {conversion}")
        if self.access_token:
            auth["pinterest_oauth2"] = _header_auth("oauth2", f"Bearer {self.access_token}")
        return auth


def _header_auth(kind: str, value: Optional[str]) -> Dict[str, Any]:
    return {"type": kind, "in": "header", "key": "Authorization", "value": value}


# -- the original client's ApiClient methods --------------------------------------------------------


class OriginalClientMethods:
    """``ApiClient`` methods of the original client (see the module docstring)."""

    configuration: Any
    transport: Any
    default_headers: Dict[str, str]
    pool_threads: int
    _thread_pool: Any
    call_api: Callable[..., Any]

    def request(
        self,
        method: str,
        url: str,
        query_params: Any = None,
        headers: Optional[Mapping[str, str]] = None,
        post_params: Any = None,
        body: Any = None,
        _preload_content: bool = True,
        _request_timeout: Any = None,
    ) -> Any:
        """One request, sent as given (no authentication added, no retries) through the client's
        transport: see :func:`original_request`."""
        return original_request(
            self.transport,
            method,
            url,
            headers,
            query_params,
            post_params,
            body,
            _preload_content,
            _request_timeout,
            max_body=self.configuration.max_response_size,
        )

    def original_call_api(
        self,
        resource_path: str,
        method: str,
        path_params: Optional[Mapping[str, Any]] = None,
        query_params: Any = None,
        header_params: Optional[Mapping[str, Any]] = None,
        body: Any = None,
        post_params: Any = None,
        files: Optional[Dict[str, Optional[List[Any]]]] = None,
        response_type: Any = None,
        auth_settings: Optional[Sequence[str]] = None,
        async_req: Optional[bool] = None,
        _return_http_data_only: Optional[bool] = None,
        collection_formats: Optional[Mapping[str, str]] = None,
        _preload_content: bool = True,
        _request_timeout: Any = None,
        _host: Optional[str] = None,
        _check_type: Optional[bool] = None,
    ) -> Any:
        """The original client's ``call_api`` (what ``ApiClient.call_api`` runs when given a path
        first), through this client's pipeline (retries, the deadline, authentication, redaction):
        ``path_params`` fill the path's ``{name}`` (quoted, but ``Configuration.safe_chars_for_path_param``),
        ``query_params``/``post_params`` are pairs or a dict (``collection_formats`` as in
        :meth:`parameters_to_tuples`), ``body`` is sent as JSON, ``post_params`` and ``files`` as a form
        or multipart (``header_params["Content-Type"]`` says which), ``auth_settings`` names the security
        schemes, ``response_type`` (``(Board,)``, ``([Pin],)``) the decoded type. As the original: the
        result is ``(data, status, headers)`` unless ``_return_http_data_only``. ``_check_type`` is
        accepted and ignored; ``_host`` is not supported (set ``Configuration.host``)."""
        if _host is not None:
            raise ApiValueError("call_api(_host=...) is not supported: set Configuration.host")
        safe = self.configuration.safe_chars_for_path_param
        path = resource_path
        for name, value in self.parameters_to_tuples(path_params or {}, collection_formats):
            path = path.replace("{" + name + "}", quote(str(value), safe=safe))
        by_name: Dict[str, List[Any]] = {}
        for name, value in self.parameters_to_tuples(query_params or [], collection_formats):
            by_name.setdefault(name, []).append(value)
        params = [Param(name, "query", "any", explode=True) for name in by_name]
        args: List[Any] = [values if len(values) > 1 else values[0] for values in by_name.values()]
        headers = {str(k): str(v) for k, v in (header_params or {}).items() if v is not None}
        content_type = headers.pop("Content-Type", None)
        form: Dict[str, Any] = dict(self.parameters_to_tuples(post_params or [], collection_formats))
        form.update(file_parts(files))
        sent = form or body
        method = method.upper()
        operation = Operation(
            f"call_api {method} {resource_path}",
            method,
            path,
            params=params,
            body="any" if sent is not None else None,
            body_name="body",
            responses={"200": _type_string(response_type)},
            security=tuple(auth_settings or ()),
            idempotent=method in _IDEMPOTENT,
        )
        options: Dict[str, Any] = {
            "_return_http_data_only": bool(_return_http_data_only),
            "_preload_content": _preload_content,
        }
        if async_req:
            options["async_req"] = True
        if _request_timeout is not None:
            options["_request_timeout"] = _request_timeout
        if content_type is None and files:
            content_type = "multipart/form-data"
        if content_type:
            options["_content_type"] = content_type
        if headers:
            options["_headers"] = headers
        args.append(sent)
        return self.call_api(operation, tuple(args), options)

    def parameters_to_tuples(self, params: Any, collection_formats: Optional[Mapping[str, str]]) -> List[Any]:
        """``params`` (dict or pairs) as pairs, collections joined as ``collection_formats`` says
        (``multi`` repeats the key; ``csv`` (default), ``ssv``, ``tsv``, ``pipes`` join)."""
        formats = collection_formats or {}
        pairs: List[Any] = []
        for key, value in params.items() if isinstance(params, dict) else params:
            style = formats.get(key)
            if style is None:
                pairs.append((key, value))
            elif style == "multi":
                pairs.extend((key, item) for item in value)
            else:
                pairs.append((key, _DELIMITERS.get(style, ",").join(str(item) for item in value)))
        return pairs

    def parameters_to_multipart(self, params: Any, collection_types: Any) -> List[Any]:
        """``params`` as multipart fields, values of ``collection_types`` (default ``dict``) as JSON parts."""
        types = dict if collection_types is None else collection_types
        fields: List[Any] = []
        for key, value in params.items() if isinstance(params, dict) else params:
            if isinstance(value, types):
                field = RequestField(key, json.dumps(value, ensure_ascii=False).encode("utf-8"))
                field.make_multipart(content_type="application/json; charset=utf-8")
                fields.append(field)
            else:
                fields.append((key, value))
        return fields

    def files_parameters(self, files: Optional[Dict[str, Optional[List[Any]]]] = None) -> List[Any]:
        """Multipart fields ``(name, (filename, data, mimetype))`` of open files (read and closed)."""
        return file_fields(files)

    def select_header_accept(self, accepts: Optional[Sequence[str]]) -> Optional[str]:
        """``application/json`` if accepted, else the accepted types joined (``None`` for none)."""
        if not accepts:
            return None
        lowered = [a.lower() for a in accepts]
        return "application/json" if "application/json" in lowered else ", ".join(lowered)

    def select_header_content_type(
        self, content_types: Optional[Sequence[str]], method: Optional[str] = None, body: Any = None
    ) -> str:
        """JSON when offered (or nothing is), JSON Patch for a list PATCHed, else the first type."""
        if not content_types:
            return "application/json"
        lowered = [c.lower() for c in content_types]
        if method == "PATCH" and "application/json-patch+json" in lowered and isinstance(body, list):
            return "application/json-patch+json"
        if "application/json" in lowered or "*/*" in lowered:
            return "application/json"
        return lowered[0]

    def update_params_for_auth(
        self,
        headers: Dict[str, str],
        queries: List[Tuple[str, Any]],
        auth_settings: Optional[Sequence[str]],
        resource_path: str,
        method: str,
        body: Any,
    ) -> None:
        """Add to ``headers`` the ``Authorization`` of the first of ``auth_settings`` (security
        scheme names) a credential is configured for, as a call would send it (a due token refresh
        included); nothing when none is. ``queries`` is never changed (no scheme is in the query)."""
        if not auth_settings:
            return
        from pinterest_client.api_client import PreparedRequest

        request = PreparedRequest(method, resource_path, dict(headers), security=tuple(auth_settings))
        try:
            sent, _ = self._authenticate(request)
        except ApiValueError:  # no credential for these schemes: the original added nothing either
            return
        headers.update(sent)

    @property
    def pool(self) -> ThreadPool:
        """A ``multiprocessing.pool.ThreadPool`` of ``pool_threads`` threads, made on first use and
        closed by ``close()`` (``async_req=True`` calls run in the client's own executor, not here)."""
        pool: Optional[ThreadPool] = self._thread_pool
        if pool is None:
            from multiprocessing.pool import ThreadPool

            pool = self._thread_pool = ThreadPool(max(1, self.pool_threads))
        return pool

    def set_default_header(self, header_name: str, header_value: str) -> None:
        """Send ``header_name: header_value`` with every request of this client."""
        self.default_headers[header_name] = header_value

    @staticmethod
    def get_file_data_and_close_file(file_instance: io.IOBase) -> bytes:
        """The file's content; the file is closed."""
        data: bytes = file_instance.read()
        file_instance.close()
        return data

    @staticmethod
    def sanitize_for_serialization(obj: Any) -> Any:
        """``obj`` as JSON-ready data: models by their JSON names, dates as ISO text."""
        return to_jsonable(obj)

    def deserialize(self, response: Any, response_type: Any, _check_type: Optional[bool] = None) -> Any:
        """``response``'s JSON body decoded into ``response_type``. ``response`` is an object with
        ``data``, as the original client took it (``last_response``, a streamed call's response), or
        the body itself (bytes or text); ``response_type`` a type string (``"Board"``, ``"list[Pin]"``)
        or the original's tuple (``(Board,)``, ``([Pin],)``). ``_check_type`` is accepted and ignored:
        responses are decoded leniently."""
        from pinterest_client.api_client import parse_json

        raw = getattr(response, "data", response)
        type_str = response_type if isinstance(response_type, str) else _type_string(response_type)
        where = type_str or "response"
        data = parse_json(raw if isinstance(raw, bytes) else str(raw).encode(), where)
        decoder = decoder_for(type_str) if type_str else None
        return decoder(data) if decoder is not None else data

    def _authenticate(self, request: Any, deadline: Optional[float] = None) -> Tuple[Dict[str, str], Optional[str]]:
        raise NotImplementedError  # ApiClient's


class Endpoint:
    """One operation, as the original's generated API classes built it (see the module docstring).

    ``settings``: ``response_type``, ``auth``, ``endpoint_path``, ``operation_id``, ``http_method``,
    ``servers``; ``params_map``: ``all``, ``required``, ``nullable``, ``enum``, ``validation``;
    ``root_map``: ``validations``, ``allowed_values``, ``openapi_types``, ``attribute_map``,
    ``location_map``, ``collection_format_map``; ``headers_map``: ``accept``, ``content_type``;
    ``callable(endpoint, *args, **kwargs)``: what calling the endpoint runs."""

    def __init__(
        self,
        settings: Optional[Dict[str, Any]] = None,
        params_map: Optional[Dict[str, Any]] = None,
        root_map: Optional[Dict[str, Any]] = None,
        headers_map: Optional[Dict[str, Any]] = None,
        api_client: Optional["ApiClient"] = None,
        callable: Optional[Callable[..., Any]] = None,
    ) -> None:
        self.settings: Dict[str, Any] = settings or {}
        params = dict(params_map or {})
        params["all"] = [*params.get("all", ()), *ENDPOINT_OPTIONS]
        params["nullable"] = [*params.get("nullable", ()), "_request_timeout"]
        self.params_map = params
        root = root_map or {}
        self.validations: Dict[str, Any] = root.get("validations", {})
        self.allowed_values: Dict[str, Any] = root.get("allowed_values", {})
        self.openapi_types: Dict[str, Any] = root.get("openapi_types", {})
        self.attribute_map: Dict[str, str] = root.get("attribute_map", {})
        self.location_map: Dict[str, str] = root.get("location_map", {})
        self.collection_format_map: Dict[str, str] = root.get("collection_format_map", {})
        self.headers_map: Dict[str, Any] = headers_map or {}
        self.api_client = api_client
        self.callable = callable
        self._operation: Optional[Operation] = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.callable is None:
            raise ApiTypeError(f"endpoint {self.settings.get('operation_id')!r} has no callable")
        return self.callable(self, *args, **kwargs)

    def call_with_http_info(self, **kwargs: Any) -> Any:
        """Check ``kwargs`` against the maps and make the call (the original's options included)."""
        operation_id = self.settings.get("operation_id", "")
        for key in kwargs:
            if key not in self.params_map["all"]:
                raise ApiTypeError(f"Got an unexpected parameter '{key}' to method `{operation_id}`")
        for key in self.params_map.get("required", ()):
            if key not in kwargs:
                raise ApiValueError(f"Missing the required parameter `{key}` when calling `{operation_id}`")
        client = self.api_client
        if client is None:
            raise ApiValueError(f"`{operation_id}`: the endpoint has no api_client")
        operation = self._operation or self._build_operation()
        args: List[Any] = [kwargs.get(name) for name in self._param_names]
        body, headers = self._body_and_headers(kwargs)
        args.append(body)
        options: Dict[str, Any] = {k: kwargs[k] for k in _PASSED_OPTIONS if kwargs.get(k) is not None}
        if kwargs.get("_check_input_type") is False:
            options["_check_input_type"] = False
        content_type = kwargs.get("_content_type") or self._content_type(body)
        if content_type:
            options["_content_type"] = content_type
        accept = client.select_header_accept(self.headers_map.get("accept"))
        if accept:
            headers["Accept"] = accept
        if headers:
            options["_headers"] = headers
        return client.call_api(operation, tuple(args), options)

    # -- the maps -> an Operation ------------------------------------------------------------------

    def _build_operation(self) -> Operation:
        settings = self.settings
        method = str(settings.get("http_method", "GET")).upper()
        required = set(self.params_map.get("required", ()))
        params: List[Param] = []
        names: List[str] = []
        for name in self.params_map["all"]:
            location = self.location_map.get(name)
            if location in ("path", "query"):
                fmt = self.collection_format_map.get(name)
                explode = None if fmt is None else fmt == "multi"
                wire = self.attribute_map.get(name, name)
                params.append(Param(wire, location, "any", required=name in required, explode=explode))
                names.append(name)
        self._param_names = tuple(names)
        response = _type_string(settings.get("response_type"))
        operation = Operation(
            str(settings.get("operation_id", "")),
            method,
            str(settings.get("endpoint_path", "")),
            params=params,
            body="any",
            body_name="body",
            responses={"200": response},
            security=tuple(settings.get("auth") or ()),
            idempotent=method in _IDEMPOTENT,
        )
        self._operation = operation
        return operation

    _param_names: Tuple[str, ...] = ()

    def _body_and_headers(self, kwargs: Mapping[str, Any]) -> Tuple[Any, Dict[str, str]]:
        """The request body (the ``body`` parameter, or the form and file parameters as one
        object) and the header parameters."""
        body: Any = None
        form: Dict[str, Any] = {}
        headers: Dict[str, str] = {}
        for name, value in kwargs.items():
            location = self.location_map.get(name)
            if not location or value is None:
                continue
            wire = self.attribute_map.get(name, name)
            if location == "body":
                body = value
            elif location == "header":
                headers[wire] = str(value)
            elif location == "form" and _is_file(value):
                form.update(file_parts({wire: value if isinstance(value, list) else [value]}))
            elif location == "form":
                form[wire] = value
        return (form or body), headers

    def _content_type(self, body: Any) -> Optional[str]:
        types = self.headers_map.get("content_type")
        if not types or body is None:
            return None
        client = self.api_client
        selected: Optional[str] = client.select_header_content_type(types, self.settings.get("http_method"), body)  # type: ignore[union-attr]
        return selected


def _is_file(value: Any) -> bool:
    return isinstance(value, io.IOBase) or (isinstance(value, list) and bool(value) and isinstance(value[0], io.IOBase))


def file_fields(files: Optional[Mapping[str, Optional[Sequence[Any]]]]) -> List[Tuple[str, Tuple[str, bytes, str]]]:
    """Multipart fields ``(name, (filename, data, mimetype))`` of open files (read and closed)."""
    fields: List[Tuple[str, Tuple[str, bytes, str]]] = []
    for name, instances in (files or {}).items():
        for instance in instances or ():
            if instance is None:
                continue
            if instance.closed:
                raise ApiValueError(f"Cannot read a closed file. The passed in file_type for {name} must be open.")
            filename = os.path.basename(instance.name)
            data = instance.read()
            instance.close()
            mimetype = mimetypes.guess_type(filename)[0] or "application/octet-stream"
            fields.append((name, (filename, data, mimetype)))
    return fields


def file_parts(files: Optional[Mapping[str, Optional[Sequence[Any]]]]) -> Dict[str, RequestField]:
    """The multipart parts of open files (:func:`file_fields`), keyed ``name#index`` so that a form
    dict keeps several files under one name."""
    return {f"{field[0]}#{i}": RequestField.from_tuples(*field) for i, field in enumerate(file_fields(files))}


def _type_string(response_type: Any) -> Optional[str]:
    """The original's ``response_type`` (``(Board,)``, ``([Pin],)``, ``({str: (int,)},)``) as our
    type string; ``any`` for what no generated class names."""
    kind = response_type[0] if isinstance(response_type, tuple) and response_type else response_type
    if kind is None or kind is type(None):
        return None
    if isinstance(kind, list):
        return f"list[{_type_string(kind[0] if kind else None) or 'any'}]"
    if isinstance(kind, dict):
        inner = next(iter(kind.values()), None)
        return f"dict[{_type_string(inner) or 'any'}]"
    if kind in (str, int, float, bool):
        return str(kind.__name__)
    if kind is datetime.datetime:
        return "datetime"
    if kind is datetime.date:
        return "date"
    name = getattr(kind, "__name__", None)
    if not name:
        return "any"
    try:
        decoder_for(name)
    except (AttributeError, ImportError, KeyError, ValueError):
        return "any"
    return str(name)


# -- the original client's proxy helpers (``rest.is_ipv4``...) ------------------------------------


def is_ipv4(target: str) -> bool:
    """Whether ``target`` is an IPv4 address (the original client's helper)."""
    try:
        ipaddress.IPv4Address(target)
        return True
    except ipaddress.AddressValueError:
        return False


def in_ipv4net(target: str, net: str) -> bool:
    """Whether the IPv4 address ``target`` is in the network ``net`` (``"10.0.0.0/8"``)."""
    try:
        return ipaddress.IPv4Address(target) in ipaddress.IPv4Network(net)
    except (ipaddress.AddressValueError, ipaddress.NetmaskValueError, ValueError):
        return False


def should_bypass_proxies(url: str, no_proxy: Optional[str] = None) -> bool:
    """Whether ``url`` goes around the proxy given ``no_proxy`` (``"*"``, or comma-separated hosts,
    domains and IPv4 networks), as in the original client (``Configuration.proxy_for`` decides ours)."""
    import urllib.request

    hostname = urlsplit(url).hostname
    if not hostname:
        return True
    if not no_proxy:
        return False
    if no_proxy == "*":
        return True
    no_proxy = no_proxy.lower().replace(" ", "")
    if is_ipv4(hostname) and any(in_ipv4net(hostname, item) for item in no_proxy.split(",") if item):
        return True
    bypass: bool = urllib.request.proxy_bypass_environment(hostname, {"no": no_proxy})  # type: ignore[attr-defined]
    return bypass
