"""The fake's asynchronous jobs, which progress as they are polled, the way Pinterest's do:

=================================  ===================================  =========================================
submit                             poll                                 statuses
=================================  ===================================  =========================================
``analytics/create_report``        ``analytics/get_report`` (by token)  ``IN_PROGRESS`` -> ``FINISHED`` + ``url``
``bulk_download/create``,          ``bulk_request/get``                 ``RUNNING`` -> ``SUCCEEDED`` + ``result_url``
``bulk_upsert/create``
``items_batch/post``               ``items_batch/get``                  ``PROCESSING`` -> ``COMPLETED`` + items
=================================  ===================================  =========================================

A job reports itself running for :attr:`State.job_processing_polls` polls (1 by default: the first
poll), then done. Its work happens when it finishes: the report is built from the ad account's
campaigns, ad groups, ads or keywords at that moment, a bulk download snapshots them, a bulk upsert
creates and updates them, an items batch validates its items and applies them to the catalog.

Result files (reports, bulk results) are served by the fake itself under :data:`DOWNLOAD_PATH`,
like S3 presigned URLs: the signature in the query authenticates, an ``Authorization`` header is
refused (see :func:`serve_download` and ``FakePinterest._download``).
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import json
import re
import secrets
import uuid
from typing import Any, Dict, Iterable, List, Optional, Tuple
from urllib.parse import quote, urlencode

from pinterest_client.testing._checks import RequestError
from pinterest_client.testing._state import (
    AD_KINDS,
    Context,
    Reply,
    State,
    _model,
    _new_ad_entity,
    _updated_ad_entity,
    handles,
    iso,
    not_found,
    now,
    shape,
)

#: Where the fake serves the files its jobs produce (``http://127.0.0.1:PORT/fake-downloads/<key>?X-Amz-...``).
DOWNLOAD_PATH = "/fake-downloads"


def _job_done(state: State, job: Dict[str, Any]) -> bool:
    """Count one poll of a running ``job``: true once it has been polled more than
    ``state.job_processing_polls`` times (so by default the first poll still sees it running)."""
    job["_polls"] += 1
    return bool(job["_polls"] > state.job_processing_polls)


# ---------------------------------------------------------------------------------------------
# Result files, served without Pinterest auth
# ---------------------------------------------------------------------------------------------


def publish(state: State, root_url: str, key: str, content: bytes, content_type: str) -> str:
    """Store ``content`` under ``key`` and return its presigned-style URL on the fake."""
    stamp = now().strftime("%Y%m%dT%H%M%SZ")
    signature = hashlib.sha256(f"{key}|{stamp}|{secrets.token_hex(8)}".encode()).hexdigest()
    state.files[key] = {"content": content, "content_type": content_type, "signature": signature}
    query = urlencode(
        {
            "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
            "X-Amz-Credential": f"FAKEACCESSKEY/{stamp[:8]}/us-east-1/s3/aws4_request",
            "X-Amz-Date": stamp,
            "X-Amz-Expires": "3600",
            "X-Amz-SignedHeaders": "host",
            "X-Amz-Signature": signature,
        }
    )
    return f"{root_url}{DOWNLOAD_PATH}/{quote(key)}?{query}"


def serve_download(state: State, key: str, signature: Optional[str]) -> Tuple[int, bytes, str]:
    """A GET of a result file: ``(200, content, content type)``, or ``(status, b"", "Code: message")``
    with S3's error code."""
    with state.lock:
        found = state.files.get(key)
        if found is None:
            return 404, b"", "NoSuchKey: The specified key does not exist."
        if not signature or not secrets.compare_digest(str(signature), found["signature"]):
            return 403, b"", "SignatureDoesNotMatch: The request signature we calculated does not match the one given."
        return 200, bytes(found["content"]), str(found["content_type"])


# ---------------------------------------------------------------------------------------------
# Asynchronous analytics reports
# ---------------------------------------------------------------------------------------------

#: The column that identifies a row's entity, per reporting level (``*_TARGETING`` levels as their base).
_LEVEL_KEYS = {
    "ADVERTISER": "ADVERTISER_ID",
    "CAMPAIGN": "CAMPAIGN_ID",
    "AD_GROUP": "AD_GROUP_ID",
    "PIN_PROMOTION": "PIN_PROMOTION_ID",
    "KEYWORD": "KEYWORD_ID",
    "PRODUCT_GROUP": "PRODUCT_GROUP_ID",
    "PRODUCT_ITEM": "PRODUCT_ITEM_ID",
}
#: The longest date range per granularity or level (Pinterest's documented limits), in days.
_MAX_DAYS = {"HOUR": 3, "PRODUCT_ITEM": 31}
_DEFAULT_MAX_DAYS = 186


