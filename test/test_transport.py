"""The transport's direct path (a request goes straight to its origin's remembered connection
pool) against loopback servers: redirects are followed as urllib3's PoolManager follows them, and
closed pools are replaced without losing a request; threads sharing a client open no more
connections than there are threads."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
from typing import Any, List

import pytest
import urllib3
from loopback import Loopback, Reply

import pinterest_client
from pinterest_client import ApiException, Configuration, rest
from pinterest_client.api import boards_api
from pinterest_client.model.board_create import BoardCreate
from pinterest_client.rest import Request

TOKEN = "tok-s3cr3t-transport"
PAGE = {"items": [{"id": "1", "name": "b"}], "bookmark": None}
BOARD = {"id": "7", "name": "b"}


def client_for(server: Loopback) -> pinterest_client.ApiClient:
    return pinterest_client.ApiClient(Configuration(host=server.host, access_token=TOKEN, retries=0))


def test_a_redirect_chain_on_the_same_host_is_followed_with_auth() -> None:
    with Loopback() as server, client_for(server) as client:
        server.reply(301, {}, {"Location": "/v5/one"})  # first hop: the direct path's
        server.reply(302, {}, {"Location": f"{server.url}/v5/two"})  # later hops: the manager's
        server.reply(307, {}, {"Location": "/v5/three"})
        server.reply(200, PAGE)
        assert boards_api.BoardsApi(client).boards_list().items[0].id == "1"
        assert [r.path for r in server.requests] == ["/v5/boards", "/v5/one", "/v5/two", "/v5/three"]
        assert all(r.headers["Authorization"] == f"Bearer {TOKEN}" for r in server.requests)


def test_a_303_after_a_post_becomes_a_get_without_body() -> None:
    with Loopback() as server, client_for(server) as client:
        server.reply(303, {}, {"Location": "/v5/boards/7"})
        server.reply(200, BOARD)
        board = boards_api.BoardsApi(client).boards_create(BoardCreate(name="b"))
        assert board.id == "7"
        post, get = server.requests
        assert post.method == "POST" and post.json == {"name": "b"}
        assert get.method == "GET" and get.path == "/v5/boards/7" and get.body == b""
        assert "Content-Type" not in get.headers and get.headers["Authorization"] == f"Bearer {TOKEN}"


def test_a_307_after_a_post_repeats_the_post_with_its_body() -> None:
    with Loopback() as server, client_for(server) as client:
        server.reply(307, {}, {"Location": "/v5/elsewhere"})
        server.reply(201, BOARD)
        assert boards_api.BoardsApi(client).boards_create(BoardCreate(name="b")).id == "7"
        first, second = server.requests
        assert (second.method, second.path, second.json) == ("POST", "/v5/elsewhere", {"name": "b"})
        assert second.headers["Content-Type"] == "application/json"


def test_endless_redirects_stop_after_five_and_raise() -> None:
    with Loopback() as server, client_for(server) as client:
        server.default.status = 302
        server.default.headers = {"Location": "/v5/again"}
        with pytest.raises(ApiException) as info:
            boards_api.BoardsApi(client).boards_list()
        assert info.value.status == 302
        assert len(server.requests) == 1 + pinterest_client.rest.MAX_REDIRECTS


def test_more_origins_than_pools_all_keep_working() -> None:
    servers = [Loopback() for _ in range(6)]  # the manager keeps 4 pools: it drops the others
    for server in servers:
        server.__enter__()
        server.default.body = PAGE
    try:
        with client_for(servers[0]) as client:
            rest = client.rest_client
            for _ in range(3):
                for server in servers:
                    response = rest.send(Request("GET", f"{server.host}/boards", {"Accept": "application/json"}))
                    assert response.status == 200
            assert len(rest.pool.pools) <= 4
            assert boards_api.BoardsApi(client).boards_list().items[0].id == "1"
        assert [len(server.requests) for server in servers] == [4, 3, 3, 3, 3, 3]
    finally:
        for server in servers:
            server.__exit__(None, None, None)


def test_a_pool_closed_between_lookup_and_use_is_replaced_and_nothing_is_lost() -> None:
    with Loopback() as server, client_for(server) as client:
        server.default.body = PAGE
        rest = client.rest_client
        url = f"{server.host}/boards"
        real = rest._route
        closed, target = real(url)
        assert target == "/v5/boards"  # the direct path: the origin's own pool
        rest.close()  # as another thread closing the client would, between lookup and use
        assert closed.pool is None
        handed: List[Any] = []

        def route(u: str) -> Any:  # hand out the closed pool once, as that race would
            handed.append(u)
            return (closed, target) if len(handed) == 1 else real(u)

        rest._route = route  # type: ignore[method-assign]
        assert boards_api.BoardsApi(client).boards_list().items[0].id == "1"
        assert len(handed) == 2 and len(server.requests) == 1


def test_a_proxy_client_goes_through_the_manager() -> None:
    with Loopback() as server:
        config = Configuration(host=server.host, access_token=TOKEN, proxy=server.url)
        with pinterest_client.ApiClient(config) as client:
            manager, target = client.rest_client._route(f"{server.host}/boards")
            assert isinstance(manager, urllib3.ProxyManager) and target == f"{server.host}/boards"


def test_close_closes_the_remembered_pools_and_the_client_still_works() -> None:
    with Loopback() as server, client_for(server) as client:
        server.default.body = PAGE
        api = boards_api.BoardsApi(client)
        api.boards_list()
        remembered = list(client.rest_client._origins.values())
        client.close()
        assert remembered and all(pool.pool is None for pool in remembered)
        assert api.boards_list().items[0].id == "1"


# -- connections of threads sharing one client -----------------------------------------------------


def _count_connections(server: Loopback) -> List[int]:
    """Make ``server`` count the connections it accepts (in the returned one-item list)."""
    accepted = [0]
    accept = server.server.get_request

    def counting() -> Any:
        accepted[0] += 1
        return accept()

    server.server.get_request = counting  # type: ignore[method-assign]
    return accepted


def _sixteen_threads(client: pinterest_client.ApiClient, calls: int = 4) -> None:
    """16 threads making ``calls`` calls each, started together (then all their connections are idle)."""
    errors: List[BaseException] = []

    def work() -> None:
        try:
            for _ in range(calls):
                assert boards_api.BoardsApi(client).boards_get("7").id == "7"
        except BaseException as exc:
            errors.append(exc)

    workers = [threading.Thread(target=work) for _ in range(16)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert not errors, errors[:1]


def test_sixteen_threads_sharing_a_default_client_open_at_most_sixteen_connections() -> None:
    with Loopback() as server:
        server.default = Reply(200, BOARD, delay=0.05)  # the calls overlap
        accepted = _count_connections(server)
        with pinterest_client.ApiClient(Configuration(host=server.host, access_token=TOKEN, retries=0)) as client:
            for _ in range(3):  # bursts: between them every connection is idle, and kept
                _sixteen_threads(client)
        assert len(server.requests) == 3 * 16 * 4
        assert accepted[0] <= 16, accepted


def test_a_pool_smaller_than_the_threads_closes_and_reopens_connections() -> None:
    """What the default avoids: with 10 kept per host, each burst of 16 threads opens 6 anew."""
    with Loopback() as server:
        server.default = Reply(200, BOARD, delay=0.05)
        accepted = _count_connections(server)
        config = Configuration(host=server.host, access_token=TOKEN, retries=0, connection_pool_maxsize=10)
        with pinterest_client.ApiClient(config) as client:
            for _ in range(3):
                _sixteen_threads(client)
        assert accepted[0] > 16, accepted


@pytest.mark.parametrize("maxsize", [1, 3, 64])
def test_a_pool_starts_with_the_free_slots_urllib3_would_give_it(maxsize: int) -> None:
    """The transport's pools make their queue of free slots full at once (urllib3 puts one ``None``
    per slot); it holds what urllib3's own pool holds, and no more."""
    ours = rest._HTTPConnectionPool("127.0.0.1", 80, maxsize=maxsize, block=True)
    theirs = urllib3.HTTPConnectionPool("127.0.0.1", 80, maxsize=maxsize, block=True)
    assert ours.pool is not None and theirs.pool is not None
    assert (ours.pool.qsize(), ours.pool.maxsize) == (theirs.pool.qsize(), theirs.pool.maxsize) == (maxsize, maxsize)
    assert [ours.pool.get_nowait() for _ in range(maxsize)] == [None] * maxsize
    with pytest.raises(queue.Empty):
        ours.pool.get_nowait()
    for _ in range(maxsize):
        ours.pool.put(None, block=False)
    with pytest.raises(queue.Full):
        ours.pool.put(None, block=False)


_FIRST_DECODES = """
import threading
from pinterest_client._types import resolve_type

barrier = threading.Barrier(16)
errors = []

def first_use():
    barrier.wait()
    try:
        assert resolve_type("Board").__name__ == "Board"
    except BaseException as exc:
        errors.append(repr(exc))

threads = [threading.Thread(target=first_use) for _ in range(16)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
assert not errors, errors[:1]
"""


@pytest.mark.parametrize("run", range(3))
def test_sixteen_threads_decoding_their_first_model_at_once_all_get_it(run: int) -> None:
    """The models index is imported by the first thread that needs it; the others wait for it
    rather than read a half-initialised module (a fresh interpreter each time)."""
    result = subprocess.run([sys.executable, "-c", _FIRST_DECODES], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
