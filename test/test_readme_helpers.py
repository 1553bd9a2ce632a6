"""Run the guides' examples for pagination, media upload, jobs, progress and DataFrames — the exact
text of each ```python block that follows an ``<!-- example: NAME -->`` marker in the README or a
guide page (docs/guides/pagination.md, jobs-and-media.md, notebooks.md) — against a small Pinterest
stand-in on 127.0.0.1, checking what they send and print (test_docs_examples.py runs every block
against FakePinterest too)."""

from __future__ import annotations

import glob
import os
import re
from typing import Any, Dict, List, Optional, Tuple

import pytest
from conftest import ROOT
from loopback import Loopback, Recorded, Reply

import pinterest_client
import pinterest_client.jobs

EXAMPLES = ("pagination", "media", "jobs", "wait_until", "job_errors", "progress", "dataframe")
AD_ACCOUNT = "549755885175"


def _pages() -> List[str]:
    return [os.path.join(ROOT, "README.md"), *sorted(glob.glob(os.path.join(ROOT, "docs", "guides", "*.md")))]


def readme_examples() -> Dict[str, str]:
    """Example name -> code, from every page (a name used twice fails test_the_guides_have_every_example)."""
    found: List[Tuple[str, str]] = []
    for page in _pages():
        with open(page, encoding="utf-8") as fh:
            found += re.findall(r"<!-- example: (\w+) -->\n```python\n(.*?)\n```", fh.read(), flags=re.S)
    names = [name for name, _ in found]
    assert len(names) == len(set(names)), f"an example name is used twice: {names}"
    return {name: code + "\n" for name, code in found}


