"""The runtime that generated code stands on: typed models that are lenient when reading and
strict when writing, enums, and the metadata of operations.

A generated model declares its fields once, as a tuple of plain tuples (constants, so defining a
class costs next to nothing; the :class:`Field` objects are built the first time the class is
used)::

    class Board(Model):
        id: Optional[str]
        name: Optional[str]
        _spec = (("id", "str", "read_only"), ("name", "str", "required", {"max_length": 50}))

An entry is ``(wire name, type[, flags[, checks[, python name]]])``: ``flags`` is a string naming
any of ``required``, ``nullable`` and ``read_only``, ``checks`` the spec's constraints
(``pattern``, ``max_length``, ``enum``, ``items``...) and the python name is given only when it
differs from the wire name. Hand-written models may declare ``_fields = (Field(...), ...)``
instead.

Type strings are a tiny language: ``str int float bool date datetime any``, ``list[T]``,
``dict[T]`` and the name of a generated model or enum class (resolved lazily, so importing one
model imports nothing else).

Storage: an instance's ``__dict__`` *is* its wire dictionary (keys are the JSON names). Decoding a
response therefore reuses the dictionaries ``json.loads`` built, converting in place only the
values that need it (nested models, dates), through a decoder compiled once per class; unknown
keys stay and round-trip through :meth:`Model.to_dict`. Reading never raises on an unknown enum
value, an extra field, a ``null`` or a mismatched type. Writing (:func:`encode`) validates against
the spec through an encoder compiled once per type, and raises
:class:`~pinterest_client.exceptions.ApiTypeError` / :class:`~pinterest_client.exceptions.ApiValueError`
naming the offending path.

Importing this module (and so any generated module) imports nothing beyond ``enum`` and
``datetime``: no ``typing``, ``re``, ``json`` or HTTP stack.
"""

from __future__ import annotations

import _thread
import contextvars
import datetime
import enum
import sys

#: ``typing.TYPE_CHECKING`` without importing ``typing`` (type checkers treat the name specially);
#: generated modules import it from here.
TYPE_CHECKING = False

if TYPE_CHECKING:
    import re
    from typing import (
        Any,
        Callable,
        ClassVar,
        Dict,
        FrozenSet,
        Iterable,
        Iterator,
        List,
        Mapping,
        Optional,
        Sequence,
        Sized,
        Tuple,
        Type,
        TypeVar,
    )

    from pinterest_client.api_client import ApiClient, ApiResponse

    M = TypeVar("M", bound="Model")
    Decoder = Optional[Callable[[Any], Any]]
    Encoder = Callable[[Any, bool], Any]

__all__ = [
    "Field",
    "Model",
    "UnionModel",
    "ModelList",
    "Enum",
    "IntEnum",
    "FloatEnum",
    "Param",
    "Operation",
    "Endpoint",
    "decoder_for",
    "split_type",
    "encode",
    "parse_date",
    "parse_datetime",
    "resolve_type",
]

#: Field names whose values are secrets: shown as ``'***'`` in reprs and error messages.
SECRET_FIELDS = frozenset({"access_token", "refresh_token", "client_secret", "password", "conversion_token"})

#: Prefix for an unknown response key that collides with a method name (``to_dict``...).
_MANGLE = "\x00"

_MODELS_PACKAGE = "pinterest_client.models"


def _type_error(message: str) -> Exception:
    from pinterest_client.exceptions import ApiTypeError

    return ApiTypeError(message)


def _value_error(message: str) -> Exception:
    from pinterest_client.exceptions import ApiValueError

    return ApiValueError(message)


# ---------------------------------------------------------------------------------------------
# Field declarations
# ---------------------------------------------------------------------------------------------


class Field:
    """One property of a model, as the spec declares it."""

    __slots__ = ("wire", "py", "type", "required", "nullable", "read_only", "checks", "_encoder")

    def __init__(
        self,
        wire: str,
        type: str,
        *,
        py: Optional[str] = None,
        required: bool = False,
        nullable: bool = False,
        read_only: bool = False,
        **checks: Any,
    ) -> None:
        self.wire = wire
        self.py = py or wire
        self.type = type
        self.required = required
        self.nullable = nullable
        self.read_only = read_only
        self.checks = checks
        self._encoder: Optional[Encoder] = None

    @classmethod
    def from_spec(cls, entry: Tuple[Any, ...]) -> "Field":
        """A ``_spec`` entry ``(wire, type[, flags[, checks[, py]]])`` -> :class:`Field`."""
        wire, type_str = entry[0], entry[1]
        flags = entry[2] if len(entry) > 2 else ""
        checks = entry[3] if len(entry) > 3 and entry[3] else {}
        py = entry[4] if len(entry) > 4 else None
        return cls(
            wire,
            type_str,
            py=py,
            required="required" in flags,
            nullable="nullable" in flags,
            read_only="read_only" in flags,
            **checks,
        )

    def encoder(self) -> Encoder:
        """The compiled encoder for this field's type and checks (built on first use)."""
        encoder = self._encoder
        if encoder is None:
            encoder = self._encoder = _compile_encoder(self.type, self.checks or None)
        return encoder

    def __repr__(self) -> str:
        return f"Field({self.wire!r}, {self.type!r})"


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

_fromisoformat = datetime.datetime.fromisoformat


def parse_datetime(value: str) -> datetime.datetime:
    """ISO-8601 date-time; ``datetime.fromisoformat`` first, dateutil for the odd ones."""
    try:
        return _fromisoformat(value)
    except ValueError:
        if value.endswith(("Z", "z")):
            try:
                return _fromisoformat(value[:-1] + "+00:00")
            except ValueError:
                pass
        from dateutil.parser import isoparse

        return isoparse(value)


def parse_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return parse_datetime(value).date()


def _decode_datetime(value: Any) -> Any:
    if type(value) is not str:
        return value
    try:
        return _fromisoformat(value)
    except ValueError:
        pass
    try:
        return parse_datetime(value)
    except (ValueError, OverflowError):
        return value


def _decode_date(value: Any) -> Any:
    if type(value) is not str:
        return value
    try:
        return parse_date(value)
    except (ValueError, OverflowError):
        return value


# ---------------------------------------------------------------------------------------------
# Type resolution
# ---------------------------------------------------------------------------------------------

PRIMITIVES = ("str", "int", "float", "bool", "date", "datetime", "any", "file")

_CLASSES: Dict[str, Any] = {}


def resolve_type(name: str) -> Any:
    """The generated class called ``name`` (imported on first use)."""
    try:
        return _CLASSES[name]
    except KeyError:
        pass
    models = sys.modules.get(_MODELS_PACKAGE)
    if models is None:
        import importlib

        models = importlib.import_module(_MODELS_PACKAGE)
    cls = _CLASSES[name] = getattr(models, name)
    return cls


def split_type(type_str: str) -> Tuple[str, str]:
    """``'list[Pin]'`` -> ``('list', 'Pin')``; ``'Pin'`` -> ``('', 'Pin')``."""
    if type_str.endswith("]"):
        head, _, inner = type_str.partition("[")
        return head, inner[:-1]
    return "", type_str


def is_class_name(type_str: str) -> bool:
    """``'Board'`` is; ``'str'`` and ``'list[Board]'`` are not."""
    return type_str not in PRIMITIVES and "[" not in type_str


# ---------------------------------------------------------------------------------------------
# Loading generated modules (the lazy indexes ``models`` and ``apis``)
# ---------------------------------------------------------------------------------------------


def import_generated(package: str, module: str) -> Any:
    """``importlib.import_module(f"{package}.{module}")``, with importlib loaded only when needed."""
    import importlib

    return importlib.import_module(f"{package}.{module}")


# ---------------------------------------------------------------------------------------------
# Decoding (responses): lenient, in place, compiled once per type
# ---------------------------------------------------------------------------------------------

_DECODERS: Dict[str, Decoder] = {}
_CLASS_DECODERS: Dict[Any, Callable[[Any], Any]] = {}
#: Classes whose decoder is being compiled (a recursive schema refers to itself through a stub).
_COMPILING: List[Any] = []


