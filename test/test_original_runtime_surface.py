"""The original generated client's remaining runtime surface, over real HTTP on 127.0.0.1:
``rest.RESTClientObject``'s verb methods and ``RESTResponse``, the proxy helpers, the original
``ApiClient`` helpers (``request``, ``parameters_to_tuples``, ``update_params_for_auth``, ``pool``...)
and the per-operation ``api_client.Endpoint`` built from the original's maps."""

from __future__ import annotations

import io
import json
from typing import Any, Dict, Iterator, List

import pytest
from conftest import SECRET_MARKER
from loopback import Loopback
from urllib3.fields import RequestField

import pinterest_client
from pinterest_client import rest
from pinterest_client.api.boards_api import BoardsApi
from pinterest_client.api_client import ApiClient, ApiResponse, Endpoint
from pinterest_client.exceptions import (
    ApiException,
    ApiTypeError,
    ApiValueError,
    NotFoundException,
    ServiceException,
    UnauthorizedException,
)
from pinterest_client.model.board import Board

TOKEN = "tok-s3cr3t-123"


@pytest.fixture
def srv(server: Loopback) -> Loopback:
    """The loopback server, answering HEAD and OPTIONS too."""
    handler = server.server.RequestHandlerClass
    handler.do_HEAD = handler.do_OPTIONS = handler.do_GET  # type: ignore[attr-defined]
    return server


@pytest.fixture
def transport(srv: Loopback) -> Iterator[rest.RESTClientObject]:
    config = pinterest_client.Configuration(host=srv.host, access_token=TOKEN, retries=0)
    client = rest.RESTClientObject(config)
    yield client
    client.close()


def no_secret(*texts: Any) -> None:
    for text in texts:
        assert SECRET_MARKER not in str(text) and SECRET_MARKER not in repr(text)


# -- rest: the verb methods ---------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["GET", "HEAD"])
def test_verbs_without_body_send_the_query(srv: Loopback, transport: Any, verb: str) -> None:
    srv.reply(204 if verb == "HEAD" else 200, {"ok": True}, headers={"X-Thing": "a"})
    response = getattr(transport, verb)(f"{srv.url}/v5/x", headers={"A": "1"}, query_params=[("q", "1"), ("r", "b c")])
    assert isinstance(response, rest.RESTResponse) and isinstance(response, io.IOBase)
    assert (srv.last.method, srv.last.path, srv.last.query) == (verb, "/v5/x", [("q", "1"), ("r", "b c")])
    assert srv.last.headers["A"] == "1" and srv.last.body == b""
    assert response.status == (204 if verb == "HEAD" else 200)
    assert response.getheader("x-thing") == "a" and response.getheader("missing", "d") == "d"
    assert response.getheaders()["X-Thing"] == "a"
    assert response.urllib3_response.status == response.status
    if verb == "GET":
        assert response.reason == "OK" and json.loads(response.data) == {"ok": True}


@pytest.mark.parametrize("verb", ["OPTIONS", "POST", "PUT", "PATCH", "DELETE"])
def test_verbs_with_body_send_json(srv: Loopback, transport: Any, verb: str) -> None:
    srv.reply(200, {"id": "1"})
    response = getattr(transport, verb)(f"{srv.url}/v5/y", query_params={"a": "1"}, body={"name": "b", "n": [1]})
    assert (srv.last.method, srv.last.path, srv.last.query) == (verb, "/v5/y", [("a", "1")])
    assert srv.last.json == {"name": "b", "n": [1]}
    assert srv.last.headers.get("Content-Type") == ("application/json" if verb != "DELETE" else None)
    assert response.status == 200 and json.loads(response.data) == {"id": "1"}


