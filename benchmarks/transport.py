"""The transport's figures, each against a baseline measured in the same run (see run.py).

* ``upload_media`` of 200 MB and 1 GB vs a raw urllib3 streamed upload of the same file in 1 MiB
  blocks, to the loopback server of ``server.py`` (which throws the bytes away); the peak of traced
  memory while the SDK uploads 200 MB shows that memory stays flat;
* 1, 4 and 16 threads sharing one client (default settings) vs the same threads sharing one raw
  urllib3 pool, each call a small GET whose JSON is parsed on both sides; the connections the
  client opened, counted by the server, vs the number of threads;
* 8 threads against ``FakePinterest.rate_limit(N, window)`` with ``rate_limit_pacing=True``: the
  rate sustained vs the rate allowed, and the requests sent per request accepted (429s).

Every figure is "lower is better", as run.py's table wants: a time ratio (SDK over baseline) of
at most 1.11 is a throughput of at least 0.9x the baseline's.

:func:`serve` starts ``server.py`` (also used by run.py's per-call and first-call benchmarks).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from typing import Any, Callable, Dict, Iterator, List, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))

#: A time ratio of at most this is a throughput of at least 0.9x the baseline's.
THROUGHPUT_TARGET = round(1 / 0.9, 2)

MB = 1000 * 1000
BLOCK = 1 << 20

Figure = Dict[str, Any]

#: The client's default timeouts, given to the raw side too (a socket with a timeout polls before
#: each read and write, one without does not).
SDK_TIMEOUT = {"connect": 10.0, "read": 60.0}


@contextlib.contextmanager
def serve(body: bytes) -> Iterator[int]:
    """Run ``server.py`` answering ``body`` to every request (in its own process); yields its port."""
    with tempfile.TemporaryDirectory(prefix="pinterest-bench-") as folder:
        path = os.path.join(folder, "body.json")
        with open(path, "wb") as fh:
            fh.write(body)
        server = subprocess.Popen(
            [sys.executable, os.path.join(HERE, "server.py"), path],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            yield int(server.stdout.readline())
        finally:
            if server.stdin is not None:
                server.stdin.close()
            server.wait(10)


def _figure(name: str, value: float, baseline: float, unit: str, kind: str, target: float, **extra: Any) -> Figure:
    return dict(name=name, value=value, baseline=baseline, unit=unit, kind=kind, target=target, **extra)


#: One line per throughput figure (its rates), printed by run.py under the table.
NOTES: List[str] = []


def _throughput(name: str, sdk_s: float, raw_s: float, ratio: float, rates: str) -> Figure:
    """A time-ratio figure whose target is a throughput of at least 0.9x the baseline's."""
    NOTES.append(f"{name.split(' (')[0]}: {rates}")
    return _figure(name, sdk_s * 1e3, raw_s * 1e3, "ms", "ratio", THROUGHPUT_TARGET, figure=ratio, note=rates)


def _connections(port: int, reset: bool = False) -> int:
    import urllib3

    path = "/__stats?reset" if reset else "/__stats"
    with urllib3.HTTPConnectionPool("127.0.0.1", port, maxsize=1) as pool:
        return int(json.loads(pool.request("GET", path).data)["connections"])


# ---------------------------------------------------------------------------------------------
# upload_media
# ---------------------------------------------------------------------------------------------


def _write_file(path: str, size: int) -> None:
    block = os.urandom(BLOCK)
    with open(path, "wb") as fh:
        for start in range(0, size, BLOCK):
            fh.write(block[: min(BLOCK, size - start)])


def _raw_upload(port: int, path: str) -> Callable[[], Any]:
    """A streamed upload with urllib3 alone: the file as the body, sent 1 MiB at a time."""
    import urllib3

    timeout = urllib3.Timeout(**SDK_TIMEOUT)
    pool = urllib3.HTTPConnectionPool("127.0.0.1", port, maxsize=1, retries=False, blocksize=BLOCK, timeout=timeout)
    size = os.path.getsize(path)

    def upload() -> Any:
        with open(path, "rb") as fh:
            response = pool.urlopen("POST", "/upload", body=fh, headers={"Content-Length": str(size)}, retries=False)
        assert response.status == 200, response.status

    return upload


