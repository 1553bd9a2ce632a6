"""Spec-driven sample data and wire expectations for test_operations.py.

Everything here is computed from the OpenAPI JSON alone (never from the SDK's generated metadata),
so the tests built on it can catch generator bugs:

* :class:`Spec` loads one spec file and resolves ``$ref`` chains;
* :func:`collect_cases` lists every operation of the newest spec plus the legacy ones the SDK keeps;
* :class:`Sampler` builds spec-valid values (arguments, request bodies, response bodies) together
  with the JSON the server should see for them (``readOnly`` properties dropped);
* :func:`expected_query_pairs` / :func:`expected_path` serialise parameters per ``style``/``explode``;
* :func:`validate` is a small JSON-schema checker (examples must pass it to be used; wire bodies are
  checked with it too).
"""

from __future__ import annotations

import copy
import datetime
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple
from urllib.parse import quote

REPO_ROOT = Path(__file__).resolve().parents[1]
SPEC_DIR = REPO_ROOT.parent / "shared" / "spec"
CURRENT_SPEC = "openapi-5.23.0.json"
#: Older specs the SDK merges operations from, newest first.
LEGACY_SPECS = ("openapi-5.18.0.json", "openapi-5.14.0.json")
SEED_SPEC = "openapi-5.14.0.json"
#: Old operation names the SDK keeps as deprecated aliases: alias id -> current id.
RENAMED_OPERATIONS = {"product_group_promotion/get": "product_group_promotions/get"}

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def spec_available() -> bool:
    return (SPEC_DIR / CURRENT_SPEC).is_file()


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------


def class_name(schema_name: str) -> str:
    """``Pinterest.Lib.Error`` -> ``PinterestLibError``; ``ad_accounts`` -> ``AdAccounts``."""
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[^A-Za-z0-9]+", schema_name) if p)


def snake(name: str) -> str:
    name = re.sub(r"[^A-Za-z0-9]+", "_", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.strip("_").lower()


def method_name(operation_id: str) -> str:
    return operation_id.replace("/", "_")


# ---------------------------------------------------------------------------------------------
# Spec access
# ---------------------------------------------------------------------------------------------


class Spec:
    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.doc = json.loads((SPEC_DIR / filename).read_text(encoding="utf-8"))
        self.version = self.doc.get("info", {}).get("version", filename)

    def lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"external $ref not supported: {ref}")
        node: Any = self.doc
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def deref(self, node: Any) -> Tuple[Any, Optional[str]]:
        """Follow a ``$ref`` chain; returns the target and the last schema name seen."""
        name = None
        seen = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                raise ValueError(f"$ref cycle at {ref}")
            seen.add(ref)
            if ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[-1]
            node = self.lookup(ref)
        return node, name

    def operations(self) -> Iterator[Tuple[str, str, Dict[str, Any], List[Dict[str, Any]]]]:
        for path, item in self.doc["paths"].items():
            shared = item.get("parameters", [])
            for method, op in item.items():
                if method in HTTP_METHODS:
                    yield path, method, op, shared


@dataclass
class Case:
    """One SDK method and the spec operation that defines it."""

    operation_id: str  # the SDK method's operation id (may be a legacy alias)
    spec: Spec
    method: str  # HTTP method, upper case
    path: str
    op: Dict[str, Any]
    params: List[Dict[str, Any]]  # resolved parameter objects, spec order
    tag: str
    legacy: bool = False
    spec_operation_id: str = ""

    @property
    def method_name(self) -> str:
        return method_name(self.operation_id)

    @property
    def api_module(self) -> str:
        return f"pinterest_client.api.{snake(self.tag)}_api"

    @property
    def api_class(self) -> str:
        return class_name(self.tag) + "Api"

    @property
    def security(self) -> List[Dict[str, Any]]:
        sec = self.op.get("security")
        return sec if sec is not None else self.spec.doc.get("security", [])

    def body(self) -> Optional[Tuple[str, Dict[str, Any], bool, Optional[str]]]:
        """``(content_type, schema, required, schema_name)`` of the request body, if any."""
        rb = self.op.get("requestBody")
        if not rb:
            return None
        rb, _ = self.spec.deref(rb)
        content = rb.get("content", {})
        ct = "application/json" if "application/json" in content else next(iter(content))
        schema = content[ct].get("schema", {})
        name = schema["$ref"].rsplit("/", 1)[-1] if "$ref" in schema else None
        return ct, schema, bool(rb.get("required")), name

    def success_responses(self) -> List[Tuple[int, Optional[Dict[str, Any]]]]:
        out = []
        for code, resp in self.op.get("responses", {}).items():
            if code.startswith("2") and code.isdigit():
                resp, _ = self.spec.deref(resp)
                content = resp.get("content") or {}
                media = content.get("application/json") or next(iter(content.values()), None)
                out.append((int(code), (media or {}).get("schema")))
        return out


