"""Business rules the fake enforces, each with the error shape Pinterest uses for it.

=================================================  ==================================================
rule                                               answer
=================================================  ==================================================
campaign with campaign budget optimization         item-level exception in the 200 multi-item
(``is_campaign_budget_optimization``) and neither  answer: ``{"code": 2384, ...}`` (the code
``daily_spend_cap`` nor ``lifetime_spend_cap``     Pinterest's own integration tests expect)
campaign with both ``daily_spend_cap`` and         item-level exception, code 400
``lifetime_spend_cap`` (the spec: "cannot be set
at the same time")
campaign or ad group whose ``end_time`` is not     item-level exception, code 400
after its ``start_time``
ad group under a CBO campaign that sets its own    item-level exception, code 400
``budget_in_micro_currency``
``tracking_urls`` entries that are not http(s)     the whole request: 400, code 1 (Pinterest
URLs (campaigns, ad groups, ads)                   validates the format up front)
a board named like another of the user's boards    409, code 409, "Could not create board: ..." /
(create or rename; case-insensitive)               "Could not edit board: ..."
a board section named like another on its board    409, code 409
a catalog feed named like another feed             409, code 4170
creating a Pin with a Trial-access app             403, code 29, Pinterest's message pointing to
(``FakePinterest(trial_access=True)``)             the sandbox
=================================================  ==================================================

Request validation (400, code 1, naming the field) covers the rest: missing required fields
(a keyword without ``match_type``), values outside an enum or a range, bad ids.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterable, Mapping, Optional, Tuple

from pinterest_client.testing._checks import RequestError, bad_request

#: The code Pinterest answers for a campaign budget optimization campaign without a budget.
NO_BUDGET_CODE = 2384
TRIAL_ACCESS_CODE = 29
TRIAL_ACCESS_MESSAGE = (
    "Apps with Trial access may not create Pins in production https://api.pinterest.com - use API Sandbox "
    "https://api-sandbox.pinterest.com instead."
)

#: ``(record, parent)`` -> raises :class:`RequestError` (an item-level exception) when broken.
EntityRule = Callable[[Dict[str, Any], Optional[Dict[str, Any]]], None]


def _item_error(message: str, code: int = 400) -> RequestError:
    return RequestError(400, code, message)


def campaign_budget(record: Dict[str, Any], parent: Optional[Dict[str, Any]]) -> None:
    daily, lifetime = record.get("daily_spend_cap"), record.get("lifetime_spend_cap")
    if daily is not None and lifetime is not None:
        raise _item_error("A campaign cannot have both a daily_spend_cap and a lifetime_spend_cap.")
    if record.get("is_campaign_budget_optimization") and daily is None and lifetime is None:
        raise _item_error(
            "Campaign budget optimization campaigns need a daily_spend_cap or a lifetime_spend_cap.", NO_BUDGET_CODE
        )


def schedule(record: Dict[str, Any], parent: Optional[Dict[str, Any]]) -> None:
    start, end = record.get("start_time"), record.get("end_time")
    if start is not None and end is not None and end <= start:
        raise _item_error("end_time must be after start_time.")


def ad_group_budget(record: Dict[str, Any], parent: Optional[Dict[str, Any]]) -> None:
    if parent and parent.get("is_campaign_budget_optimization") and record.get("budget_in_micro_currency"):
        raise _item_error(
            "Ad groups of a campaign budget optimization campaign take their budget from the campaign; "
            "do not set budget_in_micro_currency."
        )


#: Rules per ads entity kind (``AdKind.name``), checked on the record as it would be stored.
ENTITY_RULES: Mapping[str, Tuple[EntityRule, ...]] = {
    "campaigns": (campaign_budget, schedule),
    "ad_groups": (schedule, ad_group_budget),
    "ads": (),
}


def check_entity(kind: str, record: Dict[str, Any], parent: Optional[Dict[str, Any]] = None) -> None:
    for rule in ENTITY_RULES.get(kind, ()):
        rule(record, parent)


def check_tracking_urls(entries: Iterable[Any]) -> None:
    """400 for the whole request when an entry's ``tracking_urls`` holds something not a URL."""
    for entry in entries:
        urls = entry.get("tracking_urls") if isinstance(entry, dict) else None
        for kind, values in (urls or {}).items():
            for value in values or ():
                if not (isinstance(value, str) and value.startswith(("https://", "http://"))):
                    raise bad_request(f"Invalid request: tracking_urls.{kind}: {value!r} is not an http(s) URL")


def check_board_name(boards: Mapping[str, Dict[str, Any]], name: Optional[str], board_id: Optional[str]) -> None:
    """409 when another of the user's boards has ``name`` (Pinterest compares without case)."""
    if name is None:
        return
    wanted = name.strip().casefold()
    for other_id, board in boards.items():
        if other_id != board_id and str(board.get("name", "")).strip().casefold() == wanted:
            action = "create" if board_id is None else "edit"
            raise RequestError(409, 409, f"Could not {action} board: you already have a board named {name!r}.")


def check_pin_creation(trial_access: bool) -> None:
    if trial_access:
        raise RequestError(403, TRIAL_ACCESS_CODE, TRIAL_ACCESS_MESSAGE)