def decoder_for(type_str: str) -> Decoder:
    """A function turning a ``json.loads`` value into the typed value, or ``None`` when the value
    needs no conversion. Decoders take ownership of (and may mutate) the containers they get."""
    try:
        return _DECODERS[type_str]
    except KeyError:
        pass
    container, inner = split_type(type_str)
    decoder: Decoder
    if container:
        item = decoder_for(inner)
        if item is None:
            decoder = None
        elif container == "list":

            def decoder(value: Any, item: Callable[[Any], Any] = item) -> Any:
                return [item(v) for v in value] if type(value) is list else value

        else:

            def decoder(value: Any, item: Callable[[Any], Any] = item) -> Any:
                if type(value) is not dict:
                    return value
                return {k: item(v) for k, v in value.items()}

    elif inner == "datetime":
        decoder = _decode_datetime
    elif inner == "date":
        decoder = _decode_date
    elif inner in PRIMITIVES:
        decoder = None
    else:
        cls: Any = resolve_type(inner)
        if isinstance(cls, _ModelMeta) and not issubclass(cls, UnionModel) and not cls.__dict__.get("_framework_"):
            if cls in _COMPILING:  # a schema that contains itself: decode through a stub (not cached)
                recursive = cls
                return lambda data: _class_decoder(recursive)(data)
            decoder = _class_decoder(cls)
        else:
            decoder = cls._from_wire if hasattr(cls, "_from_wire") else None
    _DECODERS[type_str] = decoder
    return decoder


def _class_decoder(cls: Any) -> Callable[[Any], Any]:
    """``json.loads`` dict -> instance of the :class:`Model` subclass ``cls``, built once per class."""
    decoder = _CLASS_DECODERS.get(cls)
    if decoder is not None:
        return decoder
    _COMPILING.append(cls)
    try:
        converters = []
        for f in cls._fields:
            convert = decoder_for(f.type)
            if convert is not None:
                converters.append((f.wire, convert))
        additional = cls._additional
        extra = decoder_for(additional) if additional is not None and additional != "any" else None
    finally:
        _COMPILING.remove(cls)
    compiled: Callable[[Any], Any] = _make_decoder(cls, tuple(converters), extra)
    _CLASS_DECODERS[cls] = compiled
    return compiled


def _make_decoder(cls: Any, converters: Tuple[Tuple[str, Callable[[Any], Any]], ...], extra: Decoder) -> Any:
    reserved: FrozenSet[str] = cls._reserved
    declared = cls._by_wire.keys()
    discriminator = cls._discriminator
    new = object.__new__

    def decode(data: Any) -> Any:
        if type(data) is not dict:
            return data
        if discriminator is not None:
            target = _discriminated(cls, data)
            if target is not cls:
                return target._from_wire(data)
        for key, convert in converters:
            value = data.get(key)
            if value is not None:
                data[key] = convert(value)
        if extra is not None:
            for key in data.keys() - declared:
                data[key] = extra(data[key])
        obj = new(cls)
        if not reserved.isdisjoint(data):
            data = {(_MANGLE + k if k in reserved else k): v for k, v in data.items()}
        obj.__dict__ = data
        return obj

    return decode


# ---------------------------------------------------------------------------------------------
# Encoding with validation (requests): compiled once per type, paths built only on failure
# ---------------------------------------------------------------------------------------------


class _Invalid(Exception):
    """A value that does not fit its type. ``parts`` collects the path below the point where it
    was raised (innermost first) as it propagates; :meth:`error` renders the public exception."""

    def __init__(self, kind: str, render: Callable[[str], str]) -> None:
        super().__init__(kind)
        self.kind = kind
        self.render = render
        self.parts: List[str] = []

    def message(self, path: str) -> str:
        return self.render(path + "".join(reversed(self.parts)))

    def error(self, path: str) -> Exception:
        text = self.message(path)
        return _type_error(text) if self.kind == "type" else _value_error(text)


def _bad_type(expected: str, value: Any) -> _Invalid:
    def render(path: str) -> str:
        shown = "***" if path.rsplit(".", 1)[-1] in SECRET_FIELDS else _short_repr(value)
        return f"{path}: expected {expected}, got {shown}"

    return _Invalid("type", render)


def _bad_value(text: str) -> _Invalid:
    return _Invalid("value", lambda path: f"{path}: {text}")


