"""The original client's ``model_utils`` helpers, kept for code written against it.

``from openapi_generated.pinterest_client.model_utils import ModelNormal, model_to_dict`` (rewritten to
``pinterest_client.model_utils`` by :func:`pinterest_client.compat.install`) keeps working: the same
names, signatures and messages, answered by our runtime. :class:`ModelNormal`, :class:`ModelSimple`,
:class:`ModelComposed` and :class:`OpenApiModel` are *virtual* bases: ``isinstance(board,
ModelNormal)`` holds for our object models, ``ModelSimple`` for our enums and array schemas,
``ModelComposed`` for our unions, ``OpenApiModel`` for all three.

The helpers that only existed inside the original's composed-schema machinery answer with what our
unions do (``get_oneof_instance`` builds the variant our union picks); the few that cannot mean
anything on our models raise an :class:`~pinterest_client.exceptions.ApiTypeError` saying what to
use instead. ``model_utils`` imports this module on first use of one of these names.
"""

from __future__ import annotations

import io
import operator
from datetime import date, datetime
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple, TypeVar, Union

from pinterest_client._enums import _EnumBase
from pinterest_client._models import Model, ModelList
from pinterest_client._original import original_types
from pinterest_client._types import _MANGLE, is_class_name, resolve_type
from pinterest_client._unions import UnionModel
from pinterest_client.exceptions import (
    ApiAttributeError,
    ApiKeyError,
    ApiTypeError,
    ApiValueError,
    render_path,
)

__all__ = [
    "ApiAttributeError",
    "ApiKeyError",
    "ApiTypeError",
    "ApiValueError",
    "COERCIBLE_TYPE_PAIRS",
    "COERCION_INDEX_BY_TYPE",
    "ModelComposed",
    "ModelNormal",
    "ModelSimple",
    "OpenApiModel",
    "PRIMITIVE_TYPES",
    "UPCONVERSION_TYPE_PAIRS",
    "allows_single_value_input",
    "attempt_convert_item",
    "cached_property",
    "change_keys_js_to_python",
    "check_allowed_values",
    "check_validations",
    "composed_model_input_classes",
    "convert_js_args_to_python_args",
    "date",
    "datetime",
    "deserialize_file",
    "deserialize_model",
    "deserialize_primitive",
    "file_type",
    "get_allof_instances",
    "get_anyof_instances",
    "get_discarded_args",
    "get_discriminated_classes",
    "get_discriminator_class",
    "get_oneof_instance",
    "get_possible_classes",
    "get_required_type_classes",
    "get_simple_class",
    "get_type_error",
    "get_valid_classes_phrase",
    "is_json_validation_enabled",
    "is_type_nullable",
    "is_valid_type",
    "model_to_dict",
    "none_type",
    "order_response_types",
    "remove_uncoercible",
    "type_error_message",
    "validate_and_convert_types",
    "validate_get_composed_info",
]

F = TypeVar("F", bound=Callable[..., Any])
Path = Sequence[Union[str, int]]

none_type = type(None)
file_type = io.IOBase

#: The Python types of the spec's single values, as the original listed them.
PRIMITIVE_TYPES: Tuple[type, ...] = (list, float, int, bool, datetime, date, str, file_type)


# -- the virtual bases --------------------------------------------------------------------------------


class _VirtualBase(type):
    """Metaclass of the original's model bases: each base claims our classes of the same shape,
    so ``isinstance``/``issubclass`` hold without our models inheriting from it. A class that
    really subclasses one of these bases is an ordinary class (it claims nothing)."""

    def __instancecheck__(cls, obj: Any) -> bool:
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub: Any) -> bool:
        if not isinstance(sub, type):
            return False
        if type.__subclasscheck__(cls, sub):
            return True
        claims = cls.__dict__.get("_claims")
        return claims is not None and bool(claims(sub))


def _is_object_model(sub: type) -> bool:
    return issubclass(sub, Model) and not issubclass(sub, UnionModel)


def _is_single_value_model(sub: type) -> bool:
    return issubclass(sub, (_EnumBase, ModelList))


def _is_union_model(sub: type) -> bool:
    return issubclass(sub, UnionModel)


def _is_any_model(sub: type) -> bool:
    return issubclass(sub, (Model, _EnumBase, ModelList))


def _own_get(model: Any, name: str, default: Any) -> Any:
    if isinstance(model, Model):
        return Model.get(model, name, default)
    return vars(model).get(name, default)


class OpenApiModel(metaclass=_VirtualBase):
    """The original's base of every model: our object models, unions, enums and array schemas."""

    _claims = staticmethod(_is_any_model)

    def set_attribute(self, name: str, value: Any) -> None:
        """Set one property (``model[name] = value`` on our models)."""
        if isinstance(self, Model):
            Model.__setitem__(self, name, value)
        else:
            object.__setattr__(self, name, value)