def _resolve_params(
    spec: Spec, shared: Sequence[Dict[str, Any]], own: Sequence[Dict[str, Any]]
) -> List[Dict[str, Any]]:
    by_key: Dict[Tuple[str, str], Dict[str, Any]] = {}
    order: List[Tuple[str, str]] = []
    for raw in list(shared) + list(own):
        prm, _ = spec.deref(raw)
        key = (prm["name"], prm["in"])
        if key not in by_key:
            order.append(key)
        by_key[key] = prm
    return [by_key[k] for k in order]


def _case(spec: Spec, path: str, method: str, op: Dict[str, Any], shared: Any, **extra: Any) -> Case:
    return Case(
        operation_id=extra.pop("operation_id", op["operationId"]),
        spec=spec,
        method=method.upper(),
        path=path,
        op=op,
        params=_resolve_params(spec, shared, op.get("parameters", [])),
        tag=op["tags"][0],
        spec_operation_id=op["operationId"],
        **extra,
    )


_CACHE: Dict[str, Spec] = {}


def load(filename: str) -> Spec:
    if filename not in _CACHE:
        _CACHE[filename] = Spec(filename)
    return _CACHE[filename]


def collect_cases() -> List[Case]:
    """Every operation of the current spec, then the legacy operations (from the newest older
    spec that has them), then the renamed aliases."""
    current = load(CURRENT_SPEC)
    cases = [_case(current, *item) for item in current.operations()]
    known = {c.operation_id for c in cases}
    for filename in LEGACY_SPECS:
        if not (SPEC_DIR / filename).is_file():
            continue
        old = load(filename)
        for path, method, op, shared in old.operations():
            if op["operationId"] not in known:
                known.add(op["operationId"])
                cases.append(_case(old, path, method, op, shared, legacy=True))
    by_id = {c.operation_id: c for c in cases}
    for alias, target in RENAMED_OPERATIONS.items():
        base = by_id[target]
        cases.append(_case(base.spec, base.path, base.method.lower(), base.op, [], operation_id=alias, legacy=True))
    return cases


def seed_aliases() -> List[Tuple[str, str, str]]:
    """``(operation_id, seed_tag, current_tag)`` for operations whose tag changed since the seed spec."""
    seed = load(SEED_SPEC)
    current = {op["operationId"]: op["tags"][0] for _, _, op, _ in load(CURRENT_SPEC).operations()}
    out = []
    for _, _, op, _ in seed.operations():
        oid = op["operationId"]
        if oid in current and op["tags"][0] != current[oid]:
            out.append((oid, op["tags"][0], current[oid]))
    return out


# ---------------------------------------------------------------------------------------------
# Validation (a small JSON-schema subset: enough to vet examples and wire bodies)
# ---------------------------------------------------------------------------------------------

_TYPE_CHECKS = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


def with_ref_siblings(spec: Any, schema: Any) -> Any:
    """``schema`` dereferenced, keeping a ``required`` written beside its ``$ref`` (as in
    ``anyOf: [{$ref: X, required: [em]}, ...]``: "X, with ``em`` present")."""
    extra = schema.get("required") if isinstance(schema, dict) and "$ref" in schema else None
    target, _ = spec.deref(schema)
    if extra and isinstance(target, dict):
        target = dict(target, required=list(dict.fromkeys(list(target.get("required", [])) + list(extra))))
    return target


