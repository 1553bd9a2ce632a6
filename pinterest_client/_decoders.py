"""Compiled decoders: :func:`~pinterest_client._decode.decoder_for` builds a type's decoder here
the first time it is asked for one (a program's first small responses are decoded plainly and do
not load this module; see :func:`~pinterest_client._decode.response_decoder`).

A model's decoder is Python source written for its class and compiled once: one straight line per
field that needs converting (nested models, dates, lists of models), with the decoders of small
nested models written inline (no call per object). A union's decision (discriminator table, or the
fit of each variant's fields) is likewise worked out once.
"""

from __future__ import annotations

from pinterest_client import _models, _unions
from pinterest_client._decode import (
    _CLASS_DECODERS,
    _COMPILING,
    _DECODERS,
    _decode_date,
    _decode_datetime,
    _fromisoformat,
    _is_model,
    decoder_for,
)
from pinterest_client._types import PRIMITIVES, TYPE_CHECKING, is_class_name, resolve_type, split_type

if TYPE_CHECKING:
    from typing import Any, Callable, Dict, List, Optional, Tuple

    from pinterest_client._decode import Decoder


def compile_decoder(type_str: str) -> Decoder:
    """:func:`~pinterest_client._decode.decoder_for` of a type it has no decoder for yet: built,
    then kept in its table."""
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
        if _is_model(cls):
            if cls in _COMPILING:  # a schema that contains itself: decode through a stub (not cached)
                recursive = cls
                return lambda data: class_decoder(recursive)(data)
            decoder = class_decoder(cls)
        elif _models.is_union(cls):
            if cls in _COMPILING:
                union = cls
                return lambda data: _union_decoder(union)(data)
            decoder = _union_decoder(cls)
        else:
            decoder = cls._from_wire if hasattr(cls, "_from_wire") else None
    _DECODERS[type_str] = decoder
    return decoder


def class_decoder(cls: Any) -> Callable[[Any], Any]:
    """:func:`~pinterest_client._decode._class_decoder` of a class not compiled yet."""
    _COMPILING.append(cls)
    try:
        compiled = _Compiler(cls).compile()
    finally:
        _COMPILING.remove(cls)
    _CLASS_DECODERS[cls] = compiled
    return compiled


#: Nested models are written inline up to this depth below the class being compiled...
_INLINE_DEPTH = 4

#: ... when they declare at most this many fields, and while the source is shorter than this.
_INLINE_FIELDS = 24
_INLINE_LINES = 800


