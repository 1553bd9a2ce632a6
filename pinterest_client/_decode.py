"""Decoding responses: lenient (an unknown enum value, an extra field or a ``null`` never raises),
in place (the dicts the JSON parser built become the models' ``__dict__``), through a decoder compiled
once per type.

A model's decoder is Python source generated for its class and compiled once, in
:mod:`pinterest_client._decoders` (with the decoders of unions, lists and maps); this module keeps
them by type. :func:`loads` parses with orjson when it is installed (the ``speed`` extra), else with
:func:`json.loads`.

Compiling costs as much as decoding a few hundred objects, so the first few small responses of a
type are decoded without it (:func:`response_decoder`), by the plain per-field algorithm
(:func:`decode_plainly`) that the compiled decoders are checked against: a program's first call and
a notebook's one-off requests do not pay for a compilation (nor load the compiler).
"""

from __future__ import annotations

import datetime

from pinterest_client._types import PRIMITIVES, TYPE_CHECKING, resolve_type, split_type

if TYPE_CHECKING:
    from typing import Any, Callable, Dict, List, Optional, Tuple

    Decoder = Optional[Callable[[Any], Any]]


def loads(raw: "bytes | str") -> Any:
    """Parse a response body: with orjson when it is installed (``pip install
    'pinterest-client-v5[speed]'``; version 3.9.15 or later) and the body is not small, else with
    :func:`json.loads`. Whatever orjson refuses (``NaN``, ``Infinity``, UTF-16 bodies, nesting
    deeper than 1,024 levels...) is handed to :func:`json.loads`, so the result, and the error when
    the body is not JSON, are those of the standard library. One difference remains, orjson's: an
    integer beyond 64 bits (20 digits or more; the API documents none) arrives as a float."""
    if len(raw) < SMALL_BODY:
        parse = _PARSER[0] or _standard_parser()
    else:
        parse = _PARSER[1] or _choose_parser()
    return parse(raw)


#: Bodies shorter than this are parsed by :func:`json.loads` even with the speed extra: orjson's
#: gain grows with the body (a few microseconds on a small one), while importing it (~8 ms: it loads
#: ``dataclasses``, ``inspect``, ``uuid``, ``platform``) would make a program's first small call slower.
SMALL_BODY = 16384

#: The parsers :func:`loads` uses, chosen on first use: for small bodies, for the others.
_PARSER: List[Optional[Callable[[Any], Any]]] = [None, None]


def _standard_parser() -> Callable[[Any], Any]:
    import json

    _PARSER[0] = json.loads
    return json.loads


#: The oldest orjson :func:`loads` uses: earlier ones recurse without limit on deeply nested input
#: and crash the process (CVE-2024-27454); from 3.9.15 on they refuse it, and then json.loads raises
#: its RecursionError (an ``ApiDecodeError`` for the caller), as without orjson.
ORJSON_MINIMUM = (3, 9, 15)


def _choose_parser() -> Callable[[Any], Any]:
    """The parser for bodies that are not small: orjson's when a safe version is installed."""
    standard = _standard_parser()
    parse = standard
    try:
        import orjson  # the optional ``speed`` extra
    except ImportError:
        pass
    else:
        fast = orjson.loads
        if _version(getattr(orjson, "__version__", "0")) >= ORJSON_MINIMUM:

            def parse(raw: Any) -> Any:
                try:
                    return fast(raw)
                except ValueError:  # (orjson.JSONDecodeError is one)
                    return standard(raw)

    _PARSER[1] = parse
    return parse


def _version(text: str) -> Tuple[int, ...]:
    """``'3.10.3'`` -> ``(3, 10, 3)`` (a part's leading digits; ``0`` when it has none)."""
    parts = []
    for part in text.split(".")[:3]:
        digits = ""
        for char in part:
            if not char.isdigit():
                break
            digits += char
        parts.append(int(digits or 0))
    return tuple(parts)


_DECODERS: Dict[str, Decoder] = {}


# -- small responses: decoded plainly until their type has been seen a few times --------------------

#: A response body shorter than this (bytes) is decoded by :func:`decode_plainly` while its type has
#: no compiled decoder and has been decoded so fewer than :data:`PLAIN_USES` times.
PLAIN_BODY = 8192

#: How many small responses of a type are decoded plainly before its decoder is compiled.
PLAIN_USES = 8

