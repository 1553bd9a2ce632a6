"""Every rule that turns a spec name into a Python name, in one place."""

from __future__ import annotations

import keyword
import re

from pinterest_client import _types

#: Attribute names a generated model must not shadow (methods of the model base).
MODEL_RESERVED = frozenset(
    {"get", "to_dict", "to_json", "to_str", "validate", "from_dict", "from_json", "copy", "fields", "mro"}
)


def snake(name: str) -> str:
    """``BoardSection`` -> ``board_section``; ``PinMediaSourceImageURL`` -> ``pin_media_source_image_url``;
    ``Pinterest.Lib.Error`` -> ``pinterest_lib_error``."""
    identifier = re.sub(r"[^0-9A-Za-z]+", "_", name)
    return re.sub(r"_+", "_", _types.snake(identifier)).strip("_")  # the rule the runtime finds modules by


def camel(name: str) -> str:
    """``boards/list`` -> ``BoardsList``; ``ad_account_id`` -> ``AdAccountId``; keeps inner capitals."""
    parts = re.split(r"[^0-9A-Za-z]+", name)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def class_name(schema_name: str) -> str:
    """Component schema name -> class name. ``Pinterest.Lib.Error`` -> ``PinterestLibError``."""
    return camel(schema_name)


def module_name(cls: str) -> str:
    return snake(cls)


def method_name(operation_id: str) -> str:
    """``boards/list`` -> ``boards_list``."""
    return re.sub(r"[^0-9A-Za-z_]", "_", operation_id)


def api_class(tag: str) -> str:
    """``ad_accounts`` -> ``AdAccountsApi``."""
    return camel(tag) + "Api"


def api_module(tag: str) -> str:
    return snake(tag) + "_api"


def identifier(wire: str, reserved: frozenset = frozenset()) -> str:
    """A Python identifier for a wire name: kept as is when it already is one (so attribute names
    match the JSON); otherwise ``Content-Type`` -> ``content_type``, ``from`` -> ``from_``."""
    name = wire if wire.isidentifier() else snake(wire) or "field"
    if name[0].isdigit():
        name = "n" + name
    if keyword.iskeyword(name) or name in reserved or name.startswith("__"):
        name += "_"
    return name


#: Names the original client prefixed with ``_`` besides Python keywords (``PinterestTagEventData._property``).
_UNDERSCORED = frozenset({"property", "self", "schema"})


def field_name(wire: str) -> str:
    """The Python name of a model property, as the original generated client named it: snake case
    (``AGE_BUCKET`` -> ``age_bucket``, ``discountCurrency`` -> ``discount_currency``), ``_`` before a
    leading digit or a reserved word (``1200x`` -> ``_1200x``, ``property`` -> ``_property``), and a
    trailing ``_`` where it would shadow a method of the model base (``get`` -> ``get_``)."""
    name = snake(wire) or "field"
    if name[0].isdigit() or keyword.iskeyword(name) or name in _UNDERSCORED:
        name = "_" + name
    if name in MODEL_RESERVED:
        name += "_"
    return name


def param_name(wire: str) -> str:
    return identifier(wire if wire.isidentifier() else snake(wire))


def enum_members(values: "list[object]") -> "list[str]":
    """Member names for enum values, unique (``A``, ``A_2`` when two values map to ``A``)."""
    seen: dict = {}
    names = []
    for value in values:
        member = enum_member(value)
        seen[member] = seen.get(member, 0) + 1
        names.append(member if seen[member] == 1 else f"{member}_{seen[member]}")
    return names


def enum_member(value: object) -> str:
    """Enum value -> member name: ``"DAY"`` -> ``DAY``, ``"18-24"`` -> ``N18_24``, ``"65+"`` -> ``N65_PLUS``."""
    text = str(value).replace("+", "_plus").replace("-", "_").replace(".", "_")
    text = re.sub(r"[^0-9A-Za-z_]+", "_", text).strip("_").upper() or "EMPTY"
    if text[0].isdigit():
        text = "N" + text
    if keyword.iskeyword(text) or text.startswith("_") or text in ("MRO", "NAME", "VALUE"):
        text += "_"
    return text
