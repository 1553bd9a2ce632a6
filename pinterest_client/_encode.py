"""Encoding requests: every value validated against its declared type and constraints before a byte
is sent, through an encoder compiled once per type (fast paths for values that need no work; the path
of a bad value, ``boards_create: board.privacy``, is built only when there is one).
"""

from __future__ import annotations

import datetime
import enum

from pinterest_client._checks import (
    SCALAR_ENCODERS,
    _bad_type,
    _bad_value,
    _compile_checks,
    _describe,
    _Invalid,
    checked,
)
from pinterest_client._types import (
    _MANGLE,
    TYPE_CHECKING,
    is_class_name,
    only_known_keys,
    resolve_type,
    split_type,
)

if TYPE_CHECKING:
    from typing import Any, Callable, Dict, FrozenSet, List, Optional, Tuple

    from pinterest_client._types import FieldInfo

    Encoder = Callable[[Any, bool], Any]


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
    return base if check is None else checked(base, check)


def _list_encoder(type_str: str, item: Encoder) -> Encoder:
    expected = _describe(type_str)
    as_is = getattr(item, "as_is", None)  # models whose data may be sent as it is

    def encode_list(value: Any, response: bool) -> Any:
        if type(value) is not list and not isinstance(value, (list, tuple)):
            raise _bad_type(expected, value)
        try:
            if as_is is not None and not response:
                ready = as_is.every(value)  # every item sent as it is, else item by item
                if ready is not None:
                    return ready
                return [as_is(v) or (None if v is None else item(v, response)) for v in value]
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
        if isinstance(cls, _models._ModelMeta) and not _models.is_union(cls):
            _ENCODING.append(cls)
            try:
                encoder = _compile_model_encoder(cls)
            finally:
                _ENCODING.remove(cls)
        elif isinstance(cls, enum.EnumMeta):
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
        from pinterest_client._decode import parse_datetime  # (a cycle: _decode imports _models, _models this)

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
    **SCALAR_ENCODERS,
    "date": _encode_date,
    "datetime": _encode_datetime,
    "any": _encode_any,
    "file": _encode_any,
}


def to_jsonable(value: Any) -> Any:
    """Models, enums, dates and containers -> plain JSON values (no validation)."""
    if isinstance(value, (_models.Model, _models.ModelList)):
        return value.to_wire()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value

    # -- encoding (requests) ----------------------------------------------------------------


def _compile_model_encoder(cls: Any) -> Encoder:
    """The request encoder of one :class:`Model` subclass: validates every field (type, checks,
    nullability, read-only, required) and returns the wire dict."""
    name = cls.__name__
    fields: Tuple[FieldInfo, ...] = cls._fields
    table = {f.wire: (f.py, f.read_only, f.nullable, f.encoder()) for f in fields}
    # Fast paths (no checks, not read-only), one lookup per key: the exact types that pass
    # unchanged (``None`` too where nullable), and the members of an enum-typed field.
    fast: Dict[str, Tuple[Tuple[type, ...], Optional[Dict[Any, Any]]]] = {}
    for f in fields:
        if f.checks or f.read_only:
            continue
        plain = (_PLAIN_TYPES[f.type],) if f.type in _PLAIN_TYPES else ()
        enum_class = resolve_type(f.type) if is_class_name(f.type) else None
        members = enum_class._value2member_map_ if isinstance(enum_class, enum.EnumMeta) else None
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
    as_is = None if groups or whole is not None else _as_is_check(cls, fields, required_in_request)

    def encode_model(value: Any, response: bool) -> Any:
        if as_is is not None and not response:
            ready = as_is(value)
            if ready is not None:
                return ready  # already its own JSON form (see _as_is_check)
        if type(value) is cls:
            data = value.__dict__
        elif isinstance(value, _models.Model):
            data = value.to_wire()
        elif isinstance(value, dict):
            data = value
        else:
            raise _bad_type(expected, value)
        if discriminator is not None and type(value) is not cls:
            target = _unions.discriminated(cls, data)
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

    encode_model.as_is = as_is  # type: ignore[attr-defined]  # (for the list encoder)
    return encode_model


#: JSON values of these types pass the type check of a field of that type unchanged.
_AS_IS_DEFAULTS: Dict[str, Tuple[str, Any]] = {
    "str": ("type({v}) is str", ""),
    "int": ("type({v}) is int", 0),
    "float": ("type({v}) is float or type({v}) is int", 0.0),
    "bool": ("type({v}) is bool", False),
}


def _as_is_check(cls: Any, fields: Tuple[FieldInfo, ...], required: FrozenSet[str]) -> Optional[Callable[[Any], Any]]:
    """For a model's request encoder: ``instance -> its __dict__`` (else ``None``), compiled from
    generated source, when an instance of exactly ``cls`` holds data that needs no conversion at
    all — every key a declared field without constraints (not read-only), every value of exactly
    its plain type or a member or value of its enum (enum members are ``str``/``int``/``float``
    instances and serialise as their values), the required fields present. Such data is sent as
    it is instead of being copied key by key. ``None`` when no field qualifies.

    The function has an ``every`` attribute: the same check over a list of instances (the list
    of their data, else ``None``), for the list encoder."""
    names: Dict[str, Any] = {"_cls": cls}
    checks: List[str] = []
    keys = []
    for index, f in enumerate(fields):
        if f.checks or f.read_only:
            continue
        value = f"v{index}"
        if f.type in _AS_IS_DEFAULTS:
            test, default = _AS_IS_DEFAULTS[f.type]
            test = test.format(v=value)
        elif is_class_name(f.type) and isinstance(resolve_type(f.type), enum.EnumMeta):
            enum_class = resolve_type(f.type)
            values = frozenset(enum_class._value2member_map_)
            kinds = {type(v) for v in values}
            if len(kinds) != 1:
                continue
            names[f"_E{index}"], names[f"_V{index}"], names[f"_T{index}"] = enum_class, values, kinds.pop()
            test = f"type({value}) is _E{index} or (type({value}) is _T{index} and {value} in _V{index})"
            default = next(iter(values))
        else:
            continue
        if f.nullable:
            test, default = f"{value} is None or {test}", None
        names[f"_D{index}"] = default
        read = f"data[{f.wire!r}]" if f.wire in required else f"data.get({f.wire!r}, _D{index})"
        checks += [f"{value} = {read}", f"if not ({test}):", "    return None"]
        keys.append(f.wire)
    if not keys or not required <= set(keys):
        return None  # (a required field that needs converting: never as it is)
    names["_keys"] = frozenset(keys)
    test = only_known_keys("data", sorted(required), [wire for wire in keys if wire not in required], "_keys")
    body = ["if type(value) is not _cls:", "    return None", "data = value.__dict__"]
    body += [f"if not ({test}):", "    return None", *checks]
    lines = ["def as_is(value):", *(f"    {line}" for line in body), "    return data"]
    lines += ["def every(values):", "    out = []", "    for value in values:"]
    lines += [f"        {line}" for line in body] + ["        out.append(data)", "    return out"]
    exec(compile("\n".join(lines), f"<request check of {cls.__qualname__}>", "exec"), names)  # noqa: S102
    check: Callable[[Any], Any] = names["as_is"]
    check.every = names["every"]  # type: ignore[attr-defined]
    return check


from pinterest_client import _models, _unions  # noqa: E402  (a cycle: its classes are used at call time only)
