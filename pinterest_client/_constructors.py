"""Building a model from Python arguments, the original client's way: required properties
positionally in its order, Python or wire names, its internal keywords accepted, undeclared keys
kept where the schema allows them, enum values and the spec's constraints checked at once.

Each generated class gets its own constructor, compiled from generated source on its first
construction (:func:`install_constructor`); what it cannot take goes the general way
(:func:`_general_init`), with the same result. ``inspect.signature`` of a model class is built
here too (:func:`signature_of`). Loaded by the first model a program builds: decoding a response
never constructs through here.
"""

from __future__ import annotations

import enum

from pinterest_client._checks import _compile_checks, _Invalid, encode_without
from pinterest_client._models import _BASE_RESERVED, _ORIGINAL_OPTIONS, Model
from pinterest_client._types import (
    TYPE_CHECKING,
    _value_error,
    is_class_name,
    only_known_keys,
    resolve_type,
    split_type,
)

if TYPE_CHECKING:
    from typing import Any, Callable, Dict, List, Optional, Tuple


#: Classes whose constructor was considered for :func:`install_constructor`.
_CONSTRUCTORS: Dict[Any, bool] = {}


def construct(model: Any, args: Tuple[Any, ...], kwargs: Dict[str, Any]) -> None:
    """``Model.__init__``: the class's compiled constructor, installed by its first construction,
    else the general way."""
    cls = type(model)
    if cls not in _CONSTRUCTORS and install_constructor(cls):
        cls.__init__(model, *args, **kwargs)  # (from now on, the class's own: see install_constructor)
    else:
        _general_init(model, cls, args, kwargs)


def install_constructor(cls: Any) -> bool:
    """Give a generated model class its own ``__init__``, compiled from generated source, whose
    fast path takes the keywords dict as the instance's ``__dict__`` when every keyword is a
    declared field stored under its own name (Python name = wire name, neither a reserved
    attribute nor one of the original client's options), the required ones are all there, and
    the instance is of exactly this class; it then runs the value checks on it. Anything else goes
    the general way (:func:`_general_init`), with the same result. Called again on an instance of
    exactly this class, the constructor replaces its data, as the original client's did (a
    subclass's constructor may set attributes before calling it: those are kept). Returns whether
    it installed one (not on framework bases, nor on a class defining its own constructor)."""
    _CONSTRUCTORS[cls] = False
    own = cls.__dict__
    if own.get("_framework_") or "__init__" in own:
        return False
    value_checks = _value_checks_of(cls)
    names = frozenset(
        f.py for f in cls._fields if f.py == f.wire and f.py not in _ORIGINAL_OPTIONS and f.py not in _BASE_RESERVED
    )
    if not set(cls._positional) <= names:
        return False
    namespace: Dict[str, Any] = {"_cls": cls, "_names": names, "_general": _general_init}
    test = only_known_keys("kw", cls._positional, sorted(names - set(cls._positional)), "_names")
    lines = [
        "def __init__(self, *args, **kw):",
        f"    if args or type(self) is not _cls or not ({test}):",
        "        if type(self) is _cls:",
        "            self.__dict__ = {}",
        "        _general(self, type(self), args, kw)",
        "        return",
        "    self.__dict__ = kw",
    ]
    for index, (wire, value) in enumerate(cls._defaults.items()):
        namespace[f"_d{index}"] = value
        lines.append(f"    if {wire!r} not in kw:")
        lines.append(f"        kw[{wire!r}] = _d{index}")
    for index, (wire, check) in enumerate(value_checks.items()):
        namespace[f"_c{index}"] = check
        pad = "    "
        if wire not in cls._positional:  # (the positional ones are there: the test above says so)
            lines.append(f"    if {wire!r} in kw:")
            pad += "    "
        allowed = getattr(check, "allowed", None)  # an enum's values: the usual case written out
        if allowed:
            namespace[f"_a{index}"], namespace[f"_t{index}"] = allowed, frozenset(type(v) for v in allowed)
            lines.append(f"{pad}v = kw[{wire!r}]")
            lines.append(f"{pad}if not (v is None or (type(v) in _t{index} and v in _a{index})):")
            lines.append(f"{pad}    _c{index}(v)")
        else:
            lines.append(f"{pad}_c{index}(kw[{wire!r}])")
    exec(compile("\n".join(lines), f"<constructor of {cls.__qualname__}>", "exec"), namespace)  # noqa: S102
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = Model.__init__.__doc__
    type.__setattr__(cls, "__init__", init)
    _CONSTRUCTORS[cls] = True
    return True


