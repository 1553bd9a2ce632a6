"""The bases of generated models: :class:`Model` (object schemas) and :class:`ModelList` (array
schemas); the base of ``oneOf``/``anyOf`` schemas, :class:`~pinterest_client._unions.UnionModel`,
is in :mod:`pinterest_client._unions`, loaded with the first union a program meets.

A model's ``__dict__`` *is* its wire dictionary (keys are the JSON names); its fields are declared once
per class and their tables built on first use. Models keep the original client's contract:
positional required properties, undeclared keywords kept and sent, snake_case names, the mapping
protocol, ``str()`` as the pretty-printed dict.
"""

from __future__ import annotations

import enum
import sys

from pinterest_client._checks import _Invalid
from pinterest_client._decode import _class_decoder, decoder_for
from pinterest_client._types import (
    _MANGLE,
    _PLAIN,
    TYPE_CHECKING,
    FieldInfo,
    is_class_name,
    resolve_type,
)

if TYPE_CHECKING:
    from typing import (
        Any,
        ClassVar,
        Dict,
        Iterator,
        List,
        Optional,
        Tuple,
        Type,
        TypeVar,
    )

    M = TypeVar("M", bound="Model")


#: Keyword arguments of the original client's model constructors that only steered its internals.
_ORIGINAL_OPTIONS = frozenset(
    {"_check_type", "_spec_property_naming", "_path_to_item", "_configuration", "_visited_composed_classes"}
)


#: Methods of the mapping protocol: a field with one of these names shadows the method (its
#: declaration is found first), so wire keys with these names are stored as they are.
_MAPPING_METHODS = frozenset({"keys", "values", "items"})


#: Per-class tables derived from the field declarations, built the first time one is read.
_TABLES = frozenset({"_fields", "_by_py", "_by_wire", "_value_checks"})


#: The original client's class attributes (built by the functions of the same names in ``_original``).
ORIGINAL_TABLES = (
    "openapi_types",
    "attribute_map",
    "allowed_values",
    "validations",
    "discriminator",
    "read_only_vars",
    "additional_properties_type",
    "required_properties",
)


class _OriginalTableOnFirstRead:
    """One of the original client's class attributes on a model base until it is first read: that
    read imports ``_original`` (few programs read these tables) and puts its descriptors in place
    on the base. A data descriptor, as they are: setting it on an instance sets that key."""

    def __init__(self, base: type, name: str) -> None:
        self.base = base
        self.name = name

    def __get__(self, obj: Any, cls: Any = None) -> Any:
        from pinterest_client._original import attach_tables

        attach_tables(self.base)
        return self.base.__dict__[self.name].__get__(obj, cls)

    def __set__(self, obj: Any, value: Any) -> None:
        obj.__dict__[self.name] = value


def attach_tables(base: type) -> None:
    """Give ``base`` the original client's class attributes, each computed on first read."""
    for name in ORIGINAL_TABLES:
        setattr(base, name, _OriginalTableOnFirstRead(base, name))


def is_union(cls: Any) -> bool:
    """Whether ``cls`` is a ``oneOf``/``anyOf`` model (a subclass of ``_unions.UnionModel``; until a
    union's module loads ``_unions``, no class is)."""
    unions = sys.modules.get("pinterest_client._unions")
    return unions is not None and isinstance(cls, type) and issubclass(cls, unions.UnionModel)


