"""Per-operation tests driven by the OpenAPI spec JSON (not by the SDK's generated metadata).

For every operation of the current spec plus the legacy ones the SDK keeps, the SDK method is
called twice against a loopback HTTP server — required arguments only, then with every optional
parameter and a body carrying every property — and the request the server records is compared
with the one computed from the spec: method, path (URL-encoded), query pairs per style/explode,
body (JSON or form), Content-Type and Authorization. The server answers with a body synthesised
from the declared response schema, and the decoded result must have the declared type and
round-trip to the same JSON.

The whole module is skipped when ../shared/spec (next to the repository) is missing.
"""

from __future__ import annotations

import base64
import collections
import datetime
import importlib
import json
import re
import sys
import warnings
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import parse_qsl, quote, urlsplit

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spec_samples as S  # noqa: E402
from loopback import serve_in_background  # noqa: E402

SPEC_MISSING = f"OpenAPI spec files not found in {S.SPEC_DIR} (expected ../shared/spec next to the repository)"

if S.spec_available():
    CASES = S.collect_cases()
    SEED_ALIASES = S.seed_aliases() if (S.SPEC_DIR / S.SEED_SPEC).is_file() else []
else:  # pragma: no cover - depends on the checkout
    CASES, SEED_ALIASES = [], []

pytestmark = pytest.mark.skipif(not S.spec_available(), reason=SPEC_MISSING)

ACCESS_TOKEN = "test-access-token"
APP_ID = "test-app-id"
APP_SECRET = "test-app-secret"
CONVERSION_TOKEN = "test-conversion-token"

#: Cases failing because of SDK bugs that are reported to the lead: operation id -> reason.
#: (Temporary: remove an entry once the generator/runtime is fixed; strict xfail flags that.)
_B1 = (
    "SDK bug B1 (generator): a property/parameter declared as allOf[$ref <string enum>, {annotation-only part}] "
    "is generated as an empty object Model, so valid enum strings are rejected with ApiTypeError"
)
_B2 = (
    "SDK bug B2 (generator): oneOf with inline (non-$ref) variants becomes a UnionModel with _variants=() "
    "— every body is rejected"
)
_B3 = (
    "SDK bug B3 (generator): discriminator mapping targets of a non-oneOf parent are not subclasses of it, so the "
    "decoded response is not an instance of the declared type"
)
_B4 = (
    "SDK bug B4 (runtime, _query_pairs): nested values of a deepObject query parameter are sent JSON-encoded "
    "(name[k]={...}) instead of bracket notation (name[k][sub]=v, repeated name[k]=v for arrays)"
)
_B5 = (
    "SDK bug B5 (runtime _fit_score + generator): a oneOf of inline discriminated unions (ItemResponse) always decodes "
    "as the first variant — UnionModel variants score 0 and additionalProperties:false is ignored — so error items "
    "decode as success items"
)
KNOWN_SDK_BUGS: Dict[str, str] = {}
#: The same, for test_seed_alias (keyed by operation id).
KNOWN_SDK_BUGS_ALIAS: Dict[str, str] = {}


def _params(cases: List[S.Case], bugs: Optional[Dict[str, str]] = None) -> List[Any]:
    if not cases:
        return [pytest.param(None, marks=pytest.mark.skip(reason=SPEC_MISSING), id="no-spec")]
    out = []
    for case in cases:
        marks = []
        if bugs and case.operation_id in bugs:
            marks.append(pytest.mark.xfail(strict=True, raises=AssertionError, reason=bugs[case.operation_id]))
        out.append(pytest.param(case, marks=marks, id=case.operation_id))
    return out


# ---------------------------------------------------------------------------------------------
# Loopback server
# ---------------------------------------------------------------------------------------------


@dataclass
class Recorded:
    method: str
    target: str
    headers: Dict[str, str]
    body: bytes


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls between header and body writes
    wbufsize = 1 << 16  # one write per response (flushed after each request)

    def _handle(self) -> None:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            body = b"".join(chunks)
        else:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
        server: "LoopbackServer" = self.server  # type: ignore[assignment]
        server.requests.append(Recorded(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body))
        status, payload = server.reply
        self.send_response(status)
        if payload:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if payload:
            self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence
        pass


class LoopbackServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: List[Recorded] = []
        self.reply: Tuple[int, bytes] = (200, b"{}")

    def expect(self, status: int, payload: bytes) -> None:
        self.requests = []
        self.reply = (status, payload)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture(scope="module")
def op_server():
    srv = LoopbackServer()
    thread = serve_in_background(srv, name="loopback-api")
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(5)


def _make_client(server: LoopbackServer, **credentials: Any) -> Any:
    import pinterest_client

    config = pinterest_client.Configuration(host=server.base + "/v5", retries=0, timeout=(5, 10), **credentials)
    return pinterest_client.ApiClient(config)


@pytest.fixture(scope="module")
def op_client(op_server):
    client = _make_client(op_server, access_token=ACCESS_TOKEN, username=APP_ID, password=APP_SECRET)
    yield client
    client.close()


def _api(case: S.Case, client: Any, *, tag: Optional[str] = None) -> Any:
    tag = tag or case.tag
    module = importlib.import_module(f"pinterest_client.api.{S.snake(tag)}_api")
    return getattr(module, S.class_name(tag) + "Api")(client)


# ---------------------------------------------------------------------------------------------
# Building a call and its expected request from the spec
# ---------------------------------------------------------------------------------------------


@dataclass
class Call:
    args: List[Any]
    kwargs: Dict[str, Any]
    values: Dict[str, Any]  # parameter name -> wire value
    body: Optional[S.Sample] = None
    body_info: Optional[Tuple[str, Dict[str, Any], bool, Optional[str]]] = None
    notes: List[str] = field(default_factory=list)


def build_call(case: S.Case, mode: str, overrides: Optional[Dict[str, Any]] = None) -> Call:
    """``mode``: "required" (required params + required-only body) or "full" (every parameter,
    a body with every property)."""
    sampler = S.Sampler(case.spec, mode, seed=0 if mode == "required" else 500)
    args: List[Any] = []
    kwargs: Dict[str, Any] = {}
    values: Dict[str, Any] = {}
    taken: List[Any] = []
    for prm in case.params:
        if prm["in"] not in ("path", "query"):
            continue  # header/cookie parameters: none in these specs
        required = bool(prm.get("required")) or prm["in"] == "path"
        if not required and mode == "required":
            continue
        if overrides and prm["name"] in overrides:
            sample = S.Sample(overrides[prm["name"]], overrides[prm["name"]])
        else:
            sample = S.param_sample(sampler, prm, taken)
        taken.append(sample.wire)
        values[prm["name"]] = sample.wire
        if required:
            args.append(sample.arg)
        else:
            kwargs[prm["name"]] = sample.arg
    call = Call(args, kwargs, values)
    info = case.body()
    if info is not None:
        ct, schema, required, _ = info
        call.body_info = info
        call.body = S.Sampler(
            case.spec, "required" if mode == "required" else "full", seed=900, last_variant=mode == "full"
        ).value(schema)
        assert required, f"{case.operation_id}: optional request bodies are not covered by this test"
        args.append(call.body.arg)
    return call


def expected_authorization(case: S.Case, credentials: Dict[str, Any]) -> Optional[str]:
    """The first security requirement (in spec order) the credentials can satisfy."""
    schemes = case.spec.doc["components"]["securitySchemes"]
    for requirement in case.security:
        for name in requirement:
            scheme = schemes[name]
            if scheme["type"] == "oauth2" and credentials.get("access_token"):
                return f"Bearer {credentials['access_token']}"
            if scheme["type"] == "http" and scheme.get("scheme", "").lower() == "bearer":
                token = credentials.get("conversion_token") or credentials.get("access_token")
                if token:
                    return f"Bearer {token}"
            if scheme["type"] == "http" and scheme.get("scheme", "").lower() == "basic":
                if credentials.get("username") and credentials.get("password"):
                    pair = f"{credentials['username']}:{credentials['password']}".encode()
                    return "Basic " + base64.b64encode(pair).decode("ascii")
    return None


