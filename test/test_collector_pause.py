"""The cyclic garbage collector is paused while a large response becomes models (issue #16, the
decode figures): ``CollectorPause`` in :mod:`pinterest_client._hooks`. Everything a decode makes stays
referenced until it returns, so collections set off meanwhile walk it to free nothing.

Checked here: a call decoding a large page sets off no collection while it decodes, a small one
is left alone, the program's own switch wins, pauses from several threads end with the last one,
an error inside still resumes, and a child forked during a pause has its collector back on.
"""

from __future__ import annotations

import gc
import json
import os
import threading
from typing import Any, Iterator, List

import pytest

import pinterest_client
from pinterest_client import _hooks
from pinterest_client._hooks import PAUSE_BODY, CollectorPause
from pinterest_client.api.pins_api import PinsApi
from pinterest_client.rest import MockTransport, Response

IMAGES = {
    size: {"url": f"https://i.pinimg.com/{size}/a.jpg", "width": 150, "height": 150}
    for size in ("150x150", "400x300", "600x", "1200x")
}


def pins_page(count: int) -> bytes:
    pin = {
        "id": "813744226420795884",
        "created_at": "2020-01-01T20:10:40Z",
        "title": "A Pin",
        "board_id": "549755885175",
        "media": {"media_type": "image", "images": IMAGES},
        "board_owner": {"username": "someone"},
    }
    return json.dumps(
        {"items": [dict(pin, id=str(813744226420795884 + n)) for n in range(count)], "bookmark": None}
    ).encode()


@pytest.fixture
def collections() -> Iterator[List[int]]:
    """The generations of the collections that start while the test runs."""
    started: List[int] = []

    def record(phase: str, info: Any) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.callbacks.append(record)
    try:
        yield started
    finally:
        gc.callbacks.remove(record)


def client_answering(body: bytes) -> pinterest_client.ApiClient:
    answer = Response(200, {"Content-Type": "application/json"}, body)
    transport = MockTransport(lambda request: answer)
    return pinterest_client.ApiClient(pinterest_client.Configuration(access_token="t"), transport=transport)


def test_a_large_page_is_decoded_with_the_collector_paused(collections: List[int]) -> None:
    body = pins_page(400)
    assert len(body) > PAUSE_BODY
    with client_answering(body) as client:
        api = PinsApi(client)
        api.pins_list()  # (the decoder compiled, the models loaded)
        gc.collect()
        collections.clear()
        page = api.pins_list()
    assert len(page.items) == 400 and page.items[0].media.images["150x150"].width == 150
    # some 2,800 objects made and kept: without the pause, four collections or more
    assert len(collections) <= 1, collections
    assert gc.isenabled() and _hooks._PAUSES[0] == 0


def test_a_small_body_and_a_program_that_switched_the_collector_off_are_left_alone() -> None:
    assert CollectorPause(PAUSE_BODY - 1).paused is False
    gc.disable()
    try:
        with CollectorPause(PAUSE_BODY) as pause:
            assert pause.paused is False and not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_error_inside_resumes_the_collector() -> None:
    with pytest.raises(ValueError):
        with CollectorPause(PAUSE_BODY):
            assert not gc.isenabled()
            raise ValueError("decoding failed")
    assert gc.isenabled() and _hooks._PAUSES[0] == 0


def test_pauses_from_several_threads_end_with_the_last() -> None:
    inside, leave = threading.Barrier(5), threading.Event()
    seen: List[bool] = []

    def decode() -> None:
        with CollectorPause(PAUSE_BODY):
            inside.wait()
            leave.wait()
        seen.append(gc.isenabled())

    threads = [threading.Thread(target=decode) for _ in range(4)]
    for thread in threads:
        thread.start()
    inside.wait()
    assert not gc.isenabled() and _hooks._PAUSES[0] == 4
    leave.set()
    for thread in threads:
        thread.join()
    assert gc.isenabled() and _hooks._PAUSES[0] == 0
    assert seen.count(True) >= 1  # (the last one out switched it back on)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork")
def test_a_child_forked_during_a_pause_has_its_collector_back_on() -> None:
    paused, leave = threading.Event(), threading.Event()

    def decode() -> None:
        with CollectorPause(PAUSE_BODY):
            paused.set()
            leave.wait()

    thread = threading.Thread(target=decode)
    thread.start()
    paused.wait()
    try:
        pid = os.fork()
        if pid == 0:  # the child: only this thread exists
            os._exit(0 if gc.isenabled() and _hooks._PAUSES[0] == 0 else 1)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        assert not gc.isenabled()  # (the parent's pause goes on)
    finally:
        leave.set()
        thread.join()
    assert gc.isenabled()
