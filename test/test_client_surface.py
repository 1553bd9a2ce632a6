"""The original client's ApiClient and Configuration surface (issue 12, part 3), and the pluggable
transport (issue 17): in memory, no sockets."""

from __future__ import annotations

import copy
import json
import logging
from typing import Any, List

import pytest

import pinterest_client
from pinterest_client import ApiClient, Configuration
from pinterest_client.api import boards_api
from pinterest_client.exceptions import ApiValueError
from pinterest_client.rest import MockTransport, Request, Response

PAGE = json.dumps({"items": [{"id": "1", "name": "b"}], "bookmark": None}).encode()


def mock_client(**kwargs: Any) -> "tuple[ApiClient, List[Request]]":
    transport = MockTransport(lambda request: Response(200, {"Content-Type": "application/json"}, PAGE))
    config = kwargs.pop("configuration", None) or Configuration(access_token="tok-s3cr3t-mock")
    return ApiClient(config, transport=transport, **kwargs), transport.requests


def test_constructor_of_the_original_client() -> None:
    client, sent = mock_client(
        header_name="X-Trace", header_value="t1", cookie="a=b", pool_threads=3, user_agent="my-app/1"
    )
    assert client.user_agent == "my-app/1" and client.default_headers["User-Agent"] == "my-app/1"
    client.set_default_header("X-Other", "o")
    client.user_agent = "my-app/2"
    boards_api.BoardsApi(client).boards_list()
    headers = sent[-1].headers
    assert headers["User-Agent"] == "my-app/2" and headers["X-Trace"] == "t1" and headers["X-Other"] == "o"
    assert headers["Cookie"] == "a=b" and headers["Authorization"] == "Bearer tok-s3cr3t-mock"
    assert client.pool_threads == 3 and client.rest_client is client.transport
    positional = ApiClient(Configuration(access_token="x"), "X-A", "1", None, 1, "ua/1", transport=client.transport)
    assert positional.user_agent == "ua/1" and positional.default_headers["X-A"] == "1"


def test_mock_transport_runs_the_whole_pipeline_without_sockets() -> None:
    client, sent = mock_client()
    page = boards_api.BoardsApi(client).boards_list(page_size=5)
    assert page.items[0].id == "1"
    assert sent[0].method == "GET" and sent[0].url.endswith("/v5/boards?page_size=5")
    assert sent[0].deadline is not None and sent[0].max_body == 64 * 1024 * 1024


def test_set_default_and_get_default_copy() -> None:
    try:
        Configuration.set_default(Configuration(access_token="tok-default", host="https://example.com/v5"))
        copied = Configuration.get_default_copy()
        assert copied.access_token == "tok-default" and copied.host == "https://example.com/v5"
        assert (
            ApiClient(transport=MockTransport(lambda r: Response(200))).configuration.host == "https://example.com/v5"
        )
    finally:
        Configuration.set_default(None)
    assert Configuration.get_default_copy().host == "https://api.pinterest.com/v5"


def test_original_configuration_attributes() -> None:
    config = Configuration(
        api_key={"k": "v"},
        api_key_prefix={"k": "Token"},
        discard_unknown_keys=True,
        disabled_client_side_validations="maxLength,pattern",
        server_variables={},
    )
    assert config.get_api_key_with_prefix("k") == "Token v"
    hooked: List[Any] = []
    config.refresh_api_key_hook = hooked.append
    config.get_api_key_with_prefix("k")
    assert hooked == [config]
    assert config.discard_unknown_keys is True
    assert config._disabled_client_side_validations == {"maxLength", "pattern"}
    with pytest.raises(ApiValueError, match="Invalid keyword: 'nope'"):
        config.disabled_client_side_validations = "maxLength,nope"
    assert config.client_side_validation is True
    assert "Python SDK Debug Report" in config.to_debug_report() and "s3cr3t" not in config.to_debug_report()
    assert config.get_host_settings()[0]["url"] == "https://api.pinterest.com/v5"
    assert config.get_host_from_settings(1) == "https://api-sandbox.pinterest.com/v5"
    assert config.server_index == 0
    clone = copy.deepcopy(config)
    assert clone.api_key == {"k": "v"} and clone.api_key is not config.api_key


