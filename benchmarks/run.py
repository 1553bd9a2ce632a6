"""The SDK's performance figures, each measured against its baseline in the same run.

    python benchmarks/run.py            # full run: exits 1 when a target is missed
    python benchmarks/run.py --quick    # few rounds: checks that everything works, never fails on timings

Prints a table of medians and ratios and one machine-readable line::

    BENCHMARK-SUMMARY {"ok": true, "quick": false, "results": {...}}

What is measured (payloads come from ``benchmarks/payloads.py``, synthesised from the spec):

* decode a 250-Pin page and a 250-campaign page into typed models (datetimes included) vs
  ``json.loads`` of the same bytes: parsed with the standard library, and (Pins) as the SDK
  parses with its ``speed`` extra (orjson) when that is installed; for reference, msgspec typed
  Structs, pydantic v2 models and orjson's plain parse of the same page when installed
  (``benchmarks/anchors.py``); regression guards: the same cost per Pin on pages of 25, 250 and
  2,500 Pins, and flat memory while ``paginate`` goes through 50,000 Pins;
* encode a 1000-keyword ``keywords_create`` request as a user does: build the models, then the
  SDK validates and serialises them; vs ``json.dumps`` of the same data;
* per-call overhead of a small GET on a loopback keep-alive server vs the floor under it: urllib3's
  ``HTTPConnectionPool.urlopen`` of the same request on a ready pool;
* the first call of a program (import, ``ApiClient``, one API class, one GET) in a fresh
  interpreter vs importing urllib3, building a ``PoolManager`` and making the same GET;
* the transport (``benchmarks/transport.py``): ``upload_media`` of 200 MB and 1 GB vs a raw urllib3
  upload in 1 MiB blocks, 1-16 threads sharing one client vs a raw pool (and the connections
  opened), 8 threads paced under ``FakePinterest.rate_limit``;
* ``import pinterest_client`` and importing every API and model class, in fresh interpreters, vs
  a bare interpreter (time and peak RSS);
* memory held by a decoded 250-Pin page vs the ``json.loads`` dicts.

In-process ratios are the median of per-round ratios (the SDK and its baseline run back to back in
each round, so a slow moment of a shared machine cancels out); the table also shows each side's own
median. Interpreters for the import figures run with ``-S`` on both sides (site-packages put on
``PYTHONPATH`` instead), so start-up hooks in ``.pth`` files that pre-import modules cannot hide
what importing the SDK costs. If the original client (``pinterest-generated-client`` on PyPI,
``openapi_generated.pinterest_client``) is importable, it is timed too, as a reference column.
"""

from __future__ import annotations

import argparse
import compileall
import functools
import gc
import json
import os
import platform
import site
import statistics
import subprocess
import sys
import time
import tracemalloc
from typing import Any, Callable, Dict, List, Optional, Tuple

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from benchmarks import payloads, transport  # noqa: E402

OLD_CLIENT = "openapi_generated.pinterest_client"