def validate(
    spec: Spec, value: Any, schema: Any, path: str = "$", *, request: bool = False, depth: int = 0
) -> List[str]:
    """Problems of ``value`` against ``schema`` (empty list when valid). With ``request=True``
    a ``readOnly`` property present in the value is a problem."""
    schema = with_ref_siblings(spec, schema)
    if not isinstance(schema, dict) or depth > 40:
        return []
    if value is None:
        return [] if schema.get("nullable") or not schema else [f"{path}: null"]
    errors: List[str] = []
    for part in schema.get("allOf", []):
        errors += validate(spec, value, part, path, request=request, depth=depth + 1)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            if not any(not validate(spec, value, v, path, request=request, depth=depth + 1) for v in schema[key]):
                errors.append(f"{path}: matches no {key} variant")
    typ = schema.get("type")
    if isinstance(typ, str) and typ in _TYPE_CHECKS and not _TYPE_CHECKS[typ](value):
        return errors + [f"{path}: expected {typ}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not in enum")
    if isinstance(value, str):
        if "minLength" in schema and len(value) < schema["minLength"]:
            errors.append(f"{path}: shorter than {schema['minLength']}")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append(f"{path}: longer than {schema['maxLength']}")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: {value!r} does not match {schema['pattern']!r}")
        fmt = schema.get("format")
        if fmt == "date":
            try:
                datetime.date.fromisoformat(value)
            except ValueError:
                errors.append(f"{path}: {value!r} is not a date")
        elif fmt == "date-time" and parse_datetime(value) is None:
            errors.append(f"{path}: {value!r} is not a date-time")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        low, high = schema.get("minimum"), schema.get("maximum")
        if low is not None and (value <= low if schema.get("exclusiveMinimum") is True else value < low):
            errors.append(f"{path}: below minimum {low}")
        if high is not None and (value >= high if schema.get("exclusiveMaximum") is True else value > high):
            errors.append(f"{path}: above maximum {high}")
    elif isinstance(value, list):
        if "minItems" in schema and len(value) < schema["minItems"]:
            errors.append(f"{path}: fewer than {schema['minItems']} items")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            errors.append(f"{path}: more than {schema['maxItems']} items")
        if "items" in schema:
            for i, item in enumerate(value):
                errors += validate(spec, item, schema["items"], f"{path}[{i}]", request=request, depth=depth + 1)
    elif isinstance(value, dict):
        if "minProperties" in schema and len(value) < schema["minProperties"]:
            errors.append(f"{path}: fewer than {schema['minProperties']} properties")
        if "maxProperties" in schema and len(value) > schema["maxProperties"]:
            errors.append(f"{path}: more than {schema['maxProperties']} properties")
        props = schema.get("properties", {})
        for name in schema.get("required", []):
            prop = props.get(name)
            read_only = prop is not None and spec.deref(prop)[0].get("readOnly")
            if name not in value and not (request and read_only):
                errors.append(f"{path}: missing required {name!r}")
        for name, item in value.items():
            if name in props:
                prop, _ = spec.deref(props[name])
                if request and prop.get("readOnly"):
                    errors.append(f"{path}.{name}: readOnly property sent")
                errors += validate(spec, item, prop, f"{path}.{name}", request=request, depth=depth + 1)
            elif isinstance(schema.get("additionalProperties"), dict):
                errors += validate(
                    spec, item, schema["additionalProperties"], f"{path}.{name}", request=request, depth=depth + 1
                )
    return errors


# ---------------------------------------------------------------------------------------------
# Sample values
# ---------------------------------------------------------------------------------------------

#: Pattern -> a string that matches it (every pattern the specs use).
PATTERN_SAMPLES = {
    r"^\d+$": "1000000001",
    r"\d+": "1000000001",
    r"^[0-9]+$": "1000000001",
    r"^(AG)?\d+$": "AG1000000001",
    r"^((AG)|C)?\d+$": "C1000000001",
    r"^[C]?\d+$": "C1000000001",
    r"^\d+\+?$": "1000000001",
    r"(?!^\d+$)^.+$": "sample-1",
    r"[a-zA-Z0-9+\/=]+": "c2FtcGxl",
    r"^[a-zA-Z0-9+/=]+$": "c2FtcGxl",
    r"^[a-zA-Z0-9]+$": "sample1",
    r"^[a-z0-9]*$": "sample1",
    r"^(0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$": "13:45",
    r"^(\d{4})-(\d{2})-(\d{2})$": "2024-01-15",
    r"^\d{4}-\d{2}-\d{2}$": "2024-01-15",
    r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2}).(\d{3})Z$": "2024-01-15T10:20:30.000Z",
    r"^(http|https|ftp|sftp)://": "https://example.com/feed.csv",
}