class MiniPinterest:
    """Just enough of the API (and of S3) for the README examples, with the state they need."""

    def __init__(self, server: Loopback) -> None:
        self.server = server
        self.boards = [
            {
                "id": str(1000 + i),
                "name": f"Board {i}",
                "privacy": "PUBLIC",
                "created_at": f"2024-01-0{i + 1}T00:00:00Z",
            }
            for i in range(7)
        ]
        self.pins = [{"id": str(2000 + i), "title": f"Pin {i}", "board_id": "1000"} for i in range(5)]
        self.created_pins: List[Dict[str, Any]] = []
        self.media_mode = "ok"  # "ok" | "failed" | "processing" | "refused"
        self.uploaded = False

    def page(self, req: Recorded, items: List[Dict[str, Any]]) -> Reply:
        query = dict(req.query)
        start = int(query.get("bookmark") or 0)
        size = int(query.get("page_size") or 25)
        end = start + size
        return Reply(200, {"items": items[start:end], "bookmark": str(end) if end < len(items) else None})

    def __call__(self, req: Recorded) -> Optional[Reply]:
        route = (req.method, req.path)
        accounts = f"/v5/ad_accounts/{AD_ACCOUNT}"
        if route == ("GET", "/v5/boards"):
            privacy = dict(req.query).get("privacy")
            return self.page(req, [b for b in self.boards if privacy in (None, b["privacy"])])
        if route == ("POST", "/v5/boards"):
            board = {"id": str(1000 + len(self.boards)), "created_at": "2024-02-01T00:00:00Z", **req.json}
            self.boards.append(board)
            return Reply(201, board)
        board_pins = re.fullmatch(r"/v5/boards/(\d+)/pins", req.path)
        if req.method == "GET" and board_pins and any(b["id"] == board_pins.group(1) for b in self.boards):
            return self.page(req, [p for p in self.pins if p["board_id"] == board_pins.group(1)])
        if route == ("GET", "/v5/pins"):
            return self.page(req, self.pins)
        if route == ("POST", "/v5/media"):
            parameters = {"key": "uploads/5/video.mp4", "policy": "cG9saWN5", "x-amz-signature": "sig"}
            return Reply(
                201,
                {
                    "media_id": "5",
                    "media_type": "video",
                    "upload_url": self.server.url + "/upload/",
                    "upload_parameters": parameters,
                },
            )
        if route == ("POST", "/upload/"):
            if "Authorization" in req.headers or b'name="file"' not in req.body or self.media_mode == "refused":
                return Reply(403, b"<Error><Code>AccessDenied</Code><Message>Policy check failed</Message></Error>")
            self.uploaded = True
            return Reply(204, b"")
        if route == ("GET", "/v5/media/5"):
            status = "registered" if not self.uploaded else {"ok": "succeeded"}.get(self.media_mode, self.media_mode)
            return Reply(200, {"media_id": "5", "media_type": "video", "status": status})
        if route == ("POST", "/v5/pins"):
            kind = "video" if req.json["media_source"]["source_type"] == "video_id" else "image"
            pin = {"id": str(3000 + len(self.created_pins)), **req.json, "media": {"media_type": kind}}
            self.created_pins.append(pin)
            self.pins.append(pin)
            return Reply(201, pin)
        if route == ("POST", "/v5/ad_accounts"):
            return Reply(200, {"id": AD_ACCOUNT, **req.json})
        if route == ("POST", f"{accounts}/reports"):
            return Reply(200, {"token": "tok-1", "report_status": "IN_PROGRESS", "message": None})
        if route == ("GET", f"{accounts}/reports"):
            url = self.server.url + "/files/report.csv?X-Amz-Signature=abc"
            return Reply(200, {"report_status": "FINISHED", "url": url, "size": 64.0})
        if route == ("GET", "/files/report.csv"):
            return Reply(200, b"CAMPAIGN_ID,DATE,SPEND_IN_DOLLAR\n626736533506,2024-01-01,12.5\n")
        if route == ("POST", f"{accounts}/bulk/download"):
            return Reply(200, {"request_id": "req-1"})
        if route == ("GET", f"{accounts}/bulk/req-1"):
            return Reply(200, {"status": "FINISHED", "result_url": self.server.url + "/files/bulk.json"})
        if route == ("GET", "/files/bulk.json"):
            return Reply(200, b'{"CAMPAIGN": []}')
        if route == ("POST", "/v5/catalogs/items/batch"):
            return Reply(200, {"batch_id": "b1", "catalog_type": "RETAIL", "status": "PROCESSING"})
        if route == ("GET", "/v5/catalogs/items/batch/b1"):
            errors = [{"attribute": "price", "code": 100, "message": "bad price"}]
            items = [{"item_id": "SKU-1", "errors": errors}]
            return Reply(200, {"batch_id": "b1", "catalog_type": "RETAIL", "status": "COMPLETED", "items": items})
        if route == ("POST", "/v5/catalogs/reports"):
            return Reply(200, {"token": "cat-1"})
        if route == ("GET", "/v5/catalogs/reports"):
            return Reply(200, {"report_status": "FINISHED", "url": "https://example.invalid/catalog.csv", "size": 1.0})
        return Reply(404, {"code": 404, "message": f"MiniPinterest has no route {req.method} {req.path}"})


@pytest.fixture
def mini(server: Loopback) -> MiniPinterest:
    server.handler = fake = MiniPinterest(server)
    return fake


