"""The class attributes of the original generated client's models (``openapi_types``,
``attribute_map``, ``allowed_values``, ``validations``, ``discriminator``, ``read_only_vars``,
``additional_properties_type``, ``required_properties``), derived from our field declarations on first
read, so that code written against the original keeps working.
"""

from __future__ import annotations

import datetime

from pinterest_client._types import PRIMITIVES, TYPE_CHECKING, resolve_type, split_type

if TYPE_CHECKING:
    from typing import Any, Callable, Dict, Optional, Tuple


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