def server_prefix(case: S.Case) -> str:
    servers = case.spec.doc.get("servers") or [{"url": "/"}]
    return urlsplit(servers[0]["url"]).path.rstrip("/")


def check_request(case: S.Case, call: Call, seen: Recorded, credentials: Dict[str, Any]) -> List[str]:
    problems: List[str] = []
    if seen.method != case.method:
        problems.append(f"method: expected {case.method}, got {seen.method}")
    raw_path, _, raw_query = seen.target.partition("?")
    want_path = S.expected_path(case, call.values, server_prefix(case))
    if raw_path != want_path:
        problems.append(f"path: expected {want_path!r}, got {raw_path!r}")

    # query: multiset of pairs, deepObject parameters compared structurally
    pairs = parse_qsl(raw_query, keep_blank_values=True)
    want_pairs: List[Tuple[str, str]] = []
    for prm in case.params:
        if prm["in"] != "query" or prm["name"] not in call.values:
            continue
        exp = S.expected_query(prm, call.values[prm["name"]])
        want_pairs += exp["pairs"]
        if "deep" in exp:
            name, value = exp["deep"]
            got, pairs = S.parse_deep(pairs, name)
            if got != S.deep_normalise(value):
                problems.append(
                    f"query deepObject {name!r}: expected {S.deep_normalise(value)!r}, got {got!r} (raw {raw_query!r})"
                )
    if collections.Counter(pairs) != collections.Counter(want_pairs):
        problems.append(f"query pairs: expected {sorted(want_pairs)!r}, got {sorted(pairs)!r}")

    # body and content type
    content_type = seen.headers.get("content-type", "").split(";")[0].strip().lower()
    if call.body is None:
        if seen.body:
            problems.append(f"body: expected none, got {seen.body[:200]!r}")
    else:
        ct, schema, _, _ = call.body_info  # type: ignore[misc]
        if content_type != ct:
            problems.append(f"Content-Type: expected {ct!r}, got {content_type!r}")
        if ct == "application/x-www-form-urlencoded":
            got_form = collections.Counter(parse_qsl(seen.body.decode("ascii"), keep_blank_values=True))
            want_form = collections.Counter((k, S.wire_scalar(v)) for k, v in call.body.wire.items())
            if got_form != want_form:
                problems.append(
                    f"form body: expected {sorted(want_form.elements())!r}, got {sorted(got_form.elements())!r}"
                )
        else:
            try:
                got_json = json.loads(seen.body)
            except ValueError as exc:
                problems.append(f"body: not JSON ({exc}): {seen.body[:200]!r}")
            else:
                if S.normalise(got_json) != S.normalise(call.body.wire):
                    want_text = json.dumps(call.body.wire, sort_keys=True)
                    problems.append(f"JSON body: expected {want_text}, got {json.dumps(got_json, sort_keys=True)}")
                wire_problems = S.validate(case.spec, got_json, schema, request=True)
                if wire_problems:
                    problems.append(f"wire body does not conform to the spec schema: {wire_problems[:5]}")

    want_auth = expected_authorization(case, credentials)
    got_auth = seen.headers.get("authorization")
    if got_auth != want_auth:
        problems.append(f"Authorization: expected {want_auth!r}, got {got_auth!r}")
    return problems


# ---------------------------------------------------------------------------------------------
# Responses
# ---------------------------------------------------------------------------------------------


def reply_for(
    case: S.Case, status: int, schema: Optional[Dict[str, Any]], last_variant: bool = False
) -> Tuple[Any, bytes]:
    if schema is None or status == 204:
        return None, b""
    data = S.Sampler(case.spec, "response", seed=2000, last_variant=last_variant).value(schema).arg
    return data, json.dumps(data).encode("utf-8")


