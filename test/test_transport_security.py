"""TLS verification (on by default; a custom CA works) and proxies, over loopback."""

from __future__ import annotations

import base64
import shutil
import ssl
import subprocess
from pathlib import Path

import pytest
from loopback import Loopback

import pinterest_client
from pinterest_client import ApiConnectionError, Configuration
from pinterest_client.api import boards_api

PAGE = {"items": [], "bookmark": None}


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem"),
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return folder


@pytest.fixture
def tls_server(certificate: Path):
    with Loopback() as server:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(certificate / "cert.pem", certificate / "key.pem")
        server.server.socket = context.wrap_socket(server.server.socket, server_side=True)
        yield server


def test_tls_is_verified_by_default(tls_server) -> None:
    host = f"https://127.0.0.1:{tls_server.server.server_port}/v5"
    with pinterest_client.ApiClient(Configuration(host=host, access_token="x", retries=0)) as client:
        with pytest.raises(ApiConnectionError, match="TLS|SSL|certificate"):
            boards_api.BoardsApi(client).boards_list()


def test_a_custom_ca_bundle_is_trusted(tls_server, certificate: Path) -> None:
    tls_server.default.body = PAGE
    host = f"https://127.0.0.1:{tls_server.server.server_port}/v5"
    config = Configuration(host=host, access_token="x", ssl_ca_cert=str(certificate / "cert.pem"), retries=0)
    with pinterest_client.ApiClient(config) as client:
        assert boards_api.BoardsApi(client).boards_list().items == []
    assert tls_server.last.path == "/v5/boards"


def test_requests_go_through_the_proxy(server) -> None:
    server.default.body = PAGE
    proxy = server.url.replace("http://", "http://user:pa%40ss-s3cr3t@")
    config = Configuration(
        host="http://api.pinterest.invalid/v5", access_token="x", proxy=proxy, retries=0, allow_insecure_http=True
    )
    with pinterest_client.ApiClient(config) as client:
        boards_api.BoardsApi(client).boards_list(page_size=2)
    sent = server.last
    assert sent.headers["Host"] == "api.pinterest.invalid"  # the proxy was asked for the real host
    assert sent.path == "/v5/boards" and sent.query == [("page_size", "2")]
    # credentials in the proxy URL are sent, as Proxy-Authorization (row 13 of issue 17)
    assert sent.headers["Proxy-Authorization"] == "Basic " + base64.b64encode(b"user:pa@ss-s3cr3t").decode()


# -- environment conventions (issue 14): HTTPS_PROXY/HTTP_PROXY/NO_PROXY, REQUESTS_CA_BUNDLE/SSL_CERT_FILE


@pytest.mark.parametrize("variable", ["REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"])
def test_the_ca_bundle_from_the_environment_is_trusted(tls_server, certificate: Path, monkeypatch, variable) -> None:
    tls_server.default.body = PAGE
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.setenv(variable, str(certificate / "cert.pem"))
    host = f"https://127.0.0.1:{tls_server.server.server_port}/v5"
    with pinterest_client.ApiClient(Configuration(host=host, access_token="x", retries=0)) as client:
        assert boards_api.BoardsApi(client).boards_list().items == []
    config = Configuration(host=host, access_token="x", retries=0, trust_env=False)
    with pinterest_client.ApiClient(config) as client:
        with pytest.raises(ApiConnectionError, match="TLS|SSL|certificate"):
            boards_api.BoardsApi(client).boards_list()


def test_the_proxy_from_the_environment_is_used_unless_no_proxy_or_trust_env_false(server, monkeypatch) -> None:
    server.default.body = PAGE
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", server.url.replace("http://", "http://env:pw-s3cr3t@"))
    host = "http://api.pinterest.invalid/v5"

    def call(**settings) -> None:
        config = Configuration(host=host, access_token="x", retries=0, allow_insecure_http=True, **settings)
        with pinterest_client.ApiClient(config) as client:
            boards_api.BoardsApi(client).boards_list(_deadline=5)

    call()
    assert server.last.headers["Host"] == "api.pinterest.invalid"
    assert server.last.headers["Proxy-Authorization"] == "Basic " + base64.b64encode(b"env:pw-s3cr3t").decode()
    seen = len(server.requests)
    with pytest.raises(ApiConnectionError):  # direct: the .invalid host does not resolve
        call(trust_env=False)
    monkeypatch.setenv("NO_PROXY", "example.com,.pinterest.invalid")
    with pytest.raises(ApiConnectionError):
        call()
    assert len(server.requests) == seen