#: Patterns of identifiers: samples get a running number so that two parameters never share a value.
_NUMBERED_PATTERNS = {r"^\d+$", r"\d+", r"^[0-9]+$", r"^(AG)?\d+$", r"^((AG)|C)?\d+$", r"^[C]?\d+$", r"^\d+\+?$"}

_DATE_PATTERNS = {r"^(\d{4})-(\d{2})-(\d{2})$", r"^\d{4}-\d{2}-\d{2}$"}

DATE_SAMPLE = "2024-01-15"
DATETIME_SAMPLE = "2024-01-15T10:20:30+00:00"


@dataclass
class Sample:
    """A value to hand to the SDK (``arg``) and the JSON the server should receive (``wire``)."""

    arg: Any
    wire: Any


@dataclass
class Flat:
    """An object schema with allOf merged and a oneOf/anyOf/discriminator choice made."""

    properties: Dict[str, Any] = field(default_factory=dict)
    required: List[str] = field(default_factory=list)
    fixed: Dict[str, Any] = field(default_factory=dict)  # discriminator property -> value
    additional: Any = None
    other: Optional[Dict[str, Any]] = None  # a non-object variant chosen instead
    min_properties: int = 0


class SampleError(Exception):
    pass


class Sampler:
    """Builds values from schemas.

    ``mode``: ``"required"`` (only required properties; readOnly ones left out), ``"full"`` (every
    property, readOnly included in ``arg`` but not in ``wire``; requests) or ``"response"`` (every
    property, readOnly included in both).
    """

    MAX_DEPTH = 7

    def __init__(self, spec: Spec, mode: str, seed: int = 0, *, last_variant: bool = False) -> None:
        assert mode in ("required", "full", "response")
        self.spec = spec
        self.mode = mode
        #: Pick the last oneOf/anyOf variant / discriminator mapping instead of the first.
        self.pick = -1 if last_variant else 0
        self.counter = seed

    def _next(self) -> int:
        self.counter += 1
        return self.counter

    def _date(self) -> datetime.date:
        """A different date each time (so two date parameters never share a value)."""
        return datetime.date.fromisoformat(DATE_SAMPLE) + datetime.timedelta(days=self._next() % 300)

    # -- objects --------------------------------------------------------------------------------

    def flatten(self, schema: Dict[str, Any], stack: Tuple[str, ...] = ()) -> Flat:
        flat = Flat()
        self._merge(flat, schema, stack, set())
        return flat

    def _merge(self, flat: Flat, schema: Any, stack: Tuple[str, ...], dispatched: set) -> None:
        schema = with_ref_siblings(self.spec, schema)
        for pname, prop in schema.get("properties", {}).items():
            if pname in flat.properties:
                old, _ = self.spec.deref(flat.properties[pname])
                new, _ = self.spec.deref(prop)
                if old.get("readOnly") and not new.get("readOnly"):
                    prop = dict(new, readOnly=True)
            flat.properties[pname] = prop
        for req in schema.get("required", []):
            if req not in flat.required:
                flat.required.append(req)
        if "additionalProperties" in schema and flat.additional is None:
            flat.additional = schema["additionalProperties"]
        flat.min_properties = max(flat.min_properties, schema.get("minProperties", 0))
        for part in schema.get("allOf", []):
            self._merge(flat, part, stack, dispatched)
        disc = schema.get("discriminator")
        variants = schema.get("oneOf") or schema.get("anyOf")
        key = id(schema)
        if disc and key not in dispatched:
            dispatched.add(key)
            prop = disc["propertyName"]
            mapping = disc.get("mapping") or {}
            if mapping:
                value, target = list(mapping.items())[self.pick]
                target_schema: Any = {"$ref": target}
            elif variants:
                target_schema = variants[self.pick]
                value = target_schema.get("$ref", "").rsplit("/", 1)[-1]
            else:
                return
            flat.fixed[prop] = value
            self._merge(flat, target_schema, stack, dispatched)
            return
        if variants:
            chosen, _ = self.spec.deref(variants[self.pick])
            if chosen.get("type", "object") != "object" and not chosen.get("properties"):
                flat.other = chosen
                return
            self._merge(flat, variants[self.pick], stack, dispatched)

    def value(self, schema: Any, depth: int = 0, stack: Tuple[str, ...] = (), *, index: int = 0) -> Sample:
        schema, name = self.spec.deref(schema)
        if name:
            stack = stack + (name,)
        if not isinstance(schema, dict):
            return Sample("value", "value")
        if (
            "example" in schema
            and self._example_ok(schema["example"], schema)
            and index == 0
            and not self._is_container(schema)
        ):
            ex = copy.deepcopy(schema["example"])
            return Sample(ex, copy.deepcopy(ex))
        if "enum" in schema and schema["enum"]:
            choices = [v for v in schema["enum"] if v is not None] or schema["enum"]
            v = choices[index % len(choices)]
            return Sample(v, v)
        typ = schema.get("type")
        if typ is None and "items" in schema:
            typ = "array"
        variants = schema.get("oneOf") or schema.get("anyOf")
        if typ is None and variants and not schema.get("properties") and not schema.get("discriminator"):
            return self.value(variants[self.pick], depth, stack, index=index)
        if schema.get("allOf") and not schema.get("properties"):
            merged = self.collapse(schema)
            if merged.get("type") not in (None, "object") or "enum" in merged:
                return self.value(merged, depth, stack, index=index)
        if typ == "object" or (
            typ is None and ("properties" in schema or "allOf" in schema or "discriminator" in schema or variants)
        ):
            return self.object(schema, depth, stack)
        if typ == "array":
            return self.array(schema, depth, stack)
        if typ == "string":
            v = self.string(schema, index)
            return Sample(v, v)
        if typ == "integer":
            v = self.number(schema, index, integer=True)
            return Sample(v, v)
        if typ == "number":
            v = self.number(schema, index, integer=False)
            return Sample(v, v)
        if typ == "boolean":
            return Sample(True, True)
        if "additionalProperties" in schema:
            return self.object(schema, depth, stack)
        return Sample("value", "value")  # an untyped ("any") schema

    def collapse(self, schema: Dict[str, Any]) -> Dict[str, Any]:
        """A schema with its ``allOf`` parts folded in (for scalar schemas)."""
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema.get("allOf", []):
            part, _ = self.spec.deref(part)
            for k, v in self.collapse(part).items():
                merged.setdefault(k, v)
        return merged

    @staticmethod
    def _is_container(schema: Dict[str, Any]) -> bool:
        return (
            schema.get("type") in ("object", "array")
            or "properties" in schema
            or "allOf" in schema
            or "oneOf" in schema
            or "anyOf" in schema
        )

    def _example_ok(self, example: Any, schema: Dict[str, Any]) -> bool:
        if example is None:
            return False
        return not validate(self.spec, example, schema)

    def object(self, schema: Dict[str, Any], depth: int, stack: Tuple[str, ...]) -> Sample:
        flat = self.flatten(schema, stack)
        if flat.other is not None:
            return self.value(flat.other, depth, stack)
        arg: Dict[str, Any] = {}
        wire: Dict[str, Any] = {}
        shallow = depth >= self.MAX_DEPTH
        for pname, prop in flat.properties.items():
            resolved, pref = self.spec.deref(prop)
            read_only = bool(resolved.get("readOnly"))
            if resolved.get("writeOnly") and self.mode == "response":
                continue
            is_required = pname in flat.required or pname in flat.fixed
            if self.mode == "required" or shallow:
                if not is_required or read_only:
                    continue
            elif not is_required:
                if pref and stack.count(pref) >= 1:
                    continue  # recursive structure: stop at the first repetition
            if pname in flat.fixed:
                sample = Sample(flat.fixed[pname], flat.fixed[pname])
            else:
                sample = self.value(prop, depth + 1, stack)
            arg[pname] = sample.arg
            if not (read_only and self.mode == "full"):
                wire[pname] = sample.wire
        for pname, value in flat.fixed.items():
            if pname not in arg:
                arg[pname] = value
                wire[pname] = value
        for req in flat.required:
            if req not in arg and not (
                self.mode != "response"
                and req in flat.properties
                and self.spec.deref(flat.properties[req])[0].get("readOnly")
            ):
                if req not in flat.properties:
                    sample = Sample("value", "value")
                    arg[req] = sample.arg
                    wire[req] = sample.wire
        wanted = len(arg) < flat.min_properties or self.mode != "required" and not shallow
        if isinstance(flat.additional, dict) and flat.additional and wanted:
            sample = self.value(flat.additional, depth + 1, stack)
            arg["extra_key"] = sample.arg
            wire["extra_key"] = sample.wire
        return Sample(arg, wire)

    def array(self, schema: Dict[str, Any], depth: int, stack: Tuple[str, ...]) -> Sample:
        count = 1 if self.mode == "required" or depth >= self.MAX_DEPTH else 2
        count = max(count, schema.get("minItems", 0))
        if "maxItems" in schema:
            count = min(count, schema["maxItems"])
        items = schema.get("items", {})
        samples = [self.value(items, depth + 1, stack, index=i) for i in range(count)]
        return Sample([s.arg for s in samples], [s.wire for s in samples])

    def string(self, schema: Dict[str, Any], index: int = 0) -> str:
        fmt = schema.get("format")
        pattern = schema.get("pattern")
        if pattern is not None:
            if pattern not in PATTERN_SAMPLES:
                raise SampleError(f"no sample string for pattern {pattern!r}")
            value = PATTERN_SAMPLES[pattern]
            if pattern in _NUMBERED_PATTERNS:
                prefix = value.rstrip("0123456789")
                value = prefix + str(int(value[len(prefix) :]) + self._next())
            if pattern in _DATE_PATTERNS:
                value = self._date().isoformat()
        elif fmt == "date":
            value = self._date().isoformat()
        elif fmt == "date-time":
            value = DATETIME_SAMPLE
        elif fmt in ("uri", "url"):
            value = "https://example.com/x"
        elif fmt == "email":
            value = "someone@example.com"
        else:
            value = f"sample{self._next()}"
        low, high = schema.get("minLength"), schema.get("maxLength")
        if low is not None and len(value) < low:
            filler = "1" if pattern and ("\\d" in pattern or "0-9" in pattern) else "x"
            value = value + filler * (low - len(value))
        if high is not None and len(value) > high:
            value = value[-high:] if pattern and re.fullmatch(r"\d+", value) else value[:high]
        problems = validate(self.spec, value, schema)
        if problems:
            raise SampleError(f"could not build a string for {schema}: {problems}")
        return value

    def number(self, schema: Dict[str, Any], index: int, *, integer: bool) -> Any:
        low, high = schema.get("minimum"), schema.get("maximum")
        excl_low, excl_high = schema.get("exclusiveMinimum") is True, schema.get("exclusiveMaximum") is True
        if integer:
            value = 2 if low is None else int(math.ceil(low)) + (1 if excl_low else 0)
            if high is not None and value > high:
                value = int(math.floor(high)) - (1 if excl_high else 0)
            return value
        if low is not None and high is not None:
            return (low + high) / 2
        if low is not None:
            return float(low) + 0.5
        if high is not None:
            return float(high) - 0.5
        return 2.5


