"""Preloading the fake's state in one call: ``FakePinterest(preload={...})`` or
``fake.preload(boards=[...], pins=[...], ...)``.

Every record goes through the same create handler as the API call that makes it (so it is
stored exactly as a created one would be, and the business rules apply), then keeps the ``id``
it was given, if any, so other records can refer to it. Records are in Pinterest's wire form
(the JSON the API would be sent); fields the create request lacks but the resource has
(``follower_count``, ``created_time``...) are kept too.

=======================  =============================  =============================================
key                      made with                      notes
=======================  =============================  =============================================
``user``                 (the fake's user account)      a dict of ``Account`` fields to change
``ad_accounts``          ``ad_accounts/create``
``boards``               ``boards/create``
``board_sections``       ``board_sections/create``      needs ``board_id``
``pins``                 ``pins/create``                needs ``board_id`` and ``media_source``
``campaigns``            ``campaigns/create``           needs ``ad_account_id``
``ad_groups``            ``ad_groups/create``           needs ``campaign_id``
``ads``                  ``ads/create``                 needs ``ad_group_id`` and ``pin_id``
``audiences``            ``audiences/create``           needs ``ad_account_id``
``customer_lists``       ``customer_lists/create``      needs ``ad_account_id``
``keywords``             ``keywords/create``            needs ``ad_account_id`` and ``parent_id``
``conversion_tags``      ``conversion_tags/create``     needs ``ad_account_id``
``conversion_tag_events``  (what the tags fired)        ``ConversionEventResponse`` records
``feeds``                ``feeds/create``
=======================  =============================  =============================================
"""

from __future__ import annotations

import copy
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

from pinterest_client.testing._checks import RequestError
from pinterest_client.testing._routes import all_operations
from pinterest_client.testing._state import HANDLERS, Context, State, overlay

#: ``key -> (operation id, path parameters taken from the record, State attribute, wrap)``, in
#: the order records are made (parents first). ``wrap`` turns a record into the request body.
_Wrap = Callable[[Dict[str, Any]], Any]
_KINDS: Tuple[Tuple[str, str, Tuple[str, ...], str, _Wrap], ...] = (
    ("ad_accounts", "ad_accounts/create", (), "ad_accounts", dict),
    ("boards", "boards/create", (), "boards", dict),
    ("board_sections", "board_sections/create", ("board_id",), "sections", dict),
    ("pins", "pins/create", (), "pins", dict),
    ("campaigns", "campaigns/create", ("ad_account_id",), "campaigns", lambda r: [r]),
    ("ad_groups", "ad_groups/create", ("ad_account_id",), "ad_groups", lambda r: [r]),
    ("ads", "ads/create", ("ad_account_id",), "ads", lambda r: [r]),
    ("audiences", "audiences/create", ("ad_account_id",), "audiences", dict),
    ("customer_lists", "customer_lists/create", ("ad_account_id",), "customer_lists", dict),
    (
        "keywords",
        "keywords/create",
        ("ad_account_id",),
        "keywords",
        lambda r: {"parent_id": r["parent_id"], "keywords": [r]},
    ),
    ("conversion_tags", "conversion_tags/create", ("ad_account_id",), "conversion_tags", dict),
    ("feeds", "feeds/create", (), "feeds", dict),
)
KINDS = ("user", "conversion_tag_events") + tuple(k[0] for k in _KINDS)


def _ad_account_of(state: State, record: Dict[str, Any]) -> Optional[str]:
    """An ad group's or ad's ad account, from its parent when the record does not say."""
    if record.get("ad_account_id"):
        return str(record["ad_account_id"])
    for key, store in (("campaign_id", state.campaigns), ("ad_group_id", state.ad_groups)):
        parent = store.get(str(record.get(key)))
        if parent is not None:
            return str(parent["ad_account_id"])
    return None


def _created_id(answer: Any) -> str:
    """The id of what a create handler made, or the error it reports per item."""
    if isinstance(answer, dict) and "items" in answer:
        item = answer["items"][0]
        errors = item.get("exceptions")
        if errors:
            error = errors[0] if isinstance(errors, list) else errors
            raise RequestError(400, int(error.get("code") or 400), str(error.get("message")))
        return str(item["data"]["id"])
    if isinstance(answer, dict) and "keywords" in answer:
        if answer.get("errors"):
            raise RequestError(400, 400, "; ".join(answer["errors"][0]["error_messages"]))
        return str(answer["keywords"][0]["id"])
    return str(answer["id"])


def _make(state: State, kind: Tuple[str, str, Tuple[str, ...], str, _Wrap], record: Dict[str, Any], root: str) -> str:
    key, op_id, path_keys, store_name, wrap = kind
    path: Dict[str, Any] = {}
    for name in path_keys:
        value = _ad_account_of(state, record) if name == "ad_account_id" else record.get(name)
        if value is None:
            raise RequestError(400, 1, f"needs {name}")
        path[name] = str(value)
    body = wrap({k: v for k, v in record.items() if k != "id"})
    reply = HANDLERS[op_id](state, Context(all_operations()[op_id], path, {}, body, root))
    made = _created_id(reply.body)
    store: Dict[str, Dict[str, Any]] = getattr(state, store_name)
    stored = store[made]
    overlay(stored, record, _record_type(store_name, stored), skip=("id",))
    wanted = record.get("id")
    if wanted is not None and str(wanted) != made:
        if str(wanted) in store:
            raise RequestError(409, 409, f"id {wanted} is taken")
        stored["id"] = str(wanted)
        store[str(wanted)] = store.pop(made)
        made = str(wanted)
    return made


_RECORD_TYPES = {
    "ad_accounts": "AdAccount",
    "boards": "Board",
    "sections": "BoardSection",
    "pins": "Pin",
    "campaigns": "CampaignResponse",
    "ad_groups": "AdGroupResponse",
    "ads": "AdResponse",
    "audiences": "Audience",
    "customer_lists": "CustomerList",
    "keywords": "Keyword",
    "conversion_tags": "ConversionTag",
}


def _record_type(store_name: str, stored: Dict[str, Any]) -> str:
    return str(stored.get("_type") or _RECORD_TYPES[store_name])


def preload(state: State, data: Mapping[str, Any], root_url: str = "") -> Dict[str, List[str]]:
    """Load ``data`` (see the module docs) into ``state``: ``key -> ids`` of what was made.
    Raises :class:`ValueError` naming the record when one is refused."""
    unknown = sorted(set(data) - set(KINDS))
    if unknown:
        raise ValueError(f"preload: unknown key(s) {', '.join(unknown)}; expected some of {', '.join(KINDS)}")
    made: Dict[str, List[str]] = {}
    with state.lock:
        if data.get("user"):
            overlay(state.account, data["user"], "Account", skip=("id",))
        for event in data.get("conversion_tag_events") or ():
            state.tag_events.append(copy.deepcopy(dict(event)))
        for kind in _KINDS:
            records: Sequence[Dict[str, Any]] = data.get(kind[0]) or ()
            for index, record in enumerate(records):
                try:
                    made.setdefault(kind[0], []).append(_make(state, kind, copy.deepcopy(dict(record)), root_url))
                except (RequestError, KeyError) as exc:
                    message = exc.message if isinstance(exc, RequestError) else f"missing {exc}"
                    raise ValueError(f"preload {kind[0]}[{index}]: {message}") from None
    return made
