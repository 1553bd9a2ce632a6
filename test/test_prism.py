"""Contract tests against Prism, an independent OpenAPI mock server that validates requests.

Every SDK operation (the current spec's 231 plus the 3 legacy ones) is called through the SDK with
spec-valid arguments built from the spec by ``spec_samples`` — required arguments only, then every
optional parameter and a body with every property — against ``prism mock`` started by the tests on
127.0.0.1: once serving the spec's static examples, and once per fixed seed (``--dynamic --seed``)
serving random spec-conformant responses. Legacy operations run against the older spec that
defines them. A case fails on:

* a missing method;
* a request Prism rejects: a violation in the ``sl-violations`` response header located in the
  request, or a 4xx answer (401/403 there mean the SDK sent no or the wrong credentials);
* any exception while the SDK decodes a 2xx response (decoding is lenient and must never raise),
  a result that is not the declared type, or one that does not round-trip (``to_wire()`` must give
  back the JSON Prism sent);
* strict decoding (``_check_return_type=True``) rejecting a response that is spec-conformant: when
  neither Prism nor the independent judge in ``oas_judge`` finds a problem with the body, it is
  replayed through the SDK from a loopback server with strict checking on.

Violations Prism reports in its *own* responses (non-conformant examples in the spec; random data
that ignores discriminators) are not the SDK's fault; they only disable the strict replay.

Where Node.js or Prism is missing the module skips, saying how to install it — unless
``PINTEREST_CLIENT_REQUIRE_PRISM=1`` (``.ci/run`` sets it), where it fails. The seeds come from
``PINTEREST_CLIENT_PRISM_SEEDS`` (default ``1,2,3``). One Prism process serves a whole spec/mode.
"""

from __future__ import annotations

import datetime
import importlib
import json
import os
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import spec_samples as S  # noqa: E402
from loopback import Loopback, Reply  # noqa: E402
from oas_judge import Judge  # noqa: E402
from prism_server import PrismError, PrismPool, prism_command  # noqa: E402

SPEC_MISSING = f"OpenAPI spec files not found in {S.SPEC_DIR} (expected ../shared/spec next to the repository)"

ACCESS_TOKEN = "prism-access-token"
APP_ID = "prism-app-id"
APP_SECRET = "prism-app-secret"

SEEDS = [s.strip() for s in os.environ.get("PINTEREST_CLIENT_PRISM_SEEDS", "1,2,3").split(",") if s.strip()]
#: (label, dynamic, seed)
MODES: List[Tuple[str, bool, Optional[str]]] = [("static", False, None)] + [
    (f"seed{seed}", True, seed) for seed in SEEDS
]


# ---------------------------------------------------------------------------------------------
# Known problems
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tolerated:
    """Request violations Prism reports that are not the SDK's fault. The case still fails if
    Prism reports any *other* request violation — or none of these (then the entry is stale)."""

    reason: str
    location: Tuple[str, ...]  # violation location prefix, e.g. ("request", "query", "parameters")
    codes: Tuple[str, ...]  # the violation codes expected there
    call_modes: Tuple[str, ...] = ("required", "full")

    def matches(self, violation: Dict[str, Any]) -> bool:
        loc = tuple(str(p) for p in violation.get("location", ()))
        if len(loc) < len(self.location) or any(h not in ("*", part) for h, part in zip(self.location, loc)):
            return False
        return violation.get("code") in self.codes


