"""Behavioural probes, run the same way on an original release and on ours (a subprocess each; prints JSON).

``python probes.py PREFIX`` imports the client under ``PREFIX`` (``openapi_generated.pinterest_client``,
or ``pinterest.generated.client`` for releases before 0.1.5; ``--compat`` first installs
:mod:`pinterest_client.compat`, which is how ours is probed) and prints ``{probe: outcome}``. An outcome
is ``{"value": ...}`` or ``{"error": [exception kinds], ...facts about the message}``, so the two sides
compare with ``==``. Requests go to a recording HTTP server on 127.0.0.1 in this process.

Probes whose name starts with ``extra_`` test what the original could not do but issue #12 asks of ours
(models as read-only mappings): they return whether the model answers like its ``to_dict()``, and ours
must answer ``True`` whatever the original did.
"""

from __future__ import annotations

import importlib
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List

KINDS = (
    "ApiTypeError",
    "ApiValueError",
    "ApiAttributeError",
    "ApiKeyError",
    "TypeError",
    "ValueError",
    "AttributeError",
    "KeyError",
)
ALLOWED_PRIVACY = ("PUBLIC", "PROTECTED", "SECRET")
PROBES: Dict[str, Callable[[Any], Any]] = {}


def probe(func: Callable[[Any], Any]) -> Callable[[Any], Any]:
    PROBES[func.__name__] = func
    return func


def _kinds(exc: BaseException) -> List[str]:
    return [cls.__name__ for cls in type(exc).__mro__ if cls.__name__ in KINDS]