def test_post_params_as_a_form_and_as_multipart(srv: Loopback, transport: Any) -> None:
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    transport.POST(f"{srv.url}/v5/f", headers=form, post_params={"grant_type": "x", "code": "a b"})
    assert srv.last.body == b"grant_type=x&code=a+b" and srv.last.headers["Content-Type"] == form["Content-Type"]
    fields = [("note", "hi"), ("file", ("a.png", b"PNG", "image/png"))]
    transport.PUT(f"{srv.url}/v5/m", headers={"Content-Type": "multipart/form-data"}, post_params=fields)
    assert srv.last.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert b'name="note"\r\n\r\nhi' in srv.last.body
    assert b'filename="a.png"\r\nContent-Type: image/png\r\n\r\nPNG' in srv.last.body


def test_a_str_body_is_sent_as_is_and_bad_arguments_are_refused(srv: Loopback, transport: Any) -> None:
    transport.POST(f"{srv.url}/v5/t", headers={"Content-Type": "text/plain"}, body="raw text")
    assert srv.last.body == b"raw text" and srv.last.headers["Content-Type"] == "text/plain"
    sent = len(srv.requests)
    with pytest.raises(ApiException) as info:
        transport.POST(f"{srv.url}/v5/t", headers={"Content-Type": "text/plain"}, body={"a": 1})
    assert info.value.status == 0
    with pytest.raises(ApiValueError):
        transport.POST(f"{srv.url}/v5/t", post_params={"a": 1}, body={"a": 1})
    with pytest.raises(ApiValueError):
        rest.original_request(transport, "TRACE", f"{srv.url}/v5/t")
    assert len(srv.requests) == sent


def test_unpreloaded_response_is_the_urllib3_one(srv: Loopback, transport: Any) -> None:
    srv.reply(200, {"big": "x" * 1000})
    raw = transport.GET(f"{srv.url}/v5/s", _preload_content=False, _request_timeout=(2, 5))
    assert not isinstance(raw, rest.RESTResponse)
    assert raw.status == 200 and json.loads(raw.read()) == {"big": "x" * 1000}
    raw.release_conn()


@pytest.mark.parametrize(
    ("status", "error"), [(401, UnauthorizedException), (404, NotFoundException), (503, ServiceException)]
)
def test_errors_are_the_status_exceptions_without_the_credential(
    srv: Loopback, transport: Any, status: int, error: type
) -> None:
    srv.reply(status, {"message": f"token {TOKEN} is not good"})
    with pytest.raises(error) as info:
        transport.GET(f"{srv.url}/v5/e", headers={"Authorization": f"Bearer {TOKEN}"}, _request_timeout=5)
    assert info.value.status == status
    assert len(srv.requests) == 1  # no retries at this level
    assert "Bearer ***" not in str(info.value) and "token *** is not good" in str(info.value)
    no_secret(info.value, info.value.message, info.value.args)


def test_pools_size_and_maxsize(srv: Loopback) -> None:
    config = pinterest_client.Configuration(host=srv.host, access_token=TOKEN, connection_pool_maxsize=3)
    default = rest.RESTClientObject(config)
    sized = rest.RESTClientObject(config, pools_size=2, maxsize=7)
    try:
        assert default.pool.connection_pool_kw["maxsize"] == 3 and default.pool.pools._maxsize == 4
        assert sized.pool.connection_pool_kw["maxsize"] == 7 and sized.pool.pools._maxsize == 2
        sized.GET(f"{srv.url}/v5/p")
        assert srv.last.path == "/v5/p"
    finally:
        default.close()
        sized.close()