class ModelSimple(OpenApiModel):
    """The original's single-value models: our enums and array schemas (their one property is ``value``)."""

    _claims = staticmethod(_is_single_value_model)

    def get(self, name: str, default: Any = None) -> Any:
        """``value`` (the enum's value, or the items), else ``default``."""
        return _simple_value(self) if name == "value" else default

    def to_str(self) -> str:
        return str(_simple_value(self))


class ModelNormal(OpenApiModel):
    """The original's object models: our :class:`~pinterest_client.model_utils.Model` subclasses."""

    _claims = staticmethod(_is_object_model)

    def get(self, name: str, default: Any = None) -> Any:
        return _own_get(self, name, default)

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = model_to_dict(self, serialize=False)
        return result

    def to_str(self) -> str:
        import pprint

        return pprint.pformat(model_to_dict(self, serialize=False))


class ModelComposed(OpenApiModel):
    """The original's ``oneOf``/``anyOf``/``allOf`` models: our unions (``UnionModel`` subclasses)."""

    _claims = staticmethod(_is_union_model)

    get = ModelNormal.get
    to_dict = ModelNormal.to_dict
    to_str = ModelNormal.to_str


def _simple_value(value: Any) -> Any:
    if isinstance(value, _EnumBase):
        return value.value  # type: ignore[attr-defined]
    if isinstance(value, ModelList):
        return list(value)
    return vars(value).get("value")


class cached_property:  # noqa: N801  (the original's name)
    """The original's class-level cache: ``fn`` takes no arguments and is called once."""

    result_key = "_results"

    def __init__(self, fn: Callable[[], Any]) -> None:
        self._fn = fn

    def __get__(self, instance: Any, cls: Any = None) -> Any:
        if self.result_key in vars(self):
            return vars(self)[self.result_key]
        result = self._fn()
        setattr(self, self.result_key, result)
        return result


#: The order in which the original tried conversions (models first, ``file`` last).
COERCION_INDEX_BY_TYPE: Dict[Any, int] = {
    ModelComposed: 0,
    ModelNormal: 1,
    ModelSimple: 2,
    none_type: 3,
    list: 4,
    dict: 5,
    float: 6,
    int: 7,
    bool: 8,
    datetime: 9,
    date: 10,
    str: 11,
    file_type: 12,
}

#: Conversions the original attempted even for a value of an accepted type.
UPCONVERSION_TYPE_PAIRS: Tuple[Tuple[Any, Any], ...] = (
    (str, datetime),
    (str, date),
    (int, float),
    (list, ModelComposed),
    (dict, ModelComposed),
    (str, ModelComposed),
    (int, ModelComposed),
    (float, ModelComposed),
    (list, ModelNormal),
    (dict, ModelNormal),
    (str, ModelSimple),
    (int, ModelSimple),
    (float, ModelSimple),
    (list, ModelSimple),
)

#: Conversions of a value of the wrong type: none for client data, these for server data.
COERCIBLE_TYPE_PAIRS: Dict[bool, Tuple[Tuple[Any, Any], ...]] = {
    False: (),
    True: (
        (dict, ModelComposed),
        (list, ModelComposed),
        (dict, ModelNormal),
        (list, ModelNormal),
        (str, ModelSimple),
        (int, ModelSimple),
        (float, ModelSimple),
        (list, ModelSimple),
        (str, datetime),
        (str, date),
        (str, file_type),
    ),
}


# -- names and keys -------------------------------------------------------------------------------


