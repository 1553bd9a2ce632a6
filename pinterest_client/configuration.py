"""Settings for one :class:`~pinterest_client.ApiClient`: host, credentials, TLS, proxy,
retries, timeouts and logging.

Nothing here reads the environment or the file system unless you ask
(:meth:`Configuration.from_env`). Secrets are kept out of ``repr()``.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any, Callable, Dict, FrozenSet, List, Mapping, Optional, Tuple, Union

from pinterest_client.retry import RetryPolicy

if TYPE_CHECKING:
    from pinterest_client._original_client import OriginalConfigurationMethods as _OriginalMethods
else:  # the original client's methods the SDK never calls, loaded on first use (see MethodFrom)
    import functools

    from pinterest_client._runtime_typing import MethodFrom

    _original_method = functools.partial(MethodFrom, "_original_client", "OriginalConfigurationMethods")
    _OriginalMethods = object

#: Pinterest's production API.
PRODUCTION_HOST = "https://api.pinterest.com/v5"
#: Pinterest's sandbox (sandbox tokens only; see docs/guides/authentication.md).
SANDBOX_HOST = "https://api-sandbox.pinterest.com/v5"

#: Seconds to wait for a connection.
DEFAULT_CONNECT_TIMEOUT = 10.0
#: Seconds to wait for response data; never infinite by default.
DEFAULT_READ_TIMEOUT = 60.0

TimeoutType = Union[None, float, Tuple[Optional[float], Optional[float]]]

_SECRET_ATTRIBUTES = ("access_token", "password", "conversion_token", "refresh_token", "proxy_headers")

#: Credentials checked when given: surrounding whitespace is stripped, control characters refused.
_CREDENTIALS = ("access_token", "refresh_token", "username", "password", "conversion_token")

LOGGER_NAME = "pinterest_client"

#: Seconds one call may take in all (every attempt, every wait between them, every body read).
DEFAULT_DEADLINE = 300.0
#: Bytes of decoded response body read at most (a bigger body raises ``ResponseTooLargeError``).
DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024

#: Connections kept open per host. A connection is opened only when every kept one is busy, so N
#: threads sharing a client open at most N; with more than this many at once, the extra connections
#: are closed after their call (each a new TCP + TLS handshake next time).
DEFAULT_POOL_MAXSIZE = 64

#: The JSON-schema keywords ``disabled_client_side_validations`` may name (as in the original client).
JSON_SCHEMA_VALIDATION_KEYWORDS = frozenset(
    {
        "multipleOf",
        "maximum",
        "exclusiveMaximum",
        "minimum",
        "exclusiveMinimum",
        "maxLength",
        "minLength",
        "pattern",
        "maxItems",
        "minItems",
    }
)

#: Host names plain http is allowed to without ``allow_insecure_http=True``.
_LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})


def _check_mapping(name: str, value: Any) -> Dict[str, str]:
    """``api_key``/``api_key_prefix``: the original client's ``{scheme name: value}`` dicts, copied.
    (A string there is most likely an access token passed positionally in this SDK's old order.)"""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        hint = "; an access token goes in access_token=" if isinstance(value, str) else ""
        raise _value_error(f"{name}: expected a dict {{security scheme: value}}, got {type(value).__name__}{hint}")
    return dict(value)


def _value_error(message: str) -> Exception:
    from pinterest_client.exceptions import ApiValueError

    return ApiValueError(message)


def clean_credential(name: str, value: Any) -> Optional[str]:
    """``value`` without surrounding whitespace (a token read from a file ends with a newline);
    ``ApiValueError`` (naming ``name``, never showing the value) for any other control character."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise _value_error(f"{name}: expected a string, got {type(value).__name__}")
    value = value.strip()
    for position, char in enumerate(value):
        if char < " " or char == "\x7f":
            raise _value_error(
                f"{name}: contains a control character at position {position} (value not shown); "
                "check how the credential was read"
            )
    return value or None


def _is_loopback(hostname: str) -> bool:
    return hostname in _LOOPBACK_HOSTS or hostname.startswith("127.")


def check_host(value: str, allow_insecure_http: bool) -> str:
    """A base URL: ``https://host[:port][/path]`` (``http`` only to loopback or with the opt-in),
    without query, fragment or credentials; the trailing slash removed."""
    from urllib.parse import urlsplit

    if not isinstance(value, str):
        raise _value_error(f"host: expected a URL string, got {type(value).__name__}")
    text = value.strip().rstrip("/")
    if any(c in text for c in "?#") or any(c <= " " for c in text):
        raise _value_error(f"host: {_shown(text)} must not contain '?', '#', spaces or control characters")
    if "://" not in text:
        raise _value_error(f"host: {_shown(text)} has no scheme; write 'https://{text[:100]}'")
    parts = urlsplit(text)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise _value_error(f"host: {_shown(text)} must be an https:// URL with a host name")
    if parts.username is not None or parts.password is not None:
        raise _value_error("host: credentials in the host URL are not supported (use access_token)")
    try:
        _ = parts.port  # raises on a bad port
    except ValueError:
        raise _value_error(f"host: {_shown(text)} has an invalid port") from None
    if parts.scheme == "http" and not (allow_insecure_http or _is_loopback(parts.hostname)):
        raise _value_error(
            f"host: {_shown(text)} is plain http, which would send the token in clear; use https "
            "(or Configuration(allow_insecure_http=True) for a test server)"
        )
    return text


def _shown(url: str) -> str:
    """A URL for an error message: no userinfo, at most 100 characters."""
    if "@" in url:
        scheme, _, rest = url.rpartition("://")
        url = (scheme + "://" if scheme else "") + rest.rpartition("@")[2]
    return repr(url[:100])


def _proxy_variables() -> bool:
    """Whether the environment names a proxy (``urllib.request.getproxies_environment`` reads the
    variables whose names end in ``_proxy``, in any case)."""
    return any(name[-6:].lower() == "_proxy" for name in os.environ)


def _check_bool(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise _value_error(f"{name}: expected True or False, got {value!r}")
    return value


def _check_positive(name: str, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0 or value != value:
        raise _value_error(f"{name}: expected a positive number or None, got {value!r}")
    return value


def _check_proxy(value: Any) -> str:
    from urllib.parse import urlsplit

    if not isinstance(value, str) or urlsplit(value).scheme not in ("http", "https") or not urlsplit(value).hostname:
        raise _value_error(f"proxy: expected an http:// or https:// URL, got {_shown(str(value))}")
    return value


def _check_validations(value: Any) -> "frozenset[str]":
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise _value_error(f"disabled_client_side_validations: expected a comma-separated string, got {value!r}")
    keywords = frozenset(filter(None, (v.strip() for v in value.split(","))))
    for keyword in sorted(keywords):
        if keyword not in JSON_SCHEMA_VALIDATION_KEYWORDS:
            raise _value_error(f"Invalid keyword: '{keyword}'")
    return keywords


if TYPE_CHECKING:
    _Loggers = Dict[str, logging.Logger]
else:
    _Loggers = dict


class LoggerTable(_Loggers):
    """``Configuration.logger``, as the original client had it: ``{"package_logger": the SDK's
    logger, "urllib3_logger": urllib3's}`` (``debug`` and ``logger_file`` act on each). It also
    stands for the SDK's logger itself: ``config.logger.info(...)``, ``.setLevel``, ``.addHandler``...
    are ``package_logger``'s."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setdefault("package_logger", logging.getLogger(LOGGER_NAME))
        self.setdefault("urllib3_logger", logging.getLogger("urllib3"))

    @classmethod
    def of(cls, value: Any) -> LoggerTable:
        """The table for what was given as ``Configuration.logger``: a table, a dict of loggers, the
        SDK's logger alone, or ``None`` (the defaults)."""
        if isinstance(value, LoggerTable):
            return value
        return cls(value if isinstance(value, dict) else {} if value is None else {"package_logger": value})

    def __getattr__(self, name: str) -> Any:  # only what a dict does not have
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self["package_logger"], name)


class Configuration(_OriginalMethods):
    """Everything an :class:`~pinterest_client.ApiClient` needs to know.

    Settings are checked when given (in the constructor or by assignment): an ``ApiValueError``
    says what is wrong and never shows a secret.

    :param host: API base URL (default production; ``SANDBOX_HOST`` or ``sandbox=True`` for the sandbox).
        ``https://`` is required; ``http://`` only to loopback or with ``allow_insecure_http=True``.
    :param access_token: OAuth2 bearer token (``pinterest_oauth2`` / ``client_credentials``).
        Surrounding whitespace (a newline from a file) is stripped; other control characters are refused.
    :param username: app id, used for HTTP Basic on the OAuth endpoints (``client_id`` is an alias).
    :param password: app secret (``client_secret`` is an alias).
    :param conversion_token: the Ads Manager token for the conversion-events endpoint.
    :param refresh_token: refresh the access token automatically (needs the app id and secret).
    :param timeout: default ``(connect, read)`` seconds, or one number for both (per attempt).
    :param deadline: seconds one call may take in all: every attempt, wait and body read
        (default 300; ``_deadline=`` per call; ``None``: no limit).
    :param max_response_size: bytes of decoded response body read at most (default 64 MiB).
    :param connection_pool_maxsize: connections kept open per host (default 64). One is opened only
        when all kept ones are busy, so N threads sharing a client use at most N connections.
    :param rate_limit_pacing: space requests out by the ``X-RateLimit-*`` headers Pinterest sends,
        so that many threads stay under the limit instead of running into 429s (default ``False``;
        see :mod:`pinterest_client._ratelimit`).
    :param retries: a :class:`~pinterest_client.retry.RetryPolicy` or a retry count.
    :param proxy: an ``http://`` or ``https://`` proxy URL (``user:password@`` is sent as
        ``Proxy-Authorization``); ``no_proxy`` (attribute) lists hosts that bypass it.
    :param trust_env: honour ``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY``/``NO_PROXY`` (when no
        ``proxy`` is given) and ``REQUESTS_CA_BUNDLE``/``SSL_CERT_FILE`` (when no ``ssl_ca_cert``
        is given), read when a client is built (default ``True``, as requests and httpx do).
    :param strict_responses: validate responses against the spec and raise on mismatch.
    :param client_side_validation: validate requests before sending (default ``True``).
    :param discard_unknown_keys: (original client) drop undeclared keys of responses.
    :param disabled_client_side_validations: (original client) comma-separated JSON-schema
        keywords not checked, e.g. ``"maxLength,pattern"``; an unknown keyword raises ``ApiValueError``.
    :param api_key, api_key_prefix: (original client) accepted and kept; Pinterest defines no API-key scheme.
    :param server_variables, server_operation_index, server_operation_variables: (original client)
        accepted; Pinterest's servers have no variables.
    """

    #: Set by assigning ``disabled_client_side_validations`` (the JSON Schema keywords not checked).
    _disabled_client_side_validations: FrozenSet[str]

    _default: Optional["Configuration"] = None

    def __init__(
        self,
        host: Optional[str] = None,
        api_key: Optional[Dict[str, str]] = None,
        api_key_prefix: Optional[Dict[str, str]] = None,
        access_token: Optional[str] = None,
        username: Optional[str] = None,
        password: Optional[str] = None,
        discard_unknown_keys: bool = False,
        disabled_client_side_validations: str = "",
        server_index: Optional[int] = None,
        server_variables: Optional[Dict[str, str]] = None,
        server_operation_index: Optional[Dict[str, int]] = None,
        server_operation_variables: Optional[Dict[str, Dict[str, str]]] = None,
        ssl_ca_cert: Optional[str] = None,
        *,
        client_id: Optional[str] = None,
        client_secret: Optional[str] = None,
        conversion_token: Optional[str] = None,
        refresh_token: Optional[str] = None,
        sandbox: bool = False,
        verify_ssl: bool = True,
        cert_file: Optional[str] = None,
        key_file: Optional[str] = None,
        assert_hostname: Optional[bool] = None,
        proxy: Optional[str] = None,
        proxy_headers: Optional[Mapping[str, str]] = None,
        connection_pool_maxsize: int = DEFAULT_POOL_MAXSIZE,
        timeout: TimeoutType = (DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT),
        deadline: Optional[float] = DEFAULT_DEADLINE,
        max_response_size: Optional[int] = DEFAULT_MAX_RESPONSE_SIZE,
        retries: "RetryPolicy | int | None" = None,
        rate_limit_pacing: bool = False,
        strict_responses: bool = False,
        client_side_validation: bool = True,
        allow_insecure_http: bool = False,
        trust_env: bool = True,
        user_agent: Optional[str] = None,
        app_info: Optional[str] = None,
        logger: Optional[logging.Logger] = None,
        debug: bool = False,
        on_token_refresh: Optional[Callable[[Any], None]] = None,
    ) -> None:
        self.servers: List[Dict[str, str]] = [
            {"url": PRODUCTION_HOST, "description": "Production"},
            {"url": SANDBOX_HOST, "description": "Sandbox"},
        ]
        _check_bool("sandbox", sandbox)
        self.allow_insecure_http: bool = _check_bool("allow_insecure_http", allow_insecure_http)
        if sandbox and host is not None and host.rstrip("/") != SANDBOX_HOST:
            raise _value_error("sandbox=True and host= conflict: give one of them")
        if server_index is None:
            server_index = 1 if sandbox else 0
        self.server_index = server_index
        self.host = host
        self.access_token = access_token
        self.username = client_id if client_id is not None else username
        self.password = client_secret if client_secret is not None else password
        self.conversion_token = conversion_token
        self.refresh_token = refresh_token
        if self.refresh_token and not (self.username and self.password):
            raise _value_error(
                "refresh_token needs the app id and secret to be used: "
                "Configuration(refresh_token=..., client_id=..., client_secret=...)"
            )
        self.on_token_refresh = on_token_refresh
        self.verify_ssl: bool = _check_bool("verify_ssl", verify_ssl)
        self.ssl_ca_cert = ssl_ca_cert
        self.cert_file = cert_file
        self.key_file = key_file
        self.assert_hostname = assert_hostname
        self.proxy = proxy
        self.proxy_headers: Optional[Dict[str, str]] = dict(proxy_headers) if proxy_headers else None
        self.no_proxy: Optional[str] = None
        self.trust_env: bool = _check_bool("trust_env", trust_env)
        self.connection_pool_maxsize = connection_pool_maxsize
        self.timeout = timeout
        self.deadline = deadline
        self.max_response_size = max_response_size
        self.retries: RetryPolicy = RetryPolicy.coerce(retries)
        self.rate_limit_pacing: bool = _check_bool("rate_limit_pacing", rate_limit_pacing)
        self.strict_responses: bool = _check_bool("strict_responses", strict_responses)
        self.client_side_validation: bool = _check_bool("client_side_validation", client_side_validation)
        self.discard_unknown_keys: bool = _check_bool("discard_unknown_keys", discard_unknown_keys)
        self.disabled_client_side_validations = disabled_client_side_validations
        self.user_agent = user_agent
        self.app_info = app_info
        self.api_key: Dict[str, str] = _check_mapping("api_key", api_key)
        self.api_key_prefix: Dict[str, str] = _check_mapping("api_key_prefix", api_key_prefix)
        self.refresh_api_key_hook: Optional[Callable[["Configuration"], None]] = None
        self.server_variables: Dict[str, str] = dict(server_variables or {})
        self.server_operation_index: Dict[str, int] = dict(server_operation_index or {})
        self.server_operation_variables: Dict[str, Dict[str, str]] = dict(server_operation_variables or {})
        self.temp_folder_path: Optional[str] = None
        self.safe_chars_for_path_param = ""  # accepted; path parameters are always fully quoted
        self.socket_options: Optional[List[Any]] = None
        self.logger = LoggerTable.of(logger)
        self.logger_stream_handler: Optional[logging.Handler] = None
        self.logger_file_handler: Optional[logging.Handler] = None
        self._logger_file: Optional[str] = None
        self.logger_format = "%(asctime)s %(levelname)s %(message)s"
        if debug:
            self.debug = True

    # -- validated settings ---------------------------------------------------------------------

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _CREDENTIALS:
            value = clean_credential(name, value)
        elif name == "disabled_client_side_validations":
            object.__setattr__(self, "_disabled_client_side_validations", _check_validations(value))
            value = value or ""
        elif name in ("deadline", "max_response_size"):
            _check_positive(name, value)
        elif name == "proxy" and value is not None:
            value = _check_proxy(value)
        elif name == "logger":
            value = LoggerTable.of(value)
        object.__setattr__(self, name, value)

    @property
    def package_logger(self) -> logging.Logger:
        """The logger the SDK writes to (``logger["package_logger"]``: ``pinterest_client`` unless
        ``Configuration(logger=...)`` gave another)."""
        return self.logger["package_logger"]

    def proxy_for(self, url: str) -> Optional[str]:
        """The proxy ``url`` goes through, or ``None``: ``proxy`` (unless ``no_proxy`` names the
        host), else — with ``trust_env`` — ``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY`` unless
        ``NO_PROXY`` names the host (read when a client is built, never at import)."""
        if not self.proxy and (not self.trust_env or not _proxy_variables()):
            return None  # the common case, decided without importing urllib.request (~1.5 ms)
        import urllib.request
        from urllib.parse import urlsplit

        getproxies_environment = urllib.request.getproxies_environment
        proxy_bypass_environment = urllib.request.proxy_bypass_environment  # type: ignore[attr-defined]

        parts = urlsplit(url)
        host = parts.hostname or ""
        if self.proxy:
            if self.no_proxy and proxy_bypass_environment(host, {"no": self.no_proxy}):
                return None
            return self.proxy
        if not self.trust_env:
            return None
        proxies = getproxies_environment()
        proxy = proxies.get(parts.scheme) or proxies.get("all")
        if not proxy or proxy_bypass_environment(host, proxies):
            return None
        return proxy if "://" in proxy else "http://" + proxy

    def env_ca_bundle(self) -> Optional[str]:
        """With ``trust_env``: the CA file named by ``REQUESTS_CA_BUNDLE`` or ``SSL_CERT_FILE`` (if it exists)."""
        if not self.trust_env:
            return None
        for name in ("REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"):
            path = os.environ.get(name)
            if path and os.path.isfile(path):
                return path
        return None

    def proxy_headers_with_auth(self, proxy: Optional[str] = None) -> Optional[Dict[str, str]]:
        """Headers for ``proxy`` (default :attr:`proxy`): ``proxy_headers`` for the configured proxy,
        plus ``Proxy-Authorization`` from credentials in the proxy URL."""
        headers = dict(self.proxy_headers or {}) if proxy is None or proxy == self.proxy else {}
        proxy = proxy or self.proxy
        if proxy:
            from urllib.parse import unquote, urlsplit

            import urllib3

            parts = urlsplit(proxy)
            if parts.username is not None and not any(k.lower() == "proxy-authorization" for k in headers):
                pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
                headers["Proxy-Authorization"] = urllib3.util.make_headers(proxy_basic_auth=pair)["proxy-authorization"]
        return headers or None

    # -- the original client's methods (see _original_client.OriginalConfigurationMethods) -------

    if not TYPE_CHECKING:  # loaded on first use (checkers see them on the base)
        set_default = _original_method()
        get_api_key_with_prefix = _original_method()
        to_debug_report = _original_method()
        get_host_settings = _original_method()
        auth_settings = _original_method()

    # -- the original client's class-level default ------------------------------------------------

    @classmethod
    def get_default_copy(cls) -> "Configuration":
        """A copy of the configuration given to :meth:`set_default`, else a new default one."""
        if cls._default is not None:
            import copy

            return copy.deepcopy(cls._default)
        return Configuration()

    def get_basic_auth_token(self) -> Optional[str]:
        """The ``Authorization`` value for HTTP Basic with the app id and secret."""
        import urllib3

        return urllib3.util.make_headers(basic_auth=f"{self.username or ''}:{self.password or ''}").get("authorization")

    # -- host -----------------------------------------------------------------------------------

    @property
    def host(self) -> str:
        """The base URL every path is appended to."""
        return self._host or self.get_host_from_settings(self.server_index or 0)

    @host.setter
    def host(self, value: Optional[str]) -> None:
        self._host = check_host(value, self.allow_insecure_http) if value else None

    def get_host_from_settings(
        self, index: Optional[int], variables: Optional[Mapping[str, str]] = None, servers: Any = None
    ) -> str:
        """The URL of server ``index`` (``None``: :attr:`host`), its ``{variables}`` filled from
        ``variables`` else :attr:`server_variables` else their defaults (as in the original client)."""
        if index is None:
            return self.host
        servers = servers or self.servers
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(servers):
            raise _value_error(f"_host_index: expected 0..{len(servers) - 1}, got {index!r}")
        server = servers[index]
        url = str(server["url"])
        chosen = {**self.server_variables, **(variables or {})}
        for name, spec in (server.get("variables") or {}).items():
            value = chosen.get(name, spec.get("default_value"))
            allowed = spec.get("enum_values")
            if allowed and value not in allowed:
                raise _value_error(f"server variable {name}: expected one of {list(allowed)}, got {value!r}")
            url = url.replace("{" + name + "}", str(value))
        return url

    # -- credentials aliases --------------------------------------------------------------------

    @property
    def client_id(self) -> Optional[str]:
        return self.username

    @client_id.setter
    def client_id(self, value: Optional[str]) -> None:
        self.username = value

    @property
    def client_secret(self) -> Optional[str]:
        return self.password

    @client_secret.setter
    def client_secret(self, value: Optional[str]) -> None:
        self.password = value

    # -- logging --------------------------------------------------------------------------------

    @property
    def debug(self) -> bool:
        """``True`` sets the loggers of :attr:`logger` (the SDK's and urllib3's, as the original
        client did) to DEBUG, ``False`` back to WARNING. Secrets stay redacted. (The original also
        had ``http.client`` print every request's headers, ``Authorization`` included, to stdout:
        not done.)"""
        return self.package_logger.isEnabledFor(logging.DEBUG)

    @debug.setter
    def debug(self, value: bool) -> None:
        for logger in self.logger.values():
            logger.setLevel(logging.DEBUG if value else logging.WARNING)
        package = self.package_logger
        if value and not package.handlers and not logging.getLogger().handlers:
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
            package.addHandler(handler)

    @property
    def logger_format(self) -> str:
        """(original client) format of the handler :attr:`logger_file` adds."""
        return self._logger_format

    @logger_format.setter
    def logger_format(self, value: str) -> None:
        self._logger_format = value
        self.logger_formatter: logging.Formatter = logging.Formatter(value)

    @property
    def logger_file(self) -> Optional[str]:
        """(original client) a path: the loggers of :attr:`logger` also write there (secrets redacted)."""
        return self._logger_file

    @logger_file.setter
    def logger_file(self, value: Optional[str]) -> None:
        if self.logger_file_handler is not None:
            for logger in self.logger.values():
                logger.removeHandler(self.logger_file_handler)
            self.logger_file_handler.close()
            self.logger_file_handler = None
        self._logger_file = value
        if value:
            handler = logging.FileHandler(value)
            handler.setFormatter(self.logger_formatter)
            for logger in self.logger.values():
                logger.addHandler(handler)
            self.logger_file_handler = handler

    # -- construction helpers -------------------------------------------------------------------

    @classmethod
    def from_env(cls, environ: Optional[Mapping[str, str]] = None, **overrides: Any) -> "Configuration":
        """Read ``PINTEREST_ACCESS_TOKEN``, ``PINTEREST_REFRESH_ACCESS_TOKEN``, ``PINTEREST_APP_ID``,
        ``PINTEREST_APP_SECRET``, ``PINTEREST_API_HOST`` and ``PINTEREST_SANDBOX`` (only when called)."""
        env = os.environ if environ is None else environ
        settings: Dict[str, Any] = {
            "host": env.get("PINTEREST_API_HOST") or None,
            "access_token": env.get("PINTEREST_ACCESS_TOKEN") or None,
            "refresh_token": env.get("PINTEREST_REFRESH_ACCESS_TOKEN") or None,
            "client_id": env.get("PINTEREST_APP_ID") or None,
            "client_secret": env.get("PINTEREST_APP_SECRET") or None,
            "sandbox": env.get("PINTEREST_SANDBOX", "").lower() in ("1", "true", "yes"),
        }
        settings.update(overrides)
        return cls(**settings)

    def __deepcopy__(self, memo: Dict[int, Any]) -> "Configuration":
        import copy

        clone = copy.copy(self)  # loggers, handlers and hooks are shared
        for name in ("servers", "proxy_headers", "api_key", "api_key_prefix", "server_variables"):
            object.__setattr__(clone, name, copy.deepcopy(getattr(self, name), memo))
        return clone

    def __repr__(self) -> str:
        shown = []
        for key in (
            "host",
            "access_token",
            "username",
            "password",
            "conversion_token",
            "refresh_token",
            "timeout",
            "retries",
        ):
            value = getattr(self, key)
            if value is None:
                continue
            shown.append(f"{key}={'***' if key in _SECRET_ATTRIBUTES else repr(value)}")
        return f"Configuration({', '.join(shown)})"
