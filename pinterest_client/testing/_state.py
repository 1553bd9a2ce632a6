"""The stateful part of the fake: boards, sections, Pins, ad accounts, campaigns, ad groups,
ads, audiences, customer lists, keywords, catalog feeds, media uploads and the user account
(asynchronous jobs are in ``_jobs``, OAuth in ``_oauth``, conversion tags and events in
``_conversions``, the business rules in ``_rules``). Records hold what was sent plus what the
server assigns (:meth:`State._base`). Everything else is answered from the generated metadata
(see ``_server``)."""

from __future__ import annotations

import base64
import binascii
import copy
import datetime
import hashlib
import itertools
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Tuple

from pinterest_client.api_client import Operation
from pinterest_client.exceptions import ApiTypeError, ApiValueError
from pinterest_client.model_utils import Model, encode, resolve_type
from pinterest_client.testing._checks import RequestError, bad_request
from pinterest_client.testing._rules import (
    check_board_name,
    check_entity,
    check_pin_creation,
    check_tracking_urls,
)
from pinterest_client.testing._synth import enum_values

#: First id handed out; ids are 18-digit numeric strings like the real ones.
FIRST_ID = 549_755_813_888_000_001

DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 250


class Context:
    """One request, checked and decoded, as a handler sees it."""

    def __init__(self, op: Operation, path: Dict[str, Any], query: Dict[str, Any], body: Any, root_url: str) -> None:
        self.op = op
        self.path = path
        self.query = query
        self.body = body
        self.root_url = root_url  # http://127.0.0.1:PORT (no /v5)


class Reply:
    def __init__(self, status: int, body: Any = None, headers: Optional[Dict[str, str]] = None) -> None:
        self.status = status
        self.body = body
        self.headers = headers or {}


Handler = Callable[["State", Context], Reply]
HANDLERS: Dict[str, Handler] = {}


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        for op_id in operation_ids:
            HANDLERS[op_id] = func
        return func

    return register


def not_found(code: int, message: str) -> RequestError:
    return RequestError(404, code, message)


def now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)