def as_json(value: Any) -> Any:
    """The SDK result back as JSON data (``to_dict`` for models, recursively for lists)."""
    if hasattr(value, "to_dict"):
        return value.to_wire()
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def check_result(
    case: S.Case, schema: Optional[Dict[str, Any]], sent: Any, result: Any, last: bool = False
) -> List[str]:
    import pinterest_client.models as models

    problems: List[str] = []
    if sent is None:
        if result is not None:
            problems.append(f"result: expected None for an empty response, got {type(result).__name__}")
        return problems
    assert schema is not None
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        cls = getattr(models, S.class_name(name), None)
        if cls is None:
            problems.append(f"result: no generated class {S.class_name(name)} for schema {name!r}")
        elif not isinstance(result, cls):
            problems.append(
                f"result: expected an instance of {cls.__name__}, got {type(result).__module__}.{type(result).__name__}"
            )
    else:
        resolved, _ = case.spec.deref(schema)
        typ = resolved.get("type")
        if typ == "array":
            if not isinstance(result, list):
                problems.append(f"result: expected a list, got {type(result).__name__}")
            else:
                items = resolved.get("items", {})
                if "$ref" in items:
                    cls = getattr(models, S.class_name(items["$ref"].rsplit("/", 1)[-1]), None)
                    bad = [type(r).__name__ for r in result if cls is None or not isinstance(r, cls)]
                    if bad:
                        problems.append(
                            f"result items: expected {S.class_name(items['$ref'].rsplit('/', 1)[-1])}, got {bad}"
                        )
        elif typ in ("string", "integer", "number", "boolean"):
            if result != sent:
                problems.append(f"result: expected {sent!r}, got {result!r}")
        else:
            if isinstance(result, dict) or not hasattr(result, "to_dict"):
                problems.append(
                    f"result: expected a generated model for the inline response schema, got {type(result).__name__}"
                )
    problems += check_typed(case.spec, schema, sent, result, "result", last=last)
    if S.normalise(as_json(result)) != S.normalise(sent):
        got_text = json.dumps(as_json(result), sort_keys=True, default=str)[:600]
        problems.append(f"round trip: sent {json.dumps(sent, sort_keys=True)[:600]}, to_wire() gave {got_text}")
    return problems


def check_typed(
    spec: S.Spec, schema: Any, sent: Any, value: Any, path: str, depth: int = 0, last: bool = False
) -> List[str]:
    """Decoded values have their declared types: referenced object schemas are instances of their
    generated class, inline objects with properties are models (not dicts), date-times are
    ``datetime`` and dates ``date``; walks the JSON the server sent."""
    import pinterest_client.models as models
    from pinterest_client.model_utils import Model, ModelList

    if sent is None or depth > 15:
        return []
    resolved, name = spec.deref(schema)
    if not isinstance(resolved, dict):
        return []
    sampler = S.Sampler(spec, "response", last_variant=last)
    if resolved.get("allOf") and not resolved.get("properties"):
        merged = sampler.collapse(resolved)
        if merged.get("type") not in (None, "object") or "enum" in merged:
            resolved = merged
    if name:
        cls = getattr(models, S.class_name(name), None)
        if isinstance(cls, type) and issubclass(cls, (Model, ModelList)) and not isinstance(value, cls):
            return [f"{path}: expected {cls.__name__}, got {type(value).__name__}"]
    typ = resolved.get("type") or ("array" if "items" in resolved else None)
    if isinstance(sent, str):
        fmt = resolved.get("format")
        if fmt == "date-time" and not isinstance(value, datetime.datetime):
            return [f"{path}: date-time decoded as {type(value).__name__}"]
        if fmt == "date" and (not isinstance(value, datetime.date) or isinstance(value, datetime.datetime)):
            return [f"{path}: date decoded as {type(value).__name__}"]
        return []
    if isinstance(sent, list):
        if not isinstance(value, list):
            return [f"{path}: expected a list, got {type(value).__name__}"]
        items = resolved.get("items", {})
        out: List[str] = []
        for i, (s_item, v_item) in enumerate(zip(sent, value)):
            out += check_typed(spec, items, s_item, v_item, f"{path}[{i}]", depth + 1, last)
        return out
    if isinstance(sent, dict) and (typ in (None, "object")):
        flat = sampler.flatten(resolved)
        if flat.other is not None:
            return check_typed(spec, flat.other, sent, value, path, depth + 1, last)
        if flat.properties and isinstance(value, dict):
            return [f"{path}: object schema with properties decoded as a plain dict"]
        out = []
        for key, s_item in sent.items():
            sub = flat.properties.get(key)
            if sub is None and isinstance(flat.additional, dict):
                sub = flat.additional
            if sub is None:
                continue
            try:
                v_item = value[key]
            except (KeyError, TypeError) as exc:
                out.append(f"{path}.{key}: not readable from the result ({type(exc).__name__})")
                continue
            out += check_typed(spec, sub, s_item, v_item, f"{path}.{key}", depth + 1, last)
        return out
    return []