def test_proxy_helpers() -> None:
    assert rest.is_ipv4("10.1.2.3") and not rest.is_ipv4("example.com") and not rest.is_ipv4("::1")
    assert rest.in_ipv4net("10.1.2.3", "10.0.0.0/8") and not rest.in_ipv4net("11.1.2.3", "10.0.0.0/8")
    assert not rest.in_ipv4net("10.1.2.3", "not a net") and not rest.in_ipv4net("host", "10.0.0.0/8")
    assert rest.should_bypass_proxies("http:///nohost")
    assert not rest.should_bypass_proxies("https://api.pinterest.com/v5", no_proxy=None)
    assert rest.should_bypass_proxies("https://api.pinterest.com/v5", no_proxy="*")
    assert rest.should_bypass_proxies("https://api.pinterest.com/v5", no_proxy="example.com, pinterest.com")
    assert not rest.should_bypass_proxies("https://api.pinterest.com/v5", no_proxy="example.com")
    assert rest.should_bypass_proxies("http://10.1.2.3:8080/x", no_proxy="192.168.0.0/16,10.0.0.0/8")
    assert not rest.should_bypass_proxies("http://10.1.2.3:8080/x", no_proxy="192.168.0.0/16")


# -- ApiClient: the original's helpers ------------------------------------------------------------


def test_client_request_goes_through_its_transport(srv: Loopback, client: ApiClient) -> None:
    srv.reply(201, {"id": "9"})
    response = client.request("POST", f"{srv.url}/v5/r", query_params=[("a", "1")], headers={"X": "y"}, body={"k": "v"})
    assert (srv.last.method, srv.last.path, srv.last.query, srv.last.json) == (
        "POST",
        "/v5/r",
        [("a", "1")],
        {"k": "v"},
    )
    assert srv.last.headers["X"] == "y" and "Authorization" not in srv.last.headers  # sent as given
    assert response.status == 201 and json.loads(response.data) == {"id": "9"}
    with pytest.raises(ApiValueError, match="http method must be"):
        client.request("TRACE", f"{srv.url}/v5/r")


def test_rest_client_request_has_the_originals_signature(srv: Loopback, client: ApiClient) -> None:
    """``RESTClientObject.request(method, url, query_params, headers, body, post_params, ...)``, by
    position as by name, as the original's (the transport's own entry point is ``send``)."""
    srv.reply(200, {"ok": True})
    response = client.rest_client.request("GET", f"{srv.url}/v5/r", [("a", "1")], {"X": "y"})
    assert (srv.last.path, srv.last.query, srv.last.headers["X"]) == ("/v5/r", [("a", "1")], "y")
    assert json.loads(response.data) == {"ok": True}
    srv.reply(200, {})
    client.rest_client.request("POST", f"{srv.url}/v5/r", query_params={"b": "2"}, body={"k": "v"})
    assert (srv.last.method, srv.last.query, srv.last.json) == ("POST", [("b", "2")], {"k": "v"})


def test_sanitize_for_serialization_is_callable_on_the_class() -> None:
    """The original's ``ApiClient.sanitize_for_serialization(obj)`` was a class-level helper."""
    import datetime

    from pinterest_client.model.board_create import BoardCreate

    board = BoardCreate("Trips", description="d")
    expected = {"name": "Trips", "description": "d"}
    assert ApiClient.sanitize_for_serialization(board) == expected
    assert ApiClient.sanitize_for_serialization([datetime.date(2024, 1, 2)]) == ["2024-01-02"]


def test_parameters_to_tuples_and_multipart(client: ApiClient) -> None:
    formats = {"m": "multi", "c": "csv", "s": "ssv", "t": "tsv", "p": "pipes"}
    params = {"m": [1, 2], "c": [1, 2], "s": ["a", "b"], "t": ["a", "b"], "p": ["a", "b"], "x": "y"}
    assert client.parameters_to_tuples(params, formats) == [
        ("m", 1),
        ("m", 2),
        ("c", "1,2"),
        ("s", "a b"),
        ("t", "a\tb"),
        ("p", "a|b"),
        ("x", "y"),
    ]
    assert client.parameters_to_tuples([("a", [1, 2])], None) == [("a", [1, 2])]
    fields = client.parameters_to_multipart({"meta": {"a": 1}, "name": "n"}, None)
    assert isinstance(fields[0], RequestField) and fields[0].data == b'{"a": 1}'
    assert fields[0].headers["Content-Type"] == "application/json; charset=utf-8"
    assert fields[1] == ("name", "n")
    assert client.parameters_to_multipart([("l", [1])], (list,))[0].data == b"[1]"