TOLERATED: Dict[str, Tolerated] = {
    "reports/stats": Tolerated(
        "Prism limitation: its deepObject deserializer (prism-http validator/deserializers/style/deepObject) "
        "only reads keys listed in the parameter schema's own `properties`; this parameter is a discriminated "
        "oneOf (CatalogsRetail/HotelReportStatsParameters) whose `report` object lives in the variants, so "
        "Prism never sees parameters[report][...] and reports it missing. The wire format is checked by "
        "test_operations.py.",
        ("request", "query", "parameters"),
        ("required", "enum", "oneOf"),
    ),
    "items/get": Tolerated(
        "Prism limitation (legacy operation, spec 5.14.0): `filters` is an optional deepObject whose schema is a "
        "discriminated oneOf, so (as for reports/stats) Prism reads none of its keys; and when the parameter is "
        "absent Prism still builds an empty object for it and validates that, so even the call without "
        "`filters` is reported.",
        ("request", "query", "filters"),
        ("required", "enum", "oneOf"),
    ),
    "advanced_auction_items_submit/post": Tolerated(
        "Spec ambiguity: AdvancedAuctionItemsSubmitRecord is oneOf [UpsertRecord, DeleteRecord] selected by the "
        "`operation` discriminator, but DeleteRecord (AdvancedAuctionKey + errors, additional properties "
        "allowed) also matches every UPSERT record, so a plain JSON-Schema oneOf (Prism uses Ajv without "
        "discriminator support) rejects every valid UPSERT item as matching two variants.",
        ("request", "body", "items", "*"),
        ("oneOf",),
        call_modes=("required",),  # the full call sends the DELETE variant, which is unambiguous
    ),
}

#: SDK (generator/runtime) bugs found by this module: (mode label or "*", operation id) -> reason.
#: Temporary: the case is xfail(strict=True) until the SDK is fixed, then the entry must go.
KNOWN_SDK_BUGS: Dict[Tuple[str, str], str] = {}


# ---------------------------------------------------------------------------------------------
# Arguments: spec_samples, with the few refinements Prism's stricter validation needs
# ---------------------------------------------------------------------------------------------


class PrismSampler(S.Sampler):
    """``spec_samples.Sampler`` plus three things a full JSON-Schema validator insists on:

    * ``required`` written beside a ``$ref`` (``anyOf: [{$ref: X, required: [em]}, ...]``) is honoured;
    * ``minProperties`` on a map is met (``asset_id_to_permissions`` needs one entry);
    * a value of a ``oneOf`` of overlapping enums is one that only the chosen variant lists
      (``IMPRESSION`` is in both metric-type enums, so it matches two variants of a ``oneOf``).
    """

    def _merge(self, flat: S.Flat, schema: Any, stack: Tuple[str, ...], dispatched: set) -> None:
        if isinstance(schema, dict) and "$ref" in schema:
            for req in schema.get("required", []):
                if req not in flat.required:
                    flat.required.append(req)
        super()._merge(flat, schema, stack, dispatched)

    def object(self, schema: Dict[str, Any], depth: int, stack: Tuple[str, ...]) -> S.Sample:
        sample = super().object(schema, depth, stack)
        resolved, _ = self.spec.deref(schema)
        wanted = resolved.get("minProperties", 0)
        additional = resolved.get("additionalProperties")
        if isinstance(sample.arg, dict) and len(sample.arg) < wanted and isinstance(additional, dict):
            n = 0
            while len(sample.arg) < wanted:
                n += 1
                extra = self.value(additional, depth + 1, stack)
                sample.arg[f"key{n}"] = extra.arg
                sample.wire[f"key{n}"] = extra.wire
        return sample

    def value(self, schema: Any, depth: int = 0, stack: Tuple[str, ...] = (), *, index: int = 0) -> S.Sample:
        resolved, _ = self.spec.deref(schema)
        variants = resolved.get("oneOf") if isinstance(resolved, dict) else None
        if variants and not resolved.get("properties"):
            enums = [self.spec.deref(v)[0].get("enum") for v in variants]
            if all(enums):
                chosen = enums[self.pick]
                others = {v for i, e in enumerate(enums) if e is not chosen for v in e}
                unique = [v for v in chosen if v not in others and v is not None] or chosen
                v = unique[index % len(unique)]
                return S.Sample(v, v)
        return super().value(schema, depth, stack, index=index)


@dataclass
class Call:
    args: List[Any]
    kwargs: Dict[str, Any]
    notes: List[str] = field(default_factory=list)