def test_logger_file_and_format(tmp_path: Any) -> None:
    config = Configuration()
    config.logger_format = "%(levelname)s %(message)s"
    config.logger_file = str(tmp_path / "sdk.log")
    try:
        logging.getLogger("pinterest_client").warning("hello file")
    finally:
        config.logger_file = None
    assert "WARNING hello file" in (tmp_path / "sdk.log").read_text()


def test_the_configuration_is_not_written_by_the_client() -> None:
    config = Configuration(access_token="tok-s3cr3t-cfg")
    before = dict(vars(config))
    client, _ = mock_client(configuration=config)
    boards_api.BoardsApi(client).boards_list()
    assert dict(vars(config)) == before


def test_exported_names() -> None:
    assert pinterest_client.ApiClient is ApiClient
    from pinterest_client.rest import RESTClientObject, Urllib3Transport

    assert RESTClientObject is Urllib3Transport


def test_host_settings_as_in_the_original() -> None:
    config = Configuration(host="https://example.com/v5")
    assert config.get_host_from_settings(None) == "https://example.com/v5"
    servers = [
        {
            "url": "https://{region}.example.com/v5",
            "variables": {"region": {"default_value": "eu", "enum_values": ["eu", "us"]}},
        }
    ]
    assert config.get_host_from_settings(0, servers=servers) == "https://eu.example.com/v5"
    assert config.get_host_from_settings(0, {"region": "us"}, servers) == "https://us.example.com/v5"
    with pytest.raises(ApiValueError):
        config.get_host_from_settings(0, {"region": "mars"}, servers)
    with pytest.raises(ApiValueError):
        config.get_host_from_settings(5)


def test_the_logger_is_the_originals_dict_of_loggers_and_the_sdks_logger(tmp_path: Any) -> None:
    """``Configuration.logger``: ``{"package_logger", "urllib3_logger"}`` as in the original client,
    standing for the package logger too; ``debug`` sets both to DEBUG and back (never ``http.client``'s
    header printing); ``logger_file`` writes both; a logger given, or assigned, becomes the package logger."""
    import http.client

    config = Configuration()
    assert dict(config.logger) == {
        "package_logger": logging.getLogger("pinterest_client"),
        "urllib3_logger": logging.getLogger("urllib3"),
    }
    assert config.logger.name == "pinterest_client" and config.package_logger is config.logger["package_logger"]
    levels = {name: logger.level for name, logger in config.logger.items()}
    try:
        config.debug = True
        assert config.debug and all(logger.level == logging.DEBUG for logger in config.logger.values())
        assert http.client.HTTPConnection.debuglevel == 0
        config.debug = False
        assert all(logger.level == logging.WARNING for logger in config.logger.values())
    finally:  # (the loggers are the process's: as they were for the other tests)
        for name, logger in config.logger.items():
            logger.setLevel(levels[name])
    path = tmp_path / "both.log"
    config.logger_file = str(path)
    try:
        logging.getLogger("urllib3").warning("from urllib3")
        config.logger.warning("from the SDK")
    finally:
        config.logger_file = None
    lines = path.read_text().splitlines()
    assert len(lines) == 2 and "from urllib3" in lines[0] and "from the SDK" in lines[1]
    mine = logging.getLogger("my_app.pinterest")
    assert Configuration(logger=mine).package_logger is mine
    config.logger = mine
    assert config.logger["package_logger"] is mine and config.logger["urllib3_logger"].name == "urllib3"
    assert ApiClient(config).logger is mine


def test_configuration_takes_the_originals_positional_order() -> None:
    """``Configuration(host, api_key, api_key_prefix, access_token, username, password, ...)`` as in
    the original client; a string where the ``api_key`` dict goes (an access token in this SDK's old
    positional order) is refused with a hint, never taken as something else."""
    config = Configuration("https://api.pinterest.com/v5", None, None, "tok-123456", "u", "p-123456")
    assert (config.host, config.access_token, config.username, config.password) == (
        "https://api.pinterest.com/v5",
        "tok-123456",
        "u",
        "p-123456",
    )
    assert Configuration(None, {"key": "v"}, {"key": "Bearer"}).api_key_prefix == {"key": "Bearer"}
    with pytest.raises(ApiValueError, match="api_key: expected a dict.*access_token="):
        Configuration("https://api.pinterest.com/v5", "tok-123456")
