"""``typing`` constructs at run time, for less: what the modules on every program's first call
import instead of ``typing.NamedTuple`` and ``typing.Generic``, and the PEP 562 hook that loads
names on first access (the typing objects only annotations name, :mod:`pinterest_client._annotations`;
the original client's surface, :mod:`pinterest_client._original_client`).

Type checkers never see these: a module imports them in the ``else`` of ``if TYPE_CHECKING`` (checkers
read ``typing``'s), so each class is written once, with its precise types, for both.

* ``typing.NamedTuple`` checks every field annotation when the class is made; with
  ``from __future__ import annotations`` each is a string it compiles into a ``typing.ForwardRef``
  (~15 µs a field, ~0.4 ms for the SDK's three). :data:`NamedTuple` makes the same
  ``collections.namedtuple`` class from the same class body, the annotations kept as written
  (``typing.get_type_hints`` evaluates them when asked).
* ``typing.Generic`` costs ~40 µs a class; :class:`Generic` makes a class subscript as the
  standard library's generic classes do: ``AsyncResult[Pin]`` is a ``types.GenericAlias``.
"""

from __future__ import annotations

import collections
import sys
import types

TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import Any, Callable, Dict, List, Tuple

#: What ``typing.NamedTuple`` refuses to take from a class body (namedtuple's own attributes).
_PROHIBITED = frozenset(
    {"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults", "_make", "_replace", "_asdict"}
)

#: What it does not copy from a class body (the namedtuple has its own).
_SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})


#: ``collections.namedtuple``, which checkers only follow when the names are literals.
_namedtuple: Callable[..., Any] = collections.namedtuple


class Generic:
    """``typing.Generic`` at run time: ``Generic[T]`` is this class, and a subclass subscripted
    (``AsyncResult[Pin]``) is a ``types.GenericAlias`` (``typing.get_origin``/``get_args`` work,
    and calling it makes an instance)."""

    __slots__ = ()

    def __class_getitem__(cls, params: Any) -> Any:
        return cls if cls is Generic else types.GenericAlias(cls, params)


class _NamedTupleMeta(type):
    """``typing.NamedTupleMeta`` without the check of each annotation."""

    def __new__(mcls, typename: str, bases: Tuple[type, ...], ns: Dict[str, Any]) -> Any:
        for base in bases:
            if base is not NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        annotations = ns.get("__annotations__", {})
        defaults = [name for name in annotations if name in ns]
        if defaults != list(annotations)[len(annotations) - len(defaults) :]:
            raise TypeError(f"{typename}: a field without a default follows one with a default")
        cls = _namedtuple(
            typename, list(annotations), defaults=[ns[name] for name in defaults], module=ns["__module__"]
        )
        cls.__annotations__ = dict(annotations)
        if Generic in bases:
            cls.__class_getitem__ = classmethod(types.GenericAlias)
        for key, value in ns.items():
            if key in _PROHIBITED:
                raise AttributeError(f"cannot overwrite NamedTuple attribute {key}")
            if key not in _SPECIAL and key not in annotations:
                setattr(cls, key, value)
        return cls


#: The base of a ``class Name(NamedTuple)`` statement at run time (see the module docstring).
NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {"__module__": __name__})


def lazy_names(module: str, homes: Dict[str, str]) -> Tuple[Callable[[str], Any], Callable[[], List[str]]]:
    """A module's PEP 562 ``__getattr__`` and ``__dir__``: each name of ``homes`` (which checkers read
    from an import under ``if TYPE_CHECKING``) is taken from ``pinterest_client.<homes[name]>`` on
    first access, then kept in the module."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(f"pinterest_client.{home}"), name)
        setattr(sys.modules[module], name, value)
        return value

    def __dir__() -> List[str]:
        return sorted(set(vars(sys.modules[module])) | set(homes))

    return __getattr__, __dir__
