"""Decoding responses: lenient (an unknown enum value, an extra field or a ``null`` never raises),
in place (the dicts ``json.loads`` built become the models' ``__dict__``), through a decoder compiled
once per type.
"""

from __future__ import annotations

from pinterest_client._dates import _decode_date, _decode_datetime
from pinterest_client._types import _MANGLE, PRIMITIVES, TYPE_CHECKING, resolve_type, split_type

if TYPE_CHECKING:
    from typing import Any, Callable, Dict, FrozenSet, List, Optional, Tuple

    Decoder = Optional[Callable[[Any], Any]]


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
        if (
            isinstance(cls, _models._ModelMeta)
            and not issubclass(cls, _models.UnionModel)
            and not cls.__dict__.get("_framework_")
        ):
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
            target = _models._discriminated(cls, data)
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


from pinterest_client import _models  # noqa: E402  (a cycle: its classes are used at call time only)
