"""The fake's conversion tags and Conversions API: tags are kept per ad account (create, get,
list); the events endpoint answers from what was sent.

- ``conversion_tags/create`` stores the tag: the name and ``configs`` sent, plus an id, a status
  (``ACTIVE``), a version and the tag's code snippet.
- ``page_visit_conversion_tags/get`` and ``ocpm_eligible_conversion_tags/get`` list the events the
  account's tags have fired. Tags fire from web pages, which never reach the fake, so a new
  account has none; preload them with ``FakePinterest.preload(conversion_tag_events=...)``.
- ``events/create``: ``num_events_received`` and ``num_events_processed`` are the number of
  events sent, one ``processed`` entry per event, with a warning (as Pinterest gives) for user
  data that is not SHA-256 hashed. Events sent with ``test=true`` are checked but not kept; the
  others are kept in ``State.conversion_events`` for tests to inspect.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List

from pinterest_client.testing._state import Context, Reply, State, blank, handles, not_found, now, paginate, shape

#: Conversion tag config fields copied from the create request into ``configs``.
_CONFIG_FIELDS = (
    "aem_enabled",
    "aem_db_enabled",
    "aem_external_id_enabled",
    "aem_fnln_enabled",
    "aem_ge_enabled",
    "aem_loc_enabled",
    "aem_ph_enabled",
    "md_frequency",
)
#: User data Pinterest wants SHA-256 hashed (lower-case hex).
_HASHED_USER_DATA = ("em", "ph", "ge", "db", "ln", "fn", "ct", "st", "zp", "country", "external_id", "hashed_maids")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _tag(state: State, ad_account_id: str, tag_id: str) -> Dict[str, Any]:
    state.ad_account(ad_account_id)
    found = state.conversion_tags.get(tag_id)
    if found is None or found["ad_account_id"] != ad_account_id:
        raise not_found(404, "Conversion tag not found.")
    return found


def _snippet(tag_id: str) -> str:
    return (
        "<script>!function(e){if(!window.pintrk){window.pintrk=function(){window.pintrk.queue.push("
        'Array.prototype.slice.call(arguments))};var n=window.pintrk;n.queue=[],n.version="3.0";'
        'var t=document.createElement("script");t.async=!0,t.src=e;var r=document.getElementsByTagName("script")[0];'
        'r.parentNode.insertBefore(t,r)}}("https://s.pinimg.com/ct/core.js");'
        f"pintrk('load', '{tag_id}');pintrk('page');</script>"
    )


def new_conversion_tag(state: State, ad_account_id: str, body: Dict[str, Any]) -> Dict[str, Any]:
    """Store a conversion tag made from a create request ``body`` (or a preloaded record)."""
    record = blank("ConversionTag")
    tag_id = str(body.get("id") or state.new_id())
    record.update(
        id=tag_id,
        ad_account_id=ad_account_id,
        name=body["name"],
        status=body.get("status", "ACTIVE"),
        version="3",
        code_snippet=_snippet(tag_id),
        configs={k: body[k] for k in _CONFIG_FIELDS if k in body} or body.get("configs") or {},
    )
    state.conversion_tags[tag_id] = record
    return record


@handles("conversion_tags/create")
def _conversion_tags_create(state: State, ctx: Context) -> Reply:
    with state.lock:
        state.ad_account(ctx.path["ad_account_id"])
        record = new_conversion_tag(state, ctx.path["ad_account_id"], ctx.body)
        return Reply(201, shape(record, "ConversionTag"))


@handles("conversion_tags/get")
def _conversion_tags_get(state: State, ctx: Context) -> Reply:
    with state.lock:
        return Reply(200, shape(_tag(state, ctx.path["ad_account_id"], ctx.path["conversion_tag_id"]), "ConversionTag"))


@handles("conversion_tags/list")
def _conversion_tags_list(state: State, ctx: Context) -> Reply:
    ad_account_id = ctx.path["ad_account_id"]
    with state.lock:
        state.ad_account(ad_account_id)
        tags = [t for t in state.conversion_tags.values() if t["ad_account_id"] == ad_account_id]
        if ctx.query.get("filter_deleted"):
            tags = [t for t in tags if t.get("status") not in ("ARCHIVED", "DELETED_DRAFT")]
        return Reply(200, {"items": [shape(t, "ConversionTag") for t in tags]})


def _fired(state: State, ad_account_id: str) -> List[Dict[str, Any]]:
    return [dict(e) for e in state.tag_events if e.get("ad_account_id") == ad_account_id]


@handles("page_visit_conversion_tags/get")
def _page_visit_events(state: State, ctx: Context) -> Reply:
    with state.lock:
        state.ad_account(ctx.path["ad_account_id"])
        events = [e for e in _fired(state, ctx.path["ad_account_id"]) if e.get("conversion_event") == "PAGE_VISIT"]
        if ctx.query.get("order") == "DESCENDING":
            events.reverse()
        return Reply(200, paginate(ctx, events))


@handles("ocpm_eligible_conversion_tags/get")
def _ocpm_eligible(state: State, ctx: Context) -> Reply:
    grouped: Dict[str, List[Dict[str, Any]]] = {}
    with state.lock:
        state.ad_account(ctx.path["ad_account_id"])
        for event in _fired(state, ctx.path["ad_account_id"]):
            grouped.setdefault(str(event.get("conversion_tag_id")), []).append(event)
    return Reply(200, grouped)


def _warning(event: Dict[str, Any]) -> str:
    user_data = event.get("user_data") or {}
    unhashed = [
        key
        for key in _HASHED_USER_DATA
        for value in (user_data.get(key) or ())
        if isinstance(value, str) and not _SHA256.match(value)
    ]
    if not unhashed:
        return ""
    fields = ", ".join(sorted(set(unhashed)))
    return f"User data field(s) {fields} should be SHA-256 hashed (lower-case hex); the unhashed values were ignored."


@handles("events/create")
def _events_create(state: State, ctx: Context) -> Reply:
    data = list((ctx.body or {}).get("data") or ())
    test = bool(ctx.query.get("test"))
    results = [{"status": "processed", "error_message": "", "warning_message": _warning(e)} for e in data]
    with state.lock:
        state.ad_account(ctx.path["ad_account_id"])
        if not test:
            stamp = int(now().timestamp())
            for event in data:
                state.conversion_events.append(dict(event, _ad_account_id=ctx.path["ad_account_id"], _received=stamp))
    return Reply(200, {"num_events_received": len(data), "num_events_processed": len(results), "events": results})