def _report_error(detail: str) -> RequestError:
    return RequestError(400, 400, f"Invalid ad account ads analytics parameters. {detail}")


def _base_level(request: Dict[str, Any]) -> str:
    level = str(request.get("level") or "ADVERTISER")
    return level[: -len("_TARGETING")] if level.endswith("_TARGETING") else level


def _report_dates(request: Dict[str, Any]) -> Tuple[datetime.date, datetime.date]:
    try:
        first = datetime.date.fromisoformat(str(request.get("start_date")))
        last = datetime.date.fromisoformat(str(request.get("end_date")))
    except ValueError:
        raise _report_error("start_date and end_date must be dates (YYYY-MM-DD).") from None
    if last < first:
        raise _report_error("end_date is before start_date.")
    granularity = str(request.get("granularity") or "TOTAL")
    limit = _MAX_DAYS.get(granularity, _MAX_DAYS.get(_base_level(request), _DEFAULT_MAX_DAYS))
    if (last - first).days + 1 > limit:
        raise _report_error(f"The date range may span at most {limit} days for this report.")
    return first, last


def _time_buckets(request: Dict[str, Any], first: datetime.date, last: datetime.date) -> List[Tuple[str, float]]:
    """``(DATE value, days covered)`` per row of an entity; ``DATE`` is ``""`` for ``TOTAL``."""
    days = [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]
    granularity = str(request.get("granularity") or "TOTAL")
    if granularity == "TOTAL":
        return [("", float(len(days)))]
    if granularity == "DAY":
        return [(day.isoformat(), 1.0) for day in days]
    if granularity == "HOUR":
        start_hour = int(request.get("start_hour") or 0)
        end_hour = request.get("end_hour")  # exclusive: "up to end_hour:59:59 of the hour before"
        out = []
        for day in days:
            for hour in range(24):
                if (day == first and hour < start_hour) or (day == last and end_hour is not None and hour >= end_hour):
                    continue
                out.append((f"{day.isoformat()} {hour:02d}:00", 1 / 24))
        return out
    groups: Dict[Any, List[datetime.date]] = {}
    for day in days:  # WEEK (weeks start on Monday) or MONTH; a bucket is dated by its first day in range
        group = day - datetime.timedelta(days=day.weekday()) if granularity == "WEEK" else (day.year, day.month)
        groups.setdefault(group, []).append(day)
    return [(members[0].isoformat(), float(len(members))) for members in groups.values()]


def _columns_of(state: State, ad_account_id: str, level: str, record: Dict[str, Any]) -> Dict[str, Any]:
    """The id, name and status columns a row about ``record`` (an entity of ``level``) can show."""
    out: Dict[str, Any] = {"ADVERTISER_ID": ad_account_id, "AD_ACCOUNT_ID": ad_account_id}
    campaign = record if level == "CAMPAIGN" else None
    group = record if level == "AD_GROUP" else None
    ad = record if level == "PIN_PROMOTION" else None
    if level == "KEYWORD":
        out["KEYWORD_ID"] = record["id"]
        if record.get("parent_type") == "ad_group":
            group = state.ad_groups.get(str(record.get("parent_id")))
        elif record.get("parent_type") == "campaign":
            campaign = state.campaigns.get(str(record.get("parent_id")))
    if ad is not None:
        out.update(
            AD_ID=ad["id"],
            PIN_PROMOTION_ID=ad["id"],
            AD_NAME=ad.get("name"),
            PIN_PROMOTION_NAME=ad.get("name"),
            PIN_ID=ad.get("pin_id"),
            AD_STATUS=ad.get("status"),
            PIN_PROMOTION_STATUS=ad.get("status"),
        )
        group = state.ad_groups.get(str(ad.get("ad_group_id")))
    if group is not None:
        out.update(
            AD_GROUP_ID=group["id"],
            AD_GROUP_NAME=group.get("name"),
            AD_GROUP_STATUS=group.get("status"),
            AD_GROUP_ENTITY_STATUS=group.get("status"),
        )
        campaign = state.campaigns.get(str(group.get("campaign_id")))
    if campaign is not None:
        out.update(
            CAMPAIGN_ID=campaign["id"],
            CAMPAIGN_NAME=campaign.get("name"),
            CAMPAIGN_STATUS=campaign.get("status"),
            CAMPAIGN_ENTITY_STATUS=campaign.get("status"),
        )
    return out


