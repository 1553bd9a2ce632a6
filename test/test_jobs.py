"""wait_until() and the job helpers: analytics reports, bulk upsert/download and catalog item batches,
polled over real HTTP on 127.0.0.1 to completion, to failure and past the deadline."""

from __future__ import annotations

import gzip
import json
import logging
import sys
import time
from typing import Any, Dict, List, Optional

import pytest
from loopback import Loopback, Recorded, Reply

from pinterest_client import (
    AnalyticsReport,
    Backoff,
    JobError,
    JobFailedError,
    JobTimeoutError,
    NotFoundException,
    OpenApiException,
    TransferError,
    download_file,
    run_analytics_report,
    run_bulk_download,
    run_bulk_upsert,
    run_items_batch,
    wait_for_analytics_report,
    wait_for_bulk_request,
    wait_for_items_batch,
    wait_until,
)
from pinterest_client.model.ads_analytics_get_async_response import AdsAnalyticsGetAsyncResponse
from pinterest_client.model.bulk_upsert_status_response import BulkUpsertStatusResponse
from pinterest_client.model.catalogs_retail_items_batch import CatalogsRetailItemsBatch

AD_ACCOUNT = "549755885175"
FAST = {"poll_interval": 0.01, "max_poll_interval": 0.02}


class Script:
    """Answers a route with the next reply of a list (the last one repeats) and counts calls."""

    def __init__(self) -> None:
        self.routes: Dict[tuple, List[Reply]] = {}
        self.calls: Dict[tuple, int] = {}

    def on(self, method: str, path: str, *replies: Reply) -> "Script":
        self.routes[(method, path)] = list(replies)
        return self

    def __call__(self, req: Recorded) -> Optional[Reply]:
        key = (req.method, req.path)
        replies = self.routes.get(key)
        if replies is None:
            return Reply(404, {"code": 404, "message": f"no route {req.method} {req.path}"})
        self.calls[key] = self.calls.get(key, 0) + 1
        return replies.pop(0) if len(replies) > 1 else replies[0]


# -- wait_until -----------------------------------------------------------------------------------


def test_wait_until_returns_the_first_done_value() -> None:
    values = iter(["queued", "running", "running", "done"])
    calls: List[str] = []

    def fetch() -> Dict[str, str]:
        calls.append("x")
        return {"status": next(values)}

    result = wait_until(fetch, lambda v: v["status"] == "done", lambda v: v["status"] == "error", 5, 0.001)
    assert result == {"status": "done"} and len(calls) == 4


def test_wait_until_raises_on_failure_with_the_last_value() -> None:
    with pytest.raises(JobFailedError) as info:
        wait_until(
            lambda: {"status": "FAILED", "message": "bad column"},
            lambda v: False,
            lambda v: v["status"] == "FAILED",
            what="my job",
        )
    assert info.value.status == "FAILED" and info.value.last == {"status": "FAILED", "message": "bad column"}
    assert str(info.value) == "my job failed (status 'FAILED'): bad column"
    assert isinstance(info.value, JobError) and isinstance(info.value, OpenApiException)


def test_wait_until_honours_the_deadline_and_polls_at_it() -> None:
    times: List[float] = []

    def fetch() -> Dict[str, str]:
        times.append(time.monotonic())
        return {"status": "RUNNING"}

    started = time.monotonic()
    with pytest.raises(JobTimeoutError) as info:
        wait_until(fetch, lambda v: False, None, timeout=0.3, backoff=Backoff(initial=0.05, factor=2, maximum=10))
    elapsed = time.monotonic() - started
    assert 0.3 <= elapsed < 1.0
    assert times[-1] - started >= 0.29  # a last look at the deadline, not a sleep past it
    assert info.value.status == "RUNNING" and info.value.timeout == 0.3 and info.value.elapsed >= 0.3
    assert "did not finish within 0.3s (last status 'RUNNING'" in str(info.value)


def test_wait_until_without_a_deadline_and_errors_of_fetch_propagate() -> None:
    def fetch() -> Any:
        raise NotFoundException(status=404, reason="Not Found")

    with pytest.raises(NotFoundException):
        wait_until(fetch, lambda v: True, timeout=None)


