"""The vocabulary every other part of the runtime shares: the type strings generated code declares
(``str int float bool date datetime any file``, ``list[T]``, ``dict[T]`` and class names, resolved
lazily), :class:`Field` (one declared property of a model), the names of secret fields, the
loading of generated modules, and :class:`ContextSetting` (a context variable made when first set).
"""

from __future__ import annotations

import _thread
import sys

#: ``typing.TYPE_CHECKING`` without importing ``typing`` (type checkers treat the name specially);
#: generated modules import it from here.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import Any, Callable, Dict, Optional, Sequence, Tuple

    Encoder = Callable[[Any, bool], Any]


#: Field names whose values are secrets: shown as ``'***'`` in reprs and error messages.
SECRET_FIELDS = frozenset({"access_token", "refresh_token", "client_secret", "password", "conversion_token"})


#: Prefix for an unknown response key that collides with a method name (``to_dict``...).
_MANGLE = "\x00"

#: The constraints of a field or parameter that has none (shared: never written to).
NO_CHECKS: Dict[str, Any] = {}

#: Python types whose values are their own JSON form.
_PLAIN = frozenset({str, int, float, bool, type(None)})


class ContextSetting:
    """A ``contextvars.ContextVar`` that is made when something is first set: until then ``get()``
    gives the default without loading ``_contextvars``, a shared library on many builds (~0.5 ms of
    a program's first call, issue #16). The per-context settings of the runtime are: the deadline
    of a :func:`~pinterest_client._deadline.deadline_scope`, the checks switched off by
    ``Configuration.disabled_client_side_validations``, the deadline of a response head read
    through urllib3's ``urlopen``."""

    __slots__ = ("name", "default", "_var")

    _making = _thread.allocate_lock()  # one variable per setting, however many threads set it first

    def __init__(self, name: str, default: Any) -> None:
        self.name = name
        self.default = default
        self._var: Any = None

    def get(self) -> Any:
        var = self._var
        return self.default if var is None else var.get()

    def set(self, value: Any) -> Any:
        """Set ``value`` in the current context; returns the token :meth:`reset` takes."""
        var = self._var
        if var is None:
            with self._making:
                if self._var is None:
                    import _contextvars  # the C module ``contextvars`` re-exports (one module fewer)

                    self._var = _contextvars.ContextVar(self.name, default=self.default)
                var = self._var
        return var.set(value)

    def reset(self, token: Any) -> None:
        self._var.reset(token)


_MODELS_PACKAGE = "pinterest_client.models"
_MODEL_MODULES = "pinterest_client.model"


def _type_error(message: str) -> Exception:
    from pinterest_client.exceptions import ApiTypeError

    return ApiTypeError(message)


def _value_error(message: str) -> Exception:
    from pinterest_client.exceptions import ApiValueError

    return ApiValueError(message)


class FieldInfo:
    """One property of a model, as the spec declares it: what :func:`Field` returns in a class body.

    On the class it is a descriptor: ``Board.name`` is the declaration; on an instance, a field that
    is set is found in the instance's ``__dict__`` first, and one that is not reads as ``None``."""

    __slots__ = ("wire", "py", "type", "required", "nullable", "read_only", "checks", "_encoder")
    wire: str
    py: str
    type: str
    required: bool
    nullable: bool
    read_only: bool
    checks: Dict[str, Any]

    def __init__(
        self,
        type: str,
        wire: Optional[str] = None,
        required: bool = False,
        nullable: bool = False,
        read_only: bool = False,
        checks: Optional[Dict[str, Any]] = None,
    ) -> None:
        self.type = type
        self.wire = self.py = wire or ""  # both settled by __set_name__
        self.required = required
        self.nullable = nullable
        self.read_only = read_only
        self.checks = checks or NO_CHECKS
        self._encoder: Optional[Encoder] = None

    def __set_name__(self, owner: Any, name: str) -> None:
        self.py = name
        self.wire = self.wire or name

    def __get__(self, obj: Any, cls: Any = None) -> Any:
        return self if obj is None else None  # (reached on an instance only when the field is unset)

    def encoder(self) -> Encoder:
        """The compiled encoder for this field's type and checks (built on first use)."""
        encoder = self._encoder
        if encoder is None:
            from pinterest_client._encode import _compile_encoder

            encoder = self._encoder = _compile_encoder(self.type, self.checks or None)
        return encoder

    def __repr__(self) -> str:
        return f"Field({self.type!r}, wire={self.wire!r})"


class _RenamedFieldInfo(FieldInfo):
    """A field whose Python name differs from its wire name (``gender`` for ``GENDER``): a data
    descriptor reading and writing the wire key of the instance's ``__dict__``."""

    __slots__ = ("_key",)

    def __set_name__(self, owner: Any, name: str) -> None:
        super().__set_name__(owner, name)
        self._key = self.wire  # (data cannot hide a model's methods: see _models._Shielded)

    def __get__(self, obj: Any, cls: Any = None) -> Any:
        return self if obj is None else obj.__dict__.get(self._key)

    def __set__(self, obj: Any, value: Any) -> None:
        obj.__dict__[self._key] = value

    def __delete__(self, obj: Any) -> None:
        obj.__dict__.pop(self._key, None)


