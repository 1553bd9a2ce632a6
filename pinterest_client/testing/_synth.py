"""The one value synthesiser: valid values for a type, whatever describes the types.

Two things describe them, and both walk the same decisions here (which union variant, which
fields, how many list items, which string fits a pattern):

* the generated classes at run time (:class:`Schemas`: type strings, ``Field`` declarations
  with their checks, ``UnionModel._variants``/``_discriminator``, ``ModelList._item_type``, the
  enum classes): what the fake server answers with;
* the generator's own model definitions (``codegen/examples.py`` adapts them): the example
  arguments on the generated docs pages.

Values come out through a :class:`Builder`: JSON values by default; the generator's builder makes
Python source instead (``Board(name=...)``). Values are deterministic for a given seed (and key,
see :meth:`Synthesizer.reseed`).
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import random
import re
from typing import Any, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple

from pinterest_client.exceptions import OpenApiException
from pinterest_client.model_utils import PRIMITIVES, Model, ModelList, UnionModel, encode, resolve_type, split_type

#: Optional fields of an answer are filled in at the top level only; deeper, only required ones
#: (answers of stateless operations stay small: no invented nested detail such as targeting specs).
OPTIONAL_DEPTH = 1
#: Beyond this depth a value is cut short (cycles of required fields).
HARD_DEPTH = 12

_EPOCH = datetime.datetime(2025, 12, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)

Discriminator = Tuple[str, Mapping[str, str]]


@dataclasses.dataclass(frozen=True)
class FieldShape:
    """One property of an object schema, as the synthesiser needs it."""

    wire: str
    py: str
    type: str
    checks: Mapping[str, Any]
    required: bool
    read_only: bool = False
    deprecated: bool = False
    example: Any = None
    default: Any = None


class Schemas:
    """What the synthesiser asks about a named type (a model class name). This base answers from
    the generated classes at run time; ``codegen/examples.py`` answers from the generator's
    definitions."""

    def kind(self, name: str) -> str:
        """``object``, ``enum``, ``union``, ``list``, ``alias`` or ``""`` (unknown)."""
        cls = resolve_type(name)
        if isinstance(cls, type) and issubclass(cls, enum.Enum):
            return "enum"
        if isinstance(cls, type) and issubclass(cls, ModelList):
            return "list"
        if isinstance(cls, type) and issubclass(cls, UnionModel):
            return "union"
        if isinstance(cls, type) and issubclass(cls, Model):
            return "object"
        return ""

    def enum_values(self, name: str) -> Sequence[Any]:
        return tuple(m.value for m in resolve_type(name))

    def element(self, name: str) -> str:
        """A list schema's item type (an alias's target type)."""
        return str(resolve_type(name)._item_type)

    def checks(self, name: str) -> Mapping[str, Any]:
        """The schema's own checks (a list's ``min_items``/``items``; an object's ``min_properties``)."""
        return resolve_type(name)._checks or {}

    def variants(self, name: str) -> Sequence[Tuple[str, Mapping[str, Any]]]:
        return [(v, {}) for v in getattr(resolve_type(name), "_variants", ())]

    def discriminator(self, name: str) -> Optional[Discriminator]:
        return getattr(resolve_type(name), "_discriminator", None)

    def fields(self, name: str) -> Sequence[FieldShape]:
        return [
            FieldShape(f.wire, f.py, f.type, f.checks, f.required, f.read_only)
            for f in getattr(resolve_type(name), "_fields", ())
        ]

    def additional(self, name: str) -> Optional[Tuple[str, Mapping[str, Any]]]:
        """The type of undeclared properties (``None``: none allowed)."""
        additional = getattr(resolve_type(name), "_additional", None)
        return None if additional is None else (additional, {})

    def required_any(self, name: str) -> Sequence[Tuple[str, ...]]:
        """Groups of properties of which at least one must be all present."""
        return getattr(resolve_type(name), "_required_any", ())


#: The generated classes' description (stateless: one serves every caller).
_RUNTIME = Schemas()


