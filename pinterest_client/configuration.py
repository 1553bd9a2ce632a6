"""Settings for one :class:`~pinterest_client.ApiClient`: host, credentials, TLS, proxy,
retries, timeouts and logging.

Nothing here reads the environment or the file system unless you ask
(:meth:`Configuration.from_env`). Secrets are kept out of ``repr()``.
"""

from __future__ import annotations

import copy
import logging
import os
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple, Union

from pinterest_client.retry import RetryPolicy

#: Pinterest's production API.
PRODUCTION_HOST = "https://api.pinterest.com/v5"
#: Pinterest's sandbox (sandbox tokens only; see the README).
SANDBOX_HOST = "https://api-sandbox.pinterest.com/v5"

#: Seconds to wait for a connection.
DEFAULT_CONNECT_TIMEOUT = 10.0
#: Seconds to wait for response data; never infinite by default.
DEFAULT_READ_TIMEOUT = 60.0

TimeoutType = Union[None, float, Tuple[Optional[float], Optional[float]]]

_SECRET_ATTRIBUTES = ("access_token", "password", "conversion_token", "refresh_token", "proxy_headers")

LOGGER_NAME = "pinterest_client"


class Configuration:
    """Everything an :class:`~pinterest_client.ApiClient` needs to know.

    :param host: API base URL (default production; ``SANDBOX_HOST`` or ``sandbox=True`` for the sandbox).
    :param access_token: OAuth2 bearer token (``pinterest_oauth2`` / ``client_credentials``).
    :param username: app id, used for HTTP Basic on the OAuth endpoints (``client_id`` is an alias).
    :param password: app secret (``client_secret`` is an alias).
    :param conversion_token: the Ads Manager token for the conversion-events endpoint.
    :param timeout: default ``(connect, read)`` seconds, or one number for both.
    :param retries: a :class:`~pinterest_client.retry.RetryPolicy` or a retry count.
    :param strict_responses: validate responses against the spec and raise on mismatch.
    :param client_side_validation: validate requests before sending (default ``True``).
    """

    def __init__(
        self,
        host: Optional[str] = None,
        access_token: Optional[str] = None,
        username: Optional[str] = None,
        password: Optional[str] = None,
        *,
        client_id: Optional[str] = None,
        client_secret: Optional[str] = None,
        conversion_token: Optional[str] = None,
        refresh_token: Optional[str] = None,
        sandbox: bool = False,
        server_index: Optional[int] = None,
        verify_ssl: bool = True,
        ssl_ca_cert: Optional[str] = None,
        cert_file: Optional[str] = None,
        key_file: Optional[str] = None,
        assert_hostname: Optional[bool] = None,
        proxy: Optional[str] = None,
        proxy_headers: Optional[Mapping[str, str]] = None,
        connection_pool_maxsize: int = 10,
        timeout: TimeoutType = (DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT),
        retries: "RetryPolicy | int | None" = None,
        strict_responses: bool = False,
        client_side_validation: bool = True,
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
        if server_index is None:
            server_index = 1 if sandbox else 0
        self.server_index = server_index
        self._host = host.rstrip("/") if host else None
        self.access_token = access_token
        self.username = client_id if client_id is not None else username
        self.password = client_secret if client_secret is not None else password
        self.conversion_token = conversion_token
        self.refresh_token = refresh_token
        self.on_token_refresh = on_token_refresh
        self.verify_ssl = verify_ssl
        self.ssl_ca_cert = ssl_ca_cert
        self.cert_file = cert_file
        self.key_file = key_file
        self.assert_hostname = assert_hostname
        self.proxy = proxy
        self.proxy_headers = dict(proxy_headers) if proxy_headers else None
        self.connection_pool_maxsize = connection_pool_maxsize
        self.timeout = timeout
        self.retries = RetryPolicy.coerce(retries)
        self.strict_responses = strict_responses
        self.client_side_validation = client_side_validation
        self.user_agent = user_agent
        self.app_info = app_info
        self.logger = logger or logging.getLogger(LOGGER_NAME)
        if debug:
            self.debug = True

    # -- host -----------------------------------------------------------------------------------

    @property
    def host(self) -> str:
        """The base URL every path is appended to."""
        return self._host or self.get_host_from_settings(self.server_index)

    @host.setter
    def host(self, value: Optional[str]) -> None:
        self._host = value.rstrip("/") if value else None

    def get_host_settings(self) -> List[Dict[str, str]]:
        return self.servers

    def get_host_from_settings(
        self, index: Optional[int], variables: Optional[Mapping[str, str]] = None, servers: Any = None
    ) -> str:
        servers = servers or self.servers
        index = 0 if index is None else index
        if not 0 <= index < len(servers):
            raise ValueError(f"_host_index: expected 0..{len(servers) - 1}, got {index}")
        return str(servers[index]["url"])

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
        """``True`` sets the ``pinterest_client`` logger (only it) to DEBUG. Secrets stay redacted."""
        return self.logger.isEnabledFor(logging.DEBUG)

    @debug.setter
    def debug(self, value: bool) -> None:
        self.logger.setLevel(logging.DEBUG if value else logging.WARNING)
        if value and not self.logger.handlers and not logging.getLogger().handlers:
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
            self.logger.addHandler(handler)

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
        clone = copy.copy(self)
        clone.servers = copy.deepcopy(self.servers, memo)
        clone.proxy_headers = copy.deepcopy(self.proxy_headers, memo)
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

    def auth_settings(self) -> Dict[str, Dict[str, Any]]:
        """Which credential each security scheme of the spec uses (for inspection)."""
        return {
            name: {"type": kind, "in": "header", "key": "Authorization", "configured": bool(value)}
            for name, kind, value in (
                ("pinterest_oauth2", "oauth2", self.access_token),
                ("client_credentials", "oauth2", self.access_token),
                ("basic", "basic", self.username and self.password),
                ("conversion_token", "bearer", self.conversion_token),
            )
        }
