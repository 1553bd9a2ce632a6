"""The runtime that generated code stands on, and the names code outside the SDK imports from it.

The implementation lives in single-purpose modules; this module re-exports what callers use, so
``from pinterest_client.model_utils import Model`` keeps working (generated code imports each name
from the module that defines it, so that a program loads this façade only if it imports it):

=====================  ======================================================================
``_types``             type strings (``list[Pin]``), :class:`Field`, secret names, class lookup
``_checks``            the spec's constraints, compiled; ``disabled_client_side_validations``
``_decode``            responses -> typed values (lenient, in place, compiled per type); ISO-8601 dates
``_encode``            typed values -> request JSON (validated, compiled per type)
``_enums``             generated enums (members created on first use)
``_models``            :class:`Model`, :class:`ModelList`
``_unions``            :class:`UnionModel` (``oneOf``/``anyOf``), choosing a class for data
``_original``          the original client's class tables (``openapi_types``, ``attribute_map``...)
``_operations``        :class:`Operation`, :class:`Param`, :class:`ApiBase`, ``renamed``
=====================  ======================================================================

A generated model declares each field once, in its class body: the annotation is what type checkers
see, :func:`Field` what the runtime needs (the type string, the wire name when it differs, the flags
and the spec's constraints)::

    class BoardSection(Model):
        id: Optional[str] = Field("str", read_only=True)
        name: str = Field("str", required=True, max_length=180, min_length=1)
        _positional = ("name",)  # what the constructor takes positionally, in the original's order

The lookup tables a model needs (by Python name, by wire name) are built the first time it is used.

Importing this module (like any generated module) imports nothing beyond ``enum`` and ``datetime``:
no ``typing``, ``re``, ``json`` or HTTP stack.
"""

from __future__ import annotations

from pinterest_client._checks import encode_without as encode_without
from pinterest_client._decode import decoder_for as decoder_for
from pinterest_client._decode import parse_date as parse_date
from pinterest_client._decode import parse_datetime as parse_datetime
from pinterest_client._encode import encode as encode
from pinterest_client._encode import to_jsonable as to_jsonable
from pinterest_client._enums import Enum as Enum
from pinterest_client._enums import FloatEnum as FloatEnum
from pinterest_client._enums import IntEnum as IntEnum
from pinterest_client._models import Model as Model
from pinterest_client._models import ModelList as ModelList
from pinterest_client._models import discard_unknown_keys as discard_unknown_keys
from pinterest_client._operations import ApiBase as ApiBase
from pinterest_client._operations import Operation as Operation
from pinterest_client._operations import Param as Param
from pinterest_client._operations import calls as calls
from pinterest_client._original import original_types as original_types
from pinterest_client._types import PRIMITIVES as PRIMITIVES
from pinterest_client._types import SECRET_FIELDS as SECRET_FIELDS
from pinterest_client._types import TYPE_CHECKING as TYPE_CHECKING
from pinterest_client._types import Field as Field
from pinterest_client._types import FieldInfo as FieldInfo
from pinterest_client._types import import_generated as import_generated
from pinterest_client._types import is_class_name as is_class_name
from pinterest_client._types import is_nullable as is_nullable
from pinterest_client._types import resolve_type as resolve_type
from pinterest_client._types import split_type as split_type
from pinterest_client._unions import UnionModel as UnionModel

if TYPE_CHECKING:  # the original client's helpers, imported on first use (see __getattr__)
    from pinterest_client._legacy_utils import *  # noqa: F403

__all__ = [
    "Field",
    "FieldInfo",
    "Model",
    "UnionModel",
    "ModelList",
    "Enum",
    "IntEnum",
    "FloatEnum",
    "Param",
    "Operation",
    "ApiBase",
    "decoder_for",
    "split_type",
    "encode",
    "encode_without",
    "discard_unknown_keys",
    "parse_date",
    "parse_datetime",
    "resolve_type",
]


def __getattr__(name: str) -> object:
    """The original client's ``model_utils`` names (``ModelNormal``, ``model_to_dict``...), from
    :mod:`pinterest_client._legacy_utils`, imported on first use so that importing this module
    stays cheap."""
    if name == "Endpoint":  # this SDK's first name for ApiBase, which said the wrong thing
        import warnings

        message = "model_utils.Endpoint is ApiBase (the original client's Endpoint is api_client.Endpoint)"
        warnings.warn(message, DeprecationWarning, stacklevel=2)
        return ApiBase
    if not name.startswith("__"):
        from pinterest_client import _legacy_utils

        if name in _legacy_utils.__all__:
            value: object = getattr(_legacy_utils, name)
            globals()[name] = value
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