def iso(moment: datetime.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------------------------------------
# Helpers shaping records to the generated models
# ---------------------------------------------------------------------------------------------


def _model(type_name: str) -> Any:
    return resolve_type(type_name)


def overlay(record: Dict[str, Any], data: Any, type_name: str, skip: Iterable[str] = ()) -> Dict[str, Any]:
    """Copy the keys of ``data`` that ``type_name`` declares, when the value is valid there."""
    if not isinstance(data, dict):
        return record
    cls = _model(type_name)
    fields = getattr(cls, "_by_wire", {})
    skipped = set(skip)
    for key, value in data.items():
        field = fields.get(key)
        if field is None or key in skipped:
            continue
        if value is None:
            if field.nullable:
                record[key] = None
            continue
        try:
            record[key] = encode(copy.deepcopy(value), field.type, key, field.checks, response=True)
        except (ApiTypeError, ApiValueError, TypeError):
            continue
    return record


_SCALARS = frozenset({"str", "int", "float", "bool", "date", "datetime"})


def blank(type_name: str) -> Dict[str, Any]:
    """``{field: None}`` for every nullable field ``type_name`` declares (see ``State._base``)."""
    cls = _model(type_name)
    # Only scalars and enums: a nullable object is often the spec's ``allOf`` + ``nullable`` pair, which
    # strict schema validators read as not nullable -- such fields stay absent.
    fields = getattr(cls, "_fields", ())
    return {f.wire: None for f in fields if f.nullable and (f.type in _SCALARS or enum_values(f.type) is not None)}


def declared(type_name: str, values: Mapping[str, Any]) -> Dict[str, Any]:
    """The entries of ``values`` that ``type_name`` declares (defaults shared by several models)."""
    fields = getattr(_model(type_name), "_by_wire", {})
    return {k: copy.deepcopy(v) for k, v in values.items() if k in fields}


def shape(record: Dict[str, Any], type_name: str) -> Dict[str, Any]:
    """A copy of ``record`` for the wire: private (``_``) keys dropped, and undeclared keys too
    when the model forbids additional properties."""
    cls = _model(type_name)
    out = {k: copy.deepcopy(v) for k, v in record.items() if not k.startswith("_")}
    if isinstance(cls, type) and issubclass(cls, Model) and cls._additional is None and cls._fields:
        out = {k: v for k, v in out.items() if k in cls._by_wire}
    return out


def _bookmark(op_id: str, offset: int) -> str:
    return base64.urlsafe_b64encode(f"{op_id}|{offset}".encode()).decode().rstrip("=")


def _offset(op_id: str, bookmark: Optional[str]) -> int:
    if not bookmark:
        return 0
    try:
        text = base64.urlsafe_b64decode(bookmark + "=" * (-len(bookmark) % 4)).decode()
        owner, _, number = text.rpartition("|")
        if owner != op_id:
            raise ValueError
        return int(number)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise bad_request(f"Invalid bookmark: {bookmark!r}") from None


def paginate(ctx: Context, items: List[Any]) -> Dict[str, Any]:
    """``{"items": [...], "bookmark": str | None}`` for the page ``ctx`` asks for."""
    size = ctx.query.get("page_size") or DEFAULT_PAGE_SIZE
    size = max(1, min(int(size), MAX_PAGE_SIZE))
    start = _offset(ctx.op.id, ctx.query.get("bookmark"))
    page = items[start : start + size]
    following = start + size
    return {"items": page, "bookmark": _bookmark(ctx.op.id, following) if following < len(items) else None}


def _order(ctx: Context, records: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    if ctx.query.get("order") == "DESCENDING":
        return list(reversed(records))
    return records


def _strip_prefix(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    for prefix in ("AG", "C"):
        if value.startswith(prefix) and value[len(prefix) :].isdigit():
            return value[len(prefix) :]
    return value


# ---------------------------------------------------------------------------------------------
# The state
# ---------------------------------------------------------------------------------------------


class State:
    """Every stored resource. All access holds :attr:`lock`."""

    def __init__(
        self,
        *,
        username: str = "fake_pinner",
        seed: int = 5023,
        media_processing_polls: int = 1,
        job_processing_polls: int = 1,
    ) -> None:
        self.lock = threading.RLock()
        self._ids = itertools.count(FIRST_ID)
        self.media_processing_polls = media_processing_polls
        self.job_processing_polls = job_processing_polls
        self.boards: Dict[str, Dict[str, Any]] = {}
        self.sections: Dict[str, Dict[str, Any]] = {}
        self.pins: Dict[str, Dict[str, Any]] = {}
        self.ad_accounts: Dict[str, Dict[str, Any]] = {}
        self.campaigns: Dict[str, Dict[str, Any]] = {}
        self.ad_groups: Dict[str, Dict[str, Any]] = {}
        self.ads: Dict[str, Dict[str, Any]] = {}
        self.audiences: Dict[str, Dict[str, Any]] = {}
        self.customer_lists: Dict[str, Dict[str, Any]] = {}
        self.keywords: Dict[str, Dict[str, Any]] = {}
        self.feeds: Dict[str, Dict[str, Any]] = {}
        self.conversion_tags: Dict[str, Dict[str, Any]] = {}
        self.tag_events: List[Dict[str, Any]] = []  # ConversionEventResponse records the tags fired
        self.conversion_events: List[Dict[str, Any]] = []  # what the Conversions API received
        self.media: Dict[str, Dict[str, Any]] = {}
        self.uploads: Dict[str, str] = {}  # upload key -> media id
        # asynchronous jobs (see _jobs): analytics reports, bulk requests, catalog item batches
        self.reports: Dict[str, Dict[str, Any]] = {}  # token -> report
        self.bulk_requests: Dict[str, Dict[str, Any]] = {}  # request id -> bulk request
        self.item_batches: Dict[str, Dict[str, Any]] = {}  # batch id -> catalog items batch
        self.catalog_items: Dict[Tuple[str, ...], Dict[str, Any]] = {}  # (type, catalog id, item id) -> attributes
        self.files: Dict[str, Dict[str, Any]] = {}  # download key -> the file a job produced (served without auth)
        # OAuth (see _oauth): token -> scope, token -> Unix expiry, code -> (scope, redirect_uri)
        self.refresh_tokens: Dict[str, str] = {}
        self.access_tokens: Dict[str, str] = {}  # the accepted bearer tokens
        self.token_expiry: Dict[str, float] = {}  # access and refresh tokens that expire
        self.authorization_codes: Dict[str, Tuple[str, Optional[str]]] = {}
        self.trial_access = False  # an app with Trial access: no Pins in production (see _rules)
        self.clock_offset = 0.0  # seconds added to the wall clock for token expiry (advance_clock)
        self.user_id = self.new_id()
        self.account = self._base("Account")
        self.account.update(
            id=self.user_id,
            username=username,
            account_type="BUSINESS",
            about="",
            follower_count=0,
            following_count=0,
            monthly_views=0,
        )

    def clock(self) -> float:
        """The fake's idea of now (Unix seconds) for token expiry: the wall clock plus
        :attr:`clock_offset`."""
        return time.time() + self.clock_offset

    def token_valid(self, token: str, store: Mapping[str, str]) -> bool:
        """``token`` is in ``store`` and has not expired."""
        expiry = self.token_expiry.get(token)
        return token in store and (expiry is None or self.clock() < expiry)

    @property
    def username(self) -> str:
        return str(self.account["username"])

    def new_id(self) -> str:
        return str(next(self._ids))

    @staticmethod
    def _base(type_name: str) -> Dict[str, Any]:
        """A record of ``type_name`` with nothing set: every nullable field ``None`` (the way
        Pinterest answers an unset optional field), the others absent. Handlers add what the
        server assigns and what the request sent -- never sample values."""
        return blank(type_name)

    # -- lookups raising the service's 404s ----------------------------------------------------

    def board(self, board_id: str) -> Dict[str, Any]:
        found = self.boards.get(board_id)
        if found is None:
            raise not_found(40, "Board not found.")
        return found

    def section(self, board_id: str, section_id: str) -> Dict[str, Any]:
        self.board(board_id)
        found = self.sections.get(section_id)
        if found is None or found["_board_id"] != board_id:
            raise not_found(2031, "Sorry! We couldn't find this board section.")
        return found

    def pin(self, pin_id: str) -> Dict[str, Any]:
        found = self.pins.get(pin_id)
        if found is None:
            raise not_found(50, "Pin not found.")
        return found

    def ad_account(self, ad_account_id: str) -> Dict[str, Any]:
        found = self.ad_accounts.get(ad_account_id)
        if found is None:
            raise not_found(404, "Ad account not found.")
        return found

    def _owned(self, store: Dict[str, Dict[str, Any]], ad_account_id: str, entity_id: str, what: str) -> Dict[str, Any]:
        self.ad_account(ad_account_id)
        found = store.get(entity_id)
        if found is None or found.get("ad_account_id") != ad_account_id:
            raise not_found(404, f"{what} not found.")
        return found

    def feed(self, feed_id: str) -> Dict[str, Any]:
        found = self.feeds.get(feed_id)
        if found is None:
            raise not_found(4161, "Sorry! We could not find your catalogs feed.")
        return found

    # -- views ---------------------------------------------------------------------------------

    def pins_on(self, board_id: str, section_id: Optional[str] = None) -> List[Dict[str, Any]]:
        return [
            p
            for p in self.pins.values()
            if p.get("board_id") == board_id and (section_id is None or p.get("board_section_id") == section_id)
        ]

    def board_view(self, board: Dict[str, Any], type_name: str = "Board") -> Dict[str, Any]:
        pins = self.pins_on(board["id"])
        thumbs = [_pin_image(p) for p in pins[:5]]
        thumbs = [t for t in thumbs if t]
        view = dict(board)
        view["pin_count"] = len(pins)
        view["media"] = {"image_cover_url": thumbs[0] if thumbs else None, "pin_thumbnail_urls": thumbs}
        return shape(view, type_name)

    def account_view(self) -> Dict[str, Any]:
        view = dict(self.account)
        view["board_count"] = len(self.boards)
        view["pin_count"] = len(self.pins)
        return shape(view, "Account")


def _pin_image(pin: Dict[str, Any]) -> Optional[str]:
    media = pin.get("media") or {}
    images = media.get("images") or {}
    for size in ("600x", "400x300", "1200x", "150x150"):
        if isinstance(images.get(size), dict) and images[size].get("url"):
            return str(images[size]["url"])
    return None


# ---------------------------------------------------------------------------------------------
# User account
# ---------------------------------------------------------------------------------------------


@handles("user_account/get")
def _user_account_get(state: State, ctx: Context) -> Reply:
    return Reply(200, state.account_view())


def _date_range(ctx: Context, limit_days: int = 90) -> List[datetime.date]:
    start, end = ctx.query.get("start_date"), ctx.query.get("end_date")
    try:
        first = datetime.date.fromisoformat(str(start))
        last = datetime.date.fromisoformat(str(end))
    except ValueError:
        raise bad_request("Invalid request: start_date and end_date must be YYYY-MM-DD") from None
    if last < first:
        raise bad_request("Invalid request: end_date is before start_date")
    days = (last - first).days + 1
    if days > limit_days:
        raise bad_request(f"Invalid request: the date range may span at most {limit_days} days")
    return [first + datetime.timedelta(days=i) for i in range(days)]


def _metric_names(ctx: Context, default: Tuple[str, ...]) -> List[str]:
    names = ctx.query.get("metric_types") or list(default)
    return [str(n) for n in names]


#: Plausible daily ranges per metric (anything else: 0..500; rates: 1%..8%).
_METRIC_RANGES = {
    "IMPRESSION": (200, 2000),
    "ENGAGEMENT": (20, 200),
    "PIN_CLICK": (10, 150),
    "SAVE": (2, 60),
    "OUTBOUND_CLICK": (1, 40),
    "VIDEO_MRC_VIEW": (10, 300),
}


def _metric_value(seed: str, name: str) -> float:
    digest = hashlib.sha256(f"{seed}|{name}".encode()).digest()
    fraction = int.from_bytes(digest[:4], "big") / 2**32
    if name.endswith("_RATE"):
        return round(0.01 + fraction * 0.07, 4)
    low, high = _METRIC_RANGES.get(name, (0, 500))
    return float(int(low + fraction * (high - low)))


def _daily_metrics(seed: str, ctx: Context, default: Tuple[str, ...]) -> Dict[str, Any]:
    """``daily_metrics`` and ``summary_metrics`` for the dates and metrics ``ctx`` asks for
    (deterministic per ``seed`` and day)."""
    days = _date_range(ctx)
    metrics = _metric_names(ctx, default)
    daily: List[Dict[str, Any]] = []
    per_day: List[Dict[str, float]] = []
    for day in days:
        values = {m: _metric_value(f"{seed}|{day}", m) for m in metrics}
        per_day.append(values)
        daily.append({"date": day.isoformat(), "data_status": "READY", "metrics": values})
    summary = {m: float(sum(v[m] for v in per_day)) for m in metrics}
    return {"daily_metrics": daily, "summary_metrics": summary}


@handles("user_account/analytics")
def _user_account_analytics(state: State, ctx: Context) -> Reply:
    metrics = _daily_metrics("user", ctx, ("IMPRESSION", "SAVE", "PIN_CLICK", "OUTBOUND_CLICK", "ENGAGEMENT"))
    return Reply(200, {"all": metrics})


@handles("pins/analytics")
def _pins_analytics(state: State, ctx: Context) -> Reply:
    with state.lock:
        state.pin(ctx.path["pin_id"])
    metrics = _daily_metrics(ctx.path["pin_id"], ctx, ("IMPRESSION", "SAVE", "PIN_CLICK"))
    summary = metrics["summary_metrics"]
    metrics["lifetime_metrics"] = {m: int(v) * 3 for m, v in summary.items() if not m.endswith("_RATE")}
    return Reply(200, {"all": metrics})


# ---------------------------------------------------------------------------------------------
# Boards and sections
# ---------------------------------------------------------------------------------------------


@handles("boards/list")
def _boards_list(state: State, ctx: Context) -> Reply:
    privacy = ctx.query.get("privacy")
    with state.lock:
        wanted = {"PUBLIC_AND_SECRET": ("PUBLIC", "SECRET")}.get(str(privacy), (privacy,))
        boards = [b for b in state.boards.values() if privacy in (None, "ALL") or b.get("privacy") in wanted]
        return Reply(200, paginate(ctx, [state.board_view(b) for b in boards]))


@handles("boards/create")
def _boards_create(state: State, ctx: Context) -> Reply:
    body = ctx.body
    with state.lock:
        check_board_name(state.boards, body.get("name"), None)
        board = state._base("Board")
        moment = iso(now())
        board.update(
            id=state.new_id(),
            name=body["name"],
            description="",
            privacy="PUBLIC",
            is_ads_only=False,
            created_at=moment,
            board_pins_modified_at=moment,
            owner={"username": state.username},
            follower_count=0,
            collaborator_count=0,
        )
        overlay(board, body, "Board", skip=("id",))
        if board.get("is_ads_only"):
            board["name"], board["privacy"] = "Ad-only Pins", "PROTECTED"
        state.boards[board["id"]] = board
        return Reply(201, state.board_view(board))


@handles("boards/get")
def _boards_get(state: State, ctx: Context) -> Reply:
    with state.lock:
        return Reply(200, state.board_view(state.board(ctx.path["board_id"])))


@handles("boards/update")
def _boards_update(state: State, ctx: Context) -> Reply:
    with state.lock:
        board = state.board(ctx.path["board_id"])
        check_board_name(state.boards, ctx.body.get("name"), board["id"])
        overlay(board, ctx.body, "Board", skip=("id", "is_ads_only"))
        return Reply(200, state.board_view(board, "BoardWithUpdatePrivacy"))


@handles("boards/delete")
def _boards_delete(state: State, ctx: Context) -> Reply:
    with state.lock:
        board_id = ctx.path["board_id"]
        state.board(board_id)
        del state.boards[board_id]
        for section_id in [s for s, v in state.sections.items() if v["_board_id"] == board_id]:
            del state.sections[section_id]
        for pin_id in [p["id"] for p in state.pins_on(board_id)]:
            del state.pins[pin_id]
    return Reply(204)


@handles("boards/list_pins")
def _boards_list_pins(state: State, ctx: Context) -> Reply:
    with state.lock:
        state.board(ctx.path["board_id"])
        pins = _filter_creative(ctx, state.pins_on(ctx.path["board_id"]))
        return Reply(200, paginate(ctx, [_pin_view(ctx, p) for p in pins]))


@handles("board_sections/list")
def _sections_list(state: State, ctx: Context) -> Reply:
    with state.lock:
        state.board(ctx.path["board_id"])
        sections = [shape(s, "BoardSection") for s in state.sections.values() if s["_board_id"] == ctx.path["board_id"]]
        return Reply(200, paginate(ctx, sections))


@handles("board_sections/create")
def _sections_create(state: State, ctx: Context) -> Reply:
    with state.lock:
        board_id = ctx.path["board_id"]
        state.board(board_id)
        name = ctx.body["name"]
        if any(s["_board_id"] == board_id and s["name"] == name for s in state.sections.values()):
            raise RequestError(409, 409, "Board section conflict.")
        section = {"id": state.new_id(), "name": name, "_board_id": board_id}
        state.sections[section["id"]] = section
        return Reply(201, shape(section, "BoardSection"))


@handles("board_sections/update")
def _sections_update(state: State, ctx: Context) -> Reply:
    with state.lock:
        section = state.section(ctx.path["board_id"], ctx.path["section_id"])
        name = ctx.body.get("name")
        if name is not None:
            clash = any(
                s is not section and s["_board_id"] == section["_board_id"] and s["name"] == name
                for s in state.sections.values()
            )
            if clash:
                raise RequestError(409, 409, "Board section conflict.")
            section["name"] = name
        return Reply(200, shape(section, "BoardSection"))


@handles("board_sections/delete")
def _sections_delete(state: State, ctx: Context) -> Reply:
    with state.lock:
        section = state.section(ctx.path["board_id"], ctx.path["section_id"])
        del state.sections[section["id"]]
        for pin in state.pins.values():
            if pin.get("board_section_id") == section["id"]:
                pin["board_section_id"] = None  # the Pin stays on the board
    return Reply(204)


@handles("board_sections/list_pins")
def _sections_list_pins(state: State, ctx: Context) -> Reply:
    with state.lock:
        state.section(ctx.path["board_id"], ctx.path["section_id"])
        pins = state.pins_on(ctx.path["board_id"], ctx.path["section_id"])
        return Reply(200, paginate(ctx, [_pin_view(ctx, p) for p in pins]))


# ---------------------------------------------------------------------------------------------
# Pins
# ---------------------------------------------------------------------------------------------


def _pin_view(ctx: Context, pin: Dict[str, Any]) -> Dict[str, Any]:
    view = shape(pin, "Pin")
    if not ctx.query.get("pin_metrics"):
        view.pop("pin_metrics", None)
    else:
        view["pin_metrics"] = {
            "all_time": {m.lower(): int(_metric_value(pin["id"], m)) for m in ("IMPRESSION", "SAVE", "PIN_CLICK")}
        }
    return view


def _filter_creative(ctx: Context, pins: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    wanted = ctx.query.get("creative_types")
    if not wanted:
        return pins
    return [p for p in pins if p.get("creative_type") in wanted]


def _image_set(url: str) -> Dict[str, Any]:
    return {
        "150x150": {"width": 150, "height": 150, "url": url},
        "400x300": {"width": 400, "height": 300, "url": url},
        "600x": {"width": 600, "height": 900, "url": url},
        "1200x": {"width": 1200, "height": 1800, "url": url},
    }


def _pin_media(state: State, source: Dict[str, Any]) -> Tuple[Dict[str, Any], str]:
    """``(Pin.media, creative_type)`` for a ``media_source``."""
    kind = source.get("source_type")
    if kind == "video_id":
        media_id = source.get("media_id")
        upload = state.media.get(str(media_id))
        if upload is None:
            raise bad_request(f"Invalid request: media_source.media_id: no media upload {media_id!r}")
        if upload["status"] != "succeeded":
            raise bad_request(f"Invalid request: media upload {media_id} is {upload['status']}, not succeeded yet")
        cover = source.get("cover_image_url") or f"https://i.pinimg.com/videos/thumbnails/originals/{media_id}.jpg"
        media = {
            "media_type": "video",
            "images": _image_set(cover),
            "cover_image_url": cover,
            "video_url": f"https://v1.pinimg.com/videos/mc/720p/{media_id}.mp4",
            "duration": 12.5,
            "height": 1280,
            "width": 720,
        }
        return media, "VIDEO"
    if kind in ("multiple_image_urls", "multiple_image_base64"):
        items = []
        for i, item in enumerate(source.get("items") or []):
            url = item.get("url") if isinstance(item, dict) else None
            url = url or f"https://i.pinimg.com/originals/fake/{state.new_id()}_{i}.jpg"
            items.append(
                {
                    "title": item.get("title") if isinstance(item, dict) else None,
                    "description": item.get("description") if isinstance(item, dict) else None,
                    "link": item.get("link") if isinstance(item, dict) else None,
                    "images": _image_set(url),
                }
            )
        return {"media_type": "multiple_images", "items": items}, "CAROUSEL"
    if kind == "image_url":
        url = str(source.get("url"))
    else:  # image_base64, pin_url
        url = f"https://i.pinimg.com/originals/fake/{state.new_id()}.jpg"
    return {"media_type": "image", "images": _image_set(url)}, "REGULAR"


def _check_placement(state: State, board_id: Optional[str], section_id: Optional[str]) -> None:
    if board_id is None:
        if section_id is not None:
            raise bad_request("Invalid request: board_section_id needs a board_id")
        return
    state.board(board_id)
    if section_id is not None:
        state.section(board_id, section_id)


@handles("pins/create")
def _pins_create(state: State, ctx: Context) -> Reply:
    body = ctx.body
    with state.lock:
        check_pin_creation(state.trial_access)
        board_id = body.get("board_id")
        if board_id is None:
            raise bad_request("Invalid request: board_id is required to create a Pin")
        _check_placement(state, board_id, body.get("board_section_id"))
        source = body.get("media_source")
        if not isinstance(source, dict):
            raise bad_request("Invalid request: media_source is required to create a Pin")
        media, creative_type = _pin_media(state, source)
        pin = state._base("Pin")
        pin.update(
            id=state.new_id(),
            created_at=iso(now()),
            board_id=board_id,
            board_section_id=None,
            board_owner={"username": state.username},
            is_owner=True,
            is_standard=True,
            has_been_promoted=False,
            parent_pin_id=None,
            creative_type=creative_type,
            media=media,
            title=None,
            description=None,
            link=None,
            alt_text=None,
            pin_metrics=None,
        )
        overlay(pin, body, "Pin", skip=("id", "media"))
        state.pins[pin["id"]] = pin
        board = state.boards[board_id]
        board["board_pins_modified_at"] = pin["created_at"]
        return Reply(201, _pin_view(ctx, pin))


@handles("pins/get")
def _pins_get(state: State, ctx: Context) -> Reply:
    with state.lock:
        return Reply(200, _pin_view(ctx, state.pin(ctx.path["pin_id"])))


@handles("pins/list")
def _pins_list(state: State, ctx: Context) -> Reply:
    with state.lock:
        pins = _filter_creative(ctx, list(state.pins.values()))
        return Reply(200, paginate(ctx, [_pin_view(ctx, p) for p in pins]))


@handles("pins/update")
def _pins_update(state: State, ctx: Context) -> Reply:
    body = ctx.body
    with state.lock:
        pin = state.pin(ctx.path["pin_id"])
        board_id = body.get("board_id", pin.get("board_id"))
        if "board_section_id" in body:
            section_id = body["board_section_id"]
        elif board_id != pin.get("board_id"):
            section_id = None  # moving to another board leaves the old section
        else:
            section_id = pin.get("board_section_id")
        _check_placement(state, board_id, section_id)
        overlay(pin, body, "Pin", skip=("id", "board_id", "board_section_id"))
        pin["board_id"], pin["board_section_id"] = board_id, section_id
        return Reply(200, _pin_view(ctx, pin))


@handles("pins/delete")
def _pins_delete(state: State, ctx: Context) -> Reply:
    with state.lock:
        state.pin(ctx.path["pin_id"])
        del state.pins[ctx.path["pin_id"]]
    return Reply(204)


@handles("pins/save")
def _pins_save(state: State, ctx: Context) -> Reply:
    body = ctx.body or {}
    with state.lock:
        original = state.pin(ctx.path["pin_id"])
        board_id = body.get("board_id") or original.get("board_id")
        section_id = body.get("board_section_id")
        _check_placement(state, board_id, section_id)
        saved = copy.deepcopy(original)
        saved.update(
            id=state.new_id(),
            created_at=iso(now()),
            board_id=board_id,
            board_section_id=section_id,
            parent_pin_id=original["id"],
            is_owner=True,
        )
        state.pins[saved["id"]] = saved
        return Reply(201, _pin_view(ctx, saved))


# ---------------------------------------------------------------------------------------------
# Media uploads
# ---------------------------------------------------------------------------------------------

UPLOAD_PATH = "/fake-media-upload"


@handles("media/create")
def _media_create(state: State, ctx: Context) -> Reply:
    with state.lock:
        media_id = state.new_id()
        key = f"uploads/{media_id}/video.mp4"
        stamp = now().strftime("%Y%m%dT%H%M%SZ")
        signature = hashlib.sha256(f"{key}|{stamp}".encode()).hexdigest()
        record = {
            "media_id": media_id,
            "media_type": ctx.body.get("media_type", "video"),
            "status": "registered",
            "_key": key,
            "_signature": signature,
            "_polls": 0,
            "_parameters": {
                "Content-Type": "multipart/form-data",
                "key": key,
                "policy": base64.b64encode(f'{{"expiration":"{stamp}","key":"{key}"}}'.encode()).decode(),
                "x-amz-algorithm": "AWS4-HMAC-SHA256",
                "x-amz-credential": f"FAKEACCESSKEY/{stamp[:8]}/us-east-1/s3/aws4_request",
                "x-amz-date": stamp,
                "x-amz-security-token": secrets.token_urlsafe(24),
                "x-amz-signature": signature,
            },
        }
        state.media[media_id] = record
        state.uploads[key] = media_id
        body = {
            "media_id": media_id,
            "media_type": record["media_type"],
            "upload_url": ctx.root_url + UPLOAD_PATH,
            "upload_parameters": dict(record["_parameters"]),
        }
        return Reply(201, body)


def _media_view(record: Dict[str, Any]) -> Dict[str, Any]:
    return shape(record, "Media")


@handles("media/get")
def _media_get(state: State, ctx: Context) -> Reply:
    with state.lock:
        record = state.media.get(ctx.path["media_id"])
        if record is None:
            raise not_found(404, "Media upload not found.")
        if record["status"] == "processing":
            record["_polls"] += 1
            if record["_polls"] > state.media_processing_polls:
                record["status"] = "succeeded"
        return Reply(200, _media_view(record))


@handles("media/list")
def _media_list(state: State, ctx: Context) -> Reply:
    with state.lock:
        return Reply(200, paginate(ctx, [_media_view(m) for m in state.media.values()]))


def receive_upload(state: State, fields: Dict[str, Any]) -> Tuple[int, str]:
    """Handle the multipart POST to the upload URL: ``(status, error text)``; 204 on success."""
    with state.lock:
        key = fields.get("key")
        media_id = state.uploads.get(str(key)) if key is not None else None
        if media_id is None:
            return 400, "InvalidArgument: unknown or missing key"
        record = state.media[media_id]
        if (
            fields.get("x-amz-signature") != record["_signature"]
            or fields.get("policy") != record["_parameters"]["policy"]
        ):
            return 403, "SignatureDoesNotMatch: the upload parameters do not match the ones issued"
        data = fields.get("file")
        if not data:
            return 400, "InvalidArgument: missing file field"
        record["status"] = "processing"
        record["_size"] = len(data)
        record["_polls"] = 0
        return 204, ""


# ---------------------------------------------------------------------------------------------
# Ad accounts and the ads hierarchy
# ---------------------------------------------------------------------------------------------


@handles("ad_accounts/create")
def _ad_accounts_create(state: State, ctx: Context) -> Reply:
    with state.lock:
        account = state._base("AdAccount")
        stamp = int(now().timestamp())
        account.update(
            id=state.new_id(),
            owner={"id": state.user_id, "username": state.username},
            permissions=["OWNER"],
            country="US",
            currency="USD",
            created_time=stamp,
            updated_time=stamp,
        )
        overlay(account, ctx.body, "AdAccount", skip=("id",))
        state.ad_accounts[account["id"]] = account
        return Reply(200, shape(account, "AdAccount"))


@handles("ad_accounts/get")
def _ad_accounts_get(state: State, ctx: Context) -> Reply:
    with state.lock:
        return Reply(200, shape(state.ad_account(ctx.path["ad_account_id"]), "AdAccount"))


@handles("ad_accounts/list")
def _ad_accounts_list(state: State, ctx: Context) -> Reply:
    with state.lock:
        return Reply(200, paginate(ctx, [shape(a, "AdAccount") for a in state.ad_accounts.values()]))


def _member(store: Dict[str, Dict[str, Any]], ad_account_id: str, key: Any, what: str) -> Dict[str, Any]:
    """The record ``key`` names in ``store`` when the ad account owns it, else a 404 naming it
    (for items of a bulk body and the parents they name)."""
    found = store.get(str(key))
    if found is None or found.get("ad_account_id") != ad_account_id:
        raise RequestError(404, 404, f"{what} {key} not found.")
    return found


_SUMMARY = {
    "ACTIVE": ("RUNNING", "APPROVED"),
    "PAUSED": ("PAUSED",),
    "ARCHIVED": ("ARCHIVED",),
    "DRAFT": ("DRAFT",),
    "DELETED_DRAFT": ("DELETED_DRAFT",),
}


def _summarise(record: Dict[str, Any], type_name: str) -> None:
    """Keep ``summary_status`` in step with ``status`` (values allowed by the model's enum)."""
    field = _model(type_name)._by_wire.get("summary_status")
    status = record.get("status")
    if field is None or status is None:
        return
    allowed = enum_values(field.type) or ()
    for candidate in _SUMMARY.get(str(status), ()):
        if candidate in allowed:
            record["summary_status"] = candidate
            return


def _filtered(ctx: Context, records: Iterable[Dict[str, Any]], filters: Mapping[str, str]) -> List[Dict[str, Any]]:
    out = []
    for record in records:
        if record.get("ad_account_id") != ctx.path["ad_account_id"]:
            continue
        keep = True
        for param, key in filters.items():
            wanted = ctx.query.get(param)
            if wanted and _strip_prefix(str(record.get(key))) not in [_strip_prefix(str(w)) for w in wanted]:
                keep = False
        statuses = ctx.query.get("entity_statuses")
        if statuses and record.get("status") not in statuses:
            keep = False
        if keep:
            out.append(record)
    return _order(ctx, out)


#: A kind's create hook: checks one bulk-create entry against what exists (raising
#: :class:`RequestError`) and answers the fields linking the new record to its parents.
Linker = Callable[[State, Context, Dict[str, Any]], Dict[str, Any]]


@dataclass(frozen=True)
class AdKind:
    """One kind of ads entity (campaign, ad group, ad): everything its create, update, get and
    list handlers differ in. :func:`_register_ad_kind` makes the handlers from it."""

    name: str  # operation-id prefix, and the State attribute holding the records
    label: str  # in 404 messages: "Ad group 123 not found."
    entity_type: str  # the records' "type" field
    id_param: str  # the get operation's path parameter
    record_type: str  # the model the records are kept and answered as
    element_type: str  # one item of a bulk answer...
    data_type: str  # ...and its "data"
    create_response_type: str  # the bulk answers
    update_response_type: str
    filters: Mapping[str, str]  # list query parameter -> record key
    link: Linker
    defaults: Mapping[str, Any]  # what the server sets when the create request leaves it out

    def records(self, state: State) -> Dict[str, Dict[str, Any]]:
        store: Dict[str, Dict[str, Any]] = getattr(state, self.name)
        return store


def _campaign_links(state: State, ctx: Context, entry: Dict[str, Any]) -> Dict[str, Any]:
    if entry.get("ad_account_id") != ctx.path["ad_account_id"]:
        raise bad_request("ad_account_id in the campaign does not match the path")
    return {}


def _ad_group_links(state: State, ctx: Context, entry: Dict[str, Any]) -> Dict[str, Any]:
    campaign_id = _strip_prefix(entry.get("campaign_id"))
    _member(state.campaigns, ctx.path["ad_account_id"], campaign_id, "Campaign")
    return {"campaign_id": campaign_id}


def _ad_links(state: State, ctx: Context, entry: Dict[str, Any]) -> Dict[str, Any]:
    group_id = _strip_prefix(entry.get("ad_group_id"))
    group = _member(state.ad_groups, ctx.path["ad_account_id"], group_id, "Ad group")
    if str(entry.get("pin_id")) not in state.pins:
        raise RequestError(404, 404, f"Pin {entry.get('pin_id')} not found.")
    return {"ad_group_id": group_id, "campaign_id": group.get("campaign_id"), "rejection_labels": []}


AD_KINDS = (
    AdKind(
        name="campaigns",
        label="Campaign",
        entity_type="campaign",
        id_param="campaign_id",
        record_type="CampaignResponse",
        element_type="CampaignCreateResponseItem",
        data_type="CampaignCreateResponseData",
        create_response_type="CampaignCreateResponse",
        update_response_type="CampaignUpdateResponse",
        filters={"campaign_ids": "id"},
        link=_campaign_links,
        defaults={
            "is_automated_campaign": False,
            "is_campaign_budget_optimization": False,
            "is_flexible_daily_budgets": False,
            "is_performance_plus": False,
        },
    ),
    AdKind(
        name="ad_groups",
        label="Ad group",
        entity_type="adgroup",
        id_param="ad_group_id",
        record_type="AdGroupResponse",
        element_type="AdGroupArrayResponseElement",
        data_type="AdGroupResponse",
        create_response_type="AdGroupArrayResponse",
        update_response_type="AdGroupArrayResponse",
        filters={"campaign_ids": "campaign_id", "ad_group_ids": "id"},
        link=_ad_group_links,
        defaults={"auto_targeting_enabled": True, "pacing_delivery_type": "STANDARD"},
    ),
    AdKind(
        name="ads",
        label="Ad",
        entity_type="pinpromotion",
        id_param="ad_id",
        record_type="AdResponse",
        element_type="AdArrayResponseElement",
        data_type="AdResponse",
        create_response_type="AdArrayResponse",
        update_response_type="AdArrayResponse",
        filters={"campaign_ids": "campaign_id", "ad_group_ids": "ad_group_id", "ad_ids": "id"},
        link=_ad_links,
        defaults={"review_status": "PENDING"},
    ),
)


def _new_ad_entity(state: State, ctx: Context, kind: AdKind, entry: Dict[str, Any]) -> Dict[str, Any]:
    links = kind.link(state, ctx, entry)
    record = state._base(kind.record_type)
    stamp = int(now().timestamp())
    record.update(declared(kind.record_type, kind.defaults))
    record.update(status="ACTIVE", type=kind.entity_type, created_time=stamp, updated_time=stamp)
    overlay(record, entry, kind.record_type, skip=("id",))
    record.update(links)
    check_entity(kind.name, record, _parent(state, record))
    record["id"] = state.new_id()
    record["ad_account_id"] = ctx.path["ad_account_id"]
    _summarise(record, kind.record_type)
    return record


def _updated_ad_entity(state: State, ctx: Context, kind: AdKind, entry: Dict[str, Any]) -> Dict[str, Any]:
    record = _member(kind.records(state), ctx.path["ad_account_id"], entry.get("id"), kind.label)
    candidate = copy.deepcopy(record)
    overlay(candidate, entry, kind.record_type, skip=("id", "ad_account_id", "type"))
    check_entity(kind.name, candidate, _parent(state, candidate))
    record.update(candidate)
    record["updated_time"] = int(now().timestamp())
    _summarise(record, kind.record_type)
    return record


def _parent(state: State, record: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    """The campaign of an ad group or ad record (``None`` for campaigns)."""
    return state.campaigns.get(str(record.get("campaign_id"))) if record.get("type") != "campaign" else None


def _bulk_item(kind: AdKind, data: Optional[Dict[str, Any]], error: Optional[RequestError]) -> Dict[str, Any]:
    exceptions_field = _model(kind.element_type)._by_wire.get("exceptions")
    item: Dict[str, Any] = {}
    if data is not None:
        item["data"] = shape(data, kind.data_type)
    as_list = exceptions_field is not None and exceptions_field.type.startswith("list[")
    if error is not None:
        exc = {"code": error.code, "message": error.message}
        item["exceptions"] = [exc] if as_list else exc
    elif as_list:
        item["exceptions"] = []
    return item


def _bulk(state: State, ctx: Context, kind: AdKind, *, create: bool) -> Reply:
    """The bulk create and update endpoints: an array body, a result per item."""
    with state.lock:
        state.ad_account(ctx.path["ad_account_id"])
        store = kind.records(state)
        check_tracking_urls(ctx.body)
        items = []
        for entry in ctx.body:
            try:
                if create:
                    record = _new_ad_entity(state, ctx, kind, entry)
                    store[record["id"]] = record
                else:
                    record = _updated_ad_entity(state, ctx, kind, entry)
                items.append(_bulk_item(kind, record, None))
            except RequestError as exc:
                items.append(_bulk_item(kind, None, exc))
        response_type = kind.create_response_type if create else kind.update_response_type
        return Reply(200, shape({"items": items}, response_type))


def _register_ad_kind(kind: AdKind) -> None:
    """Register the create, update, get and list handlers of ``kind``."""

    @handles(f"{kind.name}/create")
    def create(state: State, ctx: Context) -> Reply:
        return _bulk(state, ctx, kind, create=True)

    @handles(f"{kind.name}/update")
    def update(state: State, ctx: Context) -> Reply:
        return _bulk(state, ctx, kind, create=False)

    @handles(f"{kind.name}/get")
    def get(state: State, ctx: Context) -> Reply:
        with state.lock:
            record = state._owned(kind.records(state), ctx.path["ad_account_id"], ctx.path[kind.id_param], kind.label)
            return Reply(200, shape(record, kind.record_type))

    @handles(f"{kind.name}/list")
    def list_(state: State, ctx: Context) -> Reply:
        with state.lock:
            state.ad_account(ctx.path["ad_account_id"])
            records = _filtered(ctx, kind.records(state).values(), kind.filters)
            return Reply(200, paginate(ctx, [shape(r, kind.record_type) for r in records]))


for _kind in AD_KINDS:
    _register_ad_kind(_kind)


# ---------------------------------------------------------------------------------------------
# Audiences and customer lists
# ---------------------------------------------------------------------------------------------


@handles("audiences/create")
def _audiences_create(state: State, ctx: Context) -> Reply:
    with state.lock:
        state.ad_account(ctx.path["ad_account_id"])
        record = state._base("Audience")
        stamp = int(now().timestamp())
        record.update(status="READY", type="audience", created_timestamp=stamp, updated_timestamp=stamp)
        overlay(record, ctx.body, "Audience", skip=("id",))
        record["id"] = state.new_id()
        record["ad_account_id"] = ctx.path["ad_account_id"]
        state.audiences[record["id"]] = record
        return Reply(200, shape(record, "Audience"))


@handles("audiences/get")
def _audiences_get(state: State, ctx: Context) -> Reply:
    with state.lock:
        record = state._owned(state.audiences, ctx.path["ad_account_id"], ctx.path["audience_id"], "Audience")
        return Reply(200, shape(record, "Audience"))


@handles("audiences/update")
def _audiences_update(state: State, ctx: Context) -> Reply:
    with state.lock:
        record = state._owned(state.audiences, ctx.path["ad_account_id"], ctx.path["audience_id"], "Audience")
        overlay(record, ctx.body, "Audience", skip=("id", "ad_account_id"))
        if ctx.body.get("operation_type") == "REMOVE":
            record["status"] = "REMOVED"
        record["updated_timestamp"] = int(now().timestamp())
        return Reply(200, shape(record, "Audience"))


@handles("audiences/list")
def _audiences_list(state: State, ctx: Context) -> Reply:
    with state.lock:
        state.ad_account(ctx.path["ad_account_id"])
        records = [r for r in _filtered(ctx, state.audiences.values(), {}) if r.get("status") != "REMOVED"]
        return Reply(200, paginate(ctx, [shape(r, "Audience") for r in records]))


def _record_count(records: Any) -> int:
    return len([r for r in str(records or "").replace("\n", ",").split(",") if r.strip()])


@handles("customer_lists/create")
def _customer_lists_create(state: State, ctx: Context) -> Reply:
    with state.lock:
        state.ad_account(ctx.path["ad_account_id"])
        record = state._base("CustomerList")
        stamp = float(int(now().timestamp()))
        record.update(
            id=state.new_id(),
            ad_account_id=ctx.path["ad_account_id"],
            name=ctx.body["name"],
            type="customerlist",
            status="READY",
            exceptions={},
            num_batches=1.0,
            num_uploaded_user_records=float(_record_count(ctx.body.get("records"))),
            num_removed_user_records=0.0,
            created_time=stamp,
            updated_time=stamp,
        )
        state.customer_lists[record["id"]] = record
        return Reply(200, shape(record, "CustomerList"))


@handles("customer_lists/get")
def _customer_lists_get(state: State, ctx: Context) -> Reply:
    with state.lock:
        record = state._owned(
            state.customer_lists, ctx.path["ad_account_id"], ctx.path["customer_list_id"], "Customer list"
        )
        return Reply(200, shape(record, "CustomerList"))


@handles("customer_lists/update")
def _customer_lists_update(state: State, ctx: Context) -> Reply:
    with state.lock:
        record = state._owned(
            state.customer_lists, ctx.path["ad_account_id"], ctx.path["customer_list_id"], "Customer list"
        )
        count = float(_record_count(ctx.body.get("records")))
        if ctx.body.get("operation_type") == "REMOVE":
            record["num_removed_user_records"] = float(record.get("num_removed_user_records") or 0) + count
        else:
            record["num_uploaded_user_records"] = float(record.get("num_uploaded_user_records") or 0) + count
        record["num_batches"] = float(record.get("num_batches") or 0) + 1
        record["updated_time"] = float(int(now().timestamp()))
        return Reply(200, shape(record, "CustomerList"))


@handles("customer_lists/list")
def _customer_lists_list(state: State, ctx: Context) -> Reply:
    with state.lock:
        state.ad_account(ctx.path["ad_account_id"])
        records = _filtered(ctx, state.customer_lists.values(), {})
        return Reply(200, paginate(ctx, [shape(r, "CustomerList") for r in records]))


# ---------------------------------------------------------------------------------------------
# Keywords
# ---------------------------------------------------------------------------------------------


def _keyword_parent(state: State, ad_account_id: str, parent_id: str) -> Tuple[str, str]:
    raw = str(parent_id)
    bare = _strip_prefix(raw) or raw
    if raw.startswith("AG") or (bare in state.ad_groups and not raw.startswith("C")):
        _member(state.ad_groups, ad_account_id, bare, "Ad group")
        return bare, "ad_group"
    if raw.startswith("C") or bare in state.campaigns:
        _member(state.campaigns, ad_account_id, bare, "Campaign")
        return bare, "campaign"
    if bare == ad_account_id:
        return bare, "advertiser"
    raise RequestError(404, 404, f"Keyword parent {raw} not found.")


def _keyword_view(record: Dict[str, Any]) -> Dict[str, Any]:
    return shape(record, "Keyword")


@handles("keywords/create")
def _keywords_create(state: State, ctx: Context) -> Reply:
    ad_account_id = ctx.path["ad_account_id"]
    with state.lock:
        state.ad_account(ad_account_id)
        parent, parent_type = _keyword_parent(state, ad_account_id, ctx.body["parent_id"])
        created, errors = [], []
        for entry in ctx.body["keywords"]:
            record = {
                "id": state.new_id(),
                "value": entry["value"],
                "match_type": entry.get("match_type"),
                "bid": entry.get("bid"),
                "archived": False,
                "parent_id": parent,
                "parent_type": parent_type,
                "type": "keyword",
                "_ad_account_id": ad_account_id,
            }
            negative = str(record["match_type"] or "").endswith("_NEGATIVE")
            if parent_type != "ad_group" and not negative:
                errors.append(
                    {
                        "data": _keyword_view(record),
                        "error_messages": ["Advertisers and campaigns can only be assigned negative keywords."],
                    }
                )
                continue
            state.keywords[record["id"]] = record
            created.append(_keyword_view(record))
        return Reply(200, {"keywords": created, "errors": errors})


@handles("keywords/update")
def _keywords_update(state: State, ctx: Context) -> Reply:
    ad_account_id = ctx.path["ad_account_id"]
    with state.lock:
        state.ad_account(ad_account_id)
        updated, errors = [], []
        for entry in ctx.body["keywords"]:
            record = state.keywords.get(str(entry.get("id")))
            if record is None or record["_ad_account_id"] != ad_account_id:
                errors.append({"error_messages": [f"Keyword {entry.get('id')} not found."]})
                continue
            if "archived" in entry:
                record["archived"] = bool(entry["archived"])
            if "bid" in entry:
                record["bid"] = entry["bid"]
            updated.append(_keyword_view(record))
        return Reply(200, {"keywords": updated, "errors": errors})


@handles("keywords/get")
def _keywords_get(state: State, ctx: Context) -> Reply:
    ad_account_id = ctx.path["ad_account_id"]
    with state.lock:
        state.ad_account(ad_account_id)
        parents = set()
        for name in ("campaign_id", "ad_group_id"):
            if ctx.query.get(name):
                parents.add(str(ctx.query[name]))
        parents.update(str(p) for p in ctx.query.get("ad_group_ids") or ())
        if not parents:
            parents = {ad_account_id}
        match_types = ctx.query.get("match_types")
        records = [
            r
            for r in state.keywords.values()
            if r["_ad_account_id"] == ad_account_id
            and r["parent_id"] in parents
            and (not match_types or r["match_type"] in match_types)
        ]
        return Reply(200, paginate(ctx, [_keyword_view(r) for r in records]))


# ---------------------------------------------------------------------------------------------
# Catalog feeds
# ---------------------------------------------------------------------------------------------


def _feed_type(catalog_type: str) -> str:
    union = _model("CatalogsFeed")
    mapping = union._discriminator[1] if union._discriminator else {}
    return str(mapping.get(catalog_type, "CatalogsRetailFeed"))


@handles("feeds/create")
def _feeds_create(state: State, ctx: Context) -> Reply:
    body = ctx.body
    with state.lock:
        if any(f.get("name") == body.get("name") for f in state.feeds.values()):
            raise RequestError(409, 4170, "The feed name already exists.")
        catalog_type = body.get("catalog_type") or "RETAIL"
        type_name = _feed_type(catalog_type)
        record = state._base(type_name)
        moment = iso(now())
        record.update(
            id=state.new_id(),
            created_at=moment,
            updated_at=moment,
            status="ACTIVE",
            catalog_type=catalog_type,
            credentials=None,
            preferred_processing_schedule=None,
            default_availability=None,
            default_currency=None,
            default_country="US",
            default_locale="en-US",
            _type=type_name,
        )
        if "catalog_id" in record:
            record["catalog_id"] = body.get("catalog_id") or state.new_id()
        overlay(record, body, type_name, skip=("id", "catalog_type"))
        state.feeds[record["id"]] = record
        return Reply(201, shape(record, type_name))


@handles("feeds/get")
def _feeds_get(state: State, ctx: Context) -> Reply:
    with state.lock:
        record = state.feed(ctx.path["feed_id"])
        return Reply(200, shape(record, record["_type"]))


@handles("feeds/update")
def _feeds_update(state: State, ctx: Context) -> Reply:
    with state.lock:
        record = state.feed(ctx.path["feed_id"])
        name = ctx.body.get("name")
        if name is not None and any(f is not record and f.get("name") == name for f in state.feeds.values()):
            raise RequestError(409, 4170, "The feed name already exists.")
        overlay(record, ctx.body, record["_type"], skip=("id", "catalog_type"))
        record["updated_at"] = iso(now())
        return Reply(200, shape(record, record["_type"]))


@handles("feeds/delete")
def _feeds_delete(state: State, ctx: Context) -> Reply:
    with state.lock:
        state.feed(ctx.path["feed_id"])
        del state.feeds[ctx.path["feed_id"]]
    return Reply(204)


@handles("feeds/list")
def _feeds_list(state: State, ctx: Context) -> Reply:
    with state.lock:
        records = list(state.feeds.values())
        if ctx.query.get("catalog_id"):
            records = [r for r in records if r.get("catalog_id") in (None, ctx.query["catalog_id"])]
        return Reply(200, paginate(ctx, [shape(r, r["_type"]) for r in records]))


@handles("feeds/ingest")
def _feeds_ingest(state: State, ctx: Context) -> Reply:
    with state.lock:
        state.feed(ctx.path["feed_id"])
        return Reply(
            200,
            {"id": state.new_id(), "feed_id": ctx.path["feed_id"], "created_at": iso(now()), "status": "PROCESSING"},
        )
