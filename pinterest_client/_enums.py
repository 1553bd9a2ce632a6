"""Generated enums: real ``enum.Enum`` members that are also plain values
(``Granularity.DAY == "DAY"``), created the first time an enum is used rather than at import.

Creating members lazily means filling the four tables ``enum.EnumMeta`` keeps on every enum class
(``_member_names_``, ``_member_map_``, ``_value2member_map_``, ``_unhashable_values_``); test/test_enums.py
checks that this holds on the running Python.
"""

from __future__ import annotations

import _thread
import enum

from pinterest_client._checks import _bad_value, _short_repr
from pinterest_client._types import TYPE_CHECKING, _value_error

if TYPE_CHECKING:
    from typing import Any, Dict, Iterator, List, Mapping, Tuple


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
        members = _VALUE_MAPS.get(cls)  # (a generated enum whose members exist: the usual case)
        if members is not None and not args and not kwds:
            try:
                return members[value]
            except (KeyError, TypeError):
                pass
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


#: value -> member of each generated enum whose members exist (read by ``Cls(value)``: a lookup in
#: a plain dict is faster than reading the class's attribute through the metaclass).
_VALUE_MAPS: Dict[Any, Dict[Any, Any]] = {}


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
        _VALUE_MAPS[cls] = value_map
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


# Enums were the original's single-value models (``ModelSimple``): they have its class attributes
# too (``ActionType.allowed_values``). (``_models`` does not import this module: a program loads
# it with its first enum.)
from pinterest_client._models import attach_tables  # noqa: E402

attach_tables(_EnumBase)