def Field(  # noqa: N802  (a declaration, spelled like the class it makes, as in pydantic)
    type: str,
    *,
    wire: Optional[str] = None,
    required: bool = False,
    nullable: bool = False,
    read_only: bool = False,
    **checks: Any,
) -> Any:
    """Declare a model property in a class body::

        class BoardSection(Model):
            name: str = Field("str", required=True, max_length=180, min_length=1)
            age_bucket: Optional[List[str]] = Field("list[str]", wire="AGE_BUCKET")

    ``type`` is a type string (``str``, ``list[Pin]``, ``Board``...); ``wire`` the JSON name when it
    differs from the attribute's; ``checks`` the spec's constraints (``max_length``, ``pattern``,
    ``minimum``, ``enum``, ``items``...). Typed ``Any`` so that the annotation is what checkers see."""
    cls = FieldInfo if wire is None else _RenamedFieldInfo
    return cls(type, wire, required, nullable, read_only, checks)


PRIMITIVES = ("str", "int", "float", "bool", "date", "datetime", "any", "file")


_CLASSES: Dict[str, Any] = {}


def resolve_type(name: str) -> Any:
    """The generated class called ``name`` (imported on first use)."""
    try:
        return _CLASSES[name]
    except KeyError:
        pass
    import importlib

    try:  # the class's own module (``Board``: ``model.board``), without loading the index of them all
        cls = getattr(_import_model_module(snake(name)), name)
    except (ImportError, AttributeError):
        cls = getattr(importlib.import_module(_MODELS_PACKAGE), name)
    _CLASSES[name] = cls
    return cls


def _import_model_module(name: str) -> Any:
    """``pinterest_client.model.<name>``, imported: loaded from its file, found by its path.

    The import system's search lists a folder on its first lookup there: for the model folder
    (over a thousand entries) that takes half a millisecond, in the kernel, which a program that
    never imports a model module itself (the SDK loads those its calls meet, here) need not pay.
    The module is loaded as ``import`` loads it, holding the import system's lock for that module:
    an ``import`` of it in another thread waits, and it is loaded once. Where that lock is not
    available (it is private to ``importlib``) or the file is not there (an installation from a
    zip file), ``import_module`` loads it.
    """
    import importlib
    import importlib.util
    import os
    from importlib import _bootstrap

    full = f"{_MODEL_MODULES}.{name}"
    locked = getattr(_bootstrap, "_ModuleLockManager", None)
    load = getattr(_bootstrap, "_load_unlocked", None)
    package = importlib.import_module(_MODEL_MODULES)
    path = os.path.join(package.__path__[0], f"{name}.py")
    if full in sys.modules or locked is None or load is None or not os.path.isfile(path):
        return importlib.import_module(full)  # (waits until another thread's import of it is done)
    with locked(full):
        module = sys.modules.get(full)
        if module is None:  # (not imported by another thread meanwhile)
            module = load(importlib.util.spec_from_file_location(full, path))
            setattr(package, name, module)  # (as ``import`` binds a submodule in its package)
    return module


def snake(name: str) -> str:
    """``BoardSection`` -> ``board_section``; ``PinMediaSourceImageURL`` -> ``pin_media_source_image_url``:
    a generated class's module name (the generator names modules with this very function)."""
    out = []
    last = len(name) - 1
    for i, char in enumerate(name):
        if i and char.isupper():
            before = name[i - 1]
            if before.islower() or before.isdigit() or (before.isupper() and i < last and name[i + 1].islower()):
                out.append("_")
        out.append(char)
    return "".join(out).lower()


def split_type(type_str: str) -> Tuple[str, str]:
    """``'list[Pin]'`` -> ``('list', 'Pin')``; ``'Pin'`` -> ``('', 'Pin')``."""
    if type_str.endswith("]"):
        head, _, inner = type_str.partition("[")
        return head, inner[:-1]
    return "", type_str


def is_class_name(type_str: str) -> bool:
    """``'Board'`` is; ``'str'`` and ``'list[Board]'`` are not."""
    return type_str not in PRIMITIVES and "[" not in type_str


def import_generated(package: str, module: str) -> Any:
    """``importlib.import_module(f"{package}.{module}")``, with importlib loaded only when needed."""
    import importlib

    return importlib.import_module(f"{package}.{module}")


#: Up to this many optional keys, generated code counts the keys it knows rather than comparing sets.
_COUNTED_KEYS = 4


def only_known_keys(var: str, required: Sequence[str], optional: Sequence[str], known_set: str) -> str:
    """Source of a test, for compiled constructors and encoders, that the dict ``var`` has every
    ``required`` key and no key but those and ``optional`` ones (``known_set`` names a set of
    them all in the generated code's namespace): counting the known keys present is faster than
    a set operation when there are few."""
    tests = [f"{key!r} in {var}" for key in required]
    if len(optional) <= _COUNTED_KEYS:
        tests.append(f"len({var}) == {len(required)}" + "".join(f" + ({key!r} in {var})" for key in optional))
    else:
        tests.append(f"{known_set}.issuperset({var})")
    return " and ".join(tests)


_NULLABLE: Dict[str, bool] = {}


def is_nullable(type_str: str) -> bool:
    """Whether ``null`` is a valid value of the type: a schema declared ``nullable`` (its class says
    ``_nullable = True``)."""
    found = _NULLABLE.get(type_str)
    if found is None:
        container, inner = split_type(type_str)
        found = _NULLABLE[type_str] = (
            not container and is_class_name(inner) and bool(getattr(resolve_type(inner), "_nullable", False))
        )
    return found