class _ModelMeta(type):
    """Builds a model's tables lazily (first use, not import), and lets ``isinstance(x,
    SomeUnion)`` hold for instances of the union's variants and ``isinstance(x, Base)`` for the
    classes a base schema's discriminator maps to (the generator flattens ``allOf``, so those are
    not Python subclasses)."""

    def __getattr__(cls, name: str) -> Any:  # only called when normal lookup fails
        if name in _TABLES:
            return _setup(cls)[name]
        raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")

    @property
    def __signature__(cls) -> Any:
        """What ``inspect.signature`` gives for a model class (``help()``, a notebook's call tips):
        the required fields positionally, in the original client's order, then every declared field
        by keyword, then ``**kwargs`` (undeclared keys, the original's ``_check_type``...). Built on
        first use; the framework bases and unions have none (their constructors are generic)."""
        if cls.__dict__.get("_framework_") or is_union(cls):
            raise AttributeError("__signature__")
        signature = cls.__dict__.get("_signature_")
        if signature is None:
            from pinterest_client._constructors import signature_of

            signature = signature_of(cls)
            type.__setattr__(cls, "_signature_", signature)
        return signature

    def __instancecheck__(cls, obj: Any) -> bool:
        if type.__instancecheck__(cls, obj):
            return True
        alternatives = cls.__dict__.get("_alternatives")
        if alternatives is None:
            names = [v for v in cls.__dict__.get("_variants", ()) if is_class_name(v)]
            discriminator = cls.__dict__.get("_discriminator")
            if discriminator:
                names.extend(discriminator[1].values())
            alternatives = tuple(dict.fromkeys(n for n in names if n != cls.__name__))
            type.__setattr__(cls, "_alternatives", alternatives)
        return any(isinstance(obj, resolve_type(name)) for name in alternatives)


def _setup(cls: Any) -> Dict[str, Any]:
    """Build (and, except on the framework bases, store) the field tables of ``cls``."""
    own = cls.__dict__
    declared: Dict[str, FieldInfo] = {}  # a subclass of a concrete model adds to its fields
    for klass in reversed(cls.__mro__):
        for value in klass.__dict__.values():
            if isinstance(value, FieldInfo):
                declared[value.py] = value
    fields = tuple(declared.values())
    tables = {
        "_fields": fields,
        "_by_py": {f.py: f for f in fields},
        "_by_wire": {f.wire: f for f in fields},
        "_value_checks": None,  # built on first construction (see _constructors)
    }
    if not own.get("_framework_"):
        for name, value in tables.items():
            type.__setattr__(cls, name, value)
    return tables


#: Per class: Python name -> wire name of the fields whose names differ (see :func:`_key_of`).
_RENAMED: Dict[Any, Dict[str, str]] = {}


def _key_of(model: Any, key: str) -> str:
    """The key of ``model.__dict__`` that ``model[key]`` reads: a field's wire name for its
    Python name (``GENDER`` for ``gender``), else ``key`` itself."""
    cls = type(model)
    renamed = _RENAMED.get(cls)
    if renamed is None:
        by_wire = cls._by_wire
        renamed = {f.py: f.wire for f in cls._fields if f.py != f.wire and f.py not in by_wire}
        _RENAMED[cls] = renamed
    return renamed.get(key, key)


def _wire_keys(model: Any) -> List[str]:
    return [k[1:] if k.startswith(_MANGLE) else k for k in model.__dict__]


