"""The class attributes of the original generated client's models (``openapi_types``,
``attribute_map``, ``allowed_values``, ``validations``, ``discriminator``, ``read_only_vars``,
``additional_properties_type``, ``required_properties``), derived from our field declarations on first
read, so that code written against the original keeps working.

Few programs read these tables: the model bases carry stand-ins (``_models.attach_tables``) and this
module is imported by the first read of one, which puts the descriptors below in place.
"""

from __future__ import annotations

import datetime

from pinterest_client._enums import _EnumType
from pinterest_client._models import ORIGINAL_TABLES
from pinterest_client._types import PRIMITIVES, TYPE_CHECKING, is_class_name, resolve_type, split_type

if TYPE_CHECKING:
    from typing import Any, Callable, Dict, List, Optional, Tuple


class _OriginalTable:
    """A class attribute of the original client's models (``openapi_types``, ``attribute_map``...),
    computed from the field declarations on first read and then kept for the class. A data
    descriptor: a response key of the same name (stored in the model's ``__dict__``) does not
    hide it; setting it on an instance sets that key."""

    def __init__(self, build: Callable[[Any], Any]) -> None:
        self.build = build
        self.name = build.__name__
        self.built: Dict[Any, Any] = {}

    def __get__(self, obj: Any, cls: Any = None) -> Any:
        cls = type(obj) if cls is None else cls
        try:
            return self.built[cls]
        except KeyError:
            pass
        value = self.build(cls)
        if cls.__module__.startswith(_GENERATED):  # (never for a base class: its subclasses differ)
            self.built[cls] = value
        return value

    def __set__(self, obj: Any, value: Any) -> None:
        obj.__dict__[self.name] = value


#: Where generated classes live: the classes whose tables are kept once built.
_GENERATED = "pinterest_client.model."


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


# The shapes of schema the original distinguished: objects (``ModelNormal``), compositions
# (``ModelComposed``: ours are unions, whose tables merge their variants') and single values
# (``ModelSimple``: ours are enums and array schemas, whose one property is ``value``).


def _kind(cls: Any) -> str:
    if isinstance(cls, _EnumType):
        return "enum"
    if hasattr(cls, "_item_type"):
        return "list"
    return "union" if getattr(cls, "_variants", ()) else "object"


def _variants(cls: Any) -> List[Any]:
    return [resolve_type(v) for v in cls._variants if is_class_name(v)]


def _merged(cls: Any, table: str) -> Dict[Any, Any]:
    out: Dict[Any, Any] = {}
    for variant in _variants(cls):
        for key, value in getattr(variant, table).items():
            out.setdefault(key, value)
    return out


def openapi_types(cls: Any) -> Dict[str, Tuple[Any, ...]]:
    kind = _kind(cls)
    if kind == "enum":
        return {"value": tuple(dict.fromkeys(type(m.value) for m in cls)) or (str,)}
    if kind == "list":
        return {"value": original_types(f"list[{cls._item_type}]")}
    if kind == "union":
        return _merged(cls, "openapi_types")
    return {f.py: original_types(f.type, f.nullable) for f in cls._fields}


def attribute_map(cls: Any) -> Dict[str, str]:
    kind = _kind(cls)
    if kind in ("enum", "list"):
        return {"value": "value"}
    if kind == "union":
        return _merged(cls, "attribute_map")
    return {f.py: f.wire for f in cls._fields}


def allowed_values(cls: Any) -> Dict[Tuple[str], Dict[str, Any]]:
    kind = _kind(cls)
    if kind == "enum":
        return {("value",): {m.name: m.value for m in cls}}
    if kind == "union":
        return _merged(cls, "allowed_values")
    out = {}
    for f in () if kind == "list" else cls._fields:
        enum_values = (f.checks.get("items") or {}).get("enum") or f.checks.get("enum")
        if enum_values:
            out[(f.py,)] = {_member_name(v): v for v in enum_values}
    return out


def validations(cls: Any) -> Dict[Tuple[str], Dict[str, Any]]:
    kind = _kind(cls)
    if kind == "enum":
        return {}
    if kind == "list":
        found = _original_validations(cls._checks or {})
        return {("value",): found} if found else {}
    if kind == "union":
        return _merged(cls, "validations")
    out = {}
    for f in cls._fields:
        found = _original_validations(f.checks)
        if found:
            out[(f.py,)] = found
    return out


def discriminator(cls: Any) -> Optional[Dict[str, Dict[str, Any]]]:
    if _kind(cls) in ("enum", "list") or cls._discriminator is None:
        return None
    prop, mapping = cls._discriminator
    field = cls._by_wire.get(prop)
    return {field.py if field is not None else prop: {k: resolve_type(v) for k, v in mapping.items()}}


def read_only_vars(cls: Any) -> "set[str]":
    kind = _kind(cls)
    if kind in ("enum", "list"):
        return set()
    if kind == "union":
        return set().union(*(v.read_only_vars for v in _variants(cls)))
    return {f.py for f in cls._fields if f.read_only}


def additional_properties_type(cls: Any) -> Optional[Tuple[Any, ...]]:
    if _kind(cls) in ("enum", "list") or cls._additional is None:
        return None
    return original_types(cls._additional, nullable=True)


def required_properties(cls: Any) -> "set[str]":
    return {
        "_data_store",
        "_check_type",
        "_spec_property_naming",
        "_path_to_item",
        "_configuration",
        "_visited_composed_classes",
    }


def attach_tables(cls: Any) -> None:
    """Give ``cls`` (a base class) the original's class attributes (``_models.ORIGINAL_TABLES``: the
    builders above of the same names), each computed on first read."""
    builders = globals()
    for name in ORIGINAL_TABLES:
        setattr(cls, name, _OriginalTable(builders[name]))
