"""The model base: typed classes that are lenient when reading and strict when writing.

A generated model declares its fields once, as a tuple of :class:`Field`::

    class Board(Model):
        id: Optional[str]
        name: Optional[str]
        _fields = (Field("id", "str", read_only=True, pattern=r"^\\d+$"), Field("name", "str", required=True))

Type strings are a tiny language: ``str int float bool date datetime any``, ``list[T]``,
``dict[T]`` and the name of a generated model or enum class (resolved lazily, so importing one
model imports nothing else).

Storage: an instance's ``__dict__`` *is* its wire dictionary (keys are the JSON names). Decoding a
response therefore reuses the dictionaries ``json.loads`` built, converting in place only the
values that need it (nested models, dates); unknown keys stay and round-trip through
:meth:`Model.to_dict`. Reading never raises on an unknown enum value, an extra field, a ``null`` or
a mismatched type. Writing (:func:`encode`) validates against the spec and raises
:class:`~pinterest_client.exceptions.ApiTypeError` / :class:`~pinterest_client.exceptions.ApiValueError`
naming the offending path.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import json
import re
from typing import Any, Callable, ClassVar, Dict, FrozenSet, Iterable, List, Optional, Tuple, Type, TypeVar, cast

from pinterest_client.exceptions import ApiAttributeError, ApiTypeError, ApiValueError

__all__ = [
    "Field",
    "Model",
    "UnionModel",
    "ModelList",
    "Enum",
    "IntEnum",
    "FloatEnum",
    "decoder_for",
    "encode",
    "parse_date",
    "parse_datetime",
    "resolve_type",
]

M = TypeVar("M", bound="Model")
Decoder = Optional[Callable[[Any], Any]]

#: Field names whose values are secrets: shown as ``'***'`` in reprs.
SECRET_FIELDS = frozenset({"access_token", "refresh_token", "client_secret", "password", "conversion_token"})

#: Prefix for an unknown response key that collides with a method name (``to_dict``...).
_MANGLE = "\x00"

_MODELS_PACKAGE = "pinterest_client.models"


# ---------------------------------------------------------------------------------------------
# Field declarations
# ---------------------------------------------------------------------------------------------


class Field:
    """One property of a model, as the spec declares it."""

    __slots__ = ("wire", "py", "type", "required", "nullable", "read_only", "checks")

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

    def __repr__(self) -> str:
        return f"Field({self.wire!r}, {self.type!r})"


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------


def parse_datetime(value: str) -> datetime.datetime:
    """ISO-8601 date-time; ``datetime.fromisoformat`` first, dateutil for the odd ones."""
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        if value.endswith(("Z", "z")):
            try:
                return datetime.datetime.fromisoformat(value[:-1] + "+00:00")
            except ValueError:
                pass
        from dateutil.parser import isoparse

        return isoparse(value)


def parse_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return parse_datetime(value).date()


def _lenient(parse: Callable[[str], Any]) -> Callable[[Any], Any]:
    def decode(value: Any) -> Any:
        if type(value) is not str:
            return value
        try:
            return parse(value)
        except (ValueError, OverflowError):
            return value

    return decode


_decode_datetime = _lenient(parse_datetime)
_decode_date = _lenient(parse_date)


# ---------------------------------------------------------------------------------------------
# Type resolution
# ---------------------------------------------------------------------------------------------

PRIMITIVES = ("str", "int", "float", "bool", "date", "datetime", "any", "file")


def resolve_type(name: str) -> Any:
    """The generated class called ``name`` (imported on first use)."""
    models = importlib.import_module(_MODELS_PACKAGE)
    return getattr(models, name)


def _split(type_str: str) -> Tuple[str, str]:
    """``'list[Pin]'`` -> ``('list', 'Pin')``; ``'Pin'`` -> ``('', 'Pin')``."""
    if type_str.endswith("]"):
        head, _, inner = type_str.partition("[")
        return head, inner[:-1]
    return "", type_str


_DECODERS: Dict[str, Decoder] = {}


def decoder_for(type_str: str) -> Decoder:
    """A function turning a ``json.loads`` value into the typed value, or ``None`` when the value
    needs no conversion. Decoders take ownership of (and may mutate) the containers they get."""
    try:
        return _DECODERS[type_str]
    except KeyError:
        pass
    container, inner = _split(type_str)
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
        cls = resolve_type(inner)
        decoder = cls._from_wire if hasattr(cls, "_from_wire") else None
    _DECODERS[type_str] = decoder
    return decoder


# ---------------------------------------------------------------------------------------------
# Encoding with validation (requests)
# ---------------------------------------------------------------------------------------------

_PATTERNS: Dict[str, "re.Pattern[str]"] = {}


def _describe(type_str: str) -> str:
    container, inner = _split(type_str)
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


def _fail(cls: Type[Exception], path: str, expected: str, value: Any) -> Exception:
    shown = "***" if path.rsplit(".", 1)[-1] in SECRET_FIELDS else _short_repr(value)
    return cls(f"{path}: expected {expected}, got {shown}")


def _short_repr(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def encode(
    value: Any, type_str: str, path: str, checks: Optional[Dict[str, Any]] = None, *, response: bool = False
) -> Any:
    """Validate ``value`` against a type string (plus spec ``checks``) and return its JSON form.

    ``path`` names the value in error messages (``"boards_create: board.privacy"``). With
    ``response=True`` the rules are those of a server reply (read-only fields allowed and
    required) — used by strict response checking.
    """
    container, inner = _split(type_str)
    if value is None:
        return None  # nullability is decided by the caller, who knows the field
    if checks:
        _check(value, checks, path)
    if container == "list":
        if not isinstance(value, (list, tuple)):
            raise _fail(ApiTypeError, path, _describe(type_str), value)
        item_checks = checks.get("items") if checks else None
        return [encode(v, inner, f"{path}[{i}]", item_checks, response=response) for i, v in enumerate(value)]
    if container == "dict":
        if not isinstance(value, dict):
            raise _fail(ApiTypeError, path, _describe(type_str), value)
        return {k: encode(v, inner, f"{path}.{k}", response=response) for k, v in value.items()}
    encoder = _PRIMITIVE_ENCODERS.get(inner)
    if encoder is not None:
        return encoder(value, path)
    cls = resolve_type(inner)
    return cls._encode(value, path, response)


def _check(value: Any, checks: Dict[str, Any], path: str) -> None:
    allowed = checks.get("enum")
    if allowed is not None:
        raw = value.value if isinstance(value, enum.Enum) else value
        if raw not in allowed:
            raise ApiValueError(f"{path}: expected one of {', '.join(map(repr, allowed))}, got {_short_repr(raw)}")
    if isinstance(value, str):
        if "min_length" in checks and len(value) < checks["min_length"]:
            raise ApiValueError(f"{path}: expected at least {checks['min_length']} characters, got {len(value)}")
        if "max_length" in checks and len(value) > checks["max_length"]:
            raise ApiValueError(f"{path}: expected at most {checks['max_length']} characters, got {len(value)}")
        pattern = checks.get("pattern")
        if pattern is not None:
            compiled = _PATTERNS.get(pattern)
            if compiled is None:
                compiled = _PATTERNS[pattern] = re.compile(pattern)
            if not compiled.search(value):
                raise ApiValueError(f"{path}: expected a string matching {pattern!r}, got {_short_repr(value)}")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        low, high = checks.get("minimum"), checks.get("maximum")
        if low is not None and (value <= low if checks.get("exclusive_minimum") else value < low):
            raise ApiValueError(
                f"{path}: expected a value >{'' if checks.get('exclusive_minimum') else '='} {low}, got {value}"
            )
        if high is not None and (value >= high if checks.get("exclusive_maximum") else value > high):
            raise ApiValueError(
                f"{path}: expected a value <{'' if checks.get('exclusive_maximum') else '='} {high}, got {value}"
            )
    elif isinstance(value, (list, tuple)):
        if "min_items" in checks and len(value) < checks["min_items"]:
            raise ApiValueError(f"{path}: expected at least {checks['min_items']} items, got {len(value)}")
        if "max_items" in checks and len(value) > checks["max_items"]:
            raise ApiValueError(f"{path}: expected at most {checks['max_items']} items, got {len(value)}")


def _encode_str(value: Any, path: str) -> Any:
    if isinstance(value, str):
        return value.value if isinstance(value, enum.Enum) else value
    raise _fail(ApiTypeError, path, "a string", value)


def _encode_int(value: Any, path: str) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise _fail(ApiTypeError, path, "an integer", value)


def _encode_float(value: Any, path: str) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    raise _fail(ApiTypeError, path, "a number", value)


def _encode_bool(value: Any, path: str) -> Any:
    if isinstance(value, bool):
        return value
    raise _fail(ApiTypeError, path, "a boolean", value)


def _encode_date(value: Any, path: str) -> Any:
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise _fail(ApiTypeError, path, "a datetime.date or 'YYYY-MM-DD' string", value)


def _encode_datetime(value: Any, path: str) -> Any:
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return parse_datetime(value).isoformat()
        except (ValueError, OverflowError):
            pass
    raise _fail(ApiTypeError, path, "a datetime.datetime or ISO-8601 string", value)


def _encode_any(value: Any, path: str) -> Any:
    return to_jsonable(value)


_PRIMITIVE_ENCODERS: Dict[str, Callable[[Any, str], Any]] = {
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


class _EnumBase:
    """Shared behaviour of generated enums. Members are plain values too (``Granularity.DAY ==
    "DAY"``) and ``Granularity("DAY")`` works as in the original client. Responses keep plain
    values, so an enum value newer than this SDK never breaks decoding."""

    def __str__(self) -> str:
        return str(self.value)  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        return repr(self.value)  # type: ignore[attr-defined]

    @classmethod
    def _encode(cls, value: Any, path: str, response: bool = False) -> Any:
        raw = value.value if isinstance(value, enum.Enum) else value
        if raw in cls._value2member_map_:  # type: ignore[attr-defined]
            return raw
        allowed = ", ".join(repr(m.value) for m in cls)  # type: ignore[attr-defined]
        raise ApiValueError(f"{path}: expected one of {allowed} ({cls.__name__}), got {_short_repr(raw)}")


class Enum(_EnumBase, str, enum.Enum):
    """Base of generated string enums."""


class IntEnum(_EnumBase, int, enum.Enum):
    """Base of generated integer enums."""


class FloatEnum(_EnumBase, float, enum.Enum):
    """Base of generated number enums."""


# ---------------------------------------------------------------------------------------------
# Models
# ---------------------------------------------------------------------------------------------


def is_class_name(type_str: str) -> bool:
    """``'Board'`` is; ``'str'`` and ``'list[Board]'`` are not."""
    return type_str not in PRIMITIVES and "[" not in type_str


class _ModelMeta(type):
    """Lets ``isinstance(x, SomeUnion)`` hold for instances of the union's variants, and
    ``isinstance(x, Base)`` for the classes a base schema's discriminator maps to (the generator
    flattens ``allOf``, so those are not Python subclasses)."""

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


class Model(metaclass=_ModelMeta):
    """Base of every generated object schema.

    Construct with keyword arguments (Python names; a misspelt name raises, so typos never reach
    the wire — set an undeclared key with ``model["key"] = value``); read with attributes,
    ``model["wire_name"]`` or :meth:`get`; serialise with :meth:`to_dict` (wire names) or :meth:`to_json`. Unset fields
    read as ``None`` and are left out of :meth:`to_dict`; a field set to ``None`` is sent as JSON
    ``null``. Instances compare by value and pickle, copy and deepcopy like plain objects.
    """

    _fields: ClassVar[Tuple[Field, ...]] = ()
    #: Type string of undeclared properties, or ``None`` when the schema forbids them.
    _additional: ClassVar[Optional[str]] = "any"
    #: ``(property, {value: class name})`` for discriminated schemas.
    _discriminator: ClassVar[Optional[Tuple[str, Dict[str, str]]]] = None

    # Derived once per class by __init_subclass__ / _compile:
    _by_py: ClassVar[Dict[str, Field]]
    _by_wire: ClassVar[Dict[str, Field]]
    _reserved: ClassVar[FrozenSet[str]]
    _converters: ClassVar[Optional[Tuple[Tuple[str, Callable[[Any], Any]], ...]]] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = cls.__dict__.get("_fields", ())
        cls._by_py = {f.py: f for f in fields}
        cls._by_wire = {f.wire: f for f in fields}
        cls._converters = None
        renamed = [f for f in fields if f.py != f.wire]
        cls._reserved = _BASE_RESERVED.union(f.py for f in renamed)
        for f in renamed:
            setattr(cls, f.py, _alias(_MANGLE + f.wire if f.wire in cls._reserved else f.wire))
        if "_discriminator" in cls.__dict__ and cls.__new__ is object.__new__:  # not for unions
            cls.__new__ = _discriminated_new  # type: ignore[method-assign]

    def __init__(self, **kwargs: Any) -> None:
        store = self.__dict__
        for name, value in kwargs.items():
            field = self._by_py.get(name) or self._by_wire.get(name)
            if field is not None:
                store[field.wire] = value
            elif not self._fields and self._additional is not None and name not in self._reserved:
                store[name] = value  # a pure map schema: any key goes
            else:
                known = ", ".join(sorted(self._by_py)) or "none"
                raise ApiTypeError(
                    f"{type(self).__name__}() got an unexpected keyword argument {name!r}; fields: {known}"
                )

    # -- reading ------------------------------------------------------------------------------

    def __getattr__(self, name: str) -> Any:  # only called when normal lookup fails
        if name in type(self)._by_py:
            return None
        raise ApiAttributeError(f"{type(self).__name__} has no attribute {name!r}")

    def _wire_key(self, key: str) -> str:
        field = self._by_py.get(key)
        if field is not None and key not in self._by_wire:
            return field.wire
        return _MANGLE + key if key in self._reserved else key

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
        parts = []
        for key, value in self.__dict__.items():
            name = key[1:] if key.startswith(_MANGLE) else key
            field = self._by_wire.get(name)
            label = field.py if field is not None else name
            shown = "'***'" if name in SECRET_FIELDS and value is not None else repr(value)
            parts.append((label if label.isidentifier() else repr(label), shown))
        one_line = f"{type(self).__name__}({', '.join(f'{k}={v}' for k, v in parts)})"
        if len(one_line) <= 100 and "\n" not in one_line:
            return one_line
        body = "".join(f"    {k}={v.replace(chr(10), chr(10) + '    ')},\n" for k, v in parts)
        return f"{type(self).__name__}(\n{body})"

    def _repr_html_(self) -> str:
        import html

        rows = "".join(
            f"<tr><th style='text-align:left'>{html.escape(str(k))}</th><td>{html.escape(repr(v))}</td></tr>"
            for k, v in self.to_dict().items()
        )
        return f"<table><caption>{type(self).__name__}</caption>{rows}</table>"

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
        return json.dumps(self.to_dict(), indent=indent)

    def to_str(self) -> str:
        return repr(self)

    def validate(self) -> None:
        """Check this model as a request body would be checked; raises on the first problem."""
        self._encode(self, type(self).__name__, False)

    # -- decoding -------------------------------------------------------------------------------

    @classmethod
    def from_dict(cls: Type[M], data: Dict[str, Any]) -> M:
        """Build a model from wire data (a ``dict`` with JSON names); lenient like responses."""
        return cast(M, cls._from_wire(_copy_json(data)))

    @classmethod
    def from_json(cls: Type[M], text: "str | bytes") -> M:
        return cast(M, cls._from_wire(json.loads(text)))

    @classmethod
    def _compile(cls) -> Tuple[Tuple[str, Callable[[Any], Any]], ...]:
        converters = []
        for f in cls._fields:
            decoder = decoder_for(f.type)
            if decoder is not None:
                converters.append((f.wire, decoder))
        cls._converters = tuple(converters)
        return cls._converters

    @classmethod
    def _from_wire(cls, data: Any) -> Any:
        """Decode ``json.loads`` output, taking ownership of ``data`` (it becomes ``__dict__``)."""
        if type(data) is not dict:
            return data
        if cls._discriminator is not None:
            target = _discriminated(cls, data)
            if target is not cls:
                return target._from_wire(data)
        converters = cls._converters
        if converters is None:
            converters = cls._compile()
        for key, convert in converters:
            value = data.get(key)
            if value is not None:
                data[key] = convert(value)
        additional = cls._additional
        if additional is not None and additional != "any":
            decoder = decoder_for(additional)
            if decoder is not None:
                for key in data.keys() - cls._by_wire.keys():
                    data[key] = decoder(data[key])
        obj = object.__new__(cls)
        if not data.keys().isdisjoint(cls._reserved):
            data = {(_MANGLE + k if k in cls._reserved else k): v for k, v in data.items()}
        obj.__dict__ = data
        return obj

    # -- encoding (requests) ----------------------------------------------------------------

    @classmethod
    def _encode(cls, value: Any, path: str, response: bool = False) -> Any:
        if isinstance(value, Model):
            data = value.__dict__ if type(value) is cls else value.to_dict()
        elif isinstance(value, dict):
            data = value
        else:
            raise _fail(ApiTypeError, path, f"{cls.__name__} or a dict", value)
        if cls._discriminator is not None and type(value) is not cls:
            target = _discriminated(cls, data)
            if target is not cls:
                return target._encode(value, path, response)
        out: Dict[str, Any] = {}
        for key, item in data.items():
            if key.startswith(_MANGLE):
                key = key[1:]
            field = cls._by_wire.get(key)
            if field is None:
                if cls._additional is None:
                    raise ApiValueError(f"{path}: {cls.__name__} has no field {key!r}")
                out[key] = encode(item, cls._additional, f"{path}.{key}", response=response)
                continue
            if field.read_only and not response:
                continue
            if item is None:
                if not field.nullable and not response:
                    raise ApiValueError(f"{path}.{field.py}: must not be None (null)")
                out[key] = None
                continue
            out[key] = encode(item, field.type, f"{path}.{field.py}", field.checks, response=response)
        for field in cls._fields:
            if field.required and field.wire not in out and (response or not field.read_only):
                raise ApiValueError(f"{path}: missing required field {field.py!r} ({cls.__name__})")
        return out


_PLAIN = frozenset({str, int, float, bool, type(None)})
#: Attribute names of the base classes: a response key with one of these names is stored mangled.
_BASE_RESERVED = frozenset(n for n in dir(Model) if not n.startswith("__"))


def _alias(wire: str) -> property:
    def fget(self: Model) -> Any:
        return self.__dict__.get(wire)

    def fset(self: Model, value: Any) -> None:
        self.__dict__[wire] = value

    def fdel(self: Model) -> None:
        self.__dict__.pop(wire, None)

    return property(fget, fset, fdel)


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


def _discriminated_new(cls: Any, **kwargs: Any) -> Any:
    """``Base(grant_type="refresh_token", ...)`` builds the class the discriminator maps to."""
    target = _discriminated(cls, {k: getattr(v, "value", v) for k, v in kwargs.items()})
    if target is not cls and not issubclass(target, cls):
        return target(**kwargs)
    return object.__new__(cls)


def _discriminated(cls: Any, data: Dict[str, Any]) -> Any:
    prop, mapping = cls._discriminator
    name = mapping.get(data.get(prop)) if isinstance(data.get(prop), str) else None
    return resolve_type(name) if name and name != cls.__name__ else cls


# ---------------------------------------------------------------------------------------------
# Unions (oneOf / anyOf)
# ---------------------------------------------------------------------------------------------


class UnionModel(Model):
    """Base of ``oneOf``/``anyOf`` schemas. Never instantiated itself: constructing or decoding
    one yields an instance of the matching variant (by discriminator, else by best fit), and
    ``isinstance(variant_instance, TheUnion)`` is true."""

    _variants: ClassVar[Tuple[str, ...]] = ()

    def __new__(cls, **kwargs: Any) -> Any:
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
    def _encode(cls, value: Any, path: str, response: bool = False) -> Any:
        variants = cls._variant_classes()
        for variant in variants:
            if type(value) is variant:
                return variant._encode(value, path, response)
        errors = []
        if isinstance(value, (Model, dict)) and variants:
            data = value.to_dict() if isinstance(value, Model) else value
            if cls._discriminator is not None:
                target = _discriminated(cls, data)
                if target is not cls:
                    return target._encode(data, path, response)
            for variant in sorted(variants, key=lambda v: -_fit_score(v, data)):
                try:
                    return variant._encode(data, path, response)
                except (ApiTypeError, ApiValueError) as exc:
                    errors.append(str(exc))
        for other in cls._variants:
            if not is_class_name(other):
                try:
                    return encode(value, other, path, response=response)
                except (ApiTypeError, ApiValueError) as exc:
                    errors.append(str(exc))
        raise ApiValueError(
            f"{path}: matches none of {cls.__name__}'s variants ({', '.join(cls._variants)}): " + " | ".join(errors)
        )


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
    def _encode(cls, value: Any, path: str, response: bool = False) -> Any:
        return encode(value, f"list[{cls._item_type}]", path, cls._checks or None, response=response)

    def to_dict(self) -> List[Any]:
        return [to_jsonable(v) for v in self]

    def to_json(self, indent: Optional[int] = None) -> str:
        return json.dumps(self.to_dict(), indent=indent)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list.__repr__(self)})"
