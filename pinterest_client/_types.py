"""The vocabulary every other part of the runtime shares: the type strings generated code declares
(``str int float bool date datetime any file``, ``list[T]``, ``dict[T]`` and class names, resolved
lazily), :class:`Field` (one declared property of a model), the names of secret fields, and the
loading of generated modules.
"""

from __future__ import annotations

import sys

#: ``typing.TYPE_CHECKING`` without importing ``typing`` (type checkers treat the name specially);
#: generated modules import it from ``model_utils``.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import Any, Callable, Dict, Optional, Tuple

    Encoder = Callable[[Any, bool], Any]


#: Field names whose values are secrets: shown as ``'***'`` in reprs and error messages.
SECRET_FIELDS = frozenset({"access_token", "refresh_token", "client_secret", "password", "conversion_token"})


#: Prefix for an unknown response key that collides with a method name (``to_dict``...).
_MANGLE = "\x00"


_MODELS_PACKAGE = "pinterest_client.models"


def _type_error(message: str) -> Exception:
    from pinterest_client.exceptions import ApiTypeError

    return ApiTypeError(message)


def _value_error(message: str) -> Exception:
    from pinterest_client.exceptions import ApiValueError

    return ApiValueError(message)


class Field:
    """One property of a model, as the spec declares it."""

    __slots__ = ("wire", "py", "type", "required", "nullable", "read_only", "checks", "_encoder")

    def __init__(
        self,
        wire: str,
        type: str,
        *,
        py: Optional[str] = None,
        required: bool = False,
        nullable: bool = False,
        read_only: bool = False,
        **checks: Any,
    ) -> None:
        self.wire = wire
        self.py = py or wire
        self.type = type
        self.required = required
        self.nullable = nullable
        self.read_only = read_only
        self.checks = checks
        self._encoder: Optional[Encoder] = None

    @classmethod
    def from_spec(cls, entry: Tuple[Any, ...]) -> "Field":
        """A ``_spec`` entry ``(wire, type[, flags[, checks[, py]]])`` -> :class:`Field`."""
        wire, type_str = entry[0], entry[1]
        flags = entry[2] if len(entry) > 2 else ""
        checks = entry[3] if len(entry) > 3 and entry[3] else {}
        py = entry[4] if len(entry) > 4 else None
        return cls(
            wire,
            type_str,
            py=py,
            required="required" in flags,
            nullable="nullable" in flags,
            read_only="read_only" in flags,
            **checks,
        )

    def encoder(self) -> Encoder:
        """The compiled encoder for this field's type and checks (built on first use)."""
        encoder = self._encoder
        if encoder is None:
            from pinterest_client._encode import _compile_encoder

            encoder = self._encoder = _compile_encoder(self.type, self.checks or None)
        return encoder

    def __repr__(self) -> str:
        return f"Field({self.wire!r}, {self.type!r})"


PRIMITIVES = ("str", "int", "float", "bool", "date", "datetime", "any", "file")


_CLASSES: Dict[str, Any] = {}


def resolve_type(name: str) -> Any:
    """The generated class called ``name`` (imported on first use)."""
    try:
        return _CLASSES[name]
    except KeyError:
        pass
    models = sys.modules.get(_MODELS_PACKAGE)
    if models is None:
        import importlib

        models = importlib.import_module(_MODELS_PACKAGE)
    cls = _CLASSES[name] = getattr(models, name)
    return cls


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