def _report_entities(state: State, ad_account_id: str, request: Dict[str, Any]) -> List[Dict[str, Any]]:
    """The column values of every entity the report is about, filtered by the request's id lists."""
    level = _base_level(request)
    if level == "ADVERTISER":
        records: List[Dict[str, Any]] = [{"id": ad_account_id}]
    elif level == "KEYWORD":
        records = [k for k in state.keywords.values() if k.get("_ad_account_id") == ad_account_id]
    else:
        store = {"CAMPAIGN": state.campaigns, "AD_GROUP": state.ad_groups, "PIN_PROMOTION": state.ads}.get(level, {})
        records = [r for r in store.values() if r.get("ad_account_id") == ad_account_id]  # no product groups/items
    filters = {"campaign_ids": "CAMPAIGN_ID", "ad_group_ids": "AD_GROUP_ID", "ad_ids": "AD_ID"}
    out = []
    for record in records:
        columns = _columns_of(state, ad_account_id, level, record)
        if all(
            not request.get(param) or column not in columns or columns[column] in [str(w) for w in request[param]]
            for param, column in filters.items()
        ):
            out.append(columns)
    return out


def _is_attribute(column: str) -> bool:
    """Id, name and status columns describe the entity; every other column is a metric."""
    return column.endswith(("_ID", "_NAME", "_STATUS"))


def _metric(seed: str, column: str, days: float) -> Any:
    """A plausible, deterministic value of metric ``column`` over ``days`` days."""
    digest = hashlib.sha256(f"{seed}|{column}".encode()).digest()
    fraction = int.from_bytes(digest[:4], "big") / 2**32
    if "RATE" in column or column.startswith(("CTR", "ECTR")):
        return round(0.002 + fraction * 0.05, 4)
    if column.startswith(("CPC", "ECPC", "CPM", "ECPM", "CPV", "ECPV", "AVG", "AVERAGE")) or "ROAS" in column:
        return round(0.2 + fraction * 8, 2)
    if "MICRO_DOLLAR" in column:
        return int((1 + fraction * 150) * days * 1_000_000)
    if "DOLLAR" in column or "SPEND" in column:
        return round((1 + fraction * 150) * days, 2)
    low, high = (200, 5000) if "IMPRESSION" in column else (5, 300) if "CLICK" in column else (0, 100)
    return int((low + fraction * (high - low)) * days)


def _report_header(request: Dict[str, Any]) -> List[str]:
    header = [_LEVEL_KEYS.get(_base_level(request), "ADVERTISER_ID")]
    if str(request.get("granularity") or "TOTAL") != "TOTAL":
        header.append("DATE")
    for column in request.get("columns") or ():
        if str(column) not in header:
            header.append(str(column))
    return header


def _report_rows(state: State, ad_account_id: str, request: Dict[str, Any]) -> List[Dict[str, Any]]:
    first, last = _report_dates(request)
    header = _report_header(request)
    key = header[0]
    buckets = _time_buckets(request, first, last)
    rows = []
    for entity in _report_entities(state, ad_account_id, request):
        entity_id = entity.get(key)
        for date, days in buckets:
            row: Dict[str, Any] = {key: entity_id}
            if date:
                row["DATE"] = date
            metrics = []
            for column in header:
                if column in row:
                    continue
                if _is_attribute(column):
                    row[column] = entity.get(column)
                else:
                    row[column] = _metric(f"{entity_id}|{date or 'TOTAL'}", column, days)
                    metrics.append(row[column])
            if metrics and not any(metrics):
                continue  # Pinterest omits rows whose metrics are all 0
            rows.append(row)
    if request.get("primary_sort") == "BY_DATE":
        rows.sort(key=lambda r: str(r.get("DATE") or ""))
    return rows