def test_files_parameters_read_and_close(client: ApiClient, tmp_path: Any) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"PNGDATA")
    handle = open(path, "rb")  # noqa: SIM115 (closed by files_parameters)
    assert client.files_parameters({"file": [handle], "none": None, "skip": [None]}) == [
        ("file", ("photo.png", b"PNGDATA", "image/png"))
    ]
    assert handle.closed and client.files_parameters(None) == []
    with pytest.raises(ApiValueError, match="closed file"):
        client.files_parameters({"file": [handle]})
    other = io.BytesIO(b"abc")
    assert ApiClient.get_file_data_and_close_file(other) == b"abc" and other.closed


def test_select_headers(client: ApiClient) -> None:
    assert client.select_header_accept([]) is None
    assert client.select_header_accept(["text/plain", "Application/JSON"]) == "application/json"
    assert client.select_header_accept(["text/plain", "text/csv"]) == "text/plain, text/csv"
    assert client.select_header_content_type([]) == "application/json"
    assert client.select_header_content_type(["*/*"]) == "application/json"
    assert client.select_header_content_type(["multipart/form-data", "text/plain"]) == "multipart/form-data"
    patch = ["application/json-patch+json", "application/json"]
    assert client.select_header_content_type(patch, "PATCH", [{"op": "add"}]) == "application/json-patch+json"
    assert client.select_header_content_type(patch, "PATCH", {"op": "add"}) == "application/json"


def test_update_params_for_auth(srv: Loopback) -> None:
    config = pinterest_client.Configuration(host=srv.host, access_token=TOKEN, username="id", password="pw-s3cr3t")
    with ApiClient(config) as client:
        headers: Dict[str, str] = {"A": "1"}
        queries: List[Any] = []
        client.update_params_for_auth(headers, queries, ["pinterest_oauth2"], "/boards", "GET", None)
        assert headers == {"A": "1", "Authorization": f"Bearer {TOKEN}"} and queries == []
        basic: Dict[str, str] = {}
        client.update_params_for_auth(basic, queries, ["basic"], "/oauth/token", "POST", None)
        assert basic["Authorization"] == config.get_basic_auth_token()
        nothing: Dict[str, str] = {}
        client.update_params_for_auth(nothing, queries, ["api_key"], "/x", "POST", None)
        client.update_params_for_auth(nothing, queries, None, "/x", "POST", None)
    with ApiClient(pinterest_client.Configuration(host=srv.host)) as bare:
        bare.update_params_for_auth(nothing, queries, ["pinterest_oauth2"], "/x", "GET", None)
    assert nothing == {} and queries == []


def test_pool_is_a_thread_pool_closed_with_the_client(client: ApiClient) -> None:
    pool = client.pool
    assert client.pool is pool and pool.apply_async(lambda x: x * 2, (21,)).get(5) == 42
    client.close()
    with pytest.raises(ValueError):
        pool.apply_async(lambda: 1)
    assert client.pool is not pool  # a new one on demand, as in the original
    client.close()


def test_app_type_detailed(srv: Loopback) -> None:
    config = pinterest_client.Configuration(host=srv.host, access_token=TOKEN, retries=0)
    with ApiClient(config, app_type_detailed="12") as client:
        assert client.app_type_detailed == "12"
        client.rest_client.GET(f"{srv.url}/v5/a", headers=client.default_headers)
        assert srv.last.headers["X-Pinterest-App-Type-Detailed"] == "12"
        BoardsApi(client).boards_list()
        assert srv.last.headers["X-Pinterest-App-Type-Detailed"] == "12"
        client.app_type_detailed = None
        BoardsApi(client).boards_list()
        assert "X-Pinterest-App-Type-Detailed" not in srv.last.headers
    with ApiClient(config) as plain:
        assert plain.app_type_detailed is None