#: Small responses decoded plainly so far, by type.
_PLAIN_COUNTS: Dict[str, int] = {}


def response_decoder(type_str: str, size: int) -> Callable[[Any], Any]:
    """The function decoding a response body of ``size`` bytes (as parsed) into ``type_str``: the
    compiled decoder (:func:`decoder_for`) once the type has one or when the body is not small,
    else :func:`decode_plainly`, for the first :data:`PLAIN_USES` small bodies of the type."""
    try:
        decoder = _DECODERS[type_str]
    except KeyError:
        uses = _PLAIN_COUNTS.get(type_str, 0)
        if size < PLAIN_BODY and uses < PLAIN_USES:
            _PLAIN_COUNTS[type_str] = uses + 1
            return lambda value: decode_plainly(type_str, value)
        decoder = decoder_for(type_str)
    return _as_is if decoder is None else decoder


def _as_is(value: Any) -> Any:
    return value


def decode_plainly(type_str: str, value: Any) -> Any:
    """``value`` (what the JSON parser gave) decoded into ``type_str`` field by field, compiling
    nothing: what a compiled decoder does, without its speed (test/test_decode_compiled.py checks
    that both give the same result for every schema, as sent and damaged)."""
    container, inner = split_type(type_str)
    if container == "list":
        return [decode_plainly(inner, v) for v in value] if type(value) is list else value
    if container == "dict":
        return {k: decode_plainly(inner, v) for k, v in value.items()} if type(value) is dict else value
    if inner == "datetime":
        return _decode_datetime(value)
    if inner == "date":
        return _decode_date(value)
    if inner in PRIMITIVES:
        return value
    cls: Any = resolve_type(inner)
    if _is_model(cls):
        return _plain_model(cls, value)
    if _models.is_union(cls):
        return _plain_union(cls, value)
    if isinstance(cls, type) and issubclass(cls, _models.ModelList):
        return cls([decode_plainly(cls._item_type, v) for v in value]) if type(value) is list else value
    return cls._from_wire(value) if hasattr(cls, "_from_wire") else value


def _plain_model(cls: Any, data: Any) -> Any:
    if type(data) is not dict:
        return data
    if cls._discriminator is not None:
        from pinterest_client._unions import discriminated

        target = discriminated(cls, data)
        if target is not cls:
            return decode_plainly(target.__name__, data)
    for f in cls._fields:
        value = data.get(f.wire)
        if value is not None:
            data[f.wire] = decode_plainly(f.type, value)
    additional = cls._additional
    if additional is not None and additional != "any":
        for key in data.keys() - cls._by_wire.keys():
            data[key] = decode_plainly(additional, data[key])
    for wire, value in cls._defaults.items():
        data.setdefault(wire, value)
    obj = object.__new__(cls)
    obj.__dict__ = data
    return obj


def _plain_union(cls: Any, data: Any) -> Any:
    if type(data) is not dict:
        return data
    target = cls._variant_for(data)
    if target is None:
        return data
    return decode_plainly(target.__name__, data)


_CLASS_DECODERS: Dict[Any, Callable[[Any], Any]] = {}


#: Classes whose decoder is being compiled (a recursive schema refers to itself through a stub).
_COMPILING: List[Any] = []


def decoder_for(type_str: str) -> Decoder:
    """A function turning a ``json.loads`` value into the typed value, or ``None`` when the value
    needs no conversion. Decoders take ownership of (and may mutate) the containers they get."""
    try:
        return _DECODERS[type_str]
    except KeyError:
        from pinterest_client._decoders import compile_decoder  # (loaded by the first type compiled)

        return compile_decoder(type_str)


def _is_model(cls: Any) -> bool:
    """A generated object schema (not a union, not a framework base)."""
    return isinstance(cls, _models._ModelMeta) and not _models.is_union(cls) and not cls.__dict__.get("_framework_")


def _class_decoder(cls: Any) -> Callable[[Any], Any]:
    """``json.loads`` dict -> instance of the :class:`Model` subclass ``cls``, built once per class."""
    decoder = _CLASS_DECODERS.get(cls)
    if decoder is None:
        from pinterest_client._decoders import class_decoder

        decoder = class_decoder(cls)
    return decoder


from pinterest_client import _models  # noqa: E402  (a cycle: its classes are used at call time only)

# ---------------------------------------------------------------------------------------------
# Dates and date-times on the wire: ``datetime.fromisoformat`` first, dateutil for the rest

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