def _short_repr(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _describe(type_str: str) -> str:
    container, inner = split_type(type_str)
    if container == "list":
        return f"a list of {_describe(inner)}"
    if container == "dict":
        return f"a dict of {_describe(inner)}"
    return {
        "str": "a string",
        "int": "an integer",
        "float": "a number",
        "bool": "a boolean",
        "date": "a datetime.date or 'YYYY-MM-DD' string",
        "datetime": "a datetime.datetime or ISO-8601 string",
        "any": "any JSON value",
        "file": "a file",
    }.get(inner, inner)


def encode(
    value: Any, type_str: str, path: str, checks: Optional[Dict[str, Any]] = None, *, response: bool = False
) -> Any:
    """Validate ``value`` against a type string (plus spec ``checks``) and return its JSON form.

    ``path`` names the value in error messages (``"boards_create: board.privacy"``). With
    ``response=True`` the rules are those of a server reply (read-only fields allowed and
    required) — used by strict response checking.
    """
    if value is None:
        return None  # nullability is decided by the caller, who knows the field
    encoder = _ENCODERS.get(type_str) if not checks else None
    if encoder is None:
        encoder = _encoder(type_str, checks or None)
    try:
        return encoder(value, response)
    except _Invalid as bad:
        raise bad.error(path) from None


_ENCODERS: Dict[str, Encoder] = {}
#: Encoders for (type, checks) pairs, keyed by the checks' identity (which the entry keeps alive).
_CHECKED_ENCODERS: Dict[Tuple[str, int], Tuple[Dict[str, Any], Encoder]] = {}


def _encoder(type_str: str, checks: Optional[Dict[str, Any]]) -> Encoder:
    if not checks:
        encoder = _ENCODERS.get(type_str)
        if encoder is None:
            encoder = _compile_encoder(type_str, None)
            if not _ENCODING:  # (while a model compiles, an encoder may hold a temporary stub)
                _ENCODERS[type_str] = encoder
        return encoder
    key = (type_str, id(checks))
    cached = _CHECKED_ENCODERS.get(key)
    if cached is not None and cached[0] is checks:
        return cached[1]
    encoder = _compile_encoder(type_str, checks)
    if len(_CHECKED_ENCODERS) > 4096:
        _CHECKED_ENCODERS.clear()
    _CHECKED_ENCODERS[key] = (checks, encoder)
    return encoder


def _compile_encoder(type_str: str, checks: Optional[Dict[str, Any]]) -> Encoder:
    """``(value, response) -> JSON value`` for a non-``None`` value, raising :class:`_Invalid`."""
    container, inner = split_type(type_str)
    check = _compile_checks(checks) if checks else None
    if container == "list":
        base = _list_encoder(type_str, _encoder(inner, checks.get("items") if checks else None))
    elif container == "dict":
        base = _dict_encoder(type_str, _encoder(inner, None))
    elif inner in _PRIMITIVE_ENCODERS:
        base = _PRIMITIVE_ENCODERS[inner]
    else:
        base = _class_encoder(inner)
    if check is None:
        return base

    def checked(value: Any, response: bool, check: Callable[[Any], None] = check, base: Encoder = base) -> Any:
        check(value)
        return base(value, response)

    return checked


def _list_encoder(type_str: str, item: Encoder) -> Encoder:
    expected = _describe(type_str)

    def encode_list(value: Any, response: bool) -> Any:
        if type(value) is not list and not isinstance(value, (list, tuple)):
            raise _bad_type(expected, value)
        try:
            return [None if v is None else item(v, response) for v in value]
        except _Invalid:
            for i, v in enumerate(value):  # which item (errors only)
                if v is not None:
                    try:
                        item(v, response)
                    except _Invalid as bad:
                        bad.parts.append(f"[{i}]")
                        raise bad from None
            raise

    return encode_list


def _dict_encoder(type_str: str, item: Encoder) -> Encoder:
    expected = _describe(type_str)

    def encode_dict(value: Any, response: bool) -> Any:
        if not isinstance(value, dict):
            raise _bad_type(expected, value)
        out = {}
        for k, v in value.items():
            try:
                out[k] = None if v is None else item(v, response)
            except _Invalid as bad:
                bad.parts.append(f".{k}")
                raise
        return out

    return encode_dict


def _class_encoder(name: str) -> Encoder:
    """Encoder of a generated class (compiled now, nested models first; a schema that contains
    itself gets a stub that looks its own encoder up when called)."""
    cls = resolve_type(name)
    if cls in _ENCODING:

        def recursive(value: Any, response: bool) -> Any:
            return _wire_encoder(cls)(value, response)

        return recursive
    return _wire_encoder(cls)


_WIRE_ENCODERS: Dict[Any, Encoder] = {}
#: Classes whose encoder is being compiled.
_ENCODING: List[Any] = []


def _wire_encoder(cls: Any) -> Encoder:
    encoder = _WIRE_ENCODERS.get(cls)
    if encoder is None:
        if isinstance(cls, _ModelMeta) and not issubclass(cls, UnionModel):
            _ENCODING.append(cls)
            try:
                encoder = _compile_model_encoder(cls)
            finally:
                _ENCODING.remove(cls)
        elif isinstance(cls, _EnumType):
            encoder = _enum_encoder(cls)
        elif hasattr(cls, "_wire"):
            encoder = cls._wire
        else:  # an alias of a primitive (``AudienceDescription = str``)
            encoder = _PRIMITIVE_ENCODERS.get({str: "str", int: "int", float: "float", bool: "bool"}.get(cls, "any"))
            assert encoder is not None
        _WIRE_ENCODERS[cls] = encoder
    return encoder


def _enum_encoder(cls: Any) -> Encoder:
    members: Dict[Any, Any] = cls._value2member_map_
    slow: Encoder = cls._wire

    def encode_enum(value: Any, response: bool) -> Any:
        try:
            member = members.get(value)  # a member or its plain value (members hash as their values)
        except TypeError:
            member = None
        if member is not None and (type(value) is cls or type(value) is type(member._value_)):
            return member._value_
        return slow(value, response)

    return encode_enum


_PATTERNS: Dict[str, "re.Pattern[str]"] = {}

#: The JSON Schema keywords (``maxLength``, ``pattern``...) whose checks are switched off in the
#: current context: ``Configuration.disabled_client_side_validations``, as in the original client.
#: Read only when a check fails, so validation costs nothing more when none are disabled.
_DISABLED_CHECKS: "contextvars.ContextVar[FrozenSet[str]]" = contextvars.ContextVar(
    "pinterest_client_disabled_checks", default=frozenset()
)


def _enabled(keyword: str) -> bool:
    return keyword not in _DISABLED_CHECKS.get()


def encode_without(disabled: "Iterable[str]", encode_call: Callable[[], Any]) -> Any:
    """Run ``encode_call()`` with the checks of the JSON Schema keywords ``disabled`` switched off."""
    token = _DISABLED_CHECKS.set(frozenset(disabled))
    try:
        return encode_call()
    finally:
        _DISABLED_CHECKS.reset(token)


def _compile_checks(checks: Dict[str, Any]) -> Optional[Callable[[Any], None]]:
    """One function applying the spec constraints in ``checks`` (each to the values it concerns)."""
    tests: List[Callable[[Any], None]] = []
    allowed = checks.get("enum")
    if allowed is not None:
        shown = ", ".join(map(repr, allowed))

        def one_of(value: Any) -> None:
            raw = value.value if isinstance(value, enum.Enum) else value
            if raw not in allowed:
                raise _bad_value(f"expected one of {shown}, got {_short_repr(raw)}")

        tests.append(one_of)
    low_len, high_len, pattern = checks.get("min_length"), checks.get("max_length"), checks.get("pattern")
    if low_len is not None or high_len is not None or pattern is not None:
        compiled = _pattern(pattern) if pattern is not None else None

        def string(value: Any) -> None:
            if not isinstance(value, str):
                return
            if low_len is not None and len(value) < low_len and _enabled("minLength"):
                raise _bad_value(f"expected at least {low_len} characters, got {len(value)}")
            if high_len is not None and len(value) > high_len and _enabled("maxLength"):
                raise _bad_value(f"expected at most {high_len} characters, got {len(value)}")
            if compiled is not None and not compiled.search(value) and _enabled("pattern"):
                raise _bad_value(f"expected a string matching {pattern!r}, got {_short_repr(value)}")

        tests.append(string)
    low, high = checks.get("minimum"), checks.get("maximum")
    if low is not None or high is not None:
        low_excl, high_excl = bool(checks.get("exclusive_minimum")), bool(checks.get("exclusive_maximum"))
        low_keyword = "exclusiveMinimum" if low_excl else "minimum"
        high_keyword = "exclusiveMaximum" if high_excl else "maximum"

        def number(value: Any) -> None:
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                return
            if low is not None and (value <= low if low_excl else value < low) and _enabled(low_keyword):
                raise _bad_value(f"expected a value >{'' if low_excl else '='} {low}, got {value}")
            if high is not None and (value >= high if high_excl else value > high) and _enabled(high_keyword):
                raise _bad_value(f"expected a value <{'' if high_excl else '='} {high}, got {value}")

        tests.append(number)
    for kinds, noun in (((list, tuple), "items"), ((dict,), "properties")):
        low_count, high_count = checks.get(f"min_{noun}"), checks.get(f"max_{noun}")
        if low_count is not None or high_count is not None:
            tests.append(_count_check(kinds, noun, low_count, high_count))
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]

    def all_checks(value: Any) -> None:
        for test in tests:
            test(value)

    return all_checks


def _count_check(
    kinds: Tuple[Type[Sized], ...], noun: str, low: Optional[int], high: Optional[int]
) -> Callable[[Any], None]:
    """``minItems``/``maxItems`` (lists) or ``minProperties``/``maxProperties`` (objects)."""

    def count(value: Any) -> None:
        if not isinstance(value, kinds):
            return
        if low is not None and len(value) < low and _enabled(f"min{noun.capitalize()}"):
            raise _bad_value(f"expected at least {low} {noun}, got {len(value)}")
        if high is not None and len(value) > high and _enabled(f"max{noun.capitalize()}"):
            raise _bad_value(f"expected at most {high} {noun}, got {len(value)}")

    return count


def _pattern(pattern: str) -> "re.Pattern[str]":
    compiled = _PATTERNS.get(pattern)
    if compiled is None:
        import re

        compiled = _PATTERNS[pattern] = re.compile(pattern)
    return compiled


def _encode_str(value: Any, response: bool) -> Any:
    if type(value) is str:
        return value
    if isinstance(value, str):
        return value.value if isinstance(value, enum.Enum) else value
    raise _bad_type("a string", value)


def _encode_int(value: Any, response: bool) -> Any:
    if type(value) is int:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise _bad_type("an integer", value)


def _encode_float(value: Any, response: bool) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    raise _bad_type("a number", value)


def _encode_bool(value: Any, response: bool) -> Any:
    if isinstance(value, bool):
        return value
    raise _bad_type("a boolean", value)


def _encode_date(value: Any, response: bool) -> Any:
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise _bad_type("a datetime.date or 'YYYY-MM-DD' string", value)


def _encode_datetime(value: Any, response: bool) -> Any:
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return parse_datetime(value).isoformat()
        except (ValueError, OverflowError):
            pass
    raise _bad_type("a datetime.datetime or ISO-8601 string", value)


def _encode_any(value: Any, response: bool) -> Any:
    return to_jsonable(value)


#: Type strings whose values of exactly this Python type are their own JSON form.
_PLAIN_TYPES: Dict[str, type] = {"str": str, "int": int, "float": float, "bool": bool}

_PRIMITIVE_ENCODERS: Dict[str, Encoder] = {
    "str": _encode_str,
    "int": _encode_int,
    "float": _encode_float,
    "bool": _encode_bool,
    "date": _encode_date,
    "datetime": _encode_datetime,
    "any": _encode_any,
    "file": _encode_any,
}


def to_jsonable(value: Any) -> Any:
    """Models, enums, dates and containers -> plain JSON values (no validation)."""
    if isinstance(value, (Model, ModelList)):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


# ---------------------------------------------------------------------------------------------
# Enums
# ---------------------------------------------------------------------------------------------


#: Guards the one-time creation of an enum's members (``_thread``: no ``threading`` import).
_MEMBERS_LOCK = _thread.allocate_lock()
#: What the standard library keeps on every enum class. On our framework bases they are replaced
#: by :class:`_MemberTable`, so that reading one on a generated enum whose members do not exist
#: yet creates them (instead of finding the empty tables of ``enum.Enum``).
_MEMBER_TABLES = ("_member_names_", "_member_map_", "_value2member_map_", "_unhashable_values_")


class _MemberTable:
    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, cls: Any = None) -> Any:
        if cls is None:
            cls = type(obj)
        if "_pending_members_" in cls.__dict__:
            _make_members(cls)
            return cls.__dict__[self.name]
        return [] if self.name in ("_member_names_", "_unhashable_values_") else {}


