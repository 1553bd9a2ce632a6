"""Make JSON values that conform to a type string of the SDK's generated metadata.

The inputs are what the generator emitted: type strings (``str``, ``list[Pin]``, ``dict[any]``,
model names), :class:`~pinterest_client.model_utils.Field` declarations with their checks
(``enum``, ``pattern``, ``minimum``...), ``UnionModel._variants``/``_discriminator``,
``ModelList._item_type`` and the enum classes. Values are deterministic for a given seed.
"""

from __future__ import annotations

import datetime
import enum
import random
import re
from typing import Any, Dict, Optional, Tuple

from pinterest_client.model_utils import PRIMITIVES, Model, ModelList, UnionModel, resolve_type, split_type

#: Optional fields are filled in at the top level only; deeper, only required ones (answers of
#: stateless operations stay small: no invented nested detail such as targeting specs).
OPTIONAL_DEPTH = 1
#: Beyond this depth a value is cut short (cycles of required fields).
HARD_DEPTH = 12

_EPOCH = datetime.datetime(2025, 12, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)


def _is_class_name(type_str: str) -> bool:
    return type_str not in PRIMITIVES and "[" not in type_str


def is_enum_class(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def enum_values(type_str: str) -> Optional[Tuple[Any, ...]]:
    """The allowed values when ``type_str`` names a generated enum, else ``None``."""
    if type_str in PRIMITIVES or split_type(type_str)[0]:
        return None
    cls = resolve_type(type_str)
    return tuple(m.value for m in cls) if is_enum_class(cls) else None


class Synthesizer:
    """``make(type_str, checks)`` -> a JSON value valid for that type."""

    def __init__(self, seed: int = 5023) -> None:
        self.seed = seed
        self.rng = random.Random(seed)

    def reseed(self, key: str) -> None:
        """Make what follows deterministic per ``key`` (an operation id, say)."""
        self.rng = random.Random(f"{self.seed}:{key}")

    # -- entry points --------------------------------------------------------------------------

    def make(self, type_str: str, checks: Optional[Dict[str, Any]] = None, name: str = "", depth: int = 0) -> Any:
        checks = checks or {}
        if "enum" in checks and checks["enum"]:
            return checks["enum"][0]
        container, inner = split_type(type_str)
        if container == "list":
            return self._list(inner, checks, name, depth)
        if container == "dict":
            if inner == "any" or depth >= HARD_DEPTH:
                return {}
            return {"key": self.make(inner, None, "", depth + 1)}
        if inner in PRIMITIVES:
            return self.primitive(inner, checks, name)
        return self.model(inner, name, depth)

    def model(self, class_name: str, name: str = "", depth: int = 0) -> Any:
        cls = resolve_type(class_name)
        if is_enum_class(cls):
            return next(iter(cls)).value
        if isinstance(cls, type) and issubclass(cls, ModelList):
            return self._list(cls._item_type, dict(cls._checks or {}), name, depth)
        if isinstance(cls, type) and issubclass(cls, UnionModel):
            return self._union(cls, name, depth)
        if isinstance(cls, type) and issubclass(cls, Model):
            disc = cls._discriminator
            if disc is not None and cls.__name__ not in disc[1].values():
                return self._union(cls, name, depth)  # a base schema: answer with a mapped subtype
            return self._object(cls, depth)
        return {}

    # -- pieces --------------------------------------------------------------------------------

    def _list(self, inner: str, checks: Dict[str, Any], name: str, depth: int) -> Any:
        if depth >= HARD_DEPTH:
            return []
        count = max(1, checks.get("min_items", 1))
        if "max_items" in checks:
            count = min(count, checks["max_items"])
        item_checks = checks.get("items")
        values = []
        for i in range(count):
            value = self.make(inner, item_checks, name, depth + 1)
            if i and isinstance(value, str) and value in values and item_checks and "enum" in item_checks:
                options = [v for v in item_checks["enum"] if v not in values]
                value = options[0] if options else value
            values.append(value)
        return values

    def _union(self, cls: Any, name: str, depth: int) -> Any:
        if cls._discriminator is not None:
            prop, mapping = cls._discriminator
            for key, target in mapping.items():
                target_cls = resolve_type(target)
                field = getattr(target_cls, "_by_wire", {}).get(prop)
                allowed = field.checks.get("enum") if field is not None else None
                if allowed is None and field is not None:
                    allowed = enum_values(field.type)
                if allowed and key not in allowed:
                    continue
                value = self.model(target, name, depth)
                if isinstance(value, dict):
                    value[prop] = key
                return value
        variants = getattr(cls, "_variants", ())
        for variant in variants:
            if _is_class_name(variant):
                return self.model(variant, name, depth)
        if variants:  # primitive or container variants only
            return self.make(variants[0], None, name, depth)
        return self._object(cls, depth) if getattr(cls, "_fields", ()) else {}

    def _object(self, cls: Any, depth: int) -> Dict[str, Any]:
        out: Dict[str, Any] = {}
        if depth >= HARD_DEPTH:
            return out
        wanted = set(cls._required_any[0]) if cls._required_any else set()  # "at least one of" these
        for field in cls._fields:
            if not field.required and field.wire not in wanted and depth >= OPTIONAL_DEPTH:
                continue
            out[field.wire] = self.make(field.type, field.checks, field.wire, depth + 1)
        min_properties = (cls._checks or {}).get("min_properties", 0)
        if not cls._fields and cls._additional not in (None, "any") and (depth < OPTIONAL_DEPTH or min_properties):
            out["all"] = self.make(cls._additional, None, "all", depth + 1)
        if cls._discriminator is not None:
            prop, mapping = cls._discriminator
            own = [k for k, v in mapping.items() if v == cls.__name__]
            if own:
                out[prop] = own[0]
        return out

    # -- primitives ----------------------------------------------------------------------------

    def primitive(self, kind: str, checks: Dict[str, Any], name: str = "") -> Any:
        if kind == "bool":
            return True
        if kind == "int":
            return int(self._number(checks, name, integer=True))
        if kind == "float":
            return self._number(checks, name, integer=False)
        if kind == "date":
            return (_EPOCH.date() - datetime.timedelta(days=self.rng.randint(0, 30))).isoformat()
        if kind == "datetime":
            return (_EPOCH - datetime.timedelta(minutes=self.rng.randint(0, 60 * 24 * 30))).strftime(
                "%Y-%m-%dT%H:%M:%SZ"
            )
        if kind == "any":
            return self.string({}, name)
        return self.string(checks, name)

    def _number(self, checks: Dict[str, Any], name: str, integer: bool) -> Any:
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

    def string(self, checks: Dict[str, Any], name: str = "") -> str:
        pattern = checks.get("pattern")
        low = int(checks.get("min_length", 0))
        high = checks.get("max_length")
        for candidate in self._candidates(name, pattern):
            if pattern is not None and not _compiled(pattern).search(candidate):
                continue
            if len(candidate) < low:
                if pattern is None:
                    candidate = candidate + "x" * (low - len(candidate))
                else:
                    continue
            if high is not None and len(candidate) > high:
                candidate = candidate[:high]
                if pattern is not None and not _compiled(pattern).search(candidate):
                    continue
            return str(candidate)
        return "x" * max(1, low)

    def numeric_id(self, length: int = 18) -> str:
        return str(self.rng.randint(10 ** (length - 1), 10**length - 1))

    def _candidates(self, name: str, pattern: Optional[str]) -> Any:
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
            yield (_EPOCH.date() - datetime.timedelta(days=self.rng.randint(0, 30))).isoformat()
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


#: Values for fields whose enum the type string cannot carry (an ``anyOf`` of string enums is
#: generated as plain ``str``).
_NAME_HINTS = {"mapped_conversion_type": "PAGE_VISIT"}

_PATTERNS: Dict[str, "re.Pattern[str]"] = {}

#: Numbers named like a moment (``created_time``, ``updated_timestamp``, ``expires_at``) are Unix
#: timestamps; ``lifetime_frequency_cap`` is not.
_TIME_NAME = re.compile(r"(^|_)(time|timestamp)(_|$)|_at$")


def _compiled(pattern: str) -> "re.Pattern[str]":
    compiled = _PATTERNS.get(pattern)
    if compiled is None:
        compiled = _PATTERNS[pattern] = re.compile(pattern)
    return compiled


def _words(name: str) -> str:
    if not name:
        return "sample"
    return f"Sample {name.replace('_', ' ')}"
