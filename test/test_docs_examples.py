"""Executable documentation: every ```python block of README.md, docs/*.md and docs/guides/*.md
runs, unchanged except for where it connects.

* docs/*.md (the generated reference) — each example runs on its own, in a fresh namespace, against
  Prism serving the spec's
  static examples (the spec that defines the operation: legacy operations get their older spec).
  The only edit is the host: ``https://api.pinterest.com/v5`` becomes Prism's loopback URL. The
  generated examples catch ``ApiException`` and print "Exception when calling ..."; that output
  fails the example too (Prism answers 4xx to a request that violates the spec). The four
  fragments on docs/README.md (``configuration.access_token = ...``) run after a prelude that
  creates ``configuration``.
* README.md and the guides (docs/guides/*.md; the testing guide has its own runner,
  test_fake_guide.py) — each page is one tutorial: its examples run in order in one namespace.
  A page that links to ``index.md#the-examples-setup`` (saying its examples continue from it)
  gets that visible setup block of docs/guides/index.md (it defines ``api_client``) run first;
  no page gets anything else. ``Configuration(...)`` without a host gets the test server's host.
  A page runs against Prism, unless one of its examples uses the workflow helpers that need a
  server with state (pagination to the last page, media uploads, asynchronous reports and
  batches, ``wait_until``, DataFrames): then against ``pinterest_client.testing.FakePinterest``
  (which accepts the placeholder credentials). A file ``clip.mp4`` exists in the working
  directory the examples run in (the jobs guide says so). A block preceded by the line
  ``<!-- not-executed -->`` is skipped; none is (test_every_page_with_examples_runs_them_all).

Nothing can leave the machine: the prelude refuses to resolve any host but loopback.
Examples run in subprocesses in parallel batches with a per-example timeout (SIGALRM).
Prism missing: skip, or fail under ``PINTEREST_CLIENT_REQUIRE_PRISM=1`` (see prism_server.py).
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spec_samples as S  # noqa: E402
from prism_server import PrismError, PrismServer, prism_command  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[1]
RUNNER = Path(__file__).resolve().parent / "docs_runner.py"
PRODUCTION_HOST = "https://api.pinterest.com/v5"
EXAMPLE_TIMEOUT = float(os.environ.get("PINTEREST_CLIENT_EXAMPLE_TIMEOUT", "60"))
BATCH_SIZE = 40
WORKERS = 3
NOT_EXECUTED = "<!-- not-executed -->"

#: A page with an example using any of these needs FakePinterest's state (see the module docstring).
STATEFUL_HELPERS = re.compile(
    r"\b(paginate|upload_media|wait_for_media|run_analytics_report|wait_for_analytics_report|run_bulk_download|"
    r"run_bulk_upsert|run_items_batch|wait_for_items_batch|wait_for_bulk_request|download_file|wait_until|"
    r"to_dataframe|to_records)\b"
)
#: Optional extras an example may import: missing locally -> skip (CI installs them).
OPTIONAL_EXTRAS = ("pandas", "tqdm")

#: docs/*.md examples Prism cannot judge, run against FakePinterest instead: SDK method -> why.
DOCS_ON_FAKE: Dict[str, str] = {
    "advanced_auction_items_submit_post": (
        "spec ambiguity: an UPSERT item also matches AdvancedAuctionItemsSubmitDeleteRecord, so Prism's plain "
        "JSON-Schema oneOf (no discriminator) rejects it as matching two variants"
    ),
    "catalogs_product_groups_update": (
        "Prism false positive: the example body matches exactly one variant of the request oneOf "
        "(CatalogsProductGroupUpdateRequest) by plain Ajv and by test/oas_judge.py, yet Prism 5.14.2 reports "
        "'must match exactly one schema in oneOf'"
    ),
    "reports_stats": (
        "Prism limitation: its deepObject deserializer reads only keys in the parameter schema's own "
        "`properties`, and `parameters` is a discriminated oneOf"
    ),
    "items_get": (
        "Prism limitation (legacy operation, spec 5.14.0): the optional deepObject `filters` is a oneOf Prism "
        "cannot deserialize, and Prism validates it even when absent"
    ),
}

#: Examples that fail because of an SDK/generator bug: example id -> reason (xfail, strict).
KNOWN_DOC_BUGS: Dict[str, str] = {}

#: README/guide examples known to fail, by a snippet of their code (line numbers move): snippet ->
#: reason (xfail, strict). None today: the examples that need state create it (the pagination
#: example's board and Pins, the jobs example's ad account) and FakePinterest runs the jobs.
KNOWN_PAGE_BUGS: Dict[str, str] = {}

GUIDES = REPO_ROOT / "docs" / "guides"
#: The guide with its own runner (test_fake_guide.py): its examples start their own FakePinterest.
FAKE_GUIDE = GUIDES / "testing.md"
#: The link by which a page says its examples continue from the examples' setup (docs/guides/index.md).
SETUP_LINK = "index.md#the-examples-setup"


@dataclass
class Example:
    id: str  # "docs/BoardsApi.md:41"
    path: Path
    line: int
    code: str
    skipped: Optional[str] = None
    backend: str = "prism"
    spec: str = S.CURRENT_SPEC


_FENCE = re.compile(r"^```python[ \t]*\n(.*?)^```[ \t]*$", re.S | re.M)


def extract(path: Path) -> List[Example]:
    text = path.read_text(encoding="utf-8")
    rel = path.relative_to(REPO_ROOT).as_posix()
    out = []
    for match in _FENCE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        previous = text[: match.start()].rstrip().rsplit("\n", 1)[-1].strip()  # the last non-blank line
        skipped = "marked <!-- not-executed --> in the document" if previous == NOT_EXECUTED else None
        out.append(Example(f"{rel}:{line}", path, line, match.group(1), skipped))
    return out


def _legacy_specs() -> Dict[str, str]:
    """SDK method name -> spec file, for operations only an older spec defines."""
    if not S.spec_available():
        return {}
    return {c.method_name: c.spec.filename for c in S.collect_cases() if c.spec.filename != S.CURRENT_SPEC}


_CALL = re.compile(r"api_instance\.(\w+)\(")


def docs_examples() -> List[Example]:
    """The generated reference pages' examples (docs/*.md), each on its own."""
    legacy = _legacy_specs()
    out = []
    for path in sorted((REPO_ROOT / "docs").glob("*.md")):
        for ex in extract(path):
            call = _CALL.search(ex.code)
            if call and call.group(1) in legacy:
                ex.spec = legacy[call.group(1)]
            if call and call.group(1) in DOCS_ON_FAKE:
                ex.backend = "fake"
            out.append(ex)
    return out