def build_call(case: S.Case, mode: str) -> Call:
    """``mode``: "required" (required parameters, a body with its required properties) or "full"
    (every parameter, a body with every property, the last oneOf variant)."""
    sampler = PrismSampler(case.spec, mode, seed=0 if mode == "required" else 500)
    args: List[Any] = []
    kwargs: Dict[str, Any] = {}
    taken: List[Any] = []
    for prm in case.params:
        if prm["in"] not in ("path", "query"):
            continue
        required = bool(prm.get("required")) or prm["in"] == "path"
        if not required and mode == "required":
            continue
        sample = S.param_sample(sampler, prm, taken)
        taken.append(sample.wire)
        if required:
            args.append(sample.arg)
        else:
            kwargs[prm["name"]] = sample.arg
    info = case.body()
    if info is not None:
        _, schema, _, _ = info
        body_sampler = PrismSampler(case.spec, mode, seed=900, last_variant=mode == "full")
        args.append(body_sampler.value(schema).arg)
    return Call(args, kwargs)


# ---------------------------------------------------------------------------------------------
# Checking a response
# ---------------------------------------------------------------------------------------------


def as_json(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_wire()
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def declared_type_problems(case: S.Case, schema: Optional[Dict[str, Any]], result: Any) -> List[str]:
    """The decoded result is an instance of the generated class of the declared schema (or a list
    of instances for an array of references)."""
    import pinterest_client.models as models

    if schema is None:
        return [] if result is None else [f"expected None for a response without a body, got {type(result).__name__}"]
    if "$ref" in schema:
        name = S.class_name(schema["$ref"].rsplit("/", 1)[-1])
        cls = getattr(models, name, None)
        if cls is None:
            return [f"no generated class {name}"]
        if isinstance(cls, type) and not isinstance(result, cls):
            return [f"result is {type(result).__module__}.{type(result).__name__}, not {name}"]
        return []
    resolved, _ = case.spec.deref(schema)
    items = resolved.get("items", {})
    if resolved.get("type") == "array" and "$ref" in items:
        name = S.class_name(items["$ref"].rsplit("/", 1)[-1])
        cls = getattr(models, name, None)
        if not isinstance(result, list):
            return [f"result is {type(result).__name__}, not a list of {name}"]
        if isinstance(cls, type):
            bad = sorted({type(r).__name__ for r in result if not isinstance(r, cls)})
            if bad:
                return [f"result items are {bad}, not {name}"]
    return []


def parse_violations(headers: Any) -> List[Dict[str, Any]]:
    raw = headers.get("sl-violations") if headers is not None else None
    if not raw:
        return []
    try:
        parsed = json.loads(raw)
    except ValueError:
        return [{"location": ["?"], "code": "unparsable", "message": raw[:500]}]
    return parsed if isinstance(parsed, list) else [parsed]


def describe(violations: List[Dict[str, Any]], limit: int = 6) -> str:
    lines = [
        f"{'.'.join(str(p) for p in v.get('location', []))} [{v.get('code')}] {v.get('message', '')[:200]}"
        for v in violations[:limit]
    ]
    more = f" (+{len(violations) - limit} more)" if len(violations) > limit else ""
    return "; ".join(lines) + more


_JUDGES: Dict[str, Judge] = {}


def judge_for(spec: S.Spec) -> Judge:
    if spec.filename not in _JUDGES:
        _JUDGES[spec.filename] = Judge(spec.doc)
    return _JUDGES[spec.filename]


#: What the runs saw, for the session summary: mode -> counter name -> count.
STATS: Dict[str, Dict[str, int]] = {}


def _count(mode: str, key: str) -> None:
    bucket = STATS.setdefault(mode, {})
    bucket[key] = bucket.get(key, 0) + 1


# ---------------------------------------------------------------------------------------------
# Fixtures
# ---------------------------------------------------------------------------------------------


class Recorder:
    """Wraps the client's transport (its one ``send`` method) to keep the raw bytes of the last
    response (the SDK only exposes the decoded data)."""

    def __init__(self, client: Any) -> None:
        self.last: Any = None
        transport = getattr(client, "transport", None)
        if transport is None or not callable(getattr(transport, "send", None)):
            raise RuntimeError("ApiClient.transport.send is gone: update Recorder in test_prism.py")
        original = transport.send

        def send(*args: Any, **kwargs: Any) -> Any:
            response = original(*args, **kwargs)
            self.last = response
            return response

        transport.send = send


@dataclass
class Target:
    server_url: str
    client: Any
    recorder: Recorder


@pytest.fixture(scope="module")
def prism_pool() -> Iterator[PrismPool]:
    pool = PrismPool(prism_command())
    try:
        yield pool
    finally:
        pool.close()
        stats_file = os.environ.get("PINTEREST_CLIENT_PRISM_STATS")
        if stats_file:  # what the runs saw, for people reading CI logs or reports
            Path(stats_file).write_text(json.dumps(STATS, indent=2, sort_keys=True), encoding="utf-8")


def _client(host: str) -> Any:
    import pinterest_client

    config = pinterest_client.Configuration(
        host=host, access_token=ACCESS_TOKEN, username=APP_ID, password=APP_SECRET, retries=0, timeout=(5, 30)
    )
    return pinterest_client.ApiClient(config)


@pytest.fixture(scope="module")
def targets(prism_pool: PrismPool) -> Iterator[Callable[[S.Case, str], Target]]:
    made: Dict[str, Target] = {}

    def get(case: S.Case, mode_label: str) -> Target:
        _, dynamic, seed = next(m for m in MODES if m[0] == mode_label)
        try:
            server = prism_pool.get(S.SPEC_DIR / case.spec.filename, dynamic=dynamic, seed=seed)
        except PrismError as exc:
            pytest.fail(f"Prism could not start: {exc}", pytrace=False)
        if server.url not in made:
            for old in made.values():
                old.client.close()
            made.clear()
            client = _client(server.url)
            made[server.url] = Target(server.url, client, Recorder(client))
        return made[server.url]

    try:
        yield get
    finally:
        for target in made.values():
            target.client.close()


@pytest.fixture(scope="module")
def replay() -> Iterator[Tuple[Loopback, Any]]:
    with Loopback() as server:
        client = _client(server.url)
        try:
            yield server, client
        finally:
            client.close()


# ---------------------------------------------------------------------------------------------
# The test
# ---------------------------------------------------------------------------------------------


def _ordered_params() -> List[Any]:
    if not S.spec_available():
        return [pytest.param(None, None, marks=pytest.mark.skip(reason=SPEC_MISSING), id="no-spec")]
    cases = S.collect_cases()
    spec_order = [S.CURRENT_SPEC, *S.LEGACY_SPECS]
    cases.sort(key=lambda c: spec_order.index(c.spec.filename) if c.spec.filename in spec_order else 99)
    out = []
    for label, _, _ in MODES:
        for case in cases:
            reason = KNOWN_SDK_BUGS.get((label, case.operation_id)) or KNOWN_SDK_BUGS.get(("*", case.operation_id))
            marks = [pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason)] if reason else []
            out.append(pytest.param(label, case, marks=marks, id=f"{label}-{case.operation_id}"))
    return out