def _render_report(state: State, report: Dict[str, Any]) -> Tuple[bytes, str, str]:
    """``(content, content type, file extension)`` of a finished report."""
    request = report["_request"]
    rows = _report_rows(state, report["_ad_account_id"], request)
    header = _report_header(request)
    if request.get("report_format") == "CSV":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        for row in rows:  # CSV reports zero-fill; an attribute without a value is an empty cell
            writer.writerow({k: "" if row.get(k) is None else row[k] for k in header})
        return buffer.getvalue().encode("utf-8"), "text/csv", "csv"
    # JSON: rows grouped by entity id (BY_ID, the default) or by date (BY_DATE)
    group_by = "DATE" if request.get("primary_sort") == "BY_DATE" and "DATE" in header else header[0]
    grouped: Dict[str, List[Dict[str, Any]]] = {}
    for row in rows:
        grouped.setdefault(str(row[group_by]), []).append(row)
    return json.dumps(grouped).encode("utf-8"), "application/json", "json"


@handles("analytics/create_report")
def _analytics_create_report(state: State, ctx: Context) -> Reply:
    ad_account_id = ctx.path["ad_account_id"]
    request = dict(ctx.body or {})
    with state.lock:
        state.ad_account(ad_account_id)
        _report_dates(request)  # a bad range is refused now, not when the report runs
        token = str(uuid.uuid4())
        state.reports[token] = {
            "report_status": "IN_PROGRESS",
            "url": None,
            "size": None,
            "_ad_account_id": ad_account_id,
            "_request": request,
            "_polls": 0,
        }
        return Reply(200, {"report_status": "IN_PROGRESS", "token": token, "message": None})


@handles("analytics/get_report")
def _analytics_get_report(state: State, ctx: Context) -> Reply:
    ad_account_id = ctx.path["ad_account_id"]
    token = str(ctx.query.get("token"))
    with state.lock:
        state.ad_account(ad_account_id)
        report = state.reports.get(token)
        if report is None or report["_ad_account_id"] != ad_account_id:
            return Reply(200, {"report_status": "DOES_NOT_EXIST", "url": None, "size": None})
        if report["report_status"] == "IN_PROGRESS" and _job_done(state, report):
            content, content_type, extension = _render_report(state, report)
            key = f"reports/{ad_account_id}/{token}/report.{extension}"
            report.update(
                report_status="FINISHED",
                url=publish(state, ctx.root_url, key, content, content_type),
                size=float(len(content)),
            )
        return Reply(200, shape(report, "AdsAnalyticsGetAsyncResponse"))


# ---------------------------------------------------------------------------------------------
# Bulk downloads and upserts
# ---------------------------------------------------------------------------------------------

#: Bulk entity type -> (State attribute, model of the records). Types the fake does not keep
#: (product groups, labels, schedules) download as empty lists.
_BULK_TYPES = {
    "CAMPAIGN": ("campaigns", "CampaignResponse"),
    "AD_GROUP": ("ad_groups", "AdGroupResponse"),
    "AD": ("ads", "AdResponse"),
    "KEYWORD": ("keywords", "Keyword"),
}
_BULK_CSV_COLUMNS = ("ENTITY_TYPE", "ID", "AD_ACCOUNT_ID", "CAMPAIGN_ID", "AD_GROUP_ID", "NAME", "STATUS")


def _new_bulk_request(state: State, ctx: Context, kind: str) -> Reply:
    ad_account_id = ctx.path["ad_account_id"]
    with state.lock:
        state.ad_account(ad_account_id)
        request_id = f"{ad_account_id}-{int(now().timestamp())}-{uuid.uuid4()}"
        state.bulk_requests[request_id] = {
            "status": "RUNNING",
            "_kind": kind,
            "_ad_account_id": ad_account_id,
            "_request": dict(ctx.body or {}),
            "_polls": 0,
        }
        return Reply(200, {"request_id": request_id})


@handles("bulk_download/create")
def _bulk_download_create(state: State, ctx: Context) -> Reply:
    return _new_bulk_request(state, ctx, "download")


@handles("bulk_upsert/create")
def _bulk_upsert_create(state: State, ctx: Context) -> Reply:
    return _new_bulk_request(state, ctx, "upsert")


def _record_ad_account(record: Dict[str, Any]) -> Any:
    return record.get("ad_account_id", record.get("_ad_account_id"))