class _EnumType(enum.EnumMeta):
    """Metaclass of generated enums: real :class:`enum.Enum` subclasses (``isinstance`` and
    ``issubclass`` hold, members pickle and copy), built without the standard library's
    per-member machinery, which costs ~10 µs a member (~40 ms for the SDK's 3,000 members).

    Only the framework bases below go through :class:`enum.EnumMeta`. A generated enum is created
    from a plain namespace whose public ``str``/``int``/``float`` names are its members; the members
    themselves are made the first time the class is used (an attribute, a call, iteration...), under
    a lock. The class-level protocol (``Cls(value)``, ``Cls[name]``, iteration, ``len``, ``in``,
    ``__members__``) is implemented here on the standard attributes ``_member_map_``,
    ``_member_names_`` and ``_value2member_map_``.
    """

    @classmethod
    def __prepare__(metacls, cls: str, bases: Tuple[type, ...], **kwds: Any) -> Any:  # type: ignore[override]
        if any(isinstance(base, _EnumType) for base in bases):
            return {}
        return super().__prepare__(cls, bases, **kwds)

    def __new__(metacls, cls: str, bases: Tuple[type, ...], classdict: Any, **kwds: Any) -> Any:
        if type(classdict) is not dict:  # a framework base: the standard library builds it
            enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
            for name in _MEMBER_TABLES:
                type.__setattr__(enum_class, name, _MemberTable(name))
            return enum_class
        members = tuple((k, v) for k, v in classdict.items() if k[:1] != "_" and isinstance(v, (str, int, float)))
        for name, _ in members:
            del classdict[name]
        classdict["_pending_members_"] = members
        return type.__new__(metacls, cls, bases, classdict)

    def __getattr__(cls, name: str) -> Any:  # only called when normal lookup fails
        if name[:2] != "__" and "_pending_members_" in cls.__dict__:
            _make_members(cls)
            return getattr(cls, name)
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")

    def __call__(cls, value: Any, *args: Any, **kwds: Any) -> Any:
        own = cls.__dict__
        if args or kwds or not ("_member_map_" in own or "_pending_members_" in own):  # not a generated enum
            return super().__call__(value, *args, **kwds)
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        allowed = [m.value for m in cls]
        raise _value_error(f"Invalid value for `{cls.__qualname__}` ({value!r}), must be one of {allowed}")

    def __iter__(cls) -> Iterator[Any]:
        members = cls._member_map_
        return (members[name] for name in cls._member_names_)

    def __reversed__(cls) -> Iterator[Any]:
        members = cls._member_map_
        return (members[name] for name in reversed(cls._member_names_))

    def __len__(cls) -> int:
        return len(cls._member_names_)

    def __contains__(cls, value: object) -> bool:
        try:
            return value in cls._value2member_map_
        except TypeError:
            return False

    def __getitem__(cls, name: str) -> Any:
        return cls._member_map_[name]

    @property
    def __members__(cls) -> Mapping[str, Any]:  # type: ignore[override]
        from types import MappingProxyType

        return MappingProxyType(cls._member_map_)

    def __dir__(cls) -> List[str]:
        names = ["__class__", "__contains__", "__doc__", "__getitem__", "__iter__", "__len__", "__members__"]
        member_type: Any = getattr(cls, "_member_type_")  # noqa: B009
        return sorted(set(dir(member_type)) | set(names) | set(cls._member_names_))


def _make_members(cls: Any) -> None:
    """Create the members of a generated enum (once; concurrent first uses wait for it)."""
    with _MEMBERS_LOCK:
        members = cls.__dict__.get("_pending_members_")
        if members is None:  # another thread did it
            return
        new = getattr(cls, "_member_type_").__new__  # noqa: B009  (str, int or float)
        names: List[str] = []
        member_map: Dict[str, Any] = {}
        value_map: Dict[Any, Any] = {}
        for name, value in members:
            member = value_map.get(value)
            if member is None:  # (an equal value makes an alias of the first member, as in enum)
                member = new(cls, value)
                member._name_ = name
                member._value_ = value
                member.__objclass__ = cls
                member._sort_order_ = len(names)
                names.append(name)
                value_map[value] = member
            member_map[name] = member
            type.__setattr__(cls, name, member)
        type.__setattr__(cls, "_member_names_", names)
        type.__setattr__(cls, "_value2member_map_", value_map)
        type.__setattr__(cls, "_unhashable_values_", [])
        type.__setattr__(cls, "_member_map_", member_map)
        type.__delattr__(cls, "_pending_members_")


class _EnumBase:
    """Shared behaviour of generated enums. Members are plain values too (``Granularity.DAY ==
    "DAY"``) and ``Granularity("DAY")`` works as in the original client. Responses keep plain
    values, so an enum value newer than this SDK never breaks decoding."""

    def __str__(self) -> str:
        return str(self.value)  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        return repr(self.value)  # type: ignore[attr-defined]

    @classmethod
    def _wire(cls, value: Any, response: bool = False) -> Any:
        raw = value.value if isinstance(value, enum.Enum) else value
        try:
            if raw in cls._value2member_map_:  # type: ignore[attr-defined]
                return raw
        except TypeError:  # unhashable: not a member
            pass
        allowed = ", ".join(repr(m.value) for m in cls)  # type: ignore[attr-defined]
        raise _bad_value(f"expected one of {allowed} ({cls.__name__}), got {_short_repr(raw)}")


class Enum(_EnumBase, str, enum.Enum, metaclass=_EnumType):
    """Base of generated string enums."""


class IntEnum(_EnumBase, int, enum.Enum, metaclass=_EnumType):
    """Base of generated integer enums."""


class FloatEnum(_EnumBase, float, enum.Enum, metaclass=_EnumType):
    """Base of generated number enums."""


# ---------------------------------------------------------------------------------------------
# Models
# ---------------------------------------------------------------------------------------------

#: Keyword arguments of the original client's model constructors that only steered its internals.
_ORIGINAL_OPTIONS = frozenset(
    {"_check_type", "_spec_property_naming", "_path_to_item", "_configuration", "_visited_composed_classes"}
)
#: Methods of the mapping protocol; a field with one of these names is reached as an attribute.
_MAPPING_METHODS = frozenset({"keys", "values", "items"})


#: Per-class tables derived from the field declarations, built the first time one is read.
_TABLES = frozenset({"_fields", "_by_py", "_by_wire", "_reserved", "_enum_fields"})


class _OriginalTable:
    """A class attribute of the original client's models (``openapi_types``, ``attribute_map``...),
    computed from the field declarations on first read and then stored on the class."""

    def __init__(self, build: Callable[[Any], Any]) -> None:
        self.build = build
        self.name = build.__name__

    def __get__(self, obj: Any, cls: Any = None) -> Any:
        cls = type(obj) if cls is None else cls
        value = self.build(cls)
        if not cls.__dict__.get("_framework_"):
            type.__setattr__(cls, self.name, value)
        return value


_NONE_TYPE = type(None)


def original_types(type_str: str, nullable: bool = False) -> Tuple[Any, ...]:
    """A type string as the original client's ``openapi_types`` gave it: ``'list[str]'`` ->
    ``([str],)``, ``'dict[int]'`` -> ``({str: (int,)},)``, ``'Board'`` -> ``(Board,)``."""
    container, inner = split_type(type_str)
    if container == "list":
        out: Tuple[Any, ...] = ([*original_types(inner)],)
    elif container == "dict":
        out = ({str: original_types(inner)},)
    elif inner == "any":
        out = (bool, datetime.date, datetime.datetime, dict, float, int, list, str, _NONE_TYPE)
    elif inner == "file":
        import io

        out = (io.IOBase,)
    elif inner in PRIMITIVES:
        out = (
            {
                "date": datetime.date,
                "datetime": datetime.datetime,
                "str": str,
                "int": int,
                "float": float,
                "bool": bool,
            }[inner],
        )
    else:
        out = (resolve_type(inner),)
    return out + (_NONE_TYPE,) if nullable and _NONE_TYPE not in out else out


def _member_name(value: Any) -> str:
    text = "".join(c if c.isalnum() else "_" for c in str(value)).upper()
    return text if text[:1].isalpha() else "_" + text


#: The original's ``check_validations`` keys for our check names.
_ORIGINAL_CHECKS = {
    "max_length": "max_length",
    "min_length": "min_length",
    "max_items": "max_items",
    "min_items": "min_items",
    "max_properties": "max_properties",
    "min_properties": "min_properties",
}