def _invoke(method: Any, call: Call, **options: Any) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # legacy operations warn
        return method(*call.args, **call.kwargs, **options)


@pytest.mark.parametrize("mode,case", _ordered_params())
def test_operation_against_prism(mode: str, case: S.Case, targets: Any, replay: Tuple[Loopback, Any]) -> None:
    import pinterest_client

    module = importlib.import_module(case.api_module)
    api_cls = getattr(module, case.api_class, None)
    assert api_cls is not None, f"missing API class {case.api_module}.{case.api_class}"
    assert callable(getattr(api_cls, case.method_name + "_with_http_info", None)), (
        f"missing method {case.api_class}.{case.method_name}_with_http_info"
    )
    target = targets(case, mode)
    method = getattr(api_cls(target.client), case.method_name + "_with_http_info")
    declared = dict(case.success_responses())
    tolerated = TOLERATED.get(case.operation_id)
    problems: List[str] = []

    for call_mode in ("required", "full"):
        tag = f"[{call_mode}]"
        call = build_call(case, call_mode)
        target.recorder.last = None
        error: Optional[BaseException] = None
        info = None
        try:
            info = _invoke(method, call)
            headers, status = info.headers, info.status
        except pinterest_client.ApiException as exc:
            error = exc
            headers, status = exc.headers, exc.status
        except Exception as exc:  # noqa: BLE001 - anything else is an SDK failure
            problems.append(f"{tag} the call raised {type(exc).__name__}: {exc}")
            continue
        violations = parse_violations(headers)
        warned = [v for v in violations if v.get("severity", "Error") != "Error"]  # e.g. a deprecated parameter
        if warned:
            _count(mode, "prism-warnings")
        violations = [v for v in violations if v not in warned]
        request_violations = [v for v in violations if (v.get("location") or [""])[0] == "request"]
        response_violations = [v for v in violations if v not in request_violations]
        if tolerated and call_mode in tolerated.call_modes:
            unexpected = [v for v in request_violations if not tolerated.matches(v)]
            if not request_violations:
                problems.append(f"{tag} TOLERATED entry is stale: Prism no longer reports {tolerated.location}")
            request_violations = unexpected
            if not unexpected:
                _count(mode, "tolerated")
                if error is not None:
                    continue  # Prism answered the tolerated request with an error: nothing to decode
        if request_violations:
            problems.append(f"{tag} Prism rejected the request (HTTP {status}): {describe(request_violations)}")
            continue
        if error is not None:
            body = getattr(error, "body", b"")
            body_text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
            hint = " (security: the SDK sent no or the wrong credentials)" if status in (401, 403) else ""
            if status is None:  # raised before or without an HTTP answer
                problems.append(f"{tag} the call raised {type(error).__name__}: {error}")
            else:
                problems.append(f"{tag} HTTP {status}{hint} from Prism: {body_text[:300]}")
            continue
        assert info is not None
        _count(mode, "calls")
        if response_violations:
            _count(mode, "prism-response-violations")
        if status not in declared:
            problems.append(f"{tag} status {status} is not a declared 2xx ({sorted(declared)})")
            continue
        schema = declared[status]
        raw_response = target.recorder.last
        raw = getattr(raw_response, "data", None)
        sent = json.loads(raw) if raw else None
        problems += [
            f"{tag} {p}" for p in declared_type_problems(case, schema if sent is not None else None, info.data)
        ]
        if sent is not None and S.normalise(as_json(info.data)) != S.normalise(sent):
            got = json.dumps(as_json(info.data), sort_keys=True, default=str)[:500]
            problems.append(
                f"{tag} round trip: Prism sent {json.dumps(sent, sort_keys=True)[:500]}, to_wire() gave {got}"
            )
        # strict decoding must accept a response that really conforms to the spec
        if sent is None or schema is None:
            continue
        judged = judge_for(case.spec).errors(sent, schema)
        if response_violations or judged:
            _count(mode, "strict-skipped-nonconformant")
            continue
        server, replay_client = replay
        server.default = Reply(status, raw)
        strict = getattr(api_cls(replay_client), case.method_name + "_with_http_info")
        try:
            _invoke(strict, call, _check_return_type=True)
            _count(mode, "strict-checked")
        except Exception as exc:  # noqa: BLE001
            problems.append(
                f"{tag} strict decoding rejected a conformant response: {type(exc).__name__}: {exc}"
                f"\n      body: {raw[:800]!r}"
            )
    assert not problems, f"{case.operation_id} ({case.method} {case.path}, {case.spec.filename}, Prism {mode}):\n  " + (
        "\n  ".join(problems)
    )


def test_prism_modes_cover_static_and_seeds() -> None:
    assert MODES[0] == ("static", False, None)
    assert len(MODES) >= 2, "at least one dynamic seed must run"