# -- Endpoint: the original's per-operation object --------------------------------------------------


def _maps(location: Dict[str, str], required: List[str], **settings: Any) -> Dict[str, Any]:
    names = list(location)
    return {
        "settings": {"auth": ["pinterest_oauth2"], "servers": None, **settings},
        "params_map": {"all": names, "required": required, "nullable": [], "enum": [], "validation": []},
        "root_map": {
            "validations": {},
            "allowed_values": {},
            "openapi_types": {},
            "attribute_map": {n: n for n in names},
            "location_map": location,
            "collection_format_map": {"ids": "csv"},
        },
        "headers_map": {"accept": ["application/json"], "content_type": ["application/json"]},
    }


def _boards_get(endpoint: Endpoint, board_id: str, **kwargs: Any) -> Any:
    """What the original's generated ``__boards_get`` did: defaults, then ``call_with_http_info``."""
    kwargs.update(async_req=kwargs.get("async_req", False), _check_input_type=True, _check_return_type=True)
    kwargs.update(_host_index=kwargs.get("_host_index"), _spec_property_naming=False, _content_type=None)
    kwargs["board_id"] = board_id
    return endpoint.call_with_http_info(**kwargs)


def boards_get_endpoint(client: ApiClient) -> Endpoint:
    maps = _maps(
        {"board_id": "path", "ad_account_id": "query", "ids": "query"},
        ["board_id"],
        response_type=(Board,),
        endpoint_path="/boards/{board_id}",
        operation_id="boards/get",
        http_method="GET",
    )
    return Endpoint(**maps, api_client=client, callable=_boards_get)


def test_endpoint_built_from_the_original_maps_makes_the_call(srv: Loopback, client: ApiClient) -> None:
    endpoint = boards_get_endpoint(client)
    srv.reply(200, {"id": "123", "name": "b"})
    board = endpoint("123", ad_account_id="9", ids=["a", "b"])
    assert isinstance(board, Board) and board.name == "b"
    assert (srv.last.method, srv.last.path) == ("GET", "/v5/boards/123")
    assert srv.last.query == [("ad_account_id", "9"), ("ids", "a,b")]
    assert srv.last.headers["Authorization"] == f"Bearer {TOKEN}" and srv.last.headers["Accept"] == "application/json"
    srv.reply(200, {"id": "1", "name": "c"})
    data, status, headers = endpoint("1", _return_http_data_only=False)
    assert isinstance(data, Board) and status == 200 and headers["x-pinterest-rid"] == "rid-123"
    srv.reply(200, {"id": "2", "name": "d"})
    assert endpoint("2", async_req=True).get(5).name == "d"
    assert "_request_timeout" in endpoint.params_map["nullable"] and "async_req" in endpoint.params_map["all"]


def test_endpoint_checks_its_arguments_before_sending(srv: Loopback, client: ApiClient) -> None:
    endpoint = boards_get_endpoint(client)
    with pytest.raises(ApiTypeError, match="unexpected parameter 'colour'"):
        endpoint("1", colour="red")
    with pytest.raises(ApiValueError, match="Missing the required parameter `board_id`"):
        endpoint.call_with_http_info(ad_account_id="1")
    assert srv.requests == []


def test_endpoint_with_a_body_and_an_error(srv: Loopback, client: ApiClient) -> None:
    maps = _maps(
        {"board_create": "body", "ad_account_id": "query"},
        ["board_create"],
        response_type=(Board,),
        endpoint_path="/boards",
        operation_id="boards/create",
        http_method="POST",
    )
    endpoint = Endpoint(**maps, api_client=client)
    srv.reply(201, {"id": "5", "name": "new"})
    result = endpoint.call_with_http_info(board_create={"name": "new"}, _return_http_data_only=False)
    assert isinstance(result, ApiResponse) and result.data.id == "5" and result.status == 201
    assert srv.last.json == {"name": "new"} and srv.last.headers["Content-Type"] == "application/json"
    srv.reply(404, {"message": f"no board for {TOKEN}"})
    with pytest.raises(NotFoundException) as info:
        endpoint.call_with_http_info(board_create={"name": "x"})
    no_secret(info.value)