@dataclass
class Page:
    """A README or guide page: its examples run in order in one namespace, after ``prelude``."""

    path: Path
    examples: List[Example]
    prelude: str = ""
    backend: str = "prism"


def examples_setup() -> str:
    """The code of the examples' setup: the first ```python block under its heading in the guides' index."""
    text = (GUIDES / "index.md").read_text(encoding="utf-8")
    section = text.split("## The examples' setup", 1)[1]
    match = _FENCE.search(section)
    assert match, "docs/guides/index.md: the examples' setup has no python block"
    return match.group(1)


def tutorial_pages() -> List[Page]:
    pages = []
    for path in [REPO_ROOT / "README.md", *sorted(GUIDES.glob("*.md"))]:
        examples = extract(path)
        if path == FAKE_GUIDE or not examples:
            continue
        prelude = examples_setup() if SETUP_LINK in path.read_text(encoding="utf-8") else ""
        backend = "fake" if any(STATEFUL_HELPERS.search(ex.code) for ex in examples) else "prism"
        for ex in examples:
            ex.backend = backend
        pages.append(Page(path, examples, prelude, backend))
    return pages


DOCS = docs_examples()
PAGES = tutorial_pages()
PAGE_EXAMPLES = [ex for page in PAGES for ex in page.examples]


# ---------------------------------------------------------------------------------------------
# Preludes (code run in the subprocess before the examples)
# ---------------------------------------------------------------------------------------------

_GUARD = """
import socket as _docs_socket
_docs_getaddrinfo = _docs_socket.getaddrinfo
def _docs_loopback_only(host, *args, **kwargs):
    if host not in ("127.0.0.1", "localhost", "::1", b"127.0.0.1", b"localhost"):
        raise OSError("docs examples may only connect to loopback, not %r" % (host,))
    return _docs_getaddrinfo(host, *args, **kwargs)
_docs_socket.getaddrinfo = _docs_loopback_only
"""

#: FakePinterest accepting the placeholder credentials the examples use.
_FAKE = """
from pinterest_client.testing import FakePinterest as _DocsFake
_docs_fake = _DocsFake(
    access_token="YOUR_ACCESS_TOKEN",
    client_id="YOUR_APP_ID",
    client_secret="YOUR_APP_SECRET",
    conversion_token="YOUR_CONVERSION_TOKEN",
).start()
def _docs_close():
    _docs_fake.stop()
"""

#: Per docs example (fresh namespace): ``configuration`` for docs/README.md's fragments.
_DOCS_PRELUDE = """
import pinterest_client as _docs_pc
configuration = _docs_pc.Configuration(host=_docs_setup["_docs_host"])
"""