@pytest.fixture
def run_example(client, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "clip.mp4").write_bytes(os.urandom(100_000))

    def run(name: str, namespace: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
        """Run example ``name`` in a fresh namespace (with ``api_client``, as the examples' setup gives)."""
        code = readme_examples()[name]
        if namespace is None:
            namespace = {"__name__": f"readme_{name}", "api_client": client}
        exec(compile(code, f"<example: {name}>", "exec"), namespace)
        return namespace

    return run


def test_the_guides_have_every_example() -> None:
    assert sorted(readme_examples()) == sorted(EXAMPLES)


def test_pagination_example(mini: MiniPinterest, server: Loopback, run_example, capsys) -> None:
    namespace = run_example("pagination")
    out = capsys.readouterr().out
    board = namespace["dinners"]
    assert board.id == "1007" and mini.boards[-1]["name"] == "Weeknight dinners"  # the board it made...
    assert [(p["board_id"], p["title"]) for p in mini.created_pins] == [("1007", f"Dinner #{n}") for n in (1, 2, 3)]
    assert "1000 Board 0" in out and "1006 Board 6" in out and "1007 Weeknight dinners" in out
    assert "page 1: 3 pins" in out and "page 2" not in out and namespace["saved"] is None  # ...and its Pins
    last = server.requests[-1]
    assert last.path == "/v5/boards/1007/pins" and ("page_size", "250") in last.query


def test_media_example(mini: MiniPinterest, server: Loopback, run_example, capsys) -> None:
    namespace = run_example("media")
    video = mini.created_pins[-1]
    assert capsys.readouterr().out.strip() == video["id"] == "3000"  # the first Pin created
    (upload,) = [r for r in server.requests if r.path == "/upload/"]
    assert "Authorization" not in upload.headers
    pin = server.requests[-1]
    assert pin.path == "/v5/pins" and pin.json["media_source"]["media_id"] == "5"
    assert pin.json["board_id"] == namespace["board"].id == "1007"  # the board the example made
    assert mini.boards[-1]["name"] == "Kitchen videos"


def test_jobs_example(mini: MiniPinterest, server: Loopback, run_example, capsys) -> None:
    namespace = run_example("jobs")
    out = capsys.readouterr().out
    (account,) = [r for r in server.requests if r.path == "/v5/ad_accounts"]
    assert account.method == "POST" and account.json == {"name": "Kitchen shop", "country": "US"}
    assert namespace["ad_account"].id == AD_ACCOUNT  # the report and the bulk download use that account
    assert "626736533506 12.5" in out and "SKU-1" in out and "bad price" in out
    assert namespace["entities"] == b'{"CAMPAIGN": []}'
    downloads = [r for r in server.requests if r.path.startswith("/files/")]
    assert len(downloads) == 2 and all("Authorization" not in r.headers for r in downloads)


def test_wait_until_example(mini: MiniPinterest, run_example, capsys) -> None:
    run_example("wait_until")
    assert capsys.readouterr().out.strip() == "https://example.invalid/catalog.csv"


class _VirtualClock:
    """Stands in for the ``time`` module inside pinterest_client.jobs: sleeping advances it at once."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.mark.parametrize(
    "mode, expected",
    [
        ("failed", "failed: media 5 failed"),
        ("processing", "media 5 still processing after 120s"),
        ("refused", "upload refused: 403 b'<Error><Code>AccessDenied</Code>"),
    ],
)
def test_job_errors_example(mini: MiniPinterest, run_example, capsys, monkeypatch, mode: str, expected: str) -> None:
    mini.media_mode = mode
    monkeypatch.setattr(pinterest_client.jobs, "time", _VirtualClock())  # the 120 s deadline passes instantly
    run_example("job_errors")
    assert capsys.readouterr().out.startswith(expected)


def test_progress_example(mini: MiniPinterest, run_example, monkeypatch) -> None:
    import logging

    calls: List[Dict[str, Any]] = []
    monkeypatch.setattr(logging, "basicConfig", lambda **kw: calls.append(kw))  # leave the test run's logging alone
    namespace = run_example("progress")
    assert len(namespace["pins"]) == 5 and calls == [{"level": logging.INFO}]


def test_dataframe_example(mini: MiniPinterest, run_example, capsys) -> None:
    pytest.importorskip("pandas")
    namespace = run_example("dataframe")
    assert list(namespace["df"].columns) == ["id", "name", "privacy", "created_at"]
    assert list(namespace["df"]["id"]) == [b["id"] for b in mini.boards]
    assert "Board 4" in capsys.readouterr().out  # head(): the first five