class _Compiler:
    """Writes and compiles the source of one model class's decoder."""

    def __init__(self, cls: Any) -> None:
        self.cls = cls
        self.names: Dict[str, Any] = {
            "_new": object.__new__,
            "_fromiso": _fromisoformat,
            "_datetime": _decode_datetime,
        }
        self.lines: List[str] = []
        self.inlining: List[Any] = [cls]

    def ref(self, value: Any, prefix: str) -> str:
        """A name for ``value`` in the generated code's namespace."""
        for name, known in self.names.items():
            if known is value and name.startswith(prefix):
                return name
        name = f"{prefix}{len(self.names)}"
        self.names[name] = value
        return name

    def compile(self) -> Callable[[Any], Any]:
        cls = self.cls
        emit = self.lines.append
        emit("def decode(data):")
        emit("    if type(data) is not dict:")
        emit("        return data")
        if cls._discriminator is not None:
            emit(f"    target = _discriminated({self.ref(cls, '_C')}, data)")
            emit(f"    if target is not {self.ref(cls, '_C')}:")
            emit("        return target._from_wire(data)")
            self.names["_discriminated"] = _unions.discriminated
        self.body(cls, "data", "    ", 0)
        emit("    return obj0")
        source = "\n".join(self.lines)
        namespace = dict(self.names)
        exec(compile(source, f"<decoder of {cls.__qualname__}>", "exec"), namespace)  # noqa: S102
        decode: Callable[[Any], Any] = namespace["decode"]
        decode.__qualname__ = f"decode_{cls.__name__}"
        return decode

    def body(self, cls: Any, var: str, pad: str, depth: int) -> None:
        """Code converting the fields of the dict ``var`` in place, then making it the
        ``__dict__`` of a new ``cls`` called ``obj{depth}``."""
        self.inlining.append(cls)
        for f in cls._fields:
            self.field(f.wire, f.type, var, pad, depth)
        self.inlining.pop()
        emit = self.lines.append
        additional = cls._additional
        extra = decoder_for(additional) if additional is not None and additional != "any" else None
        if extra is not None:
            declared = self.ref(frozenset(cls._by_wire), "_k")
            emit(f"{pad}for k in {var}.keys() - {declared}:")
            emit(f"{pad}    {var}[k] = {self.ref(extra, '_d')}({var}[k])")
        for wire, value in cls._defaults.items():
            emit(f"{pad}if {wire!r} not in {var}:")
            emit(f"{pad}    {var}[{wire!r}] = {self.ref(value, '_v')}")
        emit(f"{pad}obj{depth} = _new({self.ref(cls, '_C')})")
        emit(f"{pad}obj{depth}.__dict__ = {var}")

    def field(self, wire: str, type_str: str, var: str, pad: str, depth: int) -> None:
        """Code converting ``{var}[wire]``, a value of type ``type_str``, when it needs converting."""
        emit = self.lines.append
        key, value, inside = repr(wire), f"v{depth}", pad + "    "
        container, inner = split_type(type_str)
        child = self.inline_class(inner, depth + 1) if container == "list" else None
        if child is not None:  # each item inline, in place (the list is the decoder's own)
            index, item = f"n{depth}", f"i{depth}"
            emit(f"{pad}{value} = {var}.get({key})")
            emit(f"{pad}if type({value}) is list:")
            emit(f"{inside}for {index}, {item} in enumerate({value}):")
            emit(f"{inside}    if type({item}) is dict:")
            self.body(child, item, inside + "        ", depth + 1)
            emit(f"{inside}        {value}[{index}] = obj{depth + 1}")
            return
        if container:
            convert = decoder_for(type_str)
            if convert is not None:
                emit(f"{pad}{value} = {var}.get({key})")
                if container == "list":
                    emit(f"{pad}if type({value}) is list:")
                    emit(f"{inside}{var}[{key}] = [{self.ref(decoder_for(inner), '_d')}(i) for i in {value}]")
                else:
                    emit(f"{pad}if {value} is not None:")
                    emit(f"{inside}{var}[{key}] = {self.ref(convert, '_d')}({value})")
            return
        if inner == "datetime":
            emit(f"{pad}{value} = {var}.get({key})")
            emit(f"{pad}if type({value}) is str:")
            emit(f"{inside}try:")
            emit(f"{inside}    {var}[{key}] = _fromiso({value})")
            emit(f"{inside}except ValueError:")
            emit(f"{inside}    {var}[{key}] = _datetime({value})")
            return
        child = self.inline_class(inner, depth)
        if child is not None:
            emit(f"{pad}{value} = {var}.get({key})")
            emit(f"{pad}if type({value}) is dict:")
            self.body(child, value, inside, depth + 1)
            emit(f"{inside}{var}[{key}] = obj{depth + 1}")
            return
        convert = decoder_for(type_str)
        if convert is None:
            return
        emit(f"{pad}{value} = {var}.get({key})")
        tags = self.inline_tags(inner, depth)
        if tags is None:
            emit(f"{pad}if {value} is not None:")
            emit(f"{inside}{var}[{key}] = {self.ref(convert, '_d')}({value})")
            return
        # a union with a discriminator: its table of variants, written out
        prop, targets = tags
        tag = f"t{depth}"
        emit(f"{pad}if type({value}) is dict:")
        emit(f"{inside}{tag} = {value}.get({prop!r})")
        for number, (tag_value, target) in enumerate(targets):
            emit(f"{inside}{'if' if number == 0 else 'elif'} {tag} == {tag_value!r}:")
            child = self.inline_class(target.__name__, depth)
            if child is not None:
                self.body(child, value, inside + "    ", depth + 1)
                emit(f"{inside}    {var}[{key}] = obj{depth + 1}")
            else:
                emit(f"{inside}    {var}[{key}] = {self.ref(_variant_decoder(target), '_d')}({value})")
        emit(f"{inside}else:")
        emit(f"{inside}    {var}[{key}] = {self.ref(convert, '_d')}({value})")

    def inline_class(self, name: str, depth: int) -> Any:
        """The model class called ``name`` when its decoder can be written inline here."""
        if depth >= _INLINE_DEPTH or not is_class_name(name) or len(self.lines) > _INLINE_LINES:
            return None
        cls = resolve_type(name)
        if not _is_model(cls) or cls._discriminator is not None or cls in _COMPILING or cls in self.inlining:
            return None
        if len(cls._fields) > _INLINE_FIELDS:
            decoder_for(name)  # compiled (and cached) on its own
            return None
        return cls

    def inline_tags(self, name: str, depth: int) -> Optional[Tuple[str, List[Tuple[str, Any]]]]:
        """For a union with a discriminator: its property and ``(value, variant class)`` pairs."""
        if depth >= _INLINE_DEPTH or not is_class_name(name):
            return None
        cls = resolve_type(name)
        if not _models.is_union(cls):
            return None
        if cls._discriminator is None or cls in _COMPILING:
            return None
        prop, mapping = cls._discriminator
        targets = [(tag, resolve_type(target)) for tag, target in mapping.items() if target != cls.__name__]
        return prop, [(tag, target) for tag, target in targets if isinstance(tag, str)]