# ---------------------------------------------------------------------------------------------
# Parameters
# ---------------------------------------------------------------------------------------------


def param_schema(spec: Spec, prm: Dict[str, Any]) -> Dict[str, Any]:
    schema = prm.get("schema")
    if schema is None and "content" in prm:
        schema = next(iter(prm["content"].values())).get("schema", {})
    return spec.deref(schema or {})[0]


def param_sample(sampler: Sampler, prm: Dict[str, Any], taken: Sequence[Any] = ()) -> Sample:
    """A value for one parameter (the parameter's own example when valid and not already used by
    another parameter of the operation). ``arg`` is what to pass to the SDK (dates as
    ``datetime.date``), ``wire`` the JSON form."""
    spec = sampler.spec
    schema = param_schema(spec, prm)
    sample = None
    example = prm.get("example", schema.get("example"))
    if example is not None and not validate(spec, example, schema) and example not in taken:
        sample = Sample(copy.deepcopy(example), copy.deepcopy(example))
    if sample is None:
        plain = {k: v for k, v in schema.items() if k != "example"}
        sample = sampler.value(plain)
        tries = 0
        while sample.wire in taken and tries < 5:
            tries += 1
            sample = sampler.value(plain, index=tries)
    sample.arg = _python_value(spec, sample.arg, schema)
    return sample