class Builder:
    """Turns the synthesiser's decisions into output: here, JSON values."""

    def scalar(self, kind: str, value: Any) -> Any:
        """A primitive or enum value (``kind``: a primitive type string or an enum's name)."""
        return value

    def array(self, items: List[Any]) -> Any:
        return items

    def mapping(self, entries: Dict[str, Any]) -> Any:
        """A map: keys are data."""
        return entries

    def model(self, cls: str, values: List[Tuple[FieldShape, Any]], extra: Dict[str, Any]) -> Any:
        """An instance of object schema ``cls``; ``extra``: properties it does not declare (the
        discriminator of a union that declares it instead of its variant)."""
        out = {f.wire: v for f, v in values}
        out.update(extra)
        return out


def enum_values(type_str: str) -> Optional[Tuple[Any, ...]]:
    """The allowed values when ``type_str`` names a generated enum, else ``None``."""
    if not _is_class_name(type_str) or _RUNTIME.kind(type_str) != "enum":
        return None
    return tuple(_RUNTIME.enum_values(type_str))


class Synthesizer:
    """``make(type_str, checks)`` -> a value valid for that type.

    ``request=False`` (the fake server): what a server answers, read-only fields included,
    optional ones at the top level only. ``request=True`` (the docs): what a caller sends,
    writable fields only, optional ones where the spec gives a valid example; the spec's examples
    (passed to :meth:`make`) are used whenever they are valid.
    """

    def __init__(
        self,
        seed: int = 5023,
        schemas: Optional[Schemas] = None,
        builder: Optional[Builder] = None,
        request: bool = False,
    ) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.schemas = schemas or _RUNTIME
        self.out = builder or Builder()
        self.request = request

    def reseed(self, key: str) -> None:
        """Make what follows deterministic per ``key`` (an operation id, say)."""
        self.rng = random.Random(f"{self.seed}:{key}")

    # -- entry points --------------------------------------------------------------------------

    def make(
        self,
        type_str: str,
        checks: Optional[Mapping[str, Any]] = None,
        name: str = "",
        depth: int = 0,
        example: Any = None,
        default: Any = None,
    ) -> Any:
        """A value for ``type_str`` under ``checks``: the ``example`` (or ``default``) when it is
        valid, else one built from the type (``name`` shapes strings: ``*_url``, ``*_id``...)."""
        checks = checks or {}
        for given in (example, default):
            if given is not None and self.fits(type_str, checks, given):
                return self.from_json(type_str, given)
        container, inner = split_type(type_str)
        if container == "list":
            return self._list(inner, checks, name, depth, example)
        if container == "dict":
            if inner == "any" or depth >= HARD_DEPTH:
                return self.out.mapping({})
            return self.out.mapping({"key": self.make(inner, None, "", depth + 1)})
        if checks.get("enum"):
            return self.out.scalar(inner, checks["enum"][0])
        if inner in PRIMITIVES:
            return self.out.scalar(inner, self.primitive(inner, checks, name))
        return self.model(inner, checks, name, depth)

    def model(self, class_name: str, checks: Optional[Mapping[str, Any]] = None, name: str = "", depth: int = 0) -> Any:
        """A value of the named schema (a union or a discriminated base: a concrete subtype)."""
        kind = self._kind(class_name)
        if kind == "enum":
            return self.out.scalar(class_name, self.schemas.enum_values(class_name)[0])
        if kind == "alias":
            merged = {**self.schemas.checks(class_name), **(checks or {})}
            return self.make(self.schemas.element(class_name), merged, name, depth)
        if kind == "list":
            merged = {**self.schemas.checks(class_name), **(checks or {})}
            return self._list(self.schemas.element(class_name), merged, name, depth, None)
        if kind not in ("object", "union"):
            return self.out.mapping({})
        cls, discriminator = self.concrete(class_name)
        if self._kind(cls) == "union":  # no object variant to stand for it
            variants = self.schemas.variants(cls)
            if variants:
                return self.make(variants[0][0], variants[0][1], name, depth)
        return self._object(cls, depth, discriminator)

    def concrete(self, name: str) -> Tuple[str, Optional[Tuple[str, str]]]:
        """The schema a value of ``name`` is built from, and the discriminator ``(property,
        value)`` to set: a union takes its first object variant (the first mapped one its
        discriminator accepts, when it has one); a discriminated base its own mapping key, or its
        first object subtype."""
        kind = self._kind(name)
        discriminator = self.schemas.discriminator(name)
        if kind == "union":
            if discriminator is not None:
                prop, mapping = discriminator
                for key, target in mapping.items():
                    if self._kind(target) in ("object", "union") and self._accepts(target, prop, key):
                        cls, inner = self.concrete(target)
                        return cls, inner or (prop, key)
            objects = [v for v, _ in self.schemas.variants(name) if self._kind(v) in ("object", "union")]
            return self.concrete(objects[0]) if objects else (name, None)
        if kind == "object" and discriminator is not None:
            prop, mapping = discriminator
            own = next((k for k, v in mapping.items() if v == name), None)
            if own is not None:
                return name, (prop, own)
            for key, target in mapping.items():
                if self._kind(target) == "object":
                    cls, inner = self.concrete(target)
                    return cls, inner or (prop, key)
        return name, None

    def _kind(self, type_str: str) -> str:
        """What ``type_str`` names (``""``: a primitive or container type, or nothing known)."""
        return self.schemas.kind(type_str) if _is_class_name(type_str) else ""

    # -- examples ------------------------------------------------------------------------------

    def fits(self, type_str: str, checks: Mapping[str, Any], value: Any) -> bool:
        """Whether a JSON ``value`` (a spec example) is valid for the type: primitives, enums,
        lists and maps of them. Examples of object schemas are never reused (they tend to carry
        read-only or stale fields); those are built instead."""
        container, inner = split_type(type_str)
        if container == "list":
            items = checks.get("items") or {}
            return (
                isinstance(value, list)
                and max(1, checks.get("min_items", 1)) <= len(value) <= checks.get("max_items", len(value))
                and all(self.fits(inner, items, v) for v in value)
            )
        if container == "dict":
            return isinstance(value, dict) and all(self.fits(inner, {}, v) for v in value.values())
        if inner in PRIMITIVES:
            return _valid(inner, checks, value)
        kind = self._kind(inner)
        if kind in ("alias", "list"):
            return self.fits(self._unwrap(inner), {**self.schemas.checks(inner), **checks}, value)
        if kind == "enum":
            return value in self.schemas.enum_values(inner) and value in checks.get("enum", (value,))
        map_value = self._map_value(inner)
        return (
            map_value is not None
            and isinstance(value, dict)
            and bool(value)
            and all(self.fits(map_value[0], map_value[1], v) for v in value.values())
        )

    def from_json(self, type_str: str, value: Any) -> Any:
        """Output for a JSON value that :meth:`fits` ``type_str``."""
        container, inner = split_type(self._unwrap(type_str))
        if container == "list":
            return self.out.array([self.from_json(inner, v) for v in value])
        if isinstance(value, dict) and inner != "any":
            map_value = self._map_value(inner) if not container else None
            value_type = inner if container else map_value[0] if map_value else "any"
            return self.out.mapping({k: self.from_json(value_type, v) for k, v in value.items()})
        return self.out.scalar(inner, value)

    def _unwrap(self, type_str: str) -> str:
        """Alias and list schemas -> the type they stand for (``KeywordList`` -> ``list[str]``)."""
        kind = self._kind(type_str)
        if kind == "alias":
            return self._unwrap(self.schemas.element(type_str))
        if kind == "list":
            return f"list[{self.schemas.element(type_str)}]"
        return type_str

    def _map_value(self, name: str) -> Optional[Tuple[str, Mapping[str, Any]]]:
        """The value type of an object schema that is only a map (no declared properties)."""
        if self._kind(name) != "object" or self.schemas.fields(name):
            return None
        additional = self.schemas.additional(name)
        return None if additional is None or additional[0] == "any" else additional

    # -- pieces --------------------------------------------------------------------------------

    def _accepts(self, target: str, prop: str, key: str) -> bool:
        """Whether ``target``'s discriminator property allows ``key`` (its own enum may not)."""
        field = next((f for f in self.schemas.fields(target) if f.wire == prop), None)
        if field is None:
            return True
        allowed = field.checks.get("enum")
        if not allowed and self._kind(field.type) == "enum":
            allowed = self.schemas.enum_values(field.type)
        return not allowed or key in allowed

    def _list(self, inner: str, checks: Mapping[str, Any], name: str, depth: int, example: Any) -> Any:
        if depth >= HARD_DEPTH:
            return self.out.array([])
        count = max(1, checks.get("min_items", 1))
        if "max_items" in checks:
            count = min(count, checks["max_items"])
        item_checks = checks.get("items") or {}
        enum = item_checks.get("enum") or ()
        if not enum and self._kind(inner) == "enum":
            enum = self.schemas.enum_values(inner)
        if len(enum) >= count:  # distinct values (a list of enum values is often a set)
            return self.out.array([self.out.scalar(inner, v) for v in enum[:count]])
        item_example = None if isinstance(example, list) else example  # specs often give one item
        return self.out.array([self.make(inner, item_checks, name, depth + 1, item_example) for _ in range(count)])

    def _object(self, cls: str, depth: int, discriminator: Optional[Tuple[str, str]]) -> Any:
        if depth >= HARD_DEPTH:
            return self.out.model(cls, [], {})
        fields = self.schemas.fields(cls)
        additional = self.schemas.additional(cls)
        if not fields and additional is not None and additional[0] != "any":  # a map
            if depth < OPTIONAL_DEPTH or self.request or self.schemas.checks(cls).get("min_properties"):
                return self.out.mapping({"all": self.make(additional[0], additional[1], "all", depth + 1)})
            return self.out.mapping({})
        values = [(f, self.make(f.type, f.checks, f.wire, depth + 1, *self._given(f))) for f in self._shown(cls, depth)]
        extra: Dict[str, Any] = {}
        if discriminator is not None:
            prop, key = discriminator
            field = next((f for f in fields if f.wire == prop), None)
            values = [(f, v) for f, v in values if f.wire != prop]
            if field is not None:
                values.insert(0, (field, self.out.scalar(field.type, key)))
            else:
                extra[prop] = self.out.scalar("str", key)
        return self.out.model(cls, values, extra)

    def _given(self, f: FieldShape) -> Tuple[Any, Any]:
        """A field's example and default: offered to requests only (answers are synthesised)."""
        return (f.example, f.default) if self.request else (None, None)

    def _shown(self, cls: str, depth: int) -> List[FieldShape]:
        """The fields a value of ``cls`` carries at ``depth``: the required ones (and one
        "at least one of" group), plus optional ones — an answer's at the top level, a request's
        where the spec has a valid example (all of them at the top when nothing else shows)."""
        fields = self.schemas.fields(cls)
        if self.request:
            fields = [f for f in fields if not f.read_only and not f.deprecated]
        groups = self.schemas.required_any(cls)
        wanted = set(groups[0]) if groups else set()
        required = [f for f in fields if f.required or f.wire in wanted]
        if not self.request:
            return list(fields) if depth < OPTIONAL_DEPTH else required
        if depth > 0 and required:
            return required
        shown = [f for f in fields if f in required or self._has_example(f)]
        return shown or (list(fields) if depth == 0 else [])

    def _has_example(self, f: FieldShape) -> bool:
        return f.example is not None and self.fits(f.type, f.checks, f.example)

    # -- primitives ----------------------------------------------------------------------------

    def primitive(self, kind: str, checks: Mapping[str, Any], name: str = "") -> Any:
        """A valid JSON value of primitive ``kind`` (dates as ISO-8601 strings)."""
        if kind == "bool":
            return True
        if kind == "int":
            return int(self._number(checks, name, integer=True))
        if kind == "float":
            return self._number(checks, name, integer=False)
        if kind == "date":
            return self._moment(name).date().isoformat()
        if kind == "datetime":
            return self._moment(name).strftime("%Y-%m-%dT%H:%M:%SZ")
        if kind == "any":
            return self.string({}, name)
        return self.string(checks, name)

    def _moment(self, name: str) -> datetime.datetime:
        """A recent moment; a range's start a week before its end (``start_date``/``end_date``)."""
        lname = name.lower()
        if "end" in lname.split("_"):
            return _EPOCH
        if "start" in lname.split("_"):
            return _EPOCH - datetime.timedelta(days=7)
        return _EPOCH - datetime.timedelta(minutes=self.rng.randint(0, 60 * 24 * 30))

    def _number(self, checks: Mapping[str, Any], name: str, integer: bool) -> Any:
        low = checks.get("minimum")
        high = checks.get("maximum")
        if low is not None and checks.get("exclusive_minimum"):
            low = low + (1 if integer else 0.01)
        if high is not None and checks.get("exclusive_maximum"):
            high = high - (1 if integer else 0.01)
        lname = name.lower()
        if low is None and high is None and _TIME_NAME.search(lname):
            return int(_EPOCH.timestamp()) - self.rng.randint(0, 86400 * 30)
        lo = low if low is not None else 0
        hi = high if high is not None else max(lo, 0) + 1000
        if hi < lo:
            hi = lo
        if integer:
            return self.rng.randint(int(-(-lo // 1)), int(hi // 1)) if int(-(-lo // 1)) <= int(hi // 1) else int(lo)
        return round(self.rng.uniform(lo, hi), 2) if hi > lo else lo

    def string(self, checks: Mapping[str, Any], name: str = "") -> str:
        """A string the SDK's own checks accept: the first of the name's candidates that fits,
        cut or padded to the length bounds."""
        low = int(checks.get("min_length", 0))
        high = checks.get("max_length")
        for candidate in self._candidates(name, checks.get("pattern")):
            if high is not None:
                candidate = candidate[:high]
            if "pattern" not in checks:
                candidate += "x" * (low - len(candidate))
            if _valid("str", checks, candidate):
                return candidate
        return "x" * max(1, low)

    def numeric_id(self, length: int = 18) -> str:
        return str(self.rng.randint(10 ** (length - 1), 10**length - 1))

    def _candidates(self, name: str, pattern: Optional[str]) -> Iterator[str]:
        lname = name.lower()
        digits = self.numeric_id()
        hint = _NAME_HINTS.get(lname)
        if hint is not None:
            yield hint
        looks_like_id = lname == "id" or lname.endswith("_id") or lname.endswith("_ids")
        if pattern is not None or looks_like_id or not lname:
            # Unnamed strings (list items, map values) are most often ids whose pattern the
            # type string cannot carry.
            yield digits
        if (
            "url" in lname
            or "link" in lname
            or lname in ("location", "website", "href")
            or (pattern and "http" in pattern)
        ):
            yield f"https://example.com/{lname or 'resource'}/{self.rng.randint(1, 9999)}"
        if "email" in lname:
            yield "someone@example.com"
        if "date" in lname or (pattern and ("\\d{4}" in pattern)):
            yield self._moment(lname).date().isoformat()
            yield _EPOCH.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        if "time" in lname and pattern and ":" in pattern:
            yield "12:30"
        if "color" in lname:
            yield "#6E7874"
        if "currency" in lname:
            yield "USD"
        if "country" in lname:
            yield "US"
        if "locale" in lname or "language" in lname:
            yield "en-US"
        if pattern is not None:
            yield "AG" + digits
            yield "C" + digits
            yield digits[:6] + "+"
            yield "abc123"
            yield "QUJDMTIz"
            yield "sample text"
        yield _words(lname)


def _is_class_name(type_str: str) -> bool:
    return type_str not in PRIMITIVES and "[" not in type_str


def _valid(kind: str, checks: Mapping[str, Any], value: Any) -> bool:
    """Whether ``value`` is a valid ``kind`` under ``checks``: the SDK's own request validation
    decides (a date or date-time must be given as an ISO-8601 string here)."""
    if kind in ("date", "datetime") and not isinstance(value, str):
        return False
    try:
        encode(value, kind, "example", dict(checks) or None)
    except OpenApiException:
        return False
    return True


#: Values for fields whose enum the type string cannot carry (an ``anyOf`` of string enums is
#: generated as plain ``str``).
_NAME_HINTS = {"mapped_conversion_type": "PAGE_VISIT"}

#: Numbers named like a moment (``created_time``, ``updated_timestamp``, ``expires_at``) are Unix
#: timestamps; ``lifetime_frequency_cap`` is not.
_TIME_NAME = re.compile(r"(^|_)(time|timestamp)(_|$)|_at$")


def _words(name: str) -> str:
    if not name:
        return "sample"
    return f"Sample {name.replace('_', ' ')}"