def _general_init(model: Any, cls: Any, args: Tuple[Any, ...], kwargs: Dict[str, Any]) -> None:
    """The constructor, for any arguments: positional ones bound, Python or wire names, the
    original client's options, undeclared keywords where allowed, then the value checks (switched
    off as ``_configuration.disabled_client_side_validations`` says)."""
    store = model.__dict__
    configuration = _store_arguments(cls, store, args, kwargs)
    for wire, value in cls._defaults.items():
        store.setdefault(wire, value)
    value_checks = _value_checks_of(cls)
    if value_checks:
        disabled = getattr(configuration, "_disabled_client_side_validations", None)
        if disabled:
            encode_without(disabled, lambda: _check_values(value_checks, store))
        else:
            _check_values(value_checks, store)


def _store_arguments(cls: Any, store: Dict[str, Any], args: Tuple[Any, ...], kwargs: Dict[str, Any]) -> Any:
    """Put the constructor's arguments into ``store`` under their wire names (undeclared keywords
    kept where the schema allows them); returns the ``_configuration`` keyword, if any."""
    if args or cls._positional:
        kwargs = bind_positional(cls, args, kwargs)
    by_py, by_wire = cls._by_py, cls._by_wire
    for name, value in kwargs.items():
        field = by_py.get(name) or by_wire.get(name)
        if field is not None:
            store[field.wire] = value
        elif name in _ORIGINAL_OPTIONS:
            continue  # the original client's internal keywords (``_check_type``...): accepted, unused
        elif cls._additional is not None:
            store[name] = value  # kept and sent
        elif getattr(kwargs.get("_configuration"), "discard_unknown_keys", False):
            continue  # as the original: dropped when the configuration says so
        else:
            from pinterest_client.exceptions import ApiAttributeError

            known = ", ".join(sorted(by_py)) or "none"
            raise ApiAttributeError(f"{cls.__name__} has no attribute {name!r} (it allows no others; fields: {known})")
    return kwargs.get("_configuration")


def bind_positional(cls: Any, args: Tuple[Any, ...], kwargs: Dict[str, Any]) -> Dict[str, Any]:
    """``kwargs`` with the positional arguments added (first) under the class's positional names,
    checking that every one of them is given (an :class:`ApiTypeError` naming what is missing or extra)."""
    positional = cls._positional
    if len(args) > len(positional):
        from pinterest_client.exceptions import ApiTypeError

        raise ApiTypeError(
            f"Invalid positional arguments={args[len(positional) :]!r} passed to {cls.__name__}. "
            "Remove those invalid positional arguments."
        )
    for name in positional[: len(args)]:
        if name in kwargs:
            from pinterest_client.exceptions import ApiTypeError

            raise ApiTypeError(f"{cls.__name__}() got multiple values for argument {name!r}")
    by_py = cls._by_py
    missing = [n for n in positional[len(args) :] if n not in kwargs and by_py[n].wire not in kwargs]
    if missing:
        from pinterest_client.exceptions import ApiTypeError

        names = " and ".join(repr(n) for n in missing)
        raise ApiTypeError(
            f"{cls.__name__}() missing {len(missing)} required argument{'s' * (len(missing) > 1)}: {names}"
        )
    for name, value in zip(positional, args):  # as the original: a positional value of the wrong type
        if value is not None:  # is refused at once (so ``Model(data)`` falls back to ``Model(**data)``)
            try:
                by_py[name].encoder()(value, True)
            except _Invalid as bad:
                if bad.kind == "type":
                    raise bad.error(f"{cls.__name__}.{name}") from None
    return {**dict(zip(positional, args)), **kwargs} if args else kwargs


