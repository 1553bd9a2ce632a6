"""``typing`` constructs at run time, for less: what the modules on every program's first call
import instead of ``typing.NamedTuple`` and ``typing.Generic``, the PEP 562 hook that loads names on
first access (the typing objects only annotations name, :mod:`pinterest_client._annotations`; the
original client's surface, :mod:`pinterest_client._original_client`), and :class:`MethodFrom`, the
same for methods.

Type checkers never see these: a module imports them in the ``else`` of ``if TYPE_CHECKING`` (checkers
read ``typing``'s), so each class is written once, with its precise types, for both.

* ``typing.NamedTuple`` checks every field annotation when the class is made; with
  ``from __future__ import annotations`` each is a string it compiles into a ``typing.ForwardRef``
  (~15 µs a field, ~0.4 ms for the SDK's three). :data:`NamedTuple` makes the class
  ``collections.namedtuple`` makes from the same class body, the annotations kept as written
  (``typing.get_type_hints`` evaluates them when asked).
* ``collections.namedtuple`` compiles each class's ``__new__`` from source (~60 µs a class). A class
  body may give its own, written out under ``if not TYPE_CHECKING`` (checkers refuse a ``__new__``
  in a ``NamedTuple``), taking the fields in order with their defaults: then nothing is compiled
  (the SDK's three classes do; test/test_import_cost.py checks each against namedtuple's).
* ``typing.Generic`` costs ~40 µs a class; :class:`Generic` makes a class subscript as the
  standard library's generic classes do: ``AsyncResult[Pin]`` is a ``types.GenericAlias``.
* ``typing.Protocol`` makes each protocol class through its metaclass (~10 µs, with attributes
  ``isinstance`` checks would need); the SDK's protocol (``rest.Transport``) is for checkers and
  documentation, never checked at run time, so at run time its base is ``object``.
"""

from __future__ import annotations

import collections
import operator
import sys
import types

TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import Any, Callable, Dict, List, Tuple

#: What ``typing.NamedTuple`` refuses to take from a class body (namedtuple's own attributes;
#: ``__new__`` is taken: see the module docstring).
_PROHIBITED = frozenset(
    {"__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults", "_make", "_replace", "_asdict"}
)

#: What it does not copy from a class body (the namedtuple has its own).
_SPECIAL = frozenset({"__module__", "__name__", "__annotations__", "__new__"})


def _property_getter(index: int, doc: str) -> Any:
    return property(operator.itemgetter(index), doc=doc)


#: The field accessors collections.namedtuple gives its classes: its C ones, faster than properties
#: (where the interpreter has none, a property over ``operator.itemgetter``, as collections does).
_tuplegetter: Callable[[int, str], Any] = getattr(collections, "_tuplegetter", None) or _property_getter


# -- what collections.namedtuple gives every class (the same for all: they read ``_fields``) --------


@classmethod  # type: ignore[misc]
def _make(cls: Any, iterable: Any) -> Any:
    result = tuple.__new__(cls, iterable)
    if len(result) != len(cls._fields):
        raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(result)}")
    return result


def _replace(self: Any, **changes: Any) -> Any:
    result = self._make(map(changes.pop, self._fields, self))
    if changes:
        raise ValueError(f"Got unexpected field names: {list(changes)!r}")
    return result


def _repr(self: Any) -> str:
    return type(self).__name__ + "(" + ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self)) + ")"


def _asdict(self: Any) -> Dict[str, Any]:
    return dict(zip(self._fields, self))


def _getnewargs(self: Any) -> Tuple[Any, ...]:
    return tuple(self)


def _compiled_new(typename: str, fields: Tuple[str, ...]) -> Callable[..., Any]:
    """The ``__new__`` collections.namedtuple compiles, for a class body that does not give one."""
    arguments = ", ".join(fields)
    namespace = {"_tuple_new": tuple.__new__, "__builtins__": {}, "__name__": f"namedtuple_{typename}"}
    new: Callable[..., Any] = eval(
        f"lambda _cls, {arguments}: _tuple_new(_cls, ({arguments}{',' if fields else ''}))", namespace
    )
    return new


def _namedtuple(typename: str, fields: Tuple[str, ...], defaults: Tuple[Any, ...], new: Any, module: str) -> Any:
    """The class ``collections.namedtuple(typename, fields, defaults=defaults, module=module)`` makes,
    with ``new`` (or the ``__new__`` it would compile) as ``__new__``."""
    if new is None:
        new = _compiled_new(typename, fields)
        new.__defaults__ = defaults or None
    new.__name__, new.__qualname__ = "__new__", f"{typename}.__new__"
    new.__doc__ = f"Create new instance of {typename}({', '.join(fields)})"
    namespace: Dict[str, Any] = {
        "__doc__": f"{typename}({', '.join(fields)})",
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": dict(zip(fields[len(fields) - len(defaults) :], defaults)),
        "__new__": new,
        "_make": _make,
        "_replace": _replace,
        "__repr__": _repr,
        "_asdict": _asdict,
        "__getnewargs__": _getnewargs,
        "__match_args__": fields,
        "__module__": module,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, f"Alias for field number {index}")
    return type(typename, (tuple,), namespace)


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
            typename, tuple(annotations), tuple(ns[name] for name in defaults), ns.get("__new__"), ns["__module__"]
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


class MethodFrom:
    """A method of a class that is defined on another class, ``pinterest_client.<module>.<owner>``,
    and loaded with that module the first time it is used: ``ApiClient`` and ``Urllib3Transport``
    take the original client's methods from :mod:`pinterest_client._original_client` this way, so a
    program that never calls one does not load it. Found through the class like any method:
    ``super()``, ``inspect.signature`` and overriding it in a subclass work as usual."""

    def __init__(self, module: str, owner: str) -> None:
        self.module = module
        self.owner = owner
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, cls: Any = None) -> Any:
        source = getattr(_sdk_module(self.module), self.owner)
        return source.__dict__[self.name].__get__(obj, cls)


def _sdk_module(name: str) -> Any:
    """``pinterest_client.<name>``, imported."""
    import importlib

    return importlib.import_module(f"pinterest_client.{name}")


def lazy_names(module: str, homes: Dict[str, str]) -> Tuple[Callable[[str], Any], Callable[[], List[str]]]:
    """A module's PEP 562 ``__getattr__`` and ``__dir__``: each name of ``homes`` (which checkers read
    from an import under ``if TYPE_CHECKING``) is taken from ``pinterest_client.<homes[name]>`` on
    first access, then kept in the module."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        value = getattr(_sdk_module(home), name)
        setattr(sys.modules[module], name, value)
        return value

    def __dir__() -> List[str]:
        return sorted(set(vars(sys.modules[module])) | set(homes))

    return __getattr__, __dir__