def _original_validations(checks: Dict[str, Any]) -> Dict[str, Any]:
    out: Dict[str, Any] = {_ORIGINAL_CHECKS[k]: v for k, v in checks.items() if k in _ORIGINAL_CHECKS}
    if "pattern" in checks:
        out["regex"] = {"pattern": checks["pattern"]}
    for bound in ("minimum", "maximum"):
        if bound in checks:
            exclusive = checks.get(f"exclusive_{bound}")
            out[f"{'exclusive' if exclusive else 'inclusive'}_{bound}"] = checks[bound]
    return out


def openapi_types(cls: Any) -> Dict[str, Tuple[Any, ...]]:
    return {f.py: original_types(f.type, f.nullable) for f in cls._fields}


def attribute_map(cls: Any) -> Dict[str, str]:
    return {f.py: f.wire for f in cls._fields}


def allowed_values(cls: Any) -> Dict[Tuple[str], Dict[str, Any]]:
    out = {}
    for f in cls._fields:
        enum_values = (f.checks.get("items") or {}).get("enum") or f.checks.get("enum")
        if enum_values:
            out[(f.py,)] = {_member_name(v): v for v in enum_values}
    return out


def validations(cls: Any) -> Dict[Tuple[str], Dict[str, Any]]:
    out = {}
    for f in cls._fields:
        found = _original_validations(f.checks)
        if found:
            out[(f.py,)] = found
    return out


def discriminator(cls: Any) -> Optional[Dict[str, Dict[str, Any]]]:
    if cls._discriminator is None:
        return None
    prop, mapping = cls._discriminator
    field = cls._by_wire.get(prop)
    return {field.py if field is not None else prop: {k: resolve_type(v) for k, v in mapping.items()}}


def read_only_vars(cls: Any) -> "set[str]":
    return {f.py for f in cls._fields if f.read_only}


def additional_properties_type(cls: Any) -> Optional[Tuple[Any, ...]]:
    return None if cls._additional is None else original_types(cls._additional, nullable=True)


def required_properties(cls: Any) -> "set[str]":
    return {
        "_data_store",
        "_check_type",
        "_spec_property_naming",
        "_path_to_item",
        "_configuration",
        "_visited_composed_classes",
    }


_ORIGINAL_TABLES = (
    openapi_types,
    attribute_map,
    allowed_values,
    validations,
    discriminator,
    read_only_vars,
    additional_properties_type,
    required_properties,
)


class _ModelMeta(type):
    """Builds a model's tables lazily (first use, not import), and lets ``isinstance(x,
    SomeUnion)`` hold for instances of the union's variants and ``isinstance(x, Base)`` for the
    classes a base schema's discriminator maps to (the generator flattens ``allOf``, so those are
    not Python subclasses)."""

    def __getattr__(cls, name: str) -> Any:  # only called when normal lookup fails
        if name in _TABLES:
            return _setup(cls)[name]
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")

    def __instancecheck__(cls, obj: Any) -> bool:
        if type.__instancecheck__(cls, obj):
            return True
        alternatives = cls.__dict__.get("_alternatives")
        if alternatives is None:
            names = [v for v in cls.__dict__.get("_variants", ()) if is_class_name(v)]
            discriminator = cls.__dict__.get("_discriminator")
            if discriminator:
                names.extend(discriminator[1].values())
            alternatives = tuple(dict.fromkeys(n for n in names if n != cls.__name__))
            type.__setattr__(cls, "_alternatives", alternatives)
        return any(isinstance(obj, resolve_type(name)) for name in alternatives)


def _setup(cls: Any) -> Dict[str, Any]:
    """Build (and, except on the framework bases, store) the field tables of ``cls``."""
    own = cls.__dict__
    if "_fields" in own:
        fields = tuple(own["_fields"])
    elif "_spec" in own:
        fields = tuple(Field.from_spec(entry) for entry in own["_spec"])
    else:  # inherits a concrete parent's fields (or none)
        parents = [b for b in cls.__mro__[1:] if isinstance(b, _ModelMeta) and not b.__dict__.get("_framework_")]
        fields = tuple(parents[0]._fields) if parents else ()
    # Fields reached through a property: renamed ones, and those named like a mapping method.
    renamed = [f for f in fields if f.py != f.wire or f.py in _MAPPING_METHODS]
    reserved = _BASE_RESERVED.union(f.py for f in renamed if f.py != f.wire) if renamed else _BASE_RESERVED
    tables = {
        "_fields": fields,
        "_by_py": {f.py: f for f in fields},
        "_by_wire": {f.wire: f for f in fields},
        "_reserved": reserved,
        "_enum_fields": None,  # built by _enum_fields_of on first construction
    }
    if not own.get("_framework_"):
        for name, value in tables.items():
            type.__setattr__(cls, name, value)
        for f in renamed:
            type.__setattr__(cls, f.py, _alias(_MANGLE + f.wire if f.wire in reserved else f.wire))
    return tables