#: Per README/guide page: ``Configuration(...)`` without a host gets the page's server (Prism or the fake).
_PAGE_SETUP = """
from pinterest_client.configuration import Configuration as _DocsConfiguration

_docs_original_init = _DocsConfiguration.__init__


def _docs_init(self, *args, **kwargs):
    if not args and kwargs.get("host") is None:
        kwargs["host"] = _docs_host
    _docs_original_init(self, *args, **kwargs)


_DocsConfiguration.__init__ = _docs_init
"""


def _page_setup(backend: str, prism_url: str) -> str:
    if backend == "fake":
        return _GUARD + _FAKE + "_docs_host = _docs_fake.host\n" + _PAGE_SETUP
    return _GUARD + f"_docs_host = {prism_url!r}\n" + _PAGE_SETUP


# ---------------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------------


def run_job(job: Dict[str, Any], workdir: Path, ids: List[str]) -> Dict[str, Dict[str, Any]]:
    """Run one batch in a subprocess; returns id -> result (a batch that died reports why)."""
    fd, job_path = tempfile.mkstemp(prefix="docs-job-", suffix=".json", dir=workdir)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(job, fh)
    results_path = job_path.replace(".json", ".results.json")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO_ROOT), os.environ.get("PYTHONPATH", "")]))
    env.pop("PINTEREST_ACCESS_TOKEN", None)
    budget = EXAMPLE_TIMEOUT * (len(ids) + 1) + 60
    died = None
    try:
        proc = subprocess.run(
            [sys.executable, str(RUNNER), job_path, results_path],
            cwd=str(workdir),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=budget,
            env=env,
        )
        if proc.returncode != 0:
            died = f"runner exited {proc.returncode}: {(proc.stdout + proc.stderr)[-3000:]}"
    except subprocess.TimeoutExpired:
        died = f"runner killed after {budget:.0f}s"
    results: Dict[str, Dict[str, Any]] = {}
    if os.path.exists(results_path):
        with open(results_path, encoding="utf-8") as fh:
            for item in json.load(fh):
                results[item["id"]] = item
    for example_id in ids:
        results.setdefault(example_id, {"ok": False, "error": died or "no result", "output": ""})
    return results


Job = Tuple[Dict[str, Any], List[str]]


def _job(mode: str, setup: str, prelude: str, examples: List[Example], **extra: Any) -> Job:
    """A job for docs_runner.py (see its docstring) and the ids of its examples."""
    job = {"mode": mode, "timeout": EXAMPLE_TIMEOUT, "setup": setup, "prelude": prelude, **extra}
    job["examples"] = [{"id": ex.id, "code": ex.code} for ex in examples]
    return job, [ex.id for ex in examples]


def run_jobs(jobs: List[Job], workdir: Path) -> Dict[str, Dict[str, Any]]:
    """Run the jobs, ``WORKERS`` at a time; returns example id -> result."""
    results: Dict[str, Dict[str, Any]] = {}
    with concurrent.futures.ThreadPoolExecutor(WORKERS) as pool:
        for part in pool.map(lambda item: run_job(item[0], workdir, item[1]), jobs):
            results.update(part)
    return results