class Client:
    """The client package under test, plus a recording loopback server."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.pc = importlib.import_module(prefix)
        self.requests: List[Dict[str, Any]] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.host = f"http://127.0.0.1:{self.server.server_address[1]}/v5"

    def model(self, module: str, name: str) -> Any:
        return getattr(importlib.import_module(f"{self.prefix}.model.{module}"), name)

    def api(self, module: str, name: str) -> Any:
        configuration = self.pc.Configuration(host=self.host, access_token="probe-token")
        return getattr(importlib.import_module(f"{self.prefix}.api.{module}"), name)(self.pc.ApiClient(configuration))

    def _handler(self) -> type:
        requests = self.requests

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _answer(self, body: Dict[str, Any], status: int = 200) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # noqa: N802
                requests.append({"method": "GET", "path": self.path})
                items = [
                    {"id": "1", "name": "one", "privacy": "PUBLIC"},
                    {"id": "2", "name": "two", "privacy": "SECRET"},
                ]
                self._answer({"items": items, "bookmark": None})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"null")
                requests.append({"method": "POST", "path": self.path, "body": body})
                self._answer({"id": "1", "name": (body or {}).get("name", "x")}, 201)

        return Handler


def _board(c: Client, *args: Any, **kwargs: Any) -> Any:
    return c.model("board", "Board")(*args, **kwargs)


@probe
def construct_positional(c: Client) -> Any:
    return _board(c, "My board").to_dict()


@probe
def construct_keyword(c: Client) -> Any:
    return _board(c, name="My board", description="d", privacy="SECRET").to_dict()


@probe
def undeclared_key_kept(c: Client) -> Any:
    board = _board(c, name="x", undeclared_key="kept")
    return {"to_dict": board.to_dict(), "attribute": board.undeclared_key, "item": board["undeclared_key"]}


@probe
def undeclared_key_sent(c: Client) -> Any:
    c.api("boards_api", "BoardsApi").boards_create(_board(c, name="x", undeclared_key="kept"))
    return c.requests[-1]["body"]


@probe
def str_is_pretty_to_dict(c: Client) -> Any:
    import pprint

    board = _board(c, name="x", description="d")
    return {"str": str(board) == pprint.pformat(board.to_dict()), "to_str": board.to_str() == str(board)}


def _mapping(c: Client, check: Callable[[Any, Dict[str, Any]], bool]) -> bool:
    """Whether the model answers ``check`` as its ``to_dict()`` does (the original could not: ``extra_``)."""
    board = _board(c, name="x", description="d")
    return check(board, board.to_dict())


@probe
def extra_mapping_keys(c: Client) -> Any:
    return _mapping(c, lambda b, d: sorted(b.keys()) == sorted(d.keys()))


@probe
def extra_mapping_items(c: Client) -> Any:
    return _mapping(c, lambda b, d: sorted(b.items()) == sorted(d.items()))


@probe
def extra_mapping_values(c: Client) -> Any:
    return _mapping(c, lambda b, d: sorted(b.values()) == sorted(d.values()))


@probe
def extra_mapping_iteration(c: Client) -> Any:
    return _mapping(c, lambda b, d: sorted(b) == sorted(d))


@probe
def extra_mapping_len(c: Client) -> Any:
    return _mapping(c, lambda b, d: len(b) == len(d))


@probe
def extra_mapping_unpacking(c: Client) -> Any:
    return _mapping(c, lambda b, d: dict(**b) == d)


@probe
def mapping_getitem_get_in(c: Client) -> Any:
    return _mapping(c, lambda b: [b["name"], b.get("description"), b.get("id", "default"), "name" in b, "id" in b])


@probe
def snake_case_names_in_to_dict_and_str(c: Client) -> Any:
    spec = c.model("targeting_spec", "TargetingSpec")(gender=["male"])
    return {"to_dict": spec.to_dict(), "str": str(spec), "attribute": spec.gender}


@probe
def getattr_default_for_absent_fields(c: Client) -> Any:
    """``getattr(model, name, None)`` on a name the model lacks reads as absent (pinterest-api-sdk reads
    ``items`` so, then tests it with ``if not items``). Ours gives the mapping methods ``items``/``values``/
    ``keys`` there, callable but false, so the probe compares truthiness for those, identity elsewhere."""
    board = _board(c, name="x")
    out = []
    for name in ("items", "bookmark", "no_such_field"):
        value = getattr(board, name, None)
        out.append("absent" if value is None or (name == "items" and not value) else repr(value))
    return out


@probe
def list_items_unpack_like_dicts(c: Client) -> Any:
    page = c.api("boards_api", "BoardsApi").boards_list()
    return [dict(**item) for item in page["items"]]


@probe
def list_items_attributes(c: Client) -> Any:
    page = c.api("boards_api", "BoardsApi").boards_list()
    return [[item["id"], item["name"]] for item in page["items"]]


@probe
def enum_unknown_value(c: Client) -> Any:
    try:
        _board(c, name="x", privacy="NOPE")
    except Exception as exc:  # noqa: BLE001
        message = str(exc)
        return {"error": _kinds(exc), "lists_allowed": [v for v in ALLOWED_PRIVACY if v in message]}
    return {"value": "accepted"}


def _validation_config(c: Client, disabled: str) -> Any:
    configuration = c.pc.Configuration()
    configuration.disabled_client_side_validations = disabled
    return configuration


@probe
def max_length_enforced(c: Client) -> Any:
    return len(c.model("board_section", "BoardSection")(name="x" * 200).name)


@probe
def max_length_disabled(c: Client) -> Any:
    configuration = _validation_config(c, "maxLength,pattern")
    return len(c.model("board_section", "BoardSection")(name="x" * 200, _configuration=configuration).name)


@probe
def pattern_enforced(c: Client) -> Any:
    return c.model("keyword", "Keyword")(id="abc").id


@probe
def pattern_disabled(c: Client) -> Any:
    configuration = _validation_config(c, "maxLength,pattern")
    return c.model("keyword", "Keyword")(id="abc", _configuration=configuration).id


@probe
def missing_required_property(c: Client) -> Any:
    try:
        _board(c)
    except Exception as exc:  # noqa: BLE001
        return {"error": _kinds(exc), "names_it": "name" in str(exc)}
    return {"value": "accepted"}


@probe
def bad_extra_positional(c: Client) -> Any:
    _board(c, "x", "y")


@probe
def model_simple_value(c: Client) -> Any:
    return c.model("granularity", "Granularity")("DAY").value


@probe
def model_simple_unknown_value(c: Client) -> Any:
    try:
        c.model("granularity", "Granularity")("NOPE")
    except Exception as exc:  # noqa: BLE001
        return {"error": _kinds(exc), "lists_allowed": "DAY" in str(exc)}
    return {"value": "accepted"}


def run(c: Client) -> Dict[str, Any]:
    results: Dict[str, Any] = {}
    for name, func in PROBES.items():
        try:
            value = func(c)
            results[name] = (
                value if isinstance(value, dict) and ("error" in value or "value" in value) else {"value": value}
            )
        except Exception as exc:  # noqa: BLE001
            results[name] = {"error": _kinds(exc), "message": f"{type(exc).__name__}: {exc}"[:300]}
    return json.loads(json.dumps(results, default=repr))


def main(argv: List[str]) -> None:
    if argv[:1] == ["--compat"]:
        importlib.import_module("pinterest_client.compat").install()
        argv = argv[1:]
    client = Client(argv[0])
    try:
        json.dump(run(client), sys.stdout, indent=1, sort_keys=True)
    finally:
        client.server.shutdown()


if __name__ == "__main__":
    main(sys.argv[1:])