class Model(metaclass=_ModelMeta):
    """Base of every generated object schema.

    Construct with keyword arguments (Python names; a misspelt name raises, so typos never reach
    the wire — set an undeclared key with ``model["key"] = value``); read with attributes,
    ``model["wire_name"]`` or :meth:`get`; serialise with :meth:`to_dict` (wire names) or :meth:`to_json`. Unset fields
    read as ``None`` and are left out of :meth:`to_dict`; a field set to ``None`` is sent as JSON
    ``null``. Instances compare by value and pickle, copy and deepcopy like plain objects.
    """

    _framework_: ClassVar[bool] = True
    #: Type string of undeclared properties, or ``None`` when the schema forbids them.
    _additional: ClassVar[Optional[str]] = "any"
    #: ``(property, {value: class name})`` for discriminated schemas.
    _discriminator: ClassVar[Optional[Tuple[str, Dict[str, str]]]] = None
    #: Constraints on the object as a whole (``min_properties``/``max_properties``).
    _checks: ClassVar[Optional[Dict[str, Any]]] = None
    #: Groups of wire names at least one of which must be all present (an ``anyOf`` of requirements).
    _required_any: ClassVar[Tuple[Tuple[str, ...], ...]] = ()
    #: Python names the constructor takes positionally (and requires), in the original client's order.
    _positional: ClassVar[Tuple[str, ...]] = ()

    # The original client's class attributes, derived from the declarations on first read.
    openapi_types: ClassVar[Dict[str, Tuple[Any, ...]]] = _OriginalTable(openapi_types)  # type: ignore[assignment]
    attribute_map: ClassVar[Dict[str, str]] = _OriginalTable(attribute_map)  # type: ignore[assignment]
    allowed_values: ClassVar[Dict[Tuple[str], Dict[str, Any]]] = _OriginalTable(allowed_values)  # type: ignore[assignment]
    validations: ClassVar[Dict[Tuple[str], Dict[str, Any]]] = _OriginalTable(validations)  # type: ignore[assignment]
    discriminator: ClassVar[Optional[Dict[str, Dict[str, Any]]]] = _OriginalTable(discriminator)  # type: ignore[assignment]
    read_only_vars: ClassVar["set[str]"] = _OriginalTable(read_only_vars)  # type: ignore[assignment]
    additional_properties_type: ClassVar[Optional[Tuple[Any, ...]]] = _OriginalTable(additional_properties_type)  # type: ignore[assignment]
    required_properties: ClassVar["set[str]"] = _OriginalTable(required_properties)  # type: ignore[assignment]
    _nullable: ClassVar[bool] = False

    # Derived from ``_spec`` (or ``_fields``) on first use, by _ModelMeta / _setup:
    _fields: ClassVar[Tuple[Field, ...]]
    _by_py: ClassVar[Dict[str, Field]]
    _by_wire: ClassVar[Dict[str, Field]]
    _reserved: ClassVar[FrozenSet[str]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__
        if "_discriminator" in own and cls.__new__ is object.__new__:  # not for unions
            type.__setattr__(cls, "__new__", _discriminated_new)
        # Tables are built lazily, except where laziness would go wrong: renamed fields need their
        # property aliases now, and a subclass of a concrete model must not inherit its tables.
        bases = cls.__bases__
        if len(bases) != 1 or not bases[0].__dict__.get("_framework_"):
            _setup(cls)
            return
        spec = own.get("_spec")
        if spec is not None:
            # (a python name differs from the wire name, or a field is named like a mapping method)
            if spec and (max(map(len, spec)) > 4 or any(entry[0] in _MAPPING_METHODS for entry in spec)):
                _setup(cls)
        elif "_fields" in own and any(f.py != f.wire for f in own["_fields"]):
            _setup(cls)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        cls = type(self)
        if args or cls._positional:
            kwargs = _bind_positional(cls, args, kwargs)
        by_py, by_wire = cls._by_py, cls._by_wire
        store = self.__dict__
        for name, value in kwargs.items():
            field = by_py.get(name) or by_wire.get(name)
            if field is not None:
                store[field.wire] = value
            elif name in _ORIGINAL_OPTIONS:
                continue  # the original client's internal keywords (``_check_type``...): accepted, unused
            elif cls._additional is not None:
                store[_MANGLE + name if name in cls._reserved else name] = value  # kept and sent
            elif getattr(kwargs.get("_configuration"), "discard_unknown_keys", False):
                continue  # as the original: dropped when the configuration says so
            else:
                from pinterest_client.exceptions import ApiAttributeError

                known = ", ".join(sorted(by_py)) or "none"
                raise ApiAttributeError(
                    f"{cls.__name__} has no attribute {name!r} (it allows no others; fields: {known})"
                )
        enum_fields = cls._enum_fields
        if enum_fields is None:
            enum_fields = _enum_fields_of(cls)
        if enum_fields:
            for wire, check in enum_fields.items():
                if wire in store:
                    check(store[wire])

    # -- reading ------------------------------------------------------------------------------

    if not TYPE_CHECKING:  # (type checkers then know which attributes a model has)

        def __getattr__(self, name: str) -> Any:  # only called when normal lookup fails
            if name in type(self)._by_py:
                return None
            from pinterest_client.exceptions import ApiAttributeError

            raise ApiAttributeError(f"{type(self).__name__} has no attribute {name!r}")

    def _wire_key(self, key: str) -> str:
        cls = type(self)
        field = cls._by_py.get(key)
        if field is not None and key not in cls._by_wire:
            return field.wire
        return _MANGLE + key if key in cls._reserved else key

    def __getitem__(self, key: str) -> Any:
        try:
            return self.__dict__[self._wire_key(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key: str, value: Any) -> None:
        self.__dict__[self._wire_key(key)] = value

    def __delitem__(self, key: str) -> None:
        try:
            del self.__dict__[self._wire_key(key)]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._wire_key(key) in self.__dict__

    def get(self, key: str, default: Any = None) -> Any:
        """``model["key"]`` or ``default`` when the field is not set."""
        return self.__dict__.get(self._wire_key(key), default)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        by_wire = type(self)._by_wire
        parts = []
        for key, value in self.__dict__.items():
            name = key[1:] if key.startswith(_MANGLE) else key
            field = by_wire.get(name)
            label = field.py if field is not None else name
            shown = "'***'" if name in SECRET_FIELDS and value is not None else repr(value)
            parts.append((label if label.isidentifier() else repr(label), shown))
        one_line = f"{type(self).__name__}({', '.join(f'{k}={v}' for k, v in parts)})"
        if len(one_line) <= 100 and "\n" not in one_line:
            return one_line
        body = "".join(f"    {k}={v.replace(chr(10), chr(10) + '    ')},\n" for k, v in parts)
        return f"{type(self).__name__}(\n{body})"

    def _repr_html_(self) -> str:
        """The notebook view: a table of fields as a person reads them (secrets redacted)."""
        return _html_table(self)

    # -- the mapping protocol (read-only view of the wire data, like the dicts the original returned) --

    def keys(self) -> List[str]:
        """The names of the fields that are set (wire names), like ``dict.keys()``."""
        return [k[1:] if k.startswith(_MANGLE) else k for k in self.__dict__]

    if not TYPE_CHECKING:  # (101 schemas have a field called ``items``: checkers see the field)

        def values(self) -> List[Any]:
            return list(self.__dict__.values())

        def items(self) -> List[Tuple[str, Any]]:
            return [(k[1:] if k.startswith(_MANGLE) else k, v) for k, v in self.__dict__.items()]

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.__dict__)

    def __bool__(self) -> bool:
        return True  # a model is an object first: an empty one is not false

    def __str__(self) -> str:
        return self.to_str()

    # -- serialising ----------------------------------------------------------------------------

    def to_dict(self) -> Dict[str, Any]:
        """The model as JSON-ready data with wire names, unknown fields included."""
        out = {}
        for key, value in self.__dict__.items():
            if key.startswith(_MANGLE):
                key = key[1:]
            out[key] = value if type(value) in _PLAIN else to_jsonable(value)
        return out

    def to_json(self, indent: Optional[int] = None) -> str:
        import json

        return json.dumps(self.to_dict(), indent=indent)

    def to_str(self) -> str:
        """The pretty-printed :meth:`to_dict`, as the original client printed models (secrets redacted)."""
        import pprint

        return pprint.pformat(_redacted(self.to_dict()))

    def validate(self) -> None:
        """Check this model as a request body would be checked; raises on the first problem."""
        try:
            _wire_encoder(type(self))(self, False)
        except _Invalid as bad:
            raise bad.error(type(self).__name__) from None

    # -- decoding -------------------------------------------------------------------------------

    @classmethod
    def from_dict(cls: Type[M], data: Dict[str, Any]) -> M:
        """Build a model from wire data (a ``dict`` with JSON names); lenient like responses."""
        return cls._from_wire(_copy_json(data))  # type: ignore[no-any-return]

    @classmethod
    def from_json(cls: Type[M], text: "str | bytes") -> M:
        import json

        return cls._from_wire(json.loads(text))  # type: ignore[no-any-return]

    @classmethod
    def _from_wire(cls, data: Any) -> Any:
        """Decode ``json.loads`` output, taking ownership of ``data`` (it becomes ``__dict__``)."""
        return _class_decoder(cls)(data)

    @classmethod
    def _from_openapi_data(cls: Type[M], *args: Any, **kwargs: Any) -> M:
        """The original client's constructor for server data: like the constructor (required
        properties may come positionally, wire names are accepted, read-only fields too), then
        decoded leniently like a response."""
        if args:
            kwargs = _bind_positional(cls, args, kwargs)
        data = {}
        for name, value in kwargs.items():
            if name in _ORIGINAL_OPTIONS:
                continue
            field = cls._by_py.get(name) or cls._by_wire.get(name)
            data[field.wire if field is not None else name] = value
        return cls.from_dict(data)

    _new_from_openapi_data = _from_openapi_data

    # -- encoding (requests) ----------------------------------------------------------------


_PLAIN = frozenset({str, int, float, bool, type(None)})
#: Attribute names of the base classes: a response key with one of these names is stored mangled.
_BASE_RESERVED = (frozenset(n for n in dir(Model) if not n.startswith("__")) | _TABLES | {"_spec"}) - _MAPPING_METHODS


def _compile_model_encoder(cls: Any) -> Encoder:
    """The request encoder of one :class:`Model` subclass: validates every field (type, checks,
    nullability, read-only, required) and returns the wire dict."""
    name = cls.__name__
    fields: Tuple[Field, ...] = cls._fields
    table = {f.wire: (f.py, f.read_only, f.nullable, f.encoder()) for f in fields}
    # Fast paths (no checks, not read-only), one lookup per key: the exact types that pass
    # unchanged (``None`` too where nullable), and the members of an enum-typed field.
    fast: Dict[str, Tuple[Tuple[type, ...], Optional[Dict[Any, Any]]]] = {}
    for f in fields:
        if f.checks or f.read_only:
            continue
        plain = (_PLAIN_TYPES[f.type],) if f.type in _PLAIN_TYPES else ()
        enum_class = resolve_type(f.type) if is_class_name(f.type) else None
        members = enum_class._value2member_map_ if isinstance(enum_class, _EnumType) else None
        fast[f.wire] = (plain + ((type(None),) if f.nullable else ()), members)
    required = tuple((f.wire, f.py, f.read_only) for f in fields if f.required)
    required_in_request = frozenset(f.wire for f in fields if f.required and not f.read_only)
    required_in_response = frozenset(f.wire for f in fields if f.required)
    additional = cls._additional
    extra = _encoder(additional, None) if additional is not None else None
    discriminator = cls._discriminator
    expected = f"{name} or a dict"
    whole = _compile_checks(cls._checks) if cls._checks else None
    groups = cls._required_any
    alternatives = " or ".join(" + ".join(map(repr, group)) for group in groups)

    def encode_model(value: Any, response: bool) -> Any:
        if type(value) is cls:
            data = value.__dict__
        elif isinstance(value, Model):
            data = value.to_dict()
        elif isinstance(value, dict):
            data = value
        else:
            raise _bad_type(expected, value)
        if discriminator is not None and type(value) is not cls:
            target = _discriminated(cls, data)
            if target is not cls:
                return _wire_encoder(target)(value, response)
        out = {}
        for key, item in data.items():
            shortcut = fast.get(key)
            if shortcut is not None:
                if type(item) in shortcut[0]:
                    out[key] = item
                    continue
                members = shortcut[1]
                if members is not None:
                    try:
                        member = members.get(item)
                    except TypeError:
                        member = None
                    if member is not None and (type(item) is type(member) or type(item) is type(member._value_)):
                        out[key] = member._value_
                        continue
            entry = table.get(key)
            if entry is None:
                if key.startswith(_MANGLE):
                    key = key[1:]
                    entry = table.get(key)
                if entry is None:
                    if extra is None:
                        raise _bad_value(f"{name} has no field {key!r}")
                    try:
                        out[key] = None if item is None else extra(item, response)
                    except _Invalid as bad:
                        bad.parts.append(f".{key}")
                        raise
                    continue
            py, read_only, nullable, field_encoder = entry
            if read_only and not response:
                continue
            if item is None:
                if not nullable and not response:
                    null = _bad_value("must not be None (null)")
                    null.parts.append(f".{py}")
                    raise null
                out[key] = None
                continue
            try:
                out[key] = field_encoder(item, response)
            except _Invalid as bad:
                bad.parts.append(f".{py}")
                raise
        if not out.keys() >= (required_in_response if response else required_in_request):
            for wire, py, read_only in required:
                if wire not in out and (response or not read_only):
                    shown = repr(py) if py == wire else f"{py!r} (wire name {wire!r})"
                    raise _bad_value(f"missing required field {shown} ({name})")
        if groups and not any(all(key in out for key in group) for group in groups):
            raise _bad_value(f"expected at least {alternatives} ({name})")
        if whole is not None:
            whole(out)
        return out

    return encode_model


def _alias(wire: str) -> property:
    def fget(self: Model) -> Any:
        return self.__dict__.get(wire)

    def fset(self: Model, value: Any) -> None:
        self.__dict__[wire] = value

    def fdel(self: Model) -> None:
        self.__dict__.pop(wire, None)

    return property(fget, fset, fdel)


def _bind_positional(cls: Any, args: Tuple[Any, ...], kwargs: Dict[str, Any]) -> Dict[str, Any]:
    """``kwargs`` with the positional arguments added (first) under the class's positional names,
    checking that every one of them is given (an :class:`ApiTypeError` naming what is missing or extra)."""
    positional = cls._positional
    if len(args) > len(positional):
        from pinterest_client.exceptions import ApiTypeError

        raise ApiTypeError(
            f"Invalid positional arguments={args[len(positional) :]!r} passed to {cls.__name__}. "
            "Remove those invalid positional arguments."
        )
    for name in positional[: len(args)]:
        if name in kwargs:
            from pinterest_client.exceptions import ApiTypeError

            raise ApiTypeError(f"{cls.__name__}() got multiple values for argument {name!r}")
    by_py = cls._by_py
    missing = [n for n in positional[len(args) :] if n not in kwargs and by_py[n].wire not in kwargs]
    if missing:
        from pinterest_client.exceptions import ApiTypeError

        names = " and ".join(repr(n) for n in missing)
        raise ApiTypeError(
            f"{cls.__name__}() missing {len(missing)} required argument{'s' * (len(missing) > 1)}: {names}"
        )
    for name, value in zip(positional, args):  # as the original: a positional value of the wrong type
        if value is not None:  # is refused at once (so ``Model(data)`` falls back to ``Model(**data)``)
            try:
                by_py[name].encoder()(value, True)
            except _Invalid as bad:
                if bad.kind == "type":
                    raise bad.error(f"{cls.__name__}.{name}") from None
    return {**dict(zip(positional, args)), **kwargs} if args else kwargs


def _enum_fields_of(cls: Any) -> Dict[str, Callable[[Any], None]]:
    """wire name -> check of a caller's value, for the fields whose values are an enumeration:
    an unknown value is an :class:`ApiValueError` listing the allowed ones, as in the original."""
    checks: Dict[str, Callable[[Any], None]] = {}
    for f in cls._fields:
        container, inner = split_type(f.type)
        if container == "dict":
            continue
        allowed = (f.checks.get("items") if container else f.checks) or {}
        values = allowed.get("enum")
        if values is None and is_class_name(inner):
            enum_class = resolve_type(inner)
            if isinstance(enum_class, _EnumType):
                values = tuple(m.value for m in enum_class)
        if values is not None:
            checks[f.wire] = _allowed_check(f.py, tuple(values), bool(container))
    type.__setattr__(cls, "_enum_fields", checks)
    return checks


def _allowed_check(name: str, allowed: Tuple[Any, ...], many: bool) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        if value is None:
            return  # nullability is checked before sending
        items = value if many and isinstance(value, (list, tuple)) else (value,)
        bad = []
        for item in items:
            raw = item.value if isinstance(item, enum.Enum) else item
            try:
                if raw in allowed:
                    continue
            except TypeError:
                pass
            bad.append(raw)
        if bad:
            shown = list(allowed)
            if many:
                raise _value_error(
                    f"Invalid values for `{name}` [{', '.join(map(str, bad))}], must be a subset of {shown}"
                )
            raise _value_error(f"Invalid value for `{name}` ({bad[0]}), must be one of {shown}")

    return check


def _redacted(value: Any) -> Any:
    """JSON data with the values of secret fields replaced by ``'***'``."""
    if isinstance(value, dict):
        return {k: ("***" if k in SECRET_FIELDS and v is not None else _redacted(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_redacted(v) for v in value]
    return value


def _html_value(value: Any, key: str = "") -> str:
    import html

    if key in SECRET_FIELDS and value is not None:
        return "***"
    if isinstance(value, Model):
        return _html_table(value)
    if isinstance(value, dict):
        rows = "".join(
            f"<tr><th style='text-align:left'>{html.escape(str(k))}</th><td>{_html_value(v, str(k))}</td></tr>"
            for k, v in value.items()
        )
        return f"<table>{rows}</table>"
    if isinstance(value, (list, tuple)):
        return "<ul>" + "".join(f"<li>{_html_value(v)}</li>" for v in value) + "</ul>"
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, datetime.datetime):
        return html.escape(value.strftime("%Y-%m-%d %H:%M:%S%z").rstrip())
    if isinstance(value, datetime.date):
        return html.escape(value.isoformat())
    if value is None:
        return "<i>null</i>"
    return html.escape(str(value), quote=False)


def _html_table(model: Model) -> str:
    import html

    by_wire = type(model)._by_wire
    rows = []
    for key, value in model.__dict__.items():
        key = key[1:] if key.startswith(_MANGLE) else key
        field = by_wire.get(key)
        label = field.py if field is not None else key
        rows.append(f"<tr><th style='text-align:left'>{html.escape(label)}</th><td>{_html_value(value, key)}</td></tr>")
    return f"<table><caption>{html.escape(type(model).__name__)}</caption>{''.join(rows)}</table>"


def discard_unknown_keys(value: Any) -> None:
    """Drop, in place, the undeclared keys of every model under ``value`` whose schema forbids
    additional properties: the original client's ``Configuration.discard_unknown_keys``."""
    if isinstance(value, Model):
        cls = type(value)
        if cls._additional is None:
            declared = cls._by_wire
            for key in [k for k in value.__dict__ if (k[1:] if k.startswith(_MANGLE) else k) not in declared]:
                del value.__dict__[key]
        for item in value.__dict__.values():
            discard_unknown_keys(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            discard_unknown_keys(item)
    elif isinstance(value, dict):
        for item in value.values():
            discard_unknown_keys(item)


def _copy_json(value: Any) -> Any:
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, dict):
        return {k: _copy_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_copy_json(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _discriminated_new(cls: Any, *args: Any, **kwargs: Any) -> Any:
    """``Base(grant_type="refresh_token", ...)`` builds the class the discriminator maps to."""
    target = _discriminated(cls, {k: getattr(v, "value", v) for k, v in kwargs.items()})
    if target is not cls and not issubclass(target, cls):
        return target(*args, **kwargs)
    return object.__new__(cls)


def _discriminated(cls: Any, data: Dict[str, Any]) -> Any:
    prop, mapping = cls._discriminator
    tag = data.get(prop)
    name = mapping.get(tag) if isinstance(tag, str) else None
    return resolve_type(name) if name and name != cls.__name__ else cls


# ---------------------------------------------------------------------------------------------
# Unions (oneOf / anyOf)
# ---------------------------------------------------------------------------------------------


class UnionModel(Model):
    """Base of ``oneOf``/``anyOf`` schemas. Never instantiated itself: constructing or decoding
    one yields an instance of the matching variant (by discriminator, else by best fit), and
    ``isinstance(variant_instance, TheUnion)`` is true."""

    _framework_ = True
    _variants: ClassVar[Tuple[str, ...]] = ()

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        from pinterest_client.exceptions import ApiTypeError, ApiValueError

        if args:  # as the original's composed schemas: keywords only
            raise ApiTypeError(
                f"Invalid positional arguments={args!r} passed to {cls.__name__}. "
                "Remove those invalid positional arguments."
            )
        if cls._discriminator is not None:
            target = _discriminated(cls, {k: getattr(v, "value", v) for k, v in kwargs.items()})
            if target is not cls:
                return target(**kwargs)
        errors = []
        for variant in cls._variant_classes():
            try:
                obj = variant(**kwargs)
                obj.validate()
                return obj
            except (ApiTypeError, ApiValueError) as exc:
                errors.append(f"{variant.__name__}: {exc}")
        raise ApiValueError(f"{cls.__name__}(): the arguments fit none of its variants ({'; '.join(errors)})")

    @classmethod
    def _variant_classes(cls) -> List[Any]:
        return [resolve_type(v) for v in cls._variants if is_class_name(v)]

    @classmethod
    def _from_wire(cls, data: Any) -> Any:
        if type(data) is not dict:
            return data
        target = _discriminated(cls, data) if cls._discriminator is not None else cls
        if target is cls:
            target = _best_fit(cls._variant_classes(), data)
        if target is None:
            return data  # no object variant: the value stays plain JSON
        return target._from_wire(data)

    @classmethod
    def _wire(cls, value: Any, response: bool = False) -> Any:
        variants = cls._variant_classes()
        for variant in variants:
            if type(value) is variant:
                return _wire_encoder(variant)(value, response)
        failures: List[_Invalid] = []
        if isinstance(value, (Model, dict)) and variants:
            data = value.to_dict() if isinstance(value, Model) else value
            if cls._discriminator is not None:
                target = _discriminated(cls, data)
                if target is not cls:
                    return _wire_encoder(target)(data, response)
            for variant in sorted(variants, key=lambda v: -_fit_score(v, data)):
                try:
                    return _wire_encoder(variant)(data, response)
                except _Invalid as bad:
                    failures.append(bad)
        for other in cls._variants:
            if not is_class_name(other):
                try:
                    return _encoder(other, None)(value, response)
                except _Invalid as bad:
                    failures.append(bad)
        head = f"matches none of {cls.__name__}'s variants ({', '.join(cls._variants)})"
        raise _Invalid("value", lambda path: f"{path}: {head}: " + " | ".join(bad.message(path) for bad in failures))


def _fit_score(cls: Any, data: Dict[str, Any]) -> int:
    """How well ``data`` fits ``cls``: -1 when a required field is missing or an undeclared key
    appears where the schema forbids extras, else the number of declared fields present."""
    if cls._discriminator is not None:
        target = _discriminated(cls, data)
        if target is not cls:
            return _fit_score(target, data)
    if issubclass(cls, UnionModel):
        return max((_fit_score(v, data) for v in cls._variant_classes()), default=-1)
    fields = cls._by_wire
    if any(f.required and f.wire not in data for f in cls._fields):
        return -1
    if cls._additional is None and any(k not in fields for k in data):
        return -1
    return sum(1 for k in data if k in fields)


def _best_fit(variants: Iterable[Any], data: Dict[str, Any]) -> Any:
    best, best_score = None, -2
    for variant in variants:
        score = _fit_score(variant, data)
        if score > best_score:
            best, best_score = variant, score
    return best


# ---------------------------------------------------------------------------------------------
# Top-level array schemas
# ---------------------------------------------------------------------------------------------


class ModelList(list):  # type: ignore[type-arg]
    """Base of array schemas (``AdAccountAnalyticsResponse`` is a list of typed rows)."""

    _item_type: ClassVar[str] = "any"
    _checks: ClassVar[Dict[str, Any]] = {}

    @classmethod
    def _from_wire(cls, data: Any) -> Any:
        if type(data) is not list:
            return data
        decoder = decoder_for(cls._item_type)
        return cls(data if decoder is None else [decoder(v) for v in data])

    @classmethod
    def from_dict(cls, data: List[Any]) -> Any:
        return cls._from_wire(_copy_json(data))

    @classmethod
    def _wire(cls, value: Any, response: bool = False) -> Any:
        return _encoder(f"list[{cls._item_type}]", cls._checks or None)(value, response)

    def to_dict(self) -> List[Any]:
        return [to_jsonable(v) for v in self]

    def to_json(self, indent: Optional[int] = None) -> str:
        import json

        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list.__repr__(self)})"


# ---------------------------------------------------------------------------------------------
# Operations: what a generated API module declares, and the base of its class
# ---------------------------------------------------------------------------------------------


class Param:
    """One path or query parameter of an operation."""

    __slots__ = ("name", "location", "type", "required", "style", "explode", "checks", "_encoder")

    def __init__(
        self,
        name: str,
        location: str,
        type: str,
        *,
        required: bool = False,
        style: Optional[str] = None,
        explode: Optional[bool] = None,
        **checks: Any,
    ) -> None:
        self.name = name
        self.location = location
        self.type = type
        self.required = required
        self.style = style or ("simple" if location == "path" else "form")
        self.explode = (self.style == "form") if explode is None else explode
        self.checks = checks
        self._encoder: Optional[Encoder] = None

    def encoder(self) -> Encoder:
        """The compiled encoder for this parameter's type and checks (built on first use)."""
        encoder = self._encoder
        if encoder is None:
            encoder = self._encoder = _compile_encoder(self.type, self.checks or None)
        return encoder

    def wire(self, value: Any, operation: str) -> Any:
        """``value`` validated and in its JSON form (``encode`` with this parameter's checks)."""
        try:
            return self.encoder()(value, False)
        except _Invalid as bad:
            raise bad.error(f"{operation}: {self.name}") from None


class Operation:
    """Everything about one endpoint that the request pipeline needs."""

    __slots__ = (
        "id",
        "name",
        "method",
        "path",
        "params",
        "body",
        "body_name",
        "body_required",
        "content_type",
        "responses",
        "security",
        "idempotent",
        "deprecated",
        "rate_limit_category",
        "_prepared",
    )

    def __init__(
        self,
        id: str,
        method: str,
        path: str,
        *,
        params: Sequence[Param] = (),
        body: Optional[str] = None,
        body_name: Optional[str] = None,
        body_required: bool = False,
        content_type: Optional[str] = None,
        responses: Optional[Mapping[str, Optional[str]]] = None,
        security: Sequence[str] = (),
        idempotent: bool = False,
        deprecated: Optional[str] = None,
        rate_limit_category: Optional[str] = None,
    ) -> None:
        self.id = id
        self.name = id.replace("/", "_")
        self.method = method
        self.path = path
        self.params = tuple(params)
        self.body = body
        self.body_name = body_name
        self.body_required = body_required
        self.content_type = content_type
        self.responses = dict(responses or {})
        self.security = tuple(security)
        self.idempotent = idempotent
        self.deprecated = deprecated
        self.rate_limit_category = rate_limit_category
        #: What the pipeline derives once per operation (error-message prefixes...), on first call.
        self._prepared: Any = None


class Endpoint:
    """Base of generated API classes: holds the client."""

    def __init__(self, api_client: Optional[ApiClient] = None) -> None:
        if api_client is None:
            from pinterest_client.api_client import ApiClient

            api_client = ApiClient()
        self.api_client = api_client

    @staticmethod
    def _with_http_info(method: Callable[..., Any], args: Sequence[Any], options: Dict[str, Any]) -> ApiResponse:
        result: ApiResponse = method(*args, _return_http_data_only=False, **options)
        return result