class Result:
    """One figure: the SDK's median, the baseline's, and the target on their ratio or difference."""

    def __init__(
        self,
        name: str,
        value: float,
        baseline: float,
        unit: str,
        kind: str,
        target: Optional[float],
        reference: Optional[float] = None,
        note: str = "",
        figure: Optional[float] = None,
    ) -> None:
        self.name, self.value, self.baseline, self.unit = name, value, baseline, unit
        self.kind, self.target, self.reference, self.note = kind, target, reference, note
        if figure is None:
            figure = value / baseline if kind == "ratio" else value - baseline
        self.figure = figure
        self.ok = self.target is None or self.figure <= self.target  # (no target: an anchor, for reference)

    def row(self) -> List[str]:
        figure = f"{self.figure:.2f}x" if self.kind == "ratio" else f"{self.figure:+.1f} {self.unit}"
        if self.target is None:
            target = self.note or "anchor"
        else:
            target = f"<= {self.target:g}x" if self.kind == "ratio" else f"<= +{self.target:g} {self.unit}"
        ref = "" if self.reference is None else _fmt(self.reference, self.unit)
        return [
            self.name,
            _fmt(self.value, self.unit),
            _fmt(self.baseline, self.unit),
            figure,
            target,
            "-" if self.target is None else "yes" if self.ok else "NO",
            ref,
        ]

    def as_json(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {
            "value": round(self.value, 4),
            "baseline": round(self.baseline, 4),
            "unit": self.unit,
            self.kind: round(self.figure, 4),
            "target": self.target,
            "ok": self.ok,
        }
        if self.reference is not None:
            out["old_client"] = round(self.reference, 4)
        return out


def _fmt(value: float, unit: str) -> str:
    return f"{value:.1f} {unit}" if unit in ("ms", "MB", "us") else f"{value:.3g} {unit}"


# ---------------------------------------------------------------------------------------------
# Timing helpers
# ---------------------------------------------------------------------------------------------


def interleaved(funcs: Dict[str, Callable[[], Any]], rounds: int, number: int) -> Dict[str, float]:
    """Median over ``rounds`` of the mean seconds per call; the functions take turns each round.
    Also ``"ratio"``: the median of each round's first-to-second ratio. The two run back to back
    within a round, so a slow moment of a shared machine hits both and cancels out of the ratio
    (medians of each side taken apart can pair a slow stretch of one with a fast one of the other)."""
    samples: Dict[str, List[float]] = {name: [] for name in funcs}
    for _ in range(rounds):
        for name, func in funcs.items():
            gc.collect()
            start = time.perf_counter()
            for _ in range(number):
                func()
            samples[name].append((time.perf_counter() - start) / number)
    out = {name: statistics.median(values) for name, values in samples.items()}
    first, second = samples.values()
    out["ratio"] = statistics.median(a / b for a, b in zip(first, second))
    return out


def alternating(first: Callable[[], Any], second: Callable[[], Any], calls: int) -> Tuple[float, float]:
    """Median seconds of single calls, the two functions called in turn (ABAB...): a slow moment
    of the machine or of the server hits both alike, and medians ignore the outliers."""
    a: List[float] = []
    b: List[float] = []
    clock = time.perf_counter
    for _ in range(calls):
        start = clock()
        first()
        middle = clock()
        second()
        a.append(middle - start)
        b.append(clock() - middle)
    return statistics.median(a), statistics.median(b)


def retained_bytes(build: Callable[[], Any]) -> int:
    """Bytes still allocated (traced) after ``build()`` while its result is alive."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = build()
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    del kept
    return after - before


# ---------------------------------------------------------------------------------------------
# Decode / encode / memory (in process)
# ---------------------------------------------------------------------------------------------


def _old_client_decoder(model: Tuple[str, str]) -> Optional[Callable[[bytes], Any]]:
    """The original client's typed decoding of the page's items, if that client is installed (its
    list endpoints are declared as untyped dicts, so the items are decoded as ``[Model]``)."""
    try:
        import importlib

        module, name = model
        old = importlib.import_module(f"{OLD_CLIENT}.api_client")
        utils = importlib.import_module(f"{OLD_CLIENT}.model_utils")
        cls = getattr(importlib.import_module(f"{OLD_CLIENT}.model.{module}"), name)
        config = old.ApiClient().configuration
    except Exception:
        return None

    def decode(raw: bytes) -> Any:
        items = json.loads(raw)["items"]
        return utils.validate_and_convert_types(items, ([cls],), ["received_data"], True, True, configuration=config)

    return decode


def bench_decode(
    label: str, raw: bytes, type_str: str, old_model: Tuple[str, str], quick: bool, speed: bool = False
) -> Optional[Result]:
    """Decode a page into typed models, parsing as the SDK does: with ``speed`` through
    ``pinterest_client._decode.loads`` (orjson when installed: ``None`` when it is not), else
    with the standard library's ``json.loads``; vs ``json.loads`` of the same bytes. As a call
    does, with the collector paused for a large body (``CollectorPause``)."""
    from pinterest_client._decode import _choose_parser
    from pinterest_client._hooks import CollectorPause
    from pinterest_client.model_utils import decoder_for

    decoder = decoder_for(type_str)
    assert decoder is not None
    parse = _choose_parser() if speed else json.loads
    if speed and parse is json.loads:
        _note_orjson_unused()
        return None

    def sdk() -> Any:
        with CollectorPause(len(raw)):
            return decoder(parse(raw))

    _check_decoded(sdk(), raw)
    rounds, number = (3, 2) if quick else (25, 5)
    times = interleaved({"sdk": sdk, "json": lambda: json.loads(raw)}, rounds, number)
    reference = None
    old = None if quick or speed else _old_client_decoder(old_model)
    if old is not None:
        old(raw)  # its models load lazily: not part of the figure
        reference = statistics.median(_timed(lambda: old(raw)) for _ in range(3)) * 1e3
    name = f"decode {label} ({len(raw) // 1000} KB) -> models" + (", orjson (speed extra)" if speed else "")
    target = 0.9 if speed else 1.4 if "Pins" in label else 2.5
    return Result(
        name, times["sdk"] * 1e3, times["json"] * 1e3, "ms", "ratio", target, reference, figure=times["ratio"]
    )


def bench_decode_paused(raw: bytes, type_str: str, quick: bool) -> Optional[Result]:
    """For information, next to the speed row: the same decoding with the garbage collector paused
    on both sides. The ~2,150 model objects a 250-Pin page makes are as many allocations as the
    ~2,900 dicts and lists the parser makes, so the SDK's side sets off nearly twice the young-
    generation collections; paused, the figure is the SDK's own work over the parser's."""
    from pinterest_client._decode import _choose_parser
    from pinterest_client.model_utils import decoder_for

    decoder = decoder_for(type_str)
    parse = _choose_parser()
    if decoder is None or parse is json.loads:
        return None
    rounds, number = (3, 2) if quick else (25, 5)
    sdk, base = [], []
    for _ in range(rounds):
        sdk.append(_paused_gc(lambda: decoder(parse(raw)), number))
        base.append(_paused_gc(functools.partial(json.loads, raw), number))
    ratio = statistics.median(a / b for a, b in zip(sdk, base))
    name = "  the same, garbage collector paused on both sides"
    sdk_ms, base_ms = (statistics.median(t) / number * 1e3 for t in (sdk, base))
    return Result(name, sdk_ms, base_ms, "ms", "ratio", None, note="info", figure=ratio)


def _note_orjson_unused() -> None:
    from pinterest_client._decode import ORJSON_MINIMUM

    try:
        import orjson
    except ImportError:
        print("(orjson is not installed: the speed extra's decode row is left out)")
        return
    minimum = ".".join(map(str, ORJSON_MINIMUM))
    print(f"(orjson {orjson.__version__} is older than {minimum}, which the SDK requires: the speed row is left out)")


def bench_decode_anchors(raw: bytes, quick: bool) -> List[Result]:
    """What other libraries take for the same 250-Pin page, vs ``json.loads`` in the same run
    (msgspec typed Structs, pydantic v2 models, orjson's dicts; each when installed)."""
    from benchmarks import anchors

    results = []
    rounds, number = (3, 2) if quick else (15, 5)
    for name, decode in anchors.all_anchors().items():
        anchors.check(decode, raw)
        times = interleaved(
            {"anchor": functools.partial(decode, raw), "json": functools.partial(json.loads, raw)}, rounds, number
        )
        label = f"  anchor: {name}, 250 Pins"
        results.append(
            Result(label, times["anchor"] * 1e3, times["json"] * 1e3, "ms", "ratio", None, figure=times["ratio"])
        )
    return results


def bench_decode_scaling(spec: Dict[str, Any], quick: bool) -> Result:
    """Regression guard: decoding costs the same per Pin on pages of 25, 250 and 2,500 Pins. The
    figure is the spread of the SDK's ratio to ``json.loads`` across the three sizes (largest over
    smallest), at most 1.5: a cost growing with the page, say a quadratic step, would show as
    several times that. Both sides slow down per item on big pages (the data outgrows the CPU
    caches), hence the ratio; and both are timed with the garbage collector paused: the full
    collections that 20,000 new objects set off take time in proportion to everything else the
    process holds, which is no property of the decoder (with the original client imported in the
    same process, this SDK's previous decoder went from 1.7x ``json.loads`` at 25 Pins to 2.5-2.9x
    at 250 and 2,500; paused, it stays at 1.7x)."""
    from pinterest_client.model_utils import decoder_for

    decoder = decoder_for("PinsListResponse")
    assert decoder is not None
    ratios: Dict[int, float] = {}
    shown = []
    for count in (25, 250, 2500):
        raw = payloads.pins_page(count, spec=spec)
        number = max(1, 2500 // count) * (1 if quick else 2)
        sdk_times, json_times = [], []
        for _ in range(3 if quick else 11):
            sdk_times.append(_paused_gc(lambda raw=raw: decoder(json.loads(raw)), number))
            json_times.append(_paused_gc(functools.partial(json.loads, raw), number))
        ratios[count] = statistics.median(a / b for a, b in zip(sdk_times, json_times))
        sdk_us, json_us = (statistics.median(t) / number / count * 1e6 for t in (sdk_times, json_times))
        shown.append(f"{count}: {sdk_us:.2f} us ({json_us:.2f} us)")
    print(f"(decoding per Pin, collector paused, SDK (json.loads) by page size: {', '.join(shown)})")
    spread = max(ratios.values()) / min(ratios.values())
    return Result(
        "  decode per Pin, pages of 25/250/2,500: spread of the ratio",
        max(ratios.values()),
        min(ratios.values()),
        "x",
        "ratio",
        1.5,
        figure=spread,
    )


def _paused_gc(func: Callable[[], Any], number: int) -> float:
    """Seconds for ``number`` calls of ``func``, the garbage collector paused (collected before)."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        for _ in range(number):
            func()
        return time.perf_counter() - start
    finally:
        gc.enable()


def bench_pagination(spec: Dict[str, Any], quick: bool) -> Result:
    """Regression guard: ``paginate`` through 50,000 Pins (200 pages of 250 from an in-memory
    transport: the SDK's whole response path but the socket) needs no more memory as it goes: the
    peak of traced memory after the 1,000th item minus the peak until then, target +1 MB."""
    import pinterest_client
    from pinterest_client.api.pins_api import PinsApi
    from pinterest_client.pagination import paginate
    from pinterest_client.rest import MockTransport, Response

    total = 5_000 if quick else 50_000
    page = json.loads(payloads.pins_page(250, spec=spec))
    pages = total // len(page["items"])

    def handler(request: Any) -> Response:
        query = request.url.partition("?")[2]
        marks = [part[len("bookmark=") :] for part in query.split("&") if part.startswith("bookmark=")]
        number = int(marks[0]) if marks else 0
        body = dict(page, bookmark=str(number + 1) if number + 1 < pages else None)
        return Response(200, {"Content-Type": "application/json"}, json.dumps(body).encode())

    config = pinterest_client.Configuration(access_token="benchmark")
    client = pinterest_client.ApiClient(config, transport=MockTransport(handler))
    pins = PinsApi(client)
    gc.collect()
    tracemalloc.start()
    try:
        count = 0
        early = 0
        for _ in paginate(pins.pins_list, page_size=250):
            count += 1
            if count == 1_000:
                early = tracemalloc.get_traced_memory()[1]  # the peak while the first pages went by
                tracemalloc.reset_peak()
        late = tracemalloc.get_traced_memory()[1]  # the peak over all the others
    finally:
        tracemalloc.stop()
        client.close()
    assert count == total, count
    name = f"  paginate {total:,} Pins: peak memory growth"
    return Result(name, late / 1e6, early / 1e6, "MB", "delta", 1.0)


def _timed(func: Callable[[], Any]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def _check_decoded(page: Any, raw: bytes) -> None:
    """The decoded page is typed all the way down and round-trips to the same JSON."""
    import datetime

    from pinterest_client.model_utils import Model

    first = page.items[0]
    assert isinstance(page, Model) and isinstance(first, Model), type(first)
    for item in page.items:
        created = item.get("created_at")
        assert created is None or isinstance(created, datetime.datetime), created
    assert json.loads(json.dumps(page.to_wire())) == json.loads(raw), "decoded page does not round-trip"


def bench_memory(raw: bytes, type_str: str) -> Result:
    from pinterest_client.model_utils import decoder_for

    decoder = decoder_for(type_str)
    assert decoder is not None
    decoder(json.loads(raw))  # warm: per-class tables are built once, not per page
    plain = min(retained_bytes(lambda: json.loads(raw)) for _ in range(3))
    typed = min(retained_bytes(lambda: decoder(json.loads(raw))) for _ in range(3))
    return Result("memory of a decoded 250-Pin page", typed / 1e6, plain / 1e6, "MB", "ratio", 2.0)


def bench_encode(quick: bool, enum_members: bool = False) -> Result:
    """What a user does to send 1,000 keywords: build the models (``KeywordsCommon`` per keyword,
    one ``KeywordsRequest``), then the SDK validates and serialises them; vs ``json.dumps`` of the
    same dicts. ``enum_members``: the match types passed as ``MatchTypeResponse(value)`` rather than
    as the strings the data holds (both are what the field's type allows)."""
    import pinterest_client
    from pinterest_client.api import keywords_api
    from pinterest_client.models import KeywordsCommon, KeywordsRequest, MatchTypeResponse

    data = payloads.keywords(1000)
    keywords = data["keywords"]
    parent_id = data["parent_id"]
    client = pinterest_client.ApiClient(pinterest_client.Configuration(access_token="benchmark"))
    operation = keywords_api._KEYWORDS_CREATE

    if enum_members:

        def build() -> KeywordsRequest:
            return KeywordsRequest(
                keywords=[
                    KeywordsCommon(bid=k["bid"], match_type=MatchTypeResponse(k["match_type"]), value=k["value"])
                    for k in keywords
                ],
                parent_id=parent_id,
            )

    else:

        def build() -> KeywordsRequest:
            return KeywordsRequest(
                keywords=[KeywordsCommon(bid=k["bid"], match_type=k["match_type"], value=k["value"]) for k in keywords],
                parent_id=parent_id,
            )

    def sdk() -> Optional[bytes]:
        return client._build_request(operation, ("549755885175", build()), {}).body

    def baseline() -> bytes:
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")

    assert sdk() == baseline(), "the SDK's request body differs from json.dumps of the same data"
    rounds, number = (3, 2) if quick else (25, 10)
    times = interleaved({"sdk": sdk, "json": baseline}, rounds, number)
    client.close()
    sdk_ms, json_ms = times["sdk"] * 1e3, times["json"] * 1e3
    if enum_members:  # for information: the same with a conversion to the enum per keyword
        name = "  encode, the match types as MatchTypeResponse(value)"
        return Result(name, sdk_ms, json_ms, "ms", "ratio", None, note="info", figure=times["ratio"])
    name = "encode keywords_create, 1000 keywords (models built)"
    return Result(name, sdk_ms, json_ms, "ms", "ratio", 2.5, figure=times["ratio"])


# ---------------------------------------------------------------------------------------------
# Per-call overhead against a loopback server (separate process)
# ---------------------------------------------------------------------------------------------


def bench_call(quick: bool) -> Result:
    """A small GET (``boards_get``, decoded to a ``Board``) vs the floor under it: urllib3's
    ``HTTPConnectionPool.urlopen`` of the same request on a ready pool, its body read."""
    import urllib3

    import pinterest_client
    from pinterest_client.api.boards_api import BoardsApi
    from pinterest_client.models import Board

    synth = payloads.Synthesizer(payloads.load_spec(), seed=4)
    board = json.dumps(synth.value(synth.named("Board"), "board")).encode()
    with transport.serve(board) as port:
        config = pinterest_client.Configuration(host=f"http://127.0.0.1:{port}/v5", access_token="benchmark-token")
        client = pinterest_client.ApiClient(config)
        boards = BoardsApi(client)
        board_id = "549755885175"
        timeout = urllib3.Timeout(connect=10, read=60)
        pool = urllib3.HTTPConnectionPool("127.0.0.1", port, maxsize=1, retries=False, timeout=timeout)
        path = f"/v5/boards/{board_id}"
        headers = {"Accept": "application/json", "User-Agent": client.user_agent, "Authorization": "Bearer benchmark"}

        def sdk() -> Any:
            return boards.boards_get(board_id)

        def raw() -> Any:
            return pool.urlopen("GET", path, headers=headers, retries=False, redirect=False).data

        result = sdk()
        assert isinstance(result, Board) and result.to_wire() == json.loads(board), result
        assert raw() == board
        times = alternating(sdk, raw, 100 if quick else 4000)
        client.close()
        pool.close()
    return Result(
        "per-call overhead, small GET (loopback, keep-alive)",
        times[0] * 1e6,
        times[1] * 1e6,
        "us",
        "delta",
        20.0,
        note="vs HTTPConnectionPool.urlopen on a ready pool",
    )


# ---------------------------------------------------------------------------------------------
# Imports (fresh interpreters)
# ---------------------------------------------------------------------------------------------

IMPORT_ALL = "from pinterest_client.apis import *\nfrom pinterest_client.models import *\n"
#: What a script typically imports: a handful of models by their module paths (one module each).
IMPORT_FEW = "".join(
    f"from pinterest_client.model.{module} import {name}\n"
    for module, name in (
        ("board", "Board"),
        ("pin", "Pin"),
        ("campaign_create_request", "CampaignCreateRequest"),
        ("ad_group_create_request", "AdGroupCreateRequest"),
        ("targeting_spec", "TargetingSpec"),
    )
)


def _child_env() -> Dict[str, str]:
    paths = [ROOT] + site.getsitepackages()
    user_site = site.getusersitepackages()
    if isinstance(user_site, str) and os.path.isdir(user_site):
        paths.append(user_site)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(paths + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONSTARTUP", None)
    return env


#: Appended to every child: print its peak RSS in kB (``ru_maxrss`` of a child process would also
#: count the parent's memory at fork time on Linux, which survives ``exec``).
_PEAK_RSS = (
    "\ntry:\n"
    "    with open('/proc/self/status') as _f:\n"
    "        print([l.split()[1] for l in _f if l.startswith('VmHWM:')][0])\n"
    "except OSError:\n"
    "    import resource\n"
    "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
)


#: Also printed by the "everything" child: how long the import statements alone took (the wall time
#: above also counts the interpreter tearing down 1,000 modules at exit).
_TIMED = (
    "import time as _time\n_started = _time.perf_counter()\n"
    "{code}print('IMPORT-MS', (_time.perf_counter() - _started) * 1e3)\n"
)

#: Import-statement milliseconds of the "everything" children, for the report.
IMPORT_STATEMENT_MS: List[float] = []


def _run_child(code: str, env: Dict[str, str]) -> Tuple[float, float]:
    """Wall milliseconds and peak RSS (MB) of ``python -S -c code``."""
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-S", "-c", code + _PEAK_RSS], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode}): {code!r}\n{proc.stderr}")
    words = proc.stdout.split()
    if "IMPORT-MS" in words:
        IMPORT_STATEMENT_MS.append(float(words[words.index("IMPORT-MS") + 1]))
    kb = float(words[-1])
    return elapsed * 1e3, kb / (1024 * 1024 if sys.platform == "darwin" else 1024)


def _collections(code: str, env: Dict[str, str]) -> Tuple[int, int]:
    """The collector's passes in a child running ``code`` as the timed ones do (up to the interpreter's
    exit): in all, and of the middle generation, each of which walks every younger object (~0.8 ms
    in a first call here; docs/guides/performance.md tells how the first call lost one)."""
    program = code + _PEAK_RSS + _COLLECTIONS
    proc = subprocess.run([sys.executable, "-S", "-c", program], env=env, capture_output=True, text=True)
    words = proc.stdout.split()
    at = words.index("COLLECTIONS")
    return int(words[at + 1]), int(words[at + 2])


def ensure_bytecode() -> None:
    """Compile the package once, as an install does, so import timings do not include compiling."""
    for folder in ("pinterest_client", "benchmarks"):
        compileall.compile_dir(os.path.join(ROOT, folder), quiet=2, workers=1)


#: The first call of a program, and the floor under it: urllib3 imported, a ``PoolManager`` built and
#: the same GET made (``{url}``: the loopback server's board).
FIRST_CALL = (
    "import pinterest_client\n"
    "from pinterest_client.api.boards_api import BoardsApi\n"
    "client = pinterest_client.ApiClient(pinterest_client.Configuration(host={host!r}, access_token='t'))\n"
    "assert BoardsApi(client).boards_get('549755885175').id\n"
)
FIRST_CALL_FLOOR = "import urllib3\nassert urllib3.PoolManager().request('GET', {url!r}).data\n"


#: Pairs of the first call and its floor run after the rounds of every import case (a full run). A
#: single pair's ratio spreads over +-5% on a quiet day here and +-8% on a busy one: 150 pairs in all
#: keep the median's own error near +-0.005 (90 left it at +-0.007 to +-0.012, as large as the
#: figure's distance to its target).
FIRST_CALL_PAIRS = 135

#: Appended to a child: the collector's passes in it (all generations, then the middle one's alone).
_COLLECTIONS = (
    "\nimport gc as _gc\n"
    "print('COLLECTIONS', sum(s['collections'] for s in _gc.get_stats()), _gc.get_stats()[1]['collections'])\n"
)


def bench_imports(quick: bool) -> List[Result]:
    board = json.dumps({"id": "549755885175", "name": "Benchmarks"}).encode()
    with transport.serve(board) as port:
        return _bench_imports(quick, f"http://127.0.0.1:{port}/v5")


def _bench_imports(quick: bool, host: str) -> List[Result]:
    env = _child_env()
    cases = {
        "bare": "pass",
        "package": "import pinterest_client\n",
        "few": "import pinterest_client\n" + IMPORT_FEW,
        "everything": _TIMED.format(code=IMPORT_ALL),
        "floor": FIRST_CALL_FLOOR.format(url=f"{host}/boards/549755885175"),
        "first": FIRST_CALL.format(host=host),
    }
    if _importable(OLD_CLIENT, env):
        # Its ``apis`` index does not import (a missing module), so only its models are counted.
        cases["old"] = f"from {OLD_CLIENT}.models import *\n"
        cases["old_few"] = IMPORT_FEW.replace("pinterest_client.", f"{OLD_CLIENT}.")
    check = IMPORT_ALL + "import pinterest_client.apis as a, pinterest_client.models as m\n"
    check += "assert all(n in globals() for n in a.__all__ + m.__all__)\n"
    _run_child(check, env)
    rounds = 3 if quick else 15
    wall: Dict[str, List[float]] = {name: [] for name in cases}
    rss: Dict[str, List[float]] = {name: [] for name in cases}
    for code in cases.values():  # warm the file-system cache
        _run_child(code, env)
    IMPORT_STATEMENT_MS.clear()
    for _ in range(rounds):
        for name, code in cases.items():
            ms, peak = _run_child(code, env)
            wall[name].append(ms)
            rss[name].append(peak)
    # A process start varies by +-10% here from one run to the next: the first call's ratio gets
    # more pairs, in turn first and second (a drift of the machine hits both orders alike).
    for number in range(0 if quick else FIRST_CALL_PAIRS):
        for name in ("first", "floor") if number % 2 else ("floor", "first"):
            wall[name].append(_run_child(cases[name], env)[0])
    ratios = sorted(a / b for a, b in zip(wall["first"], wall["floor"]))
    quarter = len(ratios) // 4
    first, floor = (_collections(cases[name], env) for name in ("first", "floor"))
    print(
        f"(first call: {len(ratios)} pairs, ratio median {statistics.median(ratios):.3f}, "
        f"middle half {ratios[quarter]:.3f}-{ratios[-quarter - 1]:.3f}; collector passes, of them "
        f"the middle generation's: {first[0]}, {first[1]} (floor {floor[0]}, {floor[1]}))"
    )
    med = {name: statistics.median(values) for name, values in wall.items()}
    mem = {name: statistics.median(values) for name, values in rss.items()}
    old_ms, old_mb = med.get("old"), mem.get("old")
    return [
        Result("import pinterest_client", med["package"], med["bare"], "ms", "delta", 15.0),
        # Five models: the absolute +15 ms it had moved with the machine's speed (+12 ms one hour, +15
        # the next for the same code). Every class: one module per schema, as the original (~900 files).
        _import_vs_original(
            "import 5 models by module path", med["few"], med["bare"], med.get("old_few"), 0.25, (med["package"], 15.0)
        ),
        _import_vs_original(
            "import every API and model class", med["everything"], med["bare"], old_ms, 0.6, (med["bare"], 400.0)
        ),
        Result("  peak RSS importing every class", mem["everything"], mem["bare"], "MB", "delta", 15.0, old_mb),
        Result(
            "first call: import, ApiClient, BoardsApi, one GET (vs urllib3 + PoolManager + GET)",
            med["first"],
            med["floor"],
            "ms",
            "ratio",
            1.08,
            figure=statistics.median(ratios),
        ),
    ]


def _import_vs_original(
    name: str, ms: float, bare: float, old_ms: Optional[float], ratio: float, fallback: Tuple[float, float]
) -> Result:
    """An import's cost as a ratio of the original client's import of the same classes (both over a
    bare interpreter, same run: at most ``ratio``); without the original installed, at most
    ``fallback[1]`` ms over ``fallback[0]`` ms (a baseline of the same run)."""
    if old_ms is None:
        baseline, delta = fallback
        note = "install pinterest-generated-client to compare"
        return Result(name, ms, baseline, "ms", "delta", delta, note=note)
    figure = (ms - bare) / max(old_ms - bare, 1e-9)
    note = "ratio of import costs vs the original"
    return Result(name, ms, bare, "ms", "ratio", ratio, old_ms, note=note, figure=figure)


def _importable(module: str, env: Dict[str, str]) -> bool:
    code = f"import importlib.util, sys\nsys.exit(0 if importlib.util.find_spec({module.split('.')[0]!r}) else 1)"
    return subprocess.run([sys.executable, "-S", "-c", code], env=env).returncode == 0


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------

HEADERS = ["benchmark", "SDK (median)", "baseline", "result", "target", "ok", "old client"]


def table(results: List[Result]) -> str:
    rows = [HEADERS] + [r.row() for r in results]
    if all(r.reference is None for r in results):
        rows = [row[:-1] for row in rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="few rounds; never fails on timings (CI)")
    args = parser.parse_args(argv)
    quick: bool = args.quick

    ensure_bytecode()
    spec = payloads.load_spec()
    pins = payloads.pins_page(250, spec=spec)
    campaigns = payloads.campaigns_page(250, spec=spec)
    started = time.perf_counter()
    results: List[Result] = [
        # (the speed row first: the stdlib row then imports the original client, for its column)
        *filter(
            None,
            [
                bench_decode("250 Pins", pins, "PinsListResponse", ("pin", "Pin"), quick, speed=True),
                bench_decode_paused(pins, "PinsListResponse", quick),
            ],
        ),
        bench_decode("250 Pins", pins, "PinsListResponse", ("pin", "Pin"), quick),
        *bench_decode_anchors(pins, quick),
        bench_decode_scaling(spec, quick),
        bench_pagination(spec, quick),
        bench_decode(
            "250 campaigns", campaigns, "CampaignsListResponse", ("campaign_response", "CampaignResponse"), quick
        ),
        bench_encode(quick),
        bench_encode(quick, enum_members=True),
        bench_call(quick),
        *bench_imports(quick),
        bench_memory(pins, "PinsListResponse"),
        *(Result(**figure) for figure in transport.run(quick)),
    ]
    ok = all(r.ok for r in results)
    print(
        f"pinterest_client benchmarks ({'quick' if quick else 'full'} run, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, {time.perf_counter() - started:.0f} s)"
    )
    print()
    print(table(results))
    print()
    if IMPORT_STATEMENT_MS:
        print(
            f"(importing every class: {statistics.median(IMPORT_STATEMENT_MS):.1f} ms for the import statements "
            "alone; the figure above is the whole process, interpreter exit included, minus a bare one)"
        )
    for note in transport.NOTES:
        print(f"({note})")
    if not ok:
        missed = ", ".join(r.name.strip() for r in results if not r.ok)
        print(f"missed: {missed}" + (" (not failing: --quick)" if quick else ""))
    summary = {
        "ok": ok,
        "quick": quick,
        "python": platform.python_version(),
        "results": {r.name.strip(): r.as_json() for r in results},
    }
    if IMPORT_STATEMENT_MS:
        summary["import_statements_ms"] = round(statistics.median(IMPORT_STATEMENT_MS), 1)
    print("BENCHMARK-SUMMARY " + json.dumps(summary, sort_keys=True))
    return 0 if ok or quick else 1


if __name__ == "__main__":
    sys.exit(main())