def bench_upload(quick: bool) -> List[Figure]:
    """``upload_media`` (registration included, ``wait=False``) vs the raw upload, rounds taking
    turns; then the traced-memory peak of one more SDK upload of the first size."""
    import pinterest_client
    from pinterest_client.media import upload_media

    # 200 MB takes ~60 ms a side here, where one slow round moves a median of 7 by ~10%: 15 rounds.
    sizes = [("20 MB", 20 * MB, 2)] if quick else [("200 MB", 200 * MB, 15), ("1 GB", 1000 * MB, 7)]
    registration = {
        "media_id": "1",
        "media_type": "video",
        "upload_url": "http://127.0.0.1:__PORT__/upload",
        "upload_parameters": {"key": "uploads/1.mp4", "policy": "p", "x-amz-signature": "s"},
    }
    figures: List[Figure] = []
    with (
        tempfile.TemporaryDirectory(prefix="pinterest-upload-") as folder,
        serve(json.dumps(registration).encode()) as port,
    ):
        config = pinterest_client.Configuration(host=f"http://127.0.0.1:{port}/v5", access_token="benchmark")
        with pinterest_client.ApiClient(config) as client:
            peak = None
            for label, size, rounds in sizes:
                path = os.path.join(folder, label.replace(" ", "") + ".mp4")
                _write_file(path, size)
                try:

                    def sdk(path: str = path) -> Any:
                        return upload_media(client, path, wait=False)

                    sdk_s, raw_s, ratio = _turns(sdk, _raw_upload(port, path), rounds)
                    if peak is None:
                        peak = _traced_peak(sdk)
                finally:
                    os.unlink(path)
                rate = f"{size / sdk_s / MB:.0f} vs {size / raw_s / MB:.0f} MB/s"
                figures.append(
                    _throughput(f"upload_media {label} (time; raw urllib3 1 MiB blocks)", sdk_s, raw_s, ratio, rate)
                )
    assert peak is not None
    name = f"  peak traced memory, upload_media {sizes[0][0]} (vs one 1 MiB block)"
    figures.append(_figure(name, peak / 1e6, BLOCK / 1e6, "MB", "ratio", 4.0))  # flat: a few blocks at a time
    return figures


def _turns(sdk: Callable[[], Any], raw: Callable[[], Any], rounds: int) -> Tuple[float, float, float]:
    """Median seconds of each, and the median of the per-round ratios (they take turns, each going
    first in every other round: a drift of the machine hits both orders alike)."""
    sdk(), raw()  # warm: connections open, files in the page cache
    a: List[float] = []
    b: List[float] = []
    for number in range(rounds):
        for func, out in ((sdk, a), (raw, b)) if number % 2 == 0 else ((raw, b), (sdk, a)):
            gc.collect()
            start = time.perf_counter()
            func()
            out.append(time.perf_counter() - start)
    return statistics.median(a), statistics.median(b), statistics.median(x / y for x, y in zip(a, b))