def _workdir() -> Path:
    path = Path(tempfile.mkdtemp(prefix="pinterest-docs-"))
    (path / "clip.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 2048)  # for upload_media examples
    return path


@pytest.fixture(scope="module")
def prism_servers() -> Iterator[Dict[str, PrismServer]]:
    command = prism_command()
    specs = sorted({ex.spec for ex in DOCS if ex.backend == "prism"} | {S.CURRENT_SPEC})
    servers: Dict[str, PrismServer] = {}
    try:
        with concurrent.futures.ThreadPoolExecutor(len(specs)) as pool:
            started = {spec: pool.submit(PrismServer(command, S.SPEC_DIR / spec).start) for spec in specs}
            for spec, future in started.items():
                servers[spec] = future.result()
    except PrismError as exc:
        pytest.fail(f"Prism could not start: {exc}", pytrace=False)
    try:
        yield servers
    finally:
        for server in servers.values():
            server.close()


@pytest.fixture(scope="module")
def docs_results(prism_servers: Dict[str, PrismServer]) -> Dict[str, Dict[str, Any]]:
    workdir = _workdir()
    groups: List[Tuple[str, List[Example]]] = []
    for spec, server in prism_servers.items():
        groups.append((_GUARD + f"_docs_host = {server.url!r}\n", [ex for ex in DOCS if ex.spec == spec]))
    groups.append((_GUARD + _FAKE + "_docs_host = _docs_fake.host\n", [ex for ex in DOCS if ex.backend == "fake"]))
    jobs: List[Job] = []
    for setup, examples in groups:
        chosen = [ex for ex in examples if not ex.skipped and (ex.backend == "fake") == ("_docs_fake" in setup)]
        for start in range(0, len(chosen), BATCH_SIZE):
            batch = chosen[start : start + BATCH_SIZE]
            jobs.append(_job("isolated", setup, _DOCS_PRELUDE, batch, replace=[PRODUCTION_HOST, "_docs_host"]))
    return run_jobs(jobs, workdir)


@pytest.fixture(scope="module")
def page_results(prism_servers: Dict[str, PrismServer]) -> Dict[str, Dict[str, Any]]:
    """One sequential job per page (a fresh interpreter and, for a stateful page, a fresh fake)."""
    prism_url = prism_servers[S.CURRENT_SPEC].url
    jobs = [
        _job(
            "sequential",
            _page_setup(page.backend, prism_url),
            page.prelude,
            [ex for ex in page.examples if not ex.skipped],
        )
        for page in PAGES
    ]
    return run_jobs(jobs, _workdir())


def _check(example: Example, result: Dict[str, Any]) -> None:
    output = result.get("output") or ""
    error = result.get("error")
    if error:
        missing = re.search(r"No module named '(\w+)'", error)
        if missing and missing.group(1) in OPTIONAL_EXTRAS:
            pytest.skip(f"{example.id} needs the optional extra {missing.group(1)!r}, which is not installed")
    problems = []
    if error:
        problems.append(f"raised:\n{error}")
    if "Exception when calling" in output:
        problems.append("the example caught an ApiException (the server rejected the request)")
    assert not problems, (
        f"{example.id} ({example.backend}{', spec ' + example.spec if example.backend == 'prism' else ''}) "
        + "\n".join(problems)
        + f"\n--- output ---\n{output[-2500:]}\n--- code ---\n{example.code}"
    )


def _params(examples: List[Example]) -> List[Any]:
    out = []
    for ex in examples:
        marks = []
        if ex.skipped:
            marks.append(pytest.mark.skip(reason=ex.skipped))
        elif ex.id in KNOWN_DOC_BUGS:
            marks.append(pytest.mark.xfail(strict=True, raises=AssertionError, reason=KNOWN_DOC_BUGS[ex.id]))
        elif ex.path.parent != REPO_ROOT / "docs":  # the README and the guides
            reasons = [why for snippet, why in KNOWN_PAGE_BUGS.items() if snippet in ex.code]
            if reasons:
                marks.append(pytest.mark.xfail(strict=True, raises=AssertionError, reason=reasons[0]))
        out.append(pytest.param(ex, marks=marks, id=ex.id))
    return out


@pytest.mark.skipif(not S.spec_available(), reason="OpenAPI spec files not found (../shared/spec)")
@pytest.mark.parametrize("example", _params(DOCS))
def test_docs_example(example: Example, docs_results: Dict[str, Dict[str, Any]]) -> None:
    _check(example, docs_results[example.id])


@pytest.mark.skipif(not S.spec_available(), reason="OpenAPI spec files not found (../shared/spec)")
@pytest.mark.parametrize("example", _params(PAGE_EXAMPLES))
def test_page_example(example: Example, page_results: Dict[str, Dict[str, Any]]) -> None:
    """README.md and docs/guides/*.md, each page in order (see the module docstring)."""
    _check(example, page_results[example.id])


def test_every_api_method_has_an_example() -> None:
    """The reference has one runnable example per SDK method (234), each pointing at the
    production host so the tests can redirect it."""
    api_examples = [ex for ex in DOCS if ex.path.name.endswith("Api.md")]
    assert len(api_examples) >= 234, len(api_examples)
    assert all(PRODUCTION_HOST in ex.code for ex in api_examples)


def test_every_page_with_examples_runs_them_all() -> None:
    """The README and every guide with a python block is a tutorial page here (the testing guide
    runs in test_fake_guide.py); none skips a block, and a page using ``api_client`` without
    defining it names the examples' setup it continues from."""
    covered = {page.path.name for page in PAGES}
    expected = {"README.md", "index.md", "calls.md", "errors.md", "pagination.md", "jobs-and-media.md"}
    assert expected <= covered, sorted(expected - covered)
    assert not [ex.id for ex in PAGE_EXAMPLES if ex.skipped]
    for page in PAGES:
        code = "\n".join(ex.code for ex in page.examples)
        if "api_client" in code and "api_client =" not in code and " as api_client" not in code:
            assert page.prelude, f"{page.path.name} uses api_client but does not link to {SETUP_LINK}"