def _union_decoder(cls: Any) -> Callable[[Any], Any]:
    """A ``oneOf``/``anyOf`` decoder: the discriminator's table of decoders, else the variant whose
    declared fields fit the data best (as :func:`_unions.fit_score` rates them), decided from
    sets computed once."""
    decoder = _CLASS_DECODERS.get(cls)
    if decoder is not None:
        return decoder
    _COMPILING.append(cls)
    try:
        decoder = _make_union_decoder(cls)
    finally:
        _COMPILING.remove(cls)
    _CLASS_DECODERS[cls] = decoder
    return decoder


def _make_union_decoder(cls: Any) -> Callable[[Any], Any]:
    by_tag: Dict[str, Callable[[Any], Any]] = {}
    prop = None
    if cls._discriminator is not None:
        prop, mapping = cls._discriminator
        for tag, name in mapping.items():
            if name != cls.__name__:
                by_tag[tag] = _variant_decoder(resolve_type(name))
    variants = cls._variant_classes()
    fits = tuple(_fit_of(v) for v in variants)
    decoders = tuple(_variant_decoder(v) for v in variants)

    def decode(data: Any) -> Any:
        if type(data) is not dict:
            return data
        if prop is not None:
            tag = data.get(prop)
            if isinstance(tag, str):
                target = by_tag.get(tag)
                if target is not None:
                    return target(data)
        best, best_score = -1, -2
        keys = data.keys()
        for index, fit in enumerate(fits):
            score = fit(keys, data)
            if score > best_score:
                best, best_score = index, score
        if best < 0:
            return data  # no object variant: the value stays plain JSON
        return decoders[best](data)

    return decode


def _variant_decoder(variant: Any) -> Callable[[Any], Any]:
    return decoder_for(variant.__name__) or variant._from_wire


def _fit_of(variant: Any) -> Callable[[Any, Dict[str, Any]], int]:
    """``(data.keys(), data) -> score``: :func:`_unions.fit_score` of ``variant``, with its sets
    of required and declared wire names computed once (unions and discriminated variants are
    rated by the general function)."""
    if not _is_model(variant) or variant._discriminator is not None:
        fit_score = _unions.fit_score
        return lambda keys, data: fit_score(variant, data)
    required = frozenset(f.wire for f in variant._fields if f.required)
    declared = frozenset(variant._by_wire)
    closed = variant._additional is None

    def fit(keys: Any, data: Dict[str, Any]) -> int:
        if not required <= keys:
            return -1
        if closed and not keys <= declared:
            return -1
        return len(declared.intersection(keys))

    return fit