def _lineage(state: State, record: Dict[str, Any]) -> Dict[str, Optional[str]]:
    """The campaign and ad group a record belongs to (itself included)."""
    campaign_id, group_id = record.get("campaign_id"), record.get("ad_group_id")
    if record.get("type") == "campaign":
        campaign_id = record["id"]
    elif record.get("type") == "adgroup":
        group_id = record["id"]
    elif record.get("parent_type") == "ad_group":
        group_id = record.get("parent_id")
        campaign_id = (state.ad_groups.get(str(group_id)) or {}).get("campaign_id")
    elif record.get("parent_type") == "campaign":
        campaign_id = record.get("parent_id")
    return {"campaign_id": campaign_id, "ad_group_id": group_id}


def _campaign_passes(campaign: Dict[str, Any], wanted: Dict[str, Any]) -> bool:
    if wanted.get("name") and str(wanted["name"]).lower() not in str(campaign.get("name") or "").lower():
        return False
    if wanted.get("campaign_status") and campaign.get("summary_status") not in wanted["campaign_status"]:
        return False
    return not (wanted.get("objective_type") and campaign.get("objective_type") not in wanted["objective_type"])


def _bulk_download_records(state: State, ad_account_id: str, request: Dict[str, Any]) -> Dict[str, List[Any]]:
    entity_ids = {str(i) for i in request.get("entity_ids") or ()}
    since = int(request["updated_since"]) if str(request.get("updated_since") or "").isdigit() else None
    campaign_filter = request.get("campaign_filter") or {}
    out: Dict[str, List[Any]] = {}
    for entity_type in request.get("entity_types") or ["CAMPAIGN", "AD_GROUP", "AD", "KEYWORD"]:
        attribute, type_name = _BULK_TYPES.get(str(entity_type), ("", ""))
        records = getattr(state, attribute).values() if attribute else ()
        kept = []
        for record in records:
            if _record_ad_account(record) != ad_account_id:
                continue
            lineage = _lineage(state, record)
            if entity_ids and not entity_ids & {str(v) for v in (record["id"], *lineage.values()) if v}:
                continue  # entity_ids select those entities and their children
            if since is not None and int(record.get("updated_time") or since) < since:
                continue
            campaign = state.campaigns.get(str(lineage["campaign_id"]))
            if campaign_filter and campaign is not None and not _campaign_passes(campaign, campaign_filter):
                continue
            kept.append(shape(record, type_name))
        out[str(entity_type)] = kept
    return out


def _render_bulk_download(state: State, job: Dict[str, Any]) -> Tuple[bytes, str, str]:
    request = job["_request"]
    found = _bulk_download_records(state, job["_ad_account_id"], request)
    if request.get("output_format") != "CSV":
        return json.dumps(found).encode("utf-8"), "application/json", "json"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_BULK_CSV_COLUMNS)
    for entity_type, records in found.items():
        for record in records:
            lineage = _lineage(state, record)
            writer.writerow(
                [
                    entity_type,
                    record.get("id"),
                    job["_ad_account_id"],
                    lineage["campaign_id"] or "",
                    lineage["ad_group_id"] or "",
                    record.get("name") or record.get("value") or "",
                    record.get("status") or ("ARCHIVED" if record.get("archived") else "ACTIVE"),
                ]
            )
    return buffer.getvalue().encode("utf-8"), "text/csv", "csv"


def _apply_bulk_upsert(state: State, ctx: Context, job: Dict[str, Any]) -> Tuple[bytes, str, str]:
    """Create and update what the upsert asks for; the result file has one answer per entry, in
    the shape of the single-kind bulk endpoints (``{"data": ..., "exceptions": [...]}``)."""
    kinds = {kind.name: kind for kind in AD_KINDS}
    results: Dict[str, Dict[str, List[Any]]] = {}
    for section in ("create", "update"):
        entries = job["_request"].get(section) or {}
        order = [name for name in kinds if name in entries] + [name for name in entries if name not in kinds]
        results[section] = {}
        for name in order:  # parents first: campaigns, ad groups, ads
            answers: List[Any] = []
            kind = kinds.get(name)
            for entry in entries[name] or ():
                if kind is None:
                    message = f"FakePinterest does not apply bulk {section}s of {name}."
                    answers.append({"exceptions": [{"code": 501, "message": message}]})
                    continue
                try:
                    if section == "create":
                        record = _new_ad_entity(state, ctx, kind, entry)
                        kind.records(state)[record["id"]] = record
                    else:
                        record = _updated_ad_entity(state, ctx, kind, entry)
                    answers.append({"data": shape(record, kind.record_type), "exceptions": []})
                except RequestError as exc:
                    answers.append({"exceptions": [{"code": exc.code, "message": exc.message}]})
            results[section][name] = answers
    return json.dumps(results).encode("utf-8"), "application/json", "json"