def test_backoff_grows_to_its_cap_with_jitter() -> None:
    policy = Backoff(initial=1, factor=2, maximum=5, jitter=0)
    assert [policy.delay(n) for n in range(1, 6)] == [1, 2, 4, 5, 5]
    jittery = Backoff(initial=10, factor=1, maximum=10, jitter=0.1)
    assert all(9 <= jittery.delay(1) <= 11 for _ in range(50))
    assert Backoff.coerce(3) == Backoff(initial=3, factor=1, maximum=3, jitter=0)
    assert Backoff.coerce(None) == Backoff()
    with pytest.raises(ValueError):
        Backoff(factor=0.5)
    with pytest.raises(TypeError):
        Backoff.coerce("fast")  # type: ignore[arg-type]


def test_wait_progress_logs_without_tqdm(caplog, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    monkeypatch.setattr("pinterest_client._progress.LOG_INTERVAL", 0.0)
    states = iter(["IN_PROGRESS", "IN_PROGRESS", "FINISHED"])
    with caplog.at_level(logging.INFO, logger="pinterest_client"):
        wait_until(lambda: {"report_status": next(states)}, lambda v: v["report_status"] == "FINISHED",
                   backoff=0.001, progress=True, what="report 7")  # fmt: skip
    lines = [r.getMessage() for r in caplog.records]
    assert lines[0].startswith("report 7: 0 polls")
    assert any(line.startswith("report 7: 2 polls [IN_PROGRESS]") for line in lines)
    assert lines[-1].startswith("report 7: 3 polls [FINISHED]") and lines[-1].endswith("finished")


# -- analytics reports ----------------------------------------------------------------------------

REPORTS = f"/v5/ad_accounts/{AD_ACCOUNT}/reports"
CSV_REPORT = b"CAMPAIGN_ID,DATE,SPEND_IN_DOLLAR\n626736533506,2024-01-01,12.5\n626736533507,2024-01-01,3\n"
REQUEST = {
    "start_date": "2024-01-01",
    "end_date": "2024-01-31",
    "granularity": "DAY",
    "columns": ["SPEND_IN_DOLLAR"],
    "level": "CAMPAIGN",
    "report_format": "CSV",
}


def report_script(server: Loopback, *statuses: str, file: bytes = CSV_REPORT, file_status: int = 200) -> Script:
    url = server.url + "/files/report.csv?X-Amz-Signature=SIGNATURE123&X-Amz-Expires=300"
    polls = [Reply(200, {"report_status": s, "url": url if s == "FINISHED" else None, "size": 100.0}) for s in statuses]
    return (
        Script()
        .on("POST", REPORTS, Reply(200, {"report_status": "IN_PROGRESS", "token": "tok-report-1", "message": None}))
        .on("GET", REPORTS, *polls)
        .on("GET", "/files/report.csv", Reply(file_status, file, {"Content-Type": "text/csv"}))
    )


def test_analytics_report_is_created_polled_and_downloaded_without_pinterest_auth(server: Loopback, client) -> None:
    server.handler = script = report_script(server, "IN_PROGRESS", "IN_PROGRESS", "FINISHED")
    report = run_analytics_report(client, AD_ACCOUNT, REQUEST, **FAST)
    assert isinstance(report, AnalyticsReport)
    assert (report.token, report.status, report.size, report.content) == ("tok-report-1", "FINISHED", 100.0, CSV_REPORT)
    assert script.calls[("GET", REPORTS)] == 3
    create = server.requests[0]
    assert create.method == "POST" and create.json == REQUEST
    polls = [r for r in server.requests if r.path == REPORTS and r.method == "GET"]
    assert all(r.query == [("token", "tok-report-1")] for r in polls)
    assert all(r.headers["Authorization"].startswith("Bearer ") for r in server.requests if r.path.startswith("/v5/"))
    (download,) = [r for r in server.requests if r.path == "/files/report.csv"]
    assert "Authorization" not in download.headers
    assert ("X-Amz-Signature", "SIGNATURE123") in download.query  # the presigned URL is used as given
    assert report.rows() == [
        {"CAMPAIGN_ID": "626736533506", "DATE": "2024-01-01", "SPEND_IN_DOLLAR": "12.5"},
        {"CAMPAIGN_ID": "626736533507", "DATE": "2024-01-01", "SPEND_IN_DOLLAR": "3"},
    ]


def test_a_json_gzipped_report_saved_to_a_file(server: Loopback, client, tmp_path) -> None:
    content = {"626736533506": [{"DATE": "2024-01-01", "SPEND_IN_DOLLAR": 12.5}, {"DATE": "2024-01-02"}]}
    server.handler = report_script(server, "FINISHED", file=gzip.compress(json.dumps(content).encode()))
    target = tmp_path / "report.json.gz"
    report = run_analytics_report(client, AD_ACCOUNT, REQUEST, dest=target, **FAST)
    assert report.content is None and report.path == str(target) and target.stat().st_size > 0
    assert report.json() == content
    assert report.rows() == [{"DATE": "2024-01-01", "SPEND_IN_DOLLAR": 12.5}, {"DATE": "2024-01-02"}]


def test_a_failed_report_raises_job_failed(server: Loopback, client) -> None:
    server.handler = report_script(server, "IN_PROGRESS", "FAILED")
    with pytest.raises(JobFailedError) as info:
        run_analytics_report(client, AD_ACCOUNT, REQUEST, **FAST)
    assert info.value.status == "FAILED"
    assert isinstance(info.value.last, AdsAnalyticsGetAsyncResponse)
    assert not [r for r in server.requests if r.path == "/files/report.csv"]


def test_a_report_refused_at_creation(server: Loopback, client) -> None:
    server.handler = Script().on("POST", REPORTS, Reply(200, {"report_status": "FAILED", "message": "too many rows"}))
    with pytest.raises(JobFailedError, match="was not created .*too many rows"):
        run_analytics_report(client, AD_ACCOUNT, REQUEST, **FAST)
    assert len(server.requests) == 1


def test_a_report_past_the_deadline_raises_job_timeout(server: Loopback, client) -> None:
    server.handler = report_script(server, "IN_PROGRESS")
    started = time.monotonic()
    with pytest.raises(JobTimeoutError) as info:
        run_analytics_report(client, AD_ACCOUNT, REQUEST, timeout=0.3, **FAST)
    assert 0.3 <= time.monotonic() - started < 2
    assert info.value.status == "IN_PROGRESS"


def test_a_refused_download_raises_transfer_error_without_the_signature(server: Loopback, client) -> None:
    denied = b"<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>"
    server.handler = report_script(server, "FINISHED", file=denied, file_status=403)
    with pytest.raises(TransferError) as info:
        run_analytics_report(client, AD_ACCOUNT, REQUEST, **FAST)
    assert info.value.http_status == 403 and info.value.body == denied
    assert "AccessDenied: Request has expired" in str(info.value) and "SIGNATURE123" not in str(info.value)


def test_wait_for_a_report_token_without_downloading(server: Loopback, client) -> None:
    server.handler = report_script(server, "IN_PROGRESS", "FINISHED")
    ready = wait_for_analytics_report(client, AD_ACCOUNT, "tok-report-1", **FAST)
    assert ready.report_status == "FINISHED" and ready.url.startswith(server.url)
    report = run_analytics_report(client, AD_ACCOUNT, REQUEST, download=False, **FAST)
    assert report.content is None and report.url
    with pytest.raises(ValueError, match="not downloaded"):
        report.rows()


def test_download_file_retries_a_dropped_connection_and_a_5xx(server: Loopback, client) -> None:
    server.handler = Script().on(
        "GET", "/files/x.csv", Reply(action="drop"), Reply(503, b"busy"), Reply(200, b"a,b\n1,2\n")
    )
    assert download_file(client, server.url + "/files/x.csv") == b"a,b\n1,2\n"
    assert len(server.requests) == 3
    assert all("Authorization" not in r.headers for r in server.requests)


# -- bulk upsert / download ---------------------------------------------------------------------

BULK = f"/v5/ad_accounts/{AD_ACCOUNT}/bulk"
UPSERT = {
    "create": {
        "campaigns": [
            {"ad_account_id": AD_ACCOUNT, "name": "Summer", "status": "ACTIVE", "objective_type": "AWARENESS"}
        ]
    }
}


def bulk_script(*statuses: str, submit: str = "upsert") -> Script:
    polls = [Reply(200, {"status": s, "result_url": "https://example.invalid/result.json"}) for s in statuses]
    return (
        Script()
        .on("POST", f"{BULK}/{submit}", Reply(200, {"request_id": "req-42"}))
        .on("GET", f"{BULK}/req-42", *polls)
    )


def test_bulk_upsert_polled_to_success(server: Loopback, client) -> None:
    server.handler = script = bulk_script("RUNNING", "RUNNING", "SUCCEEDED")
    result = run_bulk_upsert(client, AD_ACCOUNT, UPSERT, include_details=True, **FAST)
    assert isinstance(result, BulkUpsertStatusResponse) and result.status == "SUCCEEDED"
    assert result.result_url == "https://example.invalid/result.json"
    assert script.calls[("GET", f"{BULK}/req-42")] == 3
    assert server.requests[0].json == UPSERT
    assert all(r.query == [("include_details", "true")] for r in server.requests[1:])


def test_bulk_upsert_failure(server: Loopback, client) -> None:
    server.handler = bulk_script("RUNNING", "FAILED")
    with pytest.raises(JobFailedError) as info:
        run_bulk_upsert(client, AD_ACCOUNT, UPSERT, **FAST)
    assert info.value.status == "FAILED" and info.value.job == "bulk request req-42"


def test_bulk_upsert_past_the_deadline(server: Loopback, client) -> None:
    server.handler = bulk_script("RUNNING")
    with pytest.raises(JobTimeoutError) as info:
        run_bulk_upsert(client, AD_ACCOUNT, UPSERT, timeout=0.2, **FAST)
    assert info.value.status == "RUNNING" and isinstance(info.value.last, BulkUpsertStatusResponse)


def test_bulk_download_finishes_with_the_reporting_status_and_the_result_downloads(server: Loopback, client) -> None:
    script = bulk_script("IN_PROGRESS", "FINISHED", submit="download")
    script.routes[("GET", f"{BULK}/req-42")][-1] = Reply(
        200, {"status": "FINISHED", "result_url": server.url + "/files/bulk.json?sig=1"}
    )
    script.on("GET", "/files/bulk.json", Reply(200, b'{"campaigns": []}'))
    server.handler = script
    result = run_bulk_download(client, AD_ACCOUNT, {"entity_types": ["CAMPAIGN"]}, **FAST)
    assert result.status == "FINISHED"
    assert json.loads(download_file(client, result.result_url)) == {"campaigns": []}
    assert "Authorization" not in server.requests[-1].headers


@pytest.mark.parametrize("status", ["CANCELLED", "EXPIRED", "DOES_NOT_EXIST"])
def test_bulk_download_failure_statuses(server: Loopback, client, status: str) -> None:
    server.handler = bulk_script(status, submit="download")
    with pytest.raises(JobFailedError, match=status):
        wait_for_bulk_request(client, AD_ACCOUNT, "req-42", **FAST)


def test_a_missing_bulk_request_is_a_not_found(server: Loopback, client) -> None:
    server.handler = Script()
    with pytest.raises(NotFoundException):
        wait_for_bulk_request(client, AD_ACCOUNT, "nope", **FAST)


# -- catalog item batches -------------------------------------------------------------------------

BATCH_BODY = {
    "country": "US",
    "language": "EN",
    "operation": "UPSERT",
    "items": [{"item_id": "SKU-1", "attributes": {"title": "Mug", "price": "9.99 USD"}}],
}


def batch(status: str, **extra: Any) -> Reply:
    return Reply(200, {"batch_id": "b42", "catalog_type": "RETAIL", "status": status, **extra})


def test_items_batch_polled_to_completion(server: Loopback, client) -> None:
    done = batch("COMPLETED", items=[{"item_id": "SKU-1", "errors": [], "warnings": []}])
    server.handler = script = (
        Script()
        .on("POST", "/v5/catalogs/items/batch", batch("PROCESSING"))
        .on("GET", "/v5/catalogs/items/batch/b42", batch("PROCESSING"), done)
    )
    result = run_items_batch(client, BATCH_BODY, ad_account_id="77", **FAST)
    assert isinstance(result, CatalogsRetailItemsBatch) and result.status == "COMPLETED"
    assert result.items[0].item_id == "SKU-1"
    assert script.calls[("GET", "/v5/catalogs/items/batch/b42")] == 2
    assert server.requests[0].json == BATCH_BODY
    assert all(("ad_account_id", "77") in r.query for r in server.requests)


def test_items_batch_failure_and_deadline(server: Loopback, client) -> None:
    server.handler = Script().on("GET", "/v5/catalogs/items/batch/b42", batch("PROCESSING"), batch("FAILED"))
    with pytest.raises(JobFailedError, match="catalog items batch b42 failed"):
        wait_for_items_batch(client, "b42", **FAST)
    server.handler = Script().on("GET", "/v5/catalogs/items/batch/b42", batch("PROCESSING"))
    with pytest.raises(JobTimeoutError):
        wait_for_items_batch(client, "b42", timeout=0.2, **FAST)


def test_an_items_batch_already_completed_is_not_polled(server: Loopback, client) -> None:
    server.handler = Script().on("POST", "/v5/catalogs/items/batch", batch("COMPLETED"))
    assert run_items_batch(client, BATCH_BODY).status == "COMPLETED"
    assert len(server.requests) == 1