class _MappingMethod:
    """``Model.keys``/``values``/``items``: the mapping protocol, as a dict has it (``dict(model)``,
    ``**model``, ``model.items()``). What an instance gets is callable like a method but *false*:
    code written against the original client probes attributes with ``getattr(model, "items",
    None)`` (pinterest-api-sdk does), and there a model without such a field must read as having
    none. A declared field of that name, or a key of that name in the data, wins over the method."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __get__(self, obj: Any, cls: Any = None) -> Any:
        return self if obj is None else _MappingView(obj, self.kind)


class _MappingView:
    __slots__ = ("_model", "_kind")

    def __init__(self, model: Any, kind: str) -> None:
        self._model, self._kind = model, kind

    def __call__(self) -> List[Any]:
        keys = _wire_keys(self._model)
        if self._kind == "keys":
            return keys
        values = list(self._model.__dict__.values())
        return values if self._kind == "values" else list(zip(keys, values))

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return f"<mapping method {type(self._model).__name__}.{self._kind}>"


class Model(metaclass=_ModelMeta):
    """Base of every generated object schema.

    Construct with keyword arguments (Python names; a misspelt name raises, so typos never reach
    the wire — set an undeclared key with ``model["key"] = value``); read with attributes,
    ``model["wire_name"]`` or :meth:`get`; serialise with :meth:`to_dict` (wire names) or :meth:`to_json`. Unset fields
    read as ``None`` and are left out of :meth:`to_dict`; a field set to ``None`` is sent as JSON
    ``null``. Instances compare by value and pickle, copy and deepcopy like plain objects.
    """

    _framework_: ClassVar[bool] = True
    #: Type string of undeclared properties, or ``None`` when the schema forbids them.
    _additional: ClassVar[Optional[str]] = "any"
    #: ``(property, {value: class name})`` for discriminated schemas.
    _discriminator: ClassVar[Optional[Tuple[str, Dict[str, str]]]] = None
    #: Constraints on the object as a whole (``min_properties``/``max_properties``).
    _checks: ClassVar[Optional[Dict[str, Any]]] = None
    #: Groups of wire names at least one of which must be all present (an ``anyOf`` of requirements).
    _required_any: ClassVar[Tuple[Tuple[str, ...], ...]] = ()
    #: Python names the constructor takes positionally (and requires), in the original client's order.
    _positional: ClassVar[Tuple[str, ...]] = ()
    #: Wire name -> the value the constructor (and decoding) fills in when the field is absent, as the
    #: original client's did: a required field's only enum value (``source_type="image_url"``) or default.
    _defaults: ClassVar[Dict[str, Any]] = {}

    # The original client's class attributes, each computed from the declarations on first read
    # (``attach_tables`` below gives every model base the descriptors).
    openapi_types: ClassVar[Dict[str, Tuple[Any, ...]]]
    attribute_map: ClassVar[Dict[str, str]]
    allowed_values: ClassVar[Dict[Tuple[str], Dict[str, Any]]]
    validations: ClassVar[Dict[Tuple[str], Dict[str, Any]]]
    discriminator: ClassVar[Optional[Dict[str, Dict[str, Any]]]]
    read_only_vars: ClassVar["set[str]"]
    additional_properties_type: ClassVar[Optional[Tuple[Any, ...]]]
    required_properties: ClassVar["set[str]"]
    _nullable: ClassVar[bool] = False

    # Derived from the class's Field declarations on first use, by _ModelMeta / _setup:
    _fields: ClassVar[Tuple[FieldInfo, ...]]
    _by_py: ClassVar[Dict[str, FieldInfo]]
    _by_wire: ClassVar[Dict[str, FieldInfo]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__
        if "_discriminator" in own and cls.__new__ is object.__new__:  # not for unions
            from pinterest_client._unions import discriminated_new

            type.__setattr__(cls, "__new__", discriminated_new)
        # Tables are built lazily, except for a subclass of a concrete model, which must not
        # inherit its parent's tables.
        bases = cls.__bases__
        if len(bases) != 1 or not bases[0].__dict__.get("_framework_"):
            _setup(cls)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The first construction of each class (it then has its own compiled constructor) and the
        # framework bases come here; the constructors' module is loaded by the first model built.
        from pinterest_client._constructors import construct

        construct(self, args, kwargs)

    # -- reading ------------------------------------------------------------------------------

    if not TYPE_CHECKING:  # (type checkers then know which attributes a model has)

        def __getattr__(self, name: str) -> Any:  # only called when normal lookup fails
            if name in type(self)._by_py:
                return None
            from pinterest_client.exceptions import ApiAttributeError

            raise ApiAttributeError(f"{type(self).__name__} has no attribute {name!r}")

    def _wire_key(self, key: str) -> str:
        return _key_of(self, key)

    def __getitem__(self, key: str) -> Any:
        try:
            return self.__dict__[_key_of(self, key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key: str, value: Any) -> None:
        self.__dict__[_key_of(self, key)] = value

    def __delitem__(self, key: str) -> None:
        try:
            del self.__dict__[_key_of(self, key)]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and _key_of(self, key) in self.__dict__

    def get(self, name: str, default: Any = None) -> Any:
        """``model[name]`` or ``default`` when the field is not set."""
        return self.__dict__.get(_key_of(self, name), default)

    def set_attribute(self, name: str, value: Any) -> None:
        """(original client) ``model[name] = value``."""
        self[name] = value

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        from pinterest_client._display import model_repr

        return model_repr(self)

    def _repr_html_(self) -> str:
        """The notebook view: a table of fields as a person reads them (secrets redacted)."""
        from pinterest_client._display import html_table

        return html_table(self)

    # -- the mapping protocol (read-only view of the wire data, like the dicts the original returned) --

    if TYPE_CHECKING:  # (101 schemas have a field called ``items``, 14 ``values``: checkers see the field)

        def keys(self) -> List[str]: ...

    else:
        keys = _MappingMethod("keys")
        values = _MappingMethod("values")
        items = _MappingMethod("items")

    def __iter__(self) -> Iterator[str]:
        return iter(_wire_keys(self))

    def __len__(self) -> int:
        return len(self.__dict__)

    def __bool__(self) -> bool:
        return True  # a model is an object first: an empty one is not false

    def __str__(self) -> str:
        return self.to_str()

    # -- serialising ----------------------------------------------------------------------------

    def to_dict(self) -> Dict[str, Any]:
        """The model as a dict, as the original client gave it: Python names (``gender``, not
        ``GENDER``), nested models as dicts, enums as their values, dates as ``datetime`` objects;
        unknown fields included. :meth:`to_wire` gives the JSON-ready form that is sent."""
        by_wire = type(self)._by_wire
        out = {}
        for key, value in self.__dict__.items():
            if key.startswith(_MANGLE):
                key = key[1:]
            field = by_wire.get(key)
            out[key if field is None else field.py] = value if type(value) in _PLAIN else _python_value(value)
        return out

    def to_wire(self) -> Dict[str, Any]:
        """The model as JSON-ready data with wire names (what a request body carries), unknown
        fields included."""
        from pinterest_client._encode import to_jsonable  # (the encoders load with the first encoding)

        out = {}
        for key, value in self.__dict__.items():
            if key.startswith(_MANGLE):
                key = key[1:]
            out[key] = value if type(value) in _PLAIN else to_jsonable(value)
        return out

    def to_json(self, indent: Optional[int] = None) -> str:
        import json

        return json.dumps(self.to_wire(), indent=indent)

    def to_str(self) -> str:
        """The pretty-printed :meth:`to_dict`, as the original client printed models (secrets redacted)."""
        import pprint

        from pinterest_client._display import redacted

        return pprint.pformat(redacted(self.to_dict()))

    def validate(self) -> None:
        """Check this model as a request body would be checked; raises on the first problem."""
        from pinterest_client._encode import _wire_encoder

        try:
            _wire_encoder(type(self))(self, False)
        except _Invalid as bad:
            raise bad.error(type(self).__name__) from None

    # -- decoding -------------------------------------------------------------------------------

    @classmethod
    def from_dict(cls: Type[M], data: Dict[str, Any]) -> M:
        """Build a model from wire data (a ``dict`` with JSON names); lenient like responses."""
        return cls._from_wire(_copy_json(data))  # type: ignore[no-any-return]

    @classmethod
    def from_json(cls: Type[M], text: "str | bytes") -> M:
        import json

        return cls._from_wire(json.loads(text))  # type: ignore[no-any-return]

    @classmethod
    def _from_wire(cls, data: Any) -> Any:
        """Decode ``json.loads`` output, taking ownership of ``data`` (it becomes ``__dict__``)."""
        return _class_decoder(cls)(data)

    @classmethod
    def _from_openapi_data(cls: Type[M], *args: Any, **kwargs: Any) -> M:
        """The original client's constructor for server data: like the constructor (required
        properties may come positionally, wire names are accepted, read-only fields too), then
        decoded leniently like a response."""
        if args:
            from pinterest_client._constructors import bind_positional

            kwargs = bind_positional(cls, args, kwargs)
        data = {}
        for name, value in kwargs.items():
            if name in _ORIGINAL_OPTIONS:
                continue
            field = cls._by_py.get(name) or cls._by_wire.get(name)
            data[field.wire if field is not None else name] = value
        return cls.from_dict(data)  # (which fills in the class's _defaults, as decoding does)

    _new_from_openapi_data = _from_openapi_data


attach_tables(Model)
#: Attribute names of the base classes (other than the mapping methods, which data may hide: see
#: :class:`_MappingMethod`).
_BASE_RESERVED = (frozenset(n for n in dir(Model) if not n.startswith("__")) | _TABLES) - _MAPPING_METHODS

#: No key is stored under a prefixed name (``_MANGLE``) any more, since data cannot hide a model's
#: methods (:class:`_Shielded`); readers still strip the prefix from keys of older pickles.


class _Shielded:
    """A method of every model (``to_dict``, ``get``, ``from_dict``...) that data cannot hide.

    A model's ``__dict__`` is its wire data, so a response key called ``to_dict`` sits where an
    instance attribute would; being a data descriptor, this is found before the instance's
    ``__dict__``, so ``model.to_dict()`` stays the method while the key is stored as it is (read
    with ``model["to_dict"]``). Decoding therefore never has to look for such keys. Assigning the
    attribute on an instance sets the data key (as it did when it hid the method)."""

    __slots__ = ("name", "attr", "bind")

    def __init__(self, name: str, attr: Any) -> None:
        self.name, self.attr = name, attr
        self.bind = type(attr).__get__

    def __get__(self, obj: Any, cls: Any = None) -> Any:
        return self.bind(self.attr, obj, cls)

    def __set__(self, obj: Any, value: Any) -> None:
        obj.__dict__[self.name] = value

    def __delete__(self, obj: Any) -> None:
        try:
            del obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name) from None


def _shield_methods(cls: Any) -> None:
    """Wrap the methods of a model base in :class:`_Shielded` (data descriptors, such as the
    original client's tables, need nothing)."""
    for name in _BASE_RESERVED:
        attr = next((klass.__dict__[name] for klass in cls.__mro__ if name in klass.__dict__), None)
        kind = type(attr)
        if hasattr(kind, "__get__") and not (hasattr(kind, "__set__") or hasattr(kind, "__delete__")):
            type.__setattr__(cls, name, _Shielded(name, attr))


_shield_methods(Model)


def discard_unknown_keys(value: Any) -> None:
    """Drop, in place, the undeclared keys of every model under ``value`` whose schema forbids
    additional properties: the original client's ``Configuration.discard_unknown_keys``."""
    if isinstance(value, Model):
        cls = type(value)
        if cls._additional is None:
            declared = cls._by_wire
            for key in [k for k in value.__dict__ if (k[1:] if k.startswith(_MANGLE) else k) not in declared]:
                del value.__dict__[key]
        for item in value.__dict__.values():
            discard_unknown_keys(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            discard_unknown_keys(item)
    elif isinstance(value, dict):
        for item in value.values():
            discard_unknown_keys(item)


def _python_value(value: Any) -> Any:
    """A value as :meth:`Model.to_dict` gives it: models as dicts, enums as values, the rest as is."""
    if isinstance(value, (Model, ModelList)):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _python_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_python_value(v) for v in value]
    return value


def _copy_json(value: Any) -> Any:
    if isinstance(value, Model):
        return value.to_wire()
    if isinstance(value, dict):
        return {k: _copy_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_copy_json(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    return value


if TYPE_CHECKING:
    _AnyList = List[Any]  # what checkers see as the base: a list of any items
else:
    _AnyList = list


class ModelList(_AnyList):
    """Base of array schemas (``AdAccountAnalyticsResponse`` is a list of typed rows)."""

    _item_type: ClassVar[str] = "any"
    _checks: ClassVar[Dict[str, Any]] = {}
    #: Whether the schema allows ``null`` (the original's class attribute of the same name).
    _nullable: ClassVar[bool] = False

    @classmethod
    def _from_wire(cls, data: Any) -> Any:
        if type(data) is not list:
            return data
        decoder = decoder_for(cls._item_type)
        return cls(data if decoder is None else [decoder(v) for v in data])

    @classmethod
    def from_dict(cls, data: List[Any]) -> Any:
        return cls._from_wire(_copy_json(data))

    @classmethod
    def _wire(cls, value: Any, response: bool = False) -> Any:
        from pinterest_client._encode import _encoder

        return _encoder(f"list[{cls._item_type}]", cls._checks or None)(value, response)

    def to_dict(self) -> List[Any]:
        """The items as the original client gave them (see :meth:`Model.to_dict`)."""
        return [_python_value(v) for v in self]

    def to_wire(self) -> List[Any]:
        from pinterest_client._encode import to_jsonable

        return [to_jsonable(v) for v in self]

    def to_json(self, indent: Optional[int] = None) -> str:
        import json

        return json.dumps(self.to_wire(), indent=indent)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list.__repr__(self)})"


# Array schemas were the original's single-value models (``ModelSimple``): they have its class
# attributes too (``AdAccountAnalyticsResponse.openapi_types``; enums get them in ``_enums``).
attach_tables(ModelList)