@handles("bulk_request/get")
def _bulk_request_get(state: State, ctx: Context) -> Reply:
    ad_account_id = ctx.path["ad_account_id"]
    request_id = ctx.path["bulk_request_id"]
    with state.lock:
        state.ad_account(ad_account_id)
        job = state.bulk_requests.get(request_id)
        if job is None or job["_ad_account_id"] != ad_account_id:
            raise not_found(404, f"Bulk request {request_id} not found.")
        if job["status"] == "RUNNING" and _job_done(state, job):
            if job["_kind"] == "download":
                content, content_type, extension = _render_bulk_download(state, job)
            else:
                content, content_type, extension = _apply_bulk_upsert(state, ctx, job)
            key = f"bulk/{ad_account_id}/{request_id}/result.{extension}"
            job.update(status="SUCCEEDED", result_url=publish(state, ctx.root_url, key, content, content_type))
        return Reply(200, shape(job, "BulkUpsertStatusResponse"))


# ---------------------------------------------------------------------------------------------
# Catalog items batches
# ---------------------------------------------------------------------------------------------

#: The field naming an item, per catalog type.
_ITEM_ID_FIELDS = {"RETAIL": "item_id", "HOTEL": "hotel_id", "CREATIVE_ASSETS": "creative_assets_id"}
#: Attributes a new retail item must have: attribute -> (code, message). The messages are the
#: spec's (CatalogsItemValidationErrors); code 106 is the spec's example, the others the fake's own.
_REQUIRED_RETAIL = {
    "title": (106, "Item is missing title in its product metadata, this item will not be published."),
    "description": (107, "Item is missing description in its product metadata, this item will not be published."),
    "link": (108, "Item is missing a link URL in its product metadata, this item will not be published."),
    "image_link": (
        109,
        "Item is missing an image link URL in its product metadata, this item will not be published.",
    ),
    "price": (110, "Product is missing a price, this item will not be published."),
    "availability": (
        111,
        "Item is missing availability value in its product metadata, this item will not be published.",
    ),
}
_PRICE = re.compile(r"^\d+(\.\d+)? [A-Z]{3}$")
_AVAILABILITY = ("in stock", "out of stock", "preorder", "backorder")
_PRICE_INVALID = "Item has a price formatting error in its product metadata, this item will not be published."
_ITEMID_MISSING = "Item is missing item id in its product metadata, this item will not be published."


def _event(attribute: str, code: int, message: str) -> Dict[str, Any]:
    return {"attribute": attribute, "code": code, "message": message}


def _retail_format_errors(attributes: Dict[str, Any]) -> List[Dict[str, Any]]:
    errors = []
    for name in ("price", "sale_price"):
        if attributes.get(name) is not None and not _PRICE.match(str(attributes[name])):
            errors.append(_event(name, 120, _PRICE_INVALID))
    link = attributes.get("link")
    if link is not None and not str(link).startswith(("http://", "https://")):
        errors.append(_event("link", 121, "Link is invalid."))
    images = attributes.get("image_link")
    for image in images if isinstance(images, list) else [images] if images is not None else []:
        if not str(image).startswith(("http://", "https://")):
            errors.append(_event("image_link", 122, "Image link is invalid."))
            break
    availability = attributes.get("availability")
    if availability is not None and str(availability).lower() not in _AVAILABILITY:
        errors.append(_event("availability", 111, _REQUIRED_RETAIL["availability"][1]))
    return errors