def _value_checks_of(cls: Any) -> Dict[str, Callable[[Any], None]]:
    """wire name -> check of a caller's value, as the original client checked at construction: an
    enum value it does not know is an :class:`ApiValueError` listing the allowed ones, and the
    field's constraints (``maxLength``, ``pattern``, ``minimum``, ``maxItems``...) hold, unless the
    configuration given as ``_configuration`` disables them. (Types and nested values are checked
    before sending.) Built on first use, then kept on the class."""
    checks: Optional[Dict[str, Callable[[Any], None]]] = cls._value_checks
    if checks is not None:
        return checks
    checks = {}
    for f in cls._fields:
        container, inner = split_type(f.type)
        tests = []
        allowed = (f.checks.get("items") if container == "list" else f.checks) or {}
        values = allowed.get("enum") if container != "dict" else None
        if values is None and container != "dict" and is_class_name(inner):
            enum_class = resolve_type(inner)
            if isinstance(enum_class, enum.EnumMeta):
                values = tuple(enum_class._value2member_map_)
        if values is not None:
            tests.append(_allowed_check(f.py, tuple(values), bool(container)))
        constraints = {k: v for k, v in f.checks.items() if k not in ("enum", "items")}
        compiled = _compile_checks(constraints) if constraints else None
        if compiled is not None:
            tests.append(_constraint_check(f"{cls.__name__}.{f.py}", compiled))
        if tests:
            checks[f.wire] = tests[0] if len(tests) == 1 else _all_of(tests)
    type.__setattr__(cls, "_value_checks", checks)
    return checks


def _check_values(checks: Dict[str, Callable[[Any], None]], store: Dict[str, Any]) -> None:
    for wire, check in checks.items():
        if wire in store:
            check(store[wire])


def _constraint_check(path: str, compiled: Callable[[Any], None]) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        if value is None:
            return
        try:
            compiled(value)
        except _Invalid as bad:
            raise bad.error(path) from None

    return check


def _all_of(tests: List[Callable[[Any], None]]) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        for test in tests:
            test(value)

    return check


def _allowed_check(name: str, allowed: Tuple[Any, ...], many: bool) -> Callable[[Any], None]:
    try:
        fast = frozenset(allowed)
    except TypeError:
        fast = frozenset()

    def check(value: Any) -> None:
        if value is None:
            return  # nullability is checked before sending
        if not many:
            try:
                if value in fast:  # (members hash and compare as their values)
                    return
            except TypeError:
                pass
        items = value if many and isinstance(value, (list, tuple)) else (value,)
        bad = []
        for item in items:
            raw = item.value if isinstance(item, enum.Enum) else item
            try:
                if raw in allowed:
                    continue
            except TypeError:
                pass
            bad.append(raw)
        if bad:
            shown = list(allowed)
            if many:
                raise _value_error(
                    f"Invalid values for `{name}` [{', '.join(map(str, bad))}], must be a subset of {shown}"
                )
            raise _value_error(f"Invalid value for `{name}` ({bad[0]}), must be one of {shown}")

    if not many:
        check.allowed = fast  # type: ignore[attr-defined]  # (for the compiled constructor)
    return check


class _NotGiven:
    """The default a model signature shows for a field that may be left out (``= ...``): left out,
    it is unset (reads ``None``, not sent), which is not the same as passing ``None`` (sent as null)."""

    def __repr__(self) -> str:
        return "..."


_NOT_GIVEN = _NotGiven()


def signature_of(cls: Any) -> Any:
    import inspect
    import keyword

    annotations: Dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        annotations.update(klass.__dict__.get("__annotations__", {}))
    kind = inspect.Parameter
    positional = cls._positional
    parameters = [
        kind(name, kind.POSITIONAL_OR_KEYWORD, annotation=annotations.get(name, "Any")) for name in positional
    ]
    for f in cls._fields:
        if f.py not in positional and f.py.isidentifier() and not keyword.iskeyword(f.py):
            annotation = annotations.get(f.py, "Any")
            parameters.append(kind(f.py, kind.KEYWORD_ONLY, default=_NOT_GIVEN, annotation=annotation))
    parameters.append(kind("kwargs", kind.VAR_KEYWORD, annotation="Any"))
    return inspect.Signature(parameters, return_annotation=None)
