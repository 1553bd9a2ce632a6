"""The transport's own reading of a response head (``pinterest_client.rest.begin_response``) gives what
``http.client`` gives, and its direct send (``_Pool.send_direct``) sends what ``urlopen`` sends:
over real sockets on 127.0.0.1."""

from __future__ import annotations

import http.client
import io
import random
import socket
import threading
from typing import Any, Dict, Iterator, List

import pytest
from loopback import Loopback

import pinterest_client
from pinterest_client import Configuration, rest
from pinterest_client.api import boards_api

HEADS = [
    b"Content-Type: application/json \r\nx-pinterest-rid: 12\r\nContent-Length: 9\r\n"
    b"Set-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\n",
    b"A: 1\nB:2\n\n",
    b"A:\t  x y  \r\n\r\n",
    b"A:\r\n\r\n",
    b"A: caf\xe9\r\n\r\n",
    b"A: 1\r\n",  # the stream ends after the headers
    b"",
    b"\r\n",
    # left to the email parser:
    b"A: 1\r\n folded\r\n\r\n",
    b"A: 1\r\nno colon\r\n\r\n",
    b": no name\r\n\r\n",
    b"A: 1\r\nB: cut short",
    b"A b: 1\r\n\r\n",
    b"From me: 1\r\n\r\n",
    b"A: 1\r2\r\n\r\n",
    b"X-\xff: 1\r\n\r\n",
]


def _state(message: Any) -> Dict[str, Any]:
    state = dict(vars(message))
    state["defects"] = [type(d) for d in message.defects]  # (defects compare by identity)
    return state


@pytest.mark.parametrize("head", HEADS)
def test_a_head_parses_as_http_client_parses_it(head: bytes) -> None:
    expected = http.client.parse_headers(io.BytesIO(head))
    parsed = rest.parse_headers(io.BytesIO(head))
    assert type(parsed) is http.client.HTTPMessage
    assert _state(parsed) == _state(expected)
    assert parsed.items() == expected.items()


def test_plain_lines_skip_the_email_parser_and_others_do_not() -> None:
    assert rest._plain_headers(rest.read_header_lines(io.BytesIO(HEADS[0]))) is not None
    assert rest._plain_headers(rest.read_header_lines(io.BytesIO(b"A: 1\r\n folded\r\n\r\n"))) is None


def test_the_limits_of_http_client_hold() -> None:
    with pytest.raises(http.client.LineTooLong):
        rest.parse_headers(io.BytesIO(b"A: " + b"x" * (rest.MAX_LINE + 1) + b"\r\n\r\n"))
    with pytest.raises(http.client.HTTPException, match="more than"):
        rest.parse_headers(io.BytesIO(b"A: 1\r\n" * (rest.MAX_HEADERS + 1) + b"\r\n"))


class RawServer:
    """Answers each connection's first request with ``answer`` (bytes as given), then closes it."""

    def __init__(self, answer: bytes) -> None:
        self.answer = answer
        self.requests: List[bytes] = []
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                self.requests.append(data)
                conn.sendall(self.answer)

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def folded() -> Iterator[RawServer]:
    body = b'{"id": "7", "name": "b"}'
    server = RawServer(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Folded: one\r\n two\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body
    )
    yield server
    server.close()


def test_a_folded_header_over_the_wire_reads_as_http_client_reads_it(folded: RawServer) -> None:
    config = Configuration(host=f"http://127.0.0.1:{folded.port}/v5", access_token="t", retries=0)
    with pinterest_client.ApiClient(config) as client:
        board, status, headers = boards_api.BoardsApi(client).boards_get("7", _return_http_data_only=False)
    assert board.id == "7" and status == 200
    expected = http.client.parse_headers(io.BytesIO(b"X-Folded: one\r\n two\r\n\r\n"))
    assert headers["X-Folded"] == expected["X-Folded"]


def test_ids_go_straight_to_the_pool_and_other_targets_through_urlopen() -> None:
    assert rest._sent_as_is("/v5/boards/549755885175?page_size=25&bookmark=a%2Fb")
    assert rest._sent_as_is("/v5/%E2%82%AC")
    assert not rest._sent_as_is("/v5/boards/a b")  # urlopen percent-encodes the space
    assert not rest._sent_as_is("/v5/a%2fb")  # and upper-cases the escape
    assert not rest._sent_as_is("/v5/100%")  # and encodes a lone percent sign
    assert not rest._sent_as_is("/v5/caf\u00e9") and not rest._sent_as_is("/v5/a#frag")
    assert not rest._sent_as_is("http://example.com/v5")
    with Loopback() as server:
        server.default.body = {"id": "1", "name": "b"}
        config = Configuration(host=server.host, access_token="t", retries=0)
        with pinterest_client.ApiClient(config) as client:
            transport = client.rest_client
            assert transport.send(rest.Request("GET", f"{server.host}/boards/a b?x=y z", {})).status == 200
            assert boards_api.BoardsApi(client).boards_get("12").id == "1"
        assert [r.path for r in server.requests] == ["/v5/boards/a%20b", "/v5/boards/12"]


def test_a_connection_refused_on_the_direct_path_is_unsent_and_frees_its_slot() -> None:
    sock = socket.create_server(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    config = Configuration(host=f"http://127.0.0.1:{port}/v5", access_token="t", retries=0)
    with pinterest_client.ApiClient(config) as client:
        api = boards_api.BoardsApi(client)
        for _ in range(3):  # (a slot not given back would leave the pool with fewer each time)
            with pytest.raises(pinterest_client.ApiConnectionError) as caught:
                api.boards_get("1")
            assert caught.value.sent is False
        pool, _ = client.rest_client._route(f"http://127.0.0.1:{port}/v5/boards/1")
        assert pool.pool.qsize() == pool.pool.maxsize


def test_a_target_deemed_as_is_is_one_urlopen_would_not_change() -> None:
    from urllib3.util.url import _encode_target

    alphabet = "aZ09-._~!$&'()*+,;=:@/?%#[] \"<>\\^`{|}\u00e9fF2E"
    rng = random.Random(16)
    for _ in range(20000):
        target = "/" + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        if rest._sent_as_is(target):
            assert _encode_target(target) == target