def _process_item(state: State, batch: Dict[str, Any], entry: Dict[str, Any]) -> Dict[str, Any]:
    """Validate one entry of a finished batch and apply it to the catalog: its processing record."""
    id_field = batch["_id_field"]
    key = (*batch["_catalog"], entry["id"])
    existing = state.catalog_items.get(key)
    operation, attributes = entry["operation"], entry["attributes"]
    errors: List[Dict[str, Any]] = []
    warnings: List[Dict[str, Any]] = []
    item: Optional[Dict[str, Any]] = None
    if not entry["id"]:
        errors.append(_event(id_field, 100, _ITEMID_MISSING))
    elif operation in ("DELETE", "DELETE_DISCONTINUED"):
        if existing is None:
            warnings.append(_event(id_field, 132, "Item not found in the catalog; nothing to delete."))
        elif operation == "DELETE" or str(existing.get("availability")).lower() == "discontinued":
            del state.catalog_items[key]
    elif operation == "UPDATE" and existing is None:
        errors.append(_event(id_field, 130, "Item not found in the catalog; use CREATE or UPSERT to add it."))
    elif operation == "CREATE" and existing is not None:
        errors.append(_event(id_field, 131, "Item already exists in the catalog; use UPDATE or UPSERT to change it."))
    elif operation == "UPDATE" and existing is not None:
        item = dict(existing, **attributes)
        for name in entry["update_mask"]:  # masked attributes without a value are removed
            if name not in attributes:
                item.pop(str(name), None)
    else:  # CREATE a new item, or UPSERT: the item as given replaces any earlier one
        item = dict(attributes)
    if item is not None and batch["catalog_type"] == "RETAIL":
        errors.extend(_retail_format_errors(attributes))
        missing = [name for name in _REQUIRED_RETAIL if item.get(name) in (None, "", [])]
        errors.extend(_event(name, *_REQUIRED_RETAIL[name]) for name in missing)
    if item is not None and not errors:
        state.catalog_items[key] = item
    return {id_field: entry["id"], "status": "FAILURE" if errors else "SUCCESS", "errors": errors, "warnings": warnings}


def _batch_type(catalog_type: str) -> str:
    union = _model("CatalogsItemsBatch")
    mapping = union._discriminator[1] if union._discriminator else {}
    return str(mapping.get(catalog_type, "CatalogsRetailItemsBatch"))


def _batch_view(batch: Dict[str, Any]) -> Dict[str, Any]:
    return shape(batch, _batch_type(batch["catalog_type"]))


def _batch_entries(body: Dict[str, Any], id_field: str) -> Iterable[Dict[str, Any]]:
    operation = body.get("operation")  # the legacy request: one operation for every item
    for item in body.get("items") or ():
        if isinstance(item, dict):
            attributes = item.get("attributes")
            yield {
                "id": str(item.get(id_field) or ""),
                "operation": str(item.get("operation") or operation or "UPSERT"),
                "attributes": dict(attributes) if isinstance(attributes, dict) else {},
                "update_mask": list(item.get("update_mask") or ()),
            }


@handles("items_batch/post")
def _items_batch_post(state: State, ctx: Context) -> Reply:
    body = ctx.body if isinstance(ctx.body, dict) else {}
    owner = ctx.query.get("ad_account_id")
    with state.lock:
        if owner is not None:
            state.ad_account(str(owner))  # the catalog of that ad account's owner
        catalog_type = str(body.get("catalog_type") or "RETAIL")
        id_field = _ITEM_ID_FIELDS.get(catalog_type, "item_id")
        entries = list(_batch_entries(body, id_field))
        batch_id = uuid.uuid4().hex
        catalog = (catalog_type, str(body.get("catalog_id") or ""))  # no catalog_id: the default (oldest) catalog
        batch = {
            "batch_id": batch_id,
            "catalog_type": catalog_type,
            "created_time": iso(now()),
            "completed_time": None,
            "status": "PROCESSING",
            "items": [{id_field: e["id"], "status": "PROCESSING", "errors": [], "warnings": []} for e in entries],
            "_owner": None if owner is None else str(owner),
            "_catalog": catalog,
            "_id_field": id_field,
            "_entries": entries,
            "_polls": 0,
        }
        state.item_batches[batch_id] = batch
        return Reply(200, _batch_view(batch))


@handles("items_batch/get")
def _items_batch_get(state: State, ctx: Context) -> Reply:
    owner = ctx.query.get("ad_account_id")
    with state.lock:
        batch = state.item_batches.get(ctx.path["batch_id"])
        if batch is None or batch["_owner"] != (None if owner is None else str(owner)):
            raise not_found(4331, "Sorry! We could not find your batch ID.")
        if batch["status"] == "PROCESSING" and _job_done(state, batch):
            batch["items"] = [_process_item(state, batch, entry) for entry in batch["_entries"]]
            batch.update(status="COMPLETED", completed_time=iso(now()))
        return Reply(200, _batch_view(batch))