def test_endpoint_multipart_form_with_a_file(srv: Loopback, client: ApiClient) -> None:
    maps = _maps(
        {"file": "form", "note": "form", "x_header": "header"},
        [],
        response_type=None,
        endpoint_path="/upload",
        operation_id="upload",
        http_method="POST",
    )
    maps["headers_map"]["content_type"] = ["multipart/form-data"]
    maps["root_map"]["attribute_map"]["x_header"] = "X-Header"
    endpoint = Endpoint(**maps, api_client=client)
    upload = io.BytesIO(b"PNGDATA")
    upload.name = "dir/pic.png"
    assert endpoint.call_with_http_info(file=upload, note="hi", x_header="v") is None
    assert srv.last.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert srv.last.headers["X-Header"] == "v"
    assert b'filename="pic.png"\r\nContent-Type: image/png\r\n\r\nPNGDATA' in srv.last.body
    assert b'name="note"\r\n\r\nhi' in srv.last.body and upload.closed


def test_endpoint_can_be_subclassed(srv: Loopback, client: ApiClient) -> None:
    class Counting(Endpoint):
        calls = 0

        def call_with_http_info(self, **kwargs: Any) -> Any:
            Counting.calls += 1
            return super().call_with_http_info(**kwargs)

    maps = boards_get_endpoint(client)
    endpoint = Counting(
        maps.settings,
        {"all": ["board_id"], "required": ["board_id"], "nullable": [], "enum": [], "validation": []},
        {
            "validations": {},
            "allowed_values": {},
            "openapi_types": {},
            "attribute_map": {"board_id": "board_id"},
            "location_map": {"board_id": "path"},
            "collection_format_map": {},
        },
        maps.headers_map,
        client,
        _boards_get,
    )
    srv.reply(200, {"id": "7", "name": "s"})
    assert endpoint("7").id == "7" and Counting.calls == 1


def test_a_subclass_extends_the_original_methods_through_super() -> None:
    """Code written for the original subclasses ``ApiClient`` and calls the original's methods
    through ``super()`` (they are methods of a base class, not found on demand)."""

    class Logging(ApiClient):
        seen: List[Any] = []

        def parameters_to_tuples(self, params: Any, collection_formats: Any) -> List[Any]:
            self.seen.append(params)
            return super().parameters_to_tuples(params, collection_formats)

    with Logging(pinterest_client.Configuration(access_token="t")) as client:
        assert client.parameters_to_tuples({"a": [1, 2]}, {"a": "csv"}) == [("a", "1,2")]
        assert client.seen == [{"a": [1, 2]}]
        assert client.select_header_accept(["application/json"]) == "application/json"


def test_deserialize_takes_the_originals_response_and_type_tuple() -> None:
    """The original's ``deserialize(response, response_type, _check_type)``: a response object with
    ``data`` and a tuple of classes; ours also takes the body and a type string."""
    from pinterest_client.model.board import Board

    class Received:
        data = b'[{"id": "1", "name": "n", "privacy": "PUBLIC"}]'

    client = ApiClient(pinterest_client.Configuration(access_token="t"))
    boards = client.deserialize(Received(), ([Board],), True)
    assert [type(b) for b in boards] == [Board] and boards[0].privacy == "PUBLIC"
    assert client.deserialize('{"a": 1}', ({str: (int,)},), False) == {"a": 1}
    assert client.deserialize(b'{"id": "1", "name": "n"}', "Board").name == "n"
    with pytest.raises(pinterest_client.ApiDecodeError):
        client.deserialize(b"not json", (Board,), True)
    client.close()