def _python_value(spec: Spec, value: Any, schema: Dict[str, Any]) -> Any:
    """Dates to ``datetime.date`` (format: date), recursively through arrays."""
    schema, _ = spec.deref(schema)
    if schema.get("format") == "date" and isinstance(value, str):
        return datetime.date.fromisoformat(value)
    if schema.get("type") == "array" and isinstance(value, list):
        return [_python_value(spec, v, schema.get("items", {})) for v in value]
    return value


def wire_scalar(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value)


def expected_path(case: Case, values: Dict[str, Any], prefix: str) -> str:
    path = case.path
    for prm in case.params:
        if prm["in"] == "path":
            path = path.replace("{" + prm["name"] + "}", quote(wire_scalar(values[prm["name"]]), safe=""))
    return prefix + path


def param_style(prm: Dict[str, Any]) -> Tuple[str, bool]:
    style = prm.get("style") or ("simple" if prm["in"] in ("path", "header") else "form")
    explode = prm.get("explode", style == "form")
    return style, bool(explode)


def expected_query(prm: Dict[str, Any], value: Any) -> Dict[str, Any]:
    """The expected query contribution of one parameter: ``{"pairs": [...]}`` for flat values,
    plus ``{"deep": (name, nested)}`` for deepObject values (compared structurally)."""
    name = prm["name"]
    style, explode = param_style(prm)
    if isinstance(value, list):
        if explode:
            return {"pairs": [(name, wire_scalar(v)) for v in value]}
        return {"pairs": [(name, ",".join(wire_scalar(v) for v in value))]}
    if isinstance(value, dict):
        if style == "deepObject":
            return {"pairs": [], "deep": (name, value)}
        if explode:
            return {"pairs": [(k, wire_scalar(v)) for k, v in value.items()]}
        return {"pairs": [(name, ",".join(f"{k},{wire_scalar(v)}" for k, v in value.items()))]}
    return {"pairs": [(name, wire_scalar(value))]}