def _traced_peak(func: Callable[[], Any]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        func()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# ---------------------------------------------------------------------------------------------
# Threads sharing one client
# ---------------------------------------------------------------------------------------------

#: What the thread benchmark's server answers (a small board).
BOARD = json.dumps({"id": "549755885175", "name": "Benchmarks", "privacy": "PUBLIC"}).encode()


def _in_threads(threads: int, calls: int, call: Callable[[], Any]) -> float:
    """Seconds for ``threads`` threads to make ``calls`` calls each (they start together)."""
    barrier = threading.Barrier(threads + 1)
    errors: List[BaseException] = []

    def work() -> None:
        barrier.wait()
        try:
            for _ in range(calls):
                call()
        except _Stop:
            pass
        except BaseException as exc:  # reported below
            errors.append(exc)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    barrier.wait()
    start = time.perf_counter()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - start
    if errors:
        raise errors[0]
    return elapsed


def bench_threads(quick: bool) -> List[Figure]:
    """Per thread count: a fresh client with default settings and a fresh raw pool of as many
    connections as threads (each with its own server), rounds taking turns; the connections the
    client opened in all rounds, from its server's count."""
    import urllib3

    import pinterest_client
    from pinterest_client.api.boards_api import BoardsApi

    figures: List[Figure] = []
    total = 200 if quick else 1600  # calls per round, shared by the threads
    rounds = 2 if quick else 5
    headers = {"Accept": "application/json", "Authorization": "Bearer benchmark"}
    with serve(BOARD) as port, serve(BOARD) as raw_port:
        for threads in (1, 4, 16):
            calls = total // threads
            config = pinterest_client.Configuration(host=f"http://127.0.0.1:{port}/v5", access_token="benchmark")
            _connections(port, reset=True)
            with (
                pinterest_client.ApiClient(config) as client,
                urllib3.HTTPConnectionPool(
                    "127.0.0.1", raw_port, maxsize=threads, retries=False, timeout=urllib3.Timeout(**SDK_TIMEOUT)
                ) as pool,
            ):
                boards = BoardsApi(client)

                def raw(pool: Any = pool) -> Any:
                    return json.loads(pool.urlopen("GET", "/v5/boards/549755885175", headers=headers).data)

                def sdk(boards: Any = boards) -> Any:
                    return boards.boards_get("549755885175")

                sdk_s, raw_s, ratio = _turns(
                    functools.partial(_in_threads, threads, calls, sdk),
                    functools.partial(_in_threads, threads, calls, raw),
                    rounds,
                )
            opened = _connections(port) - 1  # not the probe's own
            rate = f"{calls * threads / sdk_s:.0f} vs {calls * threads / raw_s:.0f} calls/s"
            name = f"{threads} thread(s) sharing one client (time; raw pool + json.loads)"
            figures.append(_throughput(name, sdk_s, raw_s, ratio, rate))
            figures.append(
                _figure(f"  connections opened by {threads} thread(s)", opened, threads, "conns", "delta", 0.0)
            )
    return figures


# ---------------------------------------------------------------------------------------------
# Sustained throughput under a rate limit
# ---------------------------------------------------------------------------------------------


def bench_rate_limit(quick: bool) -> List[Figure]:
    """8 threads calling ``user_account_get`` for a few seconds against the fake's fixed-window
    limit of ``quota`` per ``window``, pacing on: the rate sustained vs the rate allowed (as a time
    ratio: allowed rate over sustained rate), and the requests sent per request accepted (at most
    1.01: at most 1% answered 429)."""
    from pinterest_client import ApiClient, RetryPolicy
    from pinterest_client.api.user_account_api import UserAccountApi
    from pinterest_client.testing import FakePinterest

    quota, window, seconds = 40, 0.5, (1.5 if quick else 4.0)
    retries = RetryPolicy(max_retries=10, backoff_factor=0.01, backoff_max=0.1)
    with FakePinterest() as fake:
        limit = fake.rate_limit(quota, window, route="user_account/get")
        with ApiClient(fake.configuration(retries=retries, rate_limit_pacing=True)) as client:
            api = UserAccountApi(client)
            elapsed = _in_threads(8, 10**9, _until(time.monotonic() + seconds, api.user_account_get))
        accepted, rejected = limit.accepted, limit.rejected
    allowed = quota / window
    sustained = accepted / elapsed
    share = 100.0 * rejected / max(1, accepted + rejected)
    NOTES.append(
        f"8 threads under rate_limit({quota}, {window}): {sustained:.1f} of {allowed:.0f} req/s, {share:.1f}% 429"
    )
    return [
        _figure(
            f"8 threads under rate_limit({quota}, {window}) (allowed/sustained rate)",
            sustained,
            allowed,
            "req/s",
            "ratio",
            THROUGHPUT_TARGET,
            figure=allowed / sustained,
            note=f"{sustained:.1f} of {allowed:.0f} req/s",
        ),
        _figure(
            "  requests sent per request accepted (429s)",
            accepted + rejected,
            accepted,
            "req",
            "ratio",
            1.01,
            note=f"{share:.1f}% answered 429",
        ),
    ]


class _Stop(Exception):
    """Ends a thread of :func:`_in_threads` early."""


def _until(stop: float, call: Callable[[], Any]) -> Callable[[], Any]:
    """``call``, until the ``time.monotonic()`` instant ``stop`` (then it raises :class:`_Stop`)."""

    def bounded() -> Any:
        if time.monotonic() >= stop:
            raise _Stop()
        return call()

    return bounded


def run(quick: bool) -> List[Figure]:
    """Every figure of this module (run.py wraps each in its ``Result``)."""
    return bench_upload(quick) + bench_threads(quick) + bench_rate_limit(quick)