def convert_js_args_to_python_args(fn: F) -> F:
    """Decorate a model constructor so that, with ``_spec_property_naming=True``, wire names
    become Python names (our models accept both already; this serves classes written like the
    original's generated models)."""
    from functools import wraps

    @wraps(fn)
    def wrapped_init(_self: Any, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("_spec_property_naming", False):
            kwargs = change_keys_js_to_python(kwargs, _self if isinstance(_self, type) else _self.__class__)
        return fn(_self, *args, **kwargs)

    return wrapped_init  # type: ignore[return-value]


def change_keys_js_to_python(input_dict: Dict[str, Any], model_class: Any) -> Dict[str, Any]:
    """``input_dict`` with its wire names replaced by ``model_class``'s Python names (via its
    ``attribute_map``); unknown keys are kept as they are."""
    attribute_map = getattr(model_class, "attribute_map", None)
    if attribute_map is None:
        return input_dict
    python_names = {wire: py for py, wire in attribute_map.items()}
    return {python_names.get(key, key): value for key, value in input_dict.items()}


def model_to_dict(model_instance: Any, serialize: bool = True) -> Any:
    """A model's properties as a dict: wire names with ``serialize=True`` (the default), Python
    names otherwise (:meth:`Model.to_dict`). Values stay Python values (``datetime`` objects,
    enums as their values), nested models become dicts, as in the original."""
    if isinstance(model_instance, Model):
        if not serialize:
            return model_instance.to_dict()
        return {_unmangled(key): _serialized(value, True) for key, value in vars(model_instance).items()}
    if not hasattr(model_instance, "__dict__") or isinstance(model_instance, (_EnumBase, ModelList)):
        return _serialized(model_instance, serialize)
    # a class written against the original's bases: its data store, or its public attributes
    data = getattr(model_instance, "_data_store", None)
    if data is None:
        data = {key: value for key, value in vars(model_instance).items() if not key.startswith("_")}
    names = (getattr(model_instance, "attribute_map", None) or {}) if serialize else {}
    return {names.get(key, key): _serialized(value, serialize) for key, value in data.items()}


def _unmangled(key: str) -> str:
    return key[len(_MANGLE) :] if key.startswith(_MANGLE) else key


def _serialized(value: Any, serialize: bool) -> Any:
    if isinstance(value, Model):
        return model_to_dict(value, serialize)
    if isinstance(value, _EnumBase):
        return value.value  # type: ignore[attr-defined]
    if isinstance(value, dict):
        return {key: _serialized(item, serialize) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_serialized(item, serialize) for item in value]
    return value


# -- allowed values and validations ------------------------------------------------------------------


def check_allowed_values(
    allowed_values: Dict[Any, Dict[str, Any]], input_variable_path: Any, input_values: Any
) -> None:
    """Raise :class:`ApiValueError` unless ``input_values`` (a value, a list of values or a dict's
    keys) are among ``allowed_values[input_variable_path]``."""
    allowed = list(allowed_values[input_variable_path].values())
    name = input_variable_path[0]
    shown = ", ".join(map(str, allowed))
    if isinstance(input_values, list):
        invalid = set(input_values) - set(allowed)
        if invalid:
            # (the original's message shows the invalid values as a one-element tuple)
            raise ApiValueError(
                f"Invalid values for `{name}` [{(', '.join(map(str, invalid)),)}], must be a subset of [{shown}]"
            )
    elif isinstance(input_values, dict):
        invalid = set(input_values) - set(allowed)
        if invalid:
            raise ApiValueError(
                f"Invalid keys in `{name}` [{', '.join(map(str, invalid))}], must be a subset of [{shown}]"
            )
    elif input_values not in allowed:
        raise ApiValueError(f"Invalid value for `{name}` ({input_values}), must be one of {allowed}")


def is_json_validation_enabled(schema_keyword: str, configuration: Any = None) -> bool:
    """Whether the JSON Schema keyword ``schema_keyword`` (``maxLength``...) is checked: not when
    the configuration's ``disabled_client_side_validations`` lists it."""
    disabled = getattr(configuration, "_disabled_client_side_validations", None)
    return disabled is None or schema_keyword not in disabled


def _bounds(values: Any) -> Tuple[Any, Any]:
    if isinstance(values, list):
        return max(values), min(values)
    if isinstance(values, dict):
        return max(values.values()), min(values.values())
    return values, values


#: ``check_validations``' rules, in the original's order: (JSON Schema keyword, validation key,
#: what is compared, the failing comparison, the message after "Invalid value for `name`, ").
_RULES: Tuple[Tuple[str, str, str, Callable[[Any, Any], bool], str], ...] = (
    ("maxLength", "max_length", "len", operator.gt, "length must be less than or equal to `{}`"),
    ("minLength", "min_length", "len", operator.lt, "length must be greater than or equal to `{}`"),
    ("maxItems", "max_items", "len", operator.gt, "number of items must be less than or equal to `{}`"),
    ("minItems", "min_items", "len", operator.lt, "number of items must be greater than or equal to `{}`"),
    ("maxProperties", "max_properties", "len", operator.gt, "number of properties must be less than or equal to `{}`"),
    (
        "minProperties",
        "min_properties",
        "len",
        operator.lt,
        "number of properties must be greater than or equal to `{}`",
    ),
    ("exclusiveMaximum", "exclusive_maximum", "max", operator.ge, "must be a value less than `{}`"),
    ("maximum", "inclusive_maximum", "max", operator.gt, "must be a value less than or equal to `{}`"),
    ("exclusiveMinimum", "exclusive_minimum", "min", operator.le, "must be a value greater than `{}`"),
    ("minimum", "inclusive_minimum", "min", operator.lt, "must be a value greater than or equal to `{}`"),
)


def check_validations(
    validations: Dict[Any, Dict[str, Any]], input_variable_path: Any, input_values: Any, configuration: Any = None
) -> None:
    """Raise :class:`ApiValueError` when ``input_values`` break one of
    ``validations[input_variable_path]`` (keys ``max_length``, ``min_items``, ``inclusive_maximum``,
    ``regex: {pattern}``...), skipping the keywords the configuration disables."""
    if input_values is None:
        return
    current = validations[input_variable_path]
    name = input_variable_path[0]

    def enabled(keyword: str, key: str) -> bool:
        return key in current and is_json_validation_enabled(keyword, configuration)

    multiple = current.get("multiple_of")
    if (
        multiple is not None
        and enabled("multipleOf", "multiple_of")
        and isinstance(input_values, (int, float))
        and not (float(input_values) / multiple).is_integer()
    ):
        raise ApiValueError(f"Invalid value for `{name}`, value must be a multiple of `{multiple}`")
    high, low = _bounds(input_values) if any("imum" in key for key in current) else (None, None)
    for keyword, key, measure, fails, message in _RULES:
        if enabled(keyword, key):
            measured = len(input_values) if measure == "len" else high if measure == "max" else low
            if fails(measured, current[key]):
                raise ApiValueError(f"Invalid value for `{name}`, " + message.format(current[key]))
    regex = current.get("regex")
    if regex is not None and is_json_validation_enabled("pattern", configuration):
        import re

        flags = regex.get("flags", 0)
        if not re.search(regex["pattern"], input_values, flags=flags):
            text = f"Invalid value for `{name}`, must match regular expression `{regex['pattern']}`"
            raise ApiValueError(text + (f" with flags=`{flags!s}`" if flags else ""))


# -- types ----------------------------------------------------------------------------------------------


def get_simple_class(input_value: Any) -> Any:
    """The class used for type checks: the class itself for a class, ``bool`` before ``int``,
    ``datetime`` before ``date``, ``file_type`` for files, a model's (or enum member's) own class."""
    if isinstance(input_value, type):
        return input_value
    if isinstance(input_value, (_EnumBase, ModelList)):
        return type(input_value)  # the original's single-value models are not str/list
    for simple in (tuple, list, dict, none_type, file_type, bool, int, datetime, date, str):
        if isinstance(input_value, simple):
            return simple
    return type(input_value)


def get_valid_classes_phrase(input_classes: Iterable[Any]) -> str:
    """``'is str'`` or ``'is one of [int, str]'`` (sorted by name)."""
    names = sorted(cls.__name__ for cls in input_classes)
    if len(names) == 1:
        return f"is {names[0]}"
    return f"is one of [{', '.join(names)}]"


def type_error_message(
    var_value: Any = None, var_name: Any = None, valid_classes: Any = None, key_type: Any = None
) -> str:
    """The original's wording: ``Invalid type for variable 'x'. Required value type is str and
    passed type was int``."""
    key_or_value = "key" if key_type else "value"
    return (
        f"Invalid type for variable '{var_name}'. Required {key_or_value} type "
        f"{get_valid_classes_phrase(valid_classes)} and passed type was {type(var_value).__name__}"
    )


def _at(message: str, path_to_item: Optional[Path]) -> str:
    """The original's exceptions appended `` at ['a'][0]`` to their message."""
    return f"{message} at {render_path(path_to_item)}" if path_to_item else message


def get_type_error(var_value: Any, path_to_item: Path, valid_classes: Any, key_type: bool = False) -> ApiTypeError:
    """The :class:`ApiTypeError` for a value of the wrong type at ``path_to_item`` (returned, not raised)."""
    message = type_error_message(
        var_name=path_to_item[-1], var_value=var_value, valid_classes=valid_classes, key_type=key_type
    )
    return ApiTypeError(
        _at(message, path_to_item), path_to_item=path_to_item, valid_classes=valid_classes, key_type=key_type
    )


def deserialize_primitive(data: Any, klass: Any, path_to_item: Path) -> Any:
    """``data`` converted to ``klass`` (``int``, ``float``, ``str``, ``bool``, ``date``,
    ``datetime``), or :class:`ApiValueError` (``Failed to parse '7' as float``...)."""
    additional_message = ""
    try:
        if klass in (datetime, date):
            additional_message = (
                "If you need your parameter to have a fallback string value, please set its type as "
                "`type: {}` in your spec. That allows the value to be any type. "
            )
            return _parse_date_or_datetime(data, klass)
        converted = klass(data)
        if isinstance(data, str) and klass is float and str(converted) != data:
            raise ValueError("This is not a float")  # '7' -> 7.0 -> '7.0' != '7'
        return converted
    except (OverflowError, ValueError) as exc:
        message = f"{additional_message}Failed to parse {data!r} as {klass.__name__}"
        raise ApiValueError(_at(message, path_to_item), path_to_item=path_to_item) from exc


def _parse_date_or_datetime(data: Any, klass: Any) -> Any:
    from dateutil.parser import parse

    if len(data) < 8:
        raise ValueError(f"This is not a {klass.__name__}")
    parsed = parse(data)
    if klass is date:
        return parsed.date()
    midnight = parsed.hour == 0 and parsed.minute == 0 and parsed.second == 0
    if midnight and parsed.tzinfo is None and 8 <= len(data) <= 10:
        raise ValueError("This is a date, not a datetime")
    return parsed


def _variant_types(cls: Any) -> List[Any]:
    """A union's variants as the original's ``_composed_schemas['oneOf']`` listed them: model
    classes, and ``list``/``dict``/primitive classes for the non-model ones."""
    out: List[Any] = []
    for name in getattr(cls, "_variants", ()):
        if is_class_name(name):
            out.append(resolve_type(name))
        else:
            out.extend(t if isinstance(t, type) else type(t) for t in original_types(name))
    return out


def is_type_nullable(input_type: Any) -> bool:
    """Whether ``None`` is allowed for ``input_type``: ``none_type`` itself, a nullable model, or a
    union with a nullable variant."""
    if input_type is none_type:
        return True
    if not isinstance(input_type, type):
        return False
    if issubclass(input_type, OpenApiModel) and getattr(input_type, "_nullable", False):
        return True
    if issubclass(input_type, ModelComposed):
        return any(variant is not input_type and is_type_nullable(variant) for variant in _variant_types(input_type))
    return False


def _discriminator_of(cls: Any) -> Optional[Dict[str, Dict[str, Any]]]:
    return getattr(cls, "discriminator", None) if isinstance(cls, type) and issubclass(cls, OpenApiModel) else None


def get_discriminated_classes(cls: Any) -> List[Any]:
    """Every class ``cls``'s discriminator maps to (through nested discriminators), plus ``cls``
    itself when it is nullable."""
    return _discriminated_classes(cls, set())


def _discriminated_classes(cls: Any, seen: "set[Any]") -> List[Any]:
    seen.add(cls)
    discriminator = _discriminator_of(cls) or {}
    possible: List[Any] = [cls] if is_type_nullable(cls) else []
    for mapping in list(discriminator.values())[:1]:
        for target in mapping.values():
            if target not in seen and _discriminator_of(target):
                possible.extend(_discriminated_classes(target, seen))
            elif target not in possible:
                possible.append(target)
    return possible


def get_discriminator_class(model_class: Any, discr_name: str, discr_value: Any, cls_visited: List[Any]) -> Any:
    """The class ``model_class``'s discriminator ``discr_name`` maps ``discr_value`` to (looking
    through a union's variants too), or ``None``."""
    if model_class in cls_visited:
        return None
    cls_visited.append(model_class)
    discriminator = _discriminator_of(model_class) or {}
    used = discriminator.get(discr_name, {}).get(discr_value)
    if used is not None:
        return used
    for variant in _variant_types(model_class):
        if _discriminator_of(variant):
            used = get_discriminator_class(variant, discr_name, discr_value, cls_visited)
            if used is not None:
                return used
    return None


def allows_single_value_input(cls: Any) -> bool:
    """Whether ``cls`` accepts a value (not keywords): single-value models, primitives, and unions
    with such a variant."""
    if cls in PRIMITIVE_TYPES or (isinstance(cls, type) and issubclass(cls, ModelSimple)):
        return True
    if isinstance(cls, type) and issubclass(cls, ModelComposed):
        return any(variant is not cls and allows_single_value_input(variant) for variant in _variant_types(cls))
    return False


def composed_model_input_classes(cls: Any) -> List[Any]:
    """The classes a value for ``cls`` may be: itself, what its discriminator maps to, or (for a
    union) its variants'."""
    if cls in PRIMITIVE_TYPES or (isinstance(cls, type) and issubclass(cls, ModelSimple)):
        return [cls]
    if isinstance(cls, type) and issubclass(cls, ModelComposed):
        if _discriminator_of(cls):
            return get_discriminated_classes(cls)
        out: List[Any] = []
        for variant in _variant_types(cls):
            out.extend(composed_model_input_classes(variant))
        return out
    if isinstance(cls, type) and issubclass(cls, ModelNormal):
        return get_discriminated_classes(cls) if _discriminator_of(cls) else [cls]
    return []


def get_possible_classes(cls: Any, from_server_context: bool) -> List[Any]:
    """``[cls]`` for server data; for client data also what ``cls``'s discriminator or variants allow."""
    if from_server_context:
        return [cls]
    if _discriminator_of(cls):
        return get_discriminated_classes(cls)
    if isinstance(cls, type) and issubclass(cls, ModelComposed):
        return [cls, *composed_model_input_classes(cls)]
    return [cls]


def get_required_type_classes(
    required_types_mixed: Iterable[Any], spec_property_naming: bool
) -> Tuple[Tuple[Any, ...], Dict[Any, Any]]:
    """``(valid_classes, child_types_by_class)`` for an ``openapi_types`` entry: ``[str]`` means
    ``list`` whose items are ``(str,)``, ``{str: (int,)}`` a ``dict`` of ``(int,)``."""
    valid: List[Any] = []
    children: Dict[Any, Any] = {}
    for required in required_types_mixed:
        if isinstance(required, (list, tuple)):
            valid.append(type(required))
            children[type(required)] = required
        elif isinstance(required, dict):
            valid.append(dict)
            children[dict] = required[str]
        else:
            valid.extend(get_possible_classes(required, spec_property_naming))
    return tuple(valid), children


def _coercion_index(class_or_instance: Any) -> int:
    if isinstance(class_or_instance, (list, dict)):
        return COERCION_INDEX_BY_TYPE[type(class_or_instance)]
    if isinstance(class_or_instance, type):
        for base in (ModelComposed, ModelNormal, ModelSimple):
            if issubclass(class_or_instance, base):
                return COERCION_INDEX_BY_TYPE[base]
    if class_or_instance in COERCION_INDEX_BY_TYPE:
        return COERCION_INDEX_BY_TYPE[class_or_instance]
    raise ApiValueError(f"Unsupported type: {class_or_instance}")


def order_response_types(required_types: Iterable[Any]) -> List[Any]:
    """``required_types`` in the order conversions are tried (models first, ``file`` last)."""
    return sorted(required_types, key=_coercion_index)


def _simplified(required: Any) -> Any:
    if isinstance(required, type):
        for base in (ModelComposed, ModelNormal, ModelSimple):
            if issubclass(required, base):
                return base
    return required


def remove_uncoercible(
    required_types_classes: Iterable[Any], current_item: Any, spec_property_naming: bool, must_convert: bool = True
) -> List[Any]:
    """The classes of ``required_types_classes`` that ``current_item`` may be converted to."""
    current = get_simple_class(current_item)
    out = []
    for required in required_types_classes:
        simple = _simplified(required)
        if simple == current:
            continue
        pair = (current, simple)
        if (must_convert and pair in COERCIBLE_TYPE_PAIRS[spec_property_naming]) or pair in UPCONVERSION_TYPE_PAIRS:
            out.append(required)
    return out


def is_valid_type(input_class_simple: Any, valid_classes: Any) -> bool:
    """Whether a value of class ``input_class_simple`` is one of ``valid_classes`` (a model also
    fits a class whose discriminator maps to it; ``None`` fits a nullable class)."""
    any_value = (bool, date, datetime, dict, float, int, list, str, none_type)
    is_model = isinstance(input_class_simple, type) and issubclass(input_class_simple, OpenApiModel)
    if is_model and tuple(valid_classes) == any_value:
        return True
    if input_class_simple in valid_classes:
        return True
    if isinstance(input_class_simple, type) and issubclass(input_class_simple, _EnumBase):
        # our enum members are also their values (the original's were not): a str enum is a str
        if any(
            isinstance(c, type) and c in (str, int, float) and issubclass(input_class_simple, c) for c in valid_classes
        ):
            return True
    if not (is_model or input_class_simple is none_type):
        return False
    for valid_class in valid_classes:
        if input_class_simple is none_type and is_type_nullable(valid_class):
            return True
        discriminator = _discriminator_of(valid_class)
        if discriminator and is_valid_type(input_class_simple, list(next(iter(discriminator.values())).values())):
            return True
    return False


# -- conversion -----------------------------------------------------------------------------------


def deserialize_model(
    model_data: Any,
    model_class: Any,
    path_to_item: Path,
    check_type: bool,
    configuration: Any,
    spec_property_naming: bool,
) -> Any:
    """An instance of ``model_class`` from server data: a dict (wire or Python names), a list
    (positional arguments), or a single value (enums, array schemas)."""
    if isinstance(model_class, type) and issubclass(model_class, ModelSimple):
        single: Any = model_class
        return single.from_dict(model_data) if issubclass(single, ModelList) else single(model_data)
    options = dict(
        _check_type=check_type,
        _path_to_item=path_to_item,
        _configuration=configuration,
        _spec_property_naming=spec_property_naming,
    )
    if isinstance(model_data, list):
        return model_class._from_openapi_data(*model_data, **options)
    if isinstance(model_data, dict):
        return model_class._from_openapi_data(**{**options, **model_data})
    if isinstance(model_data, PRIMITIVE_TYPES):
        return model_class._from_openapi_data(model_data, **options)
    return None


def deserialize_file(response_data: Any, configuration: Any, content_disposition: Optional[str] = None) -> Any:
    """``response_data`` written to a file in ``configuration.temp_folder_path`` (the system's
    temporary folder when unset), named after ``content_disposition``'s ``filename`` when given;
    returns it open for reading (binary). The caller closes (and removes) it."""
    import os
    import re
    import tempfile

    fd, path = tempfile.mkstemp(dir=getattr(configuration, "temp_folder_path", None))
    os.close(fd)
    found = re.search(r'filename=[\'"]?([^\'"\s]+)[\'"]?', content_disposition or "")
    if found is not None:
        os.remove(path)
        # (only the name: a header cannot place the file elsewhere)
        path = os.path.join(os.path.dirname(path), os.path.basename(found.group(1)))
    data = response_data.encode("utf-8") if isinstance(response_data, str) else response_data
    with open(path, "wb") as handle:
        handle.write(data)
    return open(path, "rb")  # noqa: SIM115  (returned open, as the original did)


def attempt_convert_item(
    input_value: Any,
    valid_classes: Any,
    path_to_item: Path,
    configuration: Any,
    spec_property_naming: bool,
    key_type: bool = False,
    must_convert: bool = False,
    check_type: bool = True,
) -> Any:
    """``input_value`` converted to the first of ``valid_classes`` it converts to; when none does,
    the value itself (or, with ``must_convert``, the conversion's error)."""
    coercible = remove_uncoercible(order_response_types(valid_classes), input_value, spec_property_naming)
    if (not coercible or key_type) and not getattr(configuration, "discard_unknown_keys", False):
        raise get_type_error(input_value, path_to_item, valid_classes, key_type=key_type)
    for valid_class in coercible:
        try:
            if issubclass(valid_class, OpenApiModel):
                return deserialize_model(
                    input_value, valid_class, path_to_item, check_type, configuration, spec_property_naming
                )
            if valid_class is file_type:
                return deserialize_file(input_value, configuration)
            return deserialize_primitive(input_value, valid_class, path_to_item)
        except (ApiTypeError, ApiValueError, ApiKeyError):
            if must_convert:
                raise
    return input_value


def validate_and_convert_types(
    input_value: Any,
    required_types_mixed: Any,
    path_to_item: Path,
    spec_property_naming: bool,
    _check_type: bool,
    configuration: Any = None,
) -> Any:
    """``input_value`` checked against ``required_types_mixed`` (an ``openapi_types`` entry such as
    ``(str, none_type)``, ``([Pin],)``, ``({str: (int,)},)``); lists and dicts are checked item by
    item (in place). With a ``configuration``, a value of the wrong type is converted when it can be
    (a dict to the model class required, a string to a date...); otherwise :class:`ApiTypeError`."""
    valid_classes, children = get_required_type_classes(required_types_mixed, spec_property_naming)
    if not is_valid_type(get_simple_class(input_value), valid_classes):
        member = _enum_member(input_value, valid_classes, path_to_item)
        if member is not None:
            return member
        if configuration:
            return attempt_convert_item(
                input_value,
                valid_classes,
                path_to_item,
                configuration,
                spec_property_naming,
                must_convert=True,
                check_type=_check_type,
            )
        raise get_type_error(input_value, path_to_item, valid_classes)
    if len(valid_classes) > 1 and configuration:
        coercible = remove_uncoercible(valid_classes, input_value, spec_property_naming, must_convert=False)
        if coercible:
            return attempt_convert_item(
                input_value, coercible, path_to_item, configuration, spec_property_naming, check_type=_check_type
            )
    inner = children.get(type(input_value))
    if inner is None or not input_value:
        return input_value

    def check(key: Any, value: Any) -> Any:
        return validate_and_convert_types(
            value, inner, [*path_to_item, key], spec_property_naming, _check_type, configuration=configuration
        )

    if isinstance(input_value, list):
        for index, value in enumerate(input_value):
            input_value[index] = check(index, value)
    elif isinstance(input_value, dict):
        for key, value in input_value.items():
            if get_simple_class(key) is not str:
                raise get_type_error(key, [*path_to_item, key], valid_classes, key_type=True)
            input_value[key] = check(key, value)
    return input_value


def _enum_member(value: Any, valid_classes: Iterable[Any], path_to_item: Path) -> Any:
    """The member of one of our enums in ``valid_classes`` whose value is ``value``; ``None`` when
    no such enum takes values of ``value``'s type, else the original's :class:`ApiValueError` for a
    value outside the allowed ones (where the original declared a ``str`` with allowed values, ours
    declare the enum)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    kind = type(value)
    enums: List[Any] = [
        c
        for c in valid_classes
        if isinstance(c, type)
        and issubclass(c, _EnumBase)
        and (issubclass(c, kind) or (kind is int and issubclass(c, float)))
    ]
    for cls in enums:
        try:
            return cls(value)
        except ValueError:
            continue
    if enums:
        key = (path_to_item[-1] if path_to_item else "value",)
        check_allowed_values({key: enums[0].allowed_values[("value",)]}, key, value)
    return None


# -- the original's composed-schema machinery, on our unions -----------------------------------------


def _internals(name: str, instead: str) -> ApiTypeError:
    return ApiTypeError(
        f"{name}() belonged to the original client's composed-schema internals, which pinterest_client "
        f"does not have: {instead}"
    )


def _union_class(self: Any) -> Any:
    return self if isinstance(self, type) else type(self)


def _build(variant: Any, model_kwargs: Dict[str, Any], constant_kwargs: Dict[str, Any]) -> Any:
    if constant_kwargs.get("_spec_property_naming"):
        return variant._from_openapi_data(**model_kwargs, **constant_kwargs)
    return variant(**model_kwargs, **constant_kwargs)


def get_allof_instances(self: Any, model_args: Dict[str, Any], constant_args: Dict[str, Any]) -> List[Any]:
    """Always ``[]``: our models have their ``allOf`` parts merged into one class (no instances to build)."""
    return []


def get_oneof_instance(
    cls: Any, model_kwargs: Dict[str, Any], constant_kwargs: Dict[str, Any], model_arg: Any = None
) -> Any:
    """The instance of the variant that union ``cls`` builds from ``model_kwargs`` (by
    discriminator, else best fit); ``None`` when ``cls`` is not a union; :class:`ApiValueError`
    (the original's message) when no variant fits."""
    cls = _union_class(cls)
    if not (isinstance(cls, type) and issubclass(cls, UnionModel)) or not cls._variants:
        return None
    data = {k: v for k, v in model_kwargs.items() if v is not None} if model_arg is None else None
    try:
        if data is None:
            return _single_value_variant(cls, model_arg)
        if constant_kwargs.get("_spec_property_naming"):
            return cls._from_openapi_data(**data, **constant_kwargs)
        return cls(**data, **constant_kwargs)
    except (ApiTypeError, ApiValueError, ApiAttributeError) as exc:
        raise ApiValueError(
            f"Invalid inputs given to generate an instance of {cls.__name__}. None of the oneOf schemas "
            "matched the input data."
        ) from exc


def _single_value_variant(cls: Any, model_arg: Any) -> Any:
    for variant in _variant_types(cls):
        if variant in PRIMITIVE_TYPES or variant is dict:
            if is_valid_type(get_simple_class(model_arg), (variant,)):
                return model_arg
        elif issubclass(variant, ModelSimple):
            try:
                return deserialize_model(model_arg, variant, [], True, None, False)
            except (ApiTypeError, ApiValueError, ValueError):
                continue
    raise ApiValueError(f"{model_arg!r} fits none of {cls.__name__}'s variants")


def get_anyof_instances(self: Any, model_args: Dict[str, Any], constant_args: Dict[str, Any]) -> List[Any]:
    """The instances of union ``self``'s variants that accept ``model_args`` (at least one, else
    :class:`ApiValueError`); ``[]`` when ``self`` is not a union."""
    cls = _union_class(self)
    if not (isinstance(cls, type) and issubclass(cls, UnionModel)):
        return []
    instances = []
    for variant in _variant_types(cls):
        if isinstance(variant, type) and issubclass(variant, Model):
            try:
                instance = _build(variant, model_args, constant_args)
                instance.validate()
            except (ApiTypeError, ApiValueError, ApiAttributeError):
                continue
            instances.append(instance)
    if not instances:
        raise ApiValueError(
            f"Invalid inputs given to generate an instance of {cls.__name__}. None of the anyOf schemas "
            "matched the inputs."
        )
    return instances


def get_discarded_args(self: Any, composed_instances: Iterable[Any], model_args: Dict[str, Any]) -> "set[str]":
    """The keys of ``model_args`` that one of ``composed_instances`` did not keep (by Python or wire name)."""
    discarded: "set[str]" = set()
    for instance in composed_instances:
        if isinstance(instance, Model):
            kept = {*model_to_dict(instance, serialize=False), *model_to_dict(instance, serialize=True)}
            discarded.update(set(model_args) - kept)
    return discarded


def validate_get_composed_info(constant_args: Dict[str, Any], model_args: Dict[str, Any], self: Any) -> List[Any]:
    """Not available: the original called it from its composed models' constructors to build and
    cross-wire their part instances; our unions build the one variant instance themselves."""
    raise _internals(
        "validate_get_composed_info",
        "construct the union (TheUnion(**kwargs) returns the matching variant's instance) or use "
        "get_oneof_instance(TheUnion, kwargs, {}) / get_anyof_instances(TheUnion, kwargs, {})",
    )