_DEEP_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])+)$")


def parse_deep(pairs: Sequence[Tuple[str, str]], name: str) -> Tuple[Any, List[Tuple[str, str]]]:
    """Rebuild a deepObject parameter from ``name[a][b]=v`` pairs. A repeated key becomes a list;
    a JSON-encoded nested value (``name[a]={"b":1}``) is decoded. Returns the structure and the
    pairs that were not part of it."""
    root: Dict[str, Any] = {}
    rest = []
    for key, val in pairs:
        m = _DEEP_KEY.match(key)
        if not m or m.group(1) != name:
            rest.append((key, val))
            continue
        parts = re.findall(r"\[([^\[\]]*)\]", m.group(2))
        node = root
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        last = parts[-1]
        if last in node:
            prev = node[last]
            node[last] = (prev if isinstance(prev, list) else [prev]) + [val]
        else:
            node[last] = val
    return root, rest


def deep_normalise(value: Any) -> Any:
    """A deepObject value in the shape :func:`parse_deep` gives: scalars as strings, one-item
    lists as the item."""
    if isinstance(value, dict):
        return {k: deep_normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [deep_normalise(v) for v in value]
        return items[0] if len(items) == 1 else items
    return wire_scalar(value)


# ---------------------------------------------------------------------------------------------
# Comparing JSON modulo date-time formatting
# ---------------------------------------------------------------------------------------------

_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def parse_datetime(text: str) -> Optional[datetime.datetime]:
    if not _DATETIME_RE.match(text):
        return None
    candidate = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    try:
        return datetime.datetime.fromisoformat(candidate)
    except ValueError:
        return None


def normalise(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, str):
        parsed = parse_datetime(value)
        if parsed is not None:
            return (
                "datetime",
                parsed.replace(tzinfo=parsed.tzinfo or datetime.timezone.utc).astimezone(datetime.timezone.utc),
            )
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