# ---------------------------------------------------------------------------------------------
# 1. Every operation: request on the wire and typed result
# ---------------------------------------------------------------------------------------------


def _invoke(case: S.Case, method: Any, call: Call) -> Tuple[Any, List[warnings.WarningMessage]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = method(*call.args, **call.kwargs)
    return result, list(caught)


@pytest.mark.parametrize("case", _params(CASES, KNOWN_SDK_BUGS))
def test_operation(case: S.Case, op_server: LoopbackServer, op_client: Any) -> None:
    api = _api(case, op_client)
    method = getattr(api, case.method_name, None)
    assert method is not None, f"{case.api_class} has no method {case.method_name}"
    responses = case.success_responses()
    assert responses, f"{case.operation_id}: the spec declares no 2xx response"
    credentials = {"access_token": ACCESS_TOKEN, "username": APP_ID, "password": APP_SECRET}
    problems: List[str] = []
    with_info = getattr(api, case.method_name + "_with_http_info")
    for mode, (status, schema) in (("required", responses[0]), ("full", responses[-1])):
        call = build_call(case, mode)
        sent, payload = reply_for(case, status, schema, last_variant=mode == "full")
        op_server.expect(status, payload)
        try:
            if mode == "required":
                result, caught = _invoke(case, method, call)
            else:  # the second call goes through *_with_http_info
                info, caught = _invoke(case, with_info, call)
                result = info.data
                if info.status != status:
                    problems.append(f"[{mode}] ApiResponse.status: expected {status}, got {info.status}")
        except Exception as exc:  # report every problem of the case together
            problems.append(f"[{mode}] call raised {type(exc).__name__}: {exc}")
            continue
        if case.legacy and not any(issubclass(w.category, DeprecationWarning) for w in caught):
            problems.append(f"[{mode}] legacy operation did not warn DeprecationWarning")
        if len(op_server.requests) != 1:
            problems.append(f"[{mode}] expected exactly one request, the server saw {len(op_server.requests)}")
            continue
        problems += [f"[{mode}] {p}" for p in check_request(case, call, op_server.requests[0], credentials)]
        problems += [f"[{mode}] {p}" for p in check_result(case, schema, sent, result, last=mode == "full")]
    assert not problems, (
        f"{case.operation_id} ({case.method} {case.path}, spec {case.spec.version}):\n  " + "\n  ".join(problems)
    )


# ---------------------------------------------------------------------------------------------
# 2. Every method exists; the seed-era aliases are the same functions
# ---------------------------------------------------------------------------------------------


@pytest.mark.skipif(not CASES, reason=SPEC_MISSING)
def test_every_method_exists() -> None:
    missing = []
    for case in CASES:
        module = importlib.import_module(case.api_module)
        cls = getattr(module, case.api_class, None)
        if cls is None or not callable(getattr(cls, case.method_name, None)):
            missing.append(f"{case.api_class}.{case.method_name}")
        elif not callable(getattr(cls, case.method_name + "_with_http_info", None)):
            missing.append(f"{case.api_class}.{case.method_name}_with_http_info")
    assert len(CASES) == len({c.operation_id for c in CASES})
    assert not missing, f"{len(missing)} of {len(CASES)} methods missing: {missing}"


@pytest.mark.skipif(not SEED_ALIASES, reason=SPEC_MISSING)
def test_seed_alias_count() -> None:
    assert len(SEED_ALIASES) == 24, SEED_ALIASES


@pytest.mark.parametrize(
    "alias",
    [
        pytest.param(
            a,
            id=a[0],
            marks=[pytest.mark.xfail(strict=True, raises=AssertionError, reason=KNOWN_SDK_BUGS_ALIAS[a[0]])]
            if a[0] in KNOWN_SDK_BUGS_ALIAS
            else [],
        )
        for a in SEED_ALIASES
    ]
    or [pytest.param(None, marks=pytest.mark.skip(reason=SPEC_MISSING))],
)
def test_seed_alias(alias: Tuple[str, str, str], op_server: LoopbackServer, op_client: Any) -> None:
    operation_id, old_tag, new_tag = alias
    name = S.method_name(operation_id)
    old_cls = type(_api_stub(old_tag))
    new_cls = type(_api_stub(new_tag))
    assert getattr(old_cls, name) is getattr(new_cls, name), (
        f"{old_cls.__name__}.{name} is not {new_cls.__name__}.{name}"
    )
    assert getattr(old_cls, name + "_with_http_info") is getattr(new_cls, name + "_with_http_info")
    # ... and calling it through the old class sends the same request.
    case = next(c for c in CASES if c.operation_id == operation_id)
    old_api = _api(case, op_client, tag=old_tag)
    call = build_call(case, "required")
    status, schema = case.success_responses()[0]
    sent, payload = reply_for(case, status, schema)
    op_server.expect(status, payload)
    result, _ = _invoke(case, getattr(old_api, name), call)
    assert len(op_server.requests) == 1
    credentials = {"access_token": ACCESS_TOKEN, "username": APP_ID, "password": APP_SECRET}
    problems = check_request(case, call, op_server.requests[0], credentials) + check_result(case, schema, sent, result)
    assert not problems, problems


def _api_stub(tag: str) -> Any:
    module = importlib.import_module(f"pinterest_client.api.{S.snake(tag)}_api")
    return getattr(module, S.class_name(tag) + "Api").__new__(getattr(module, S.class_name(tag) + "Api"))


# ---------------------------------------------------------------------------------------------
# 3. Strict request validation: a bad required parameter raises before anything is sent
# ---------------------------------------------------------------------------------------------


def _bad_values(spec: S.Spec, prm: Dict[str, Any]) -> List[Tuple[str, Any]]:
    """``(what, value)`` pairs that violate the parameter's schema."""
    schema = S.param_schema(spec, prm)
    typ = schema.get("type")
    out: List[Tuple[str, Any]] = []
    wrong_type = {
        "string": 12345,
        "integer": "twelve",
        "number": "1.5x",
        "boolean": "yes",
        "array": 12345,
        "object": 12345,
    }
    if typ in wrong_type:
        out.append((f"wrong type for {typ}", wrong_type[typ]))
    if schema.get("format") == "date":
        out.append(("not a date", "15/01/2024"))
    if "enum" in schema:
        out.append(("not in enum", "NOT_A_VALID_VALUE"))
    if "pattern" in schema:
        bad = next(v for v in ("!! not matching !!", "12345", "") if not re.search(schema["pattern"], v))
        out.append((f"pattern {schema['pattern']}", bad))
    if "maxLength" in schema:
        base = "1" if "pattern" in schema else "x"
        out.append((f"longer than {schema['maxLength']}", base * (schema["maxLength"] + 1)))
    if "minimum" in schema and typ in ("integer", "number"):
        out.append((f"below minimum {schema['minimum']}", int(schema["minimum"]) - 1))
    if "maximum" in schema and typ in ("integer", "number"):
        out.append((f"above maximum {schema['maximum']}", int(schema["maximum"]) + 1))
    if typ == "array":
        items, _ = spec.deref(schema.get("items", {}))
        if "enum" in items:
            out.append(("array item not in enum", ["NOT_A_VALID_VALUE"]))
        if "pattern" in items:
            out.append(("array item pattern", ["!! not matching !!"]))
        if schema.get("minItems", 0) > 0:
            out.append(("empty array", []))
        if "maxItems" in schema:
            good = S.param_sample(S.Sampler(spec, "required"), {**prm, "example": None}).arg
            out.append(
                (f"more than {schema['maxItems']} items", (good * (schema["maxItems"] + 1))[: schema["maxItems"] + 1])
            )
    return out


VALIDATION_CASES = [
    (case, prm["name"], what, bad)
    for case in CASES
    for prm in case.params
    if prm["in"] in ("path", "query") and (prm.get("required") or prm["in"] == "path")
    for what, bad in _bad_values(case.spec, prm)
]


@pytest.mark.skipif(not CASES, reason=SPEC_MISSING)
def test_request_validation(op_server: LoopbackServer, op_client: Any) -> None:
    """Every required parameter of every operation, every way its schema can be violated."""
    import pinterest_client

    failures = []
    for case, name, what, bad in VALIDATION_CASES:
        api = _api(case, op_client)
        call = build_call(case, "required")
        index = [
            p["name"] for p in case.params if p["in"] in ("path", "query") and (p.get("required") or p["in"] == "path")
        ].index(name)
        call.args[index] = bad
        op_server.expect(200, b"{}")
        try:
            _invoke(case, getattr(api, case.method_name), call)
        except (pinterest_client.ApiValueError, pinterest_client.ApiTypeError) as exc:
            if name not in str(exc):
                failures.append(f"{case.operation_id} {name} ({what}): message does not name the parameter: {exc}")
        except Exception as exc:  # noqa: BLE001
            failures.append(f"{case.operation_id} {name} ({what}, {bad!r}): raised {type(exc).__name__}: {exc}")
        else:
            failures.append(f"{case.operation_id} {name} ({what}, {bad!r}): accepted")
        if op_server.requests:
            failures.append(
                f"{case.operation_id} {name} ({what}): the server received {len(op_server.requests)} request(s)"
            )
    assert len(VALIDATION_CASES) > 200
    assert not failures, f"{len(failures)} of {len(VALIDATION_CASES)} violations not rejected properly:\n" + "\n".join(
        failures
    )


def _body_drop_cases() -> List[Tuple[S.Case, str]]:
    """Operations whose body is a plain (non-union) object schema with a required, writable,
    non-discriminator property: dropping it must be rejected."""
    out = []
    for case in CASES:
        info = case.body()
        if info is None or info[0] != "application/json":
            continue
        schema, _ = case.spec.deref(info[1])
        if (
            schema.get("oneOf")
            or schema.get("anyOf")
            or schema.get("discriminator")
            or schema.get("type", "object") != "object"
        ):
            continue
        flat = S.Sampler(case.spec, "required").flatten(schema)
        if flat.fixed:
            continue
        for req in flat.required:
            prop = flat.properties.get(req)
            if prop is not None and not case.spec.deref(prop)[0].get("readOnly"):
                out.append((case, req))
                break
    return out


@pytest.mark.skipif(not CASES, reason=SPEC_MISSING)
def test_request_body_missing_required_property(op_server: LoopbackServer, op_client: Any) -> None:
    import pinterest_client

    failures = []
    cases = _body_drop_cases()
    for case, prop in cases:
        api = _api(case, op_client)
        call = build_call(case, "required")
        body = dict(call.args[-1])
        del body[prop]
        call.args[-1] = body
        op_server.expect(200, b"{}")
        try:
            _invoke(case, getattr(api, case.method_name), call)
        except (pinterest_client.ApiValueError, pinterest_client.ApiTypeError) as exc:
            if prop not in str(exc):
                failures.append(f"{case.operation_id}: message does not name {prop!r}: {exc}")
        except Exception as exc:  # noqa: BLE001
            failures.append(f"{case.operation_id}: raised {type(exc).__name__}: {exc}")
        else:
            failures.append(f"{case.operation_id}: body without required {prop!r} accepted")
        if op_server.requests:
            failures.append(f"{case.operation_id}: the server received a request")
    assert len(cases) > 20
    assert not failures, "\n".join(failures)


@pytest.mark.skipif(not CASES, reason=SPEC_MISSING)
def test_request_body_as_model_instance(op_server: LoopbackServer, op_client: Any) -> None:
    """A body given as an instance of its generated class (built with keyword arguments, wire
    names) is sent exactly like the equivalent dict."""
    import pinterest_client.models as models

    failures = []
    checked = 0
    credentials = {"access_token": ACCESS_TOKEN, "username": APP_ID, "password": APP_SECRET}
    for case in CASES:
        info = case.body()
        if info is None or info[3] is None or case.operation_id in KNOWN_SDK_BUGS:
            continue
        cls = getattr(models, S.class_name(info[3]), None)
        if cls is None:
            failures.append(f"{case.operation_id}: no generated class for body schema {info[3]!r}")
            continue
        call = build_call(case, "full")
        if not isinstance(call.body.arg, dict):  # type: ignore[union-attr]
            continue
        try:
            call.args[-1] = cls(**call.body.arg)  # type: ignore[union-attr]
        except Exception as exc:  # noqa: BLE001
            failures.append(f"{case.operation_id}: {cls.__name__}(**body) raised {type(exc).__name__}: {exc}")
            continue
        status, schema = case.success_responses()[0]
        sent, payload = reply_for(case, status, schema)
        op_server.expect(status, payload)
        try:
            _invoke(case, getattr(_api(case, op_client), case.method_name), call)
        except Exception as exc:  # noqa: BLE001
            failures.append(f"{case.operation_id}: call with a {cls.__name__} body raised {type(exc).__name__}: {exc}")
            continue
        checked += 1
        failures += [f"{case.operation_id}: {p}" for p in check_request(case, call, op_server.requests[0], credentials)]
    assert checked > 50
    assert not failures, "\n".join(failures)


# ---------------------------------------------------------------------------------------------
# Extras: URL-encoding of free-form path parameters; the conversion token
# ---------------------------------------------------------------------------------------------

AWKWARD = "a b/c?d%e&f=#é"

PATH_ENCODING_CASES = [
    case
    for case in CASES
    if any(
        prm["in"] == "path"
        and not {"pattern", "enum", "format"} & set(S.param_schema(case.spec, prm))
        and S.param_schema(case.spec, prm).get("type") == "string"
        for prm in case.params
    )
]


@pytest.mark.parametrize("case", _params(PATH_ENCODING_CASES))
def test_path_parameter_is_url_encoded(case: S.Case, op_server: LoopbackServer, op_client: Any) -> None:
    overrides = {
        prm["name"]: AWKWARD[: S.param_schema(case.spec, prm).get("maxLength", len(AWKWARD))]
        for prm in case.params
        if prm["in"] == "path" and not {"pattern", "enum", "format"} & set(S.param_schema(case.spec, prm))
    }
    call = build_call(case, "required", overrides)
    status, schema = case.success_responses()[0]
    sent, payload = reply_for(case, status, schema)
    op_server.expect(status, payload)
    _invoke(case, getattr(_api(case, op_client), case.method_name), call)
    assert len(op_server.requests) == 1
    raw_path = op_server.requests[0].target.partition("?")[0]
    assert raw_path == S.expected_path(case, call.values, server_prefix(case))
    for value in overrides.values():
        assert quote(value, safe="") in raw_path


CONVERSION_CASES = [c for c in CASES if any("conversion_token" in req for req in c.security) and not c.legacy]


@pytest.mark.parametrize("case", _params(CONVERSION_CASES))
def test_conversion_token_scheme(case: S.Case, op_server: LoopbackServer) -> None:
    """With only a conversion token configured, operations that accept the ``conversion_token``
    scheme send it as a bearer token."""
    client = _make_client(op_server, conversion_token=CONVERSION_TOKEN)
    try:
        call = build_call(case, "required")
        status, schema = case.success_responses()[0]
        sent, payload = reply_for(case, status, schema)
        op_server.expect(status, payload)
        _invoke(case, getattr(_api(case, client), case.method_name), call)
    finally:
        client.close()
    assert len(op_server.requests) == 1
    assert op_server.requests[0].headers.get("authorization") == f"Bearer {CONVERSION_TOKEN}"
