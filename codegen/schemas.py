"""Schemas -> model definitions and type strings.

Every component schema becomes one definition; every inline object schema gets a deterministic
name from where it is defined (``BulkDownloadRequest.campaign_filter`` -> ``BulkDownloadRequestCampaignFilter``,
array items -> ``...Item``, the paginated response of ``boards/list`` -> ``BoardsListResponse``).
Names are assigned in a first pass over each schema's own tree, so a property inherited through
``allOf`` keeps the name of the schema that defined it.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Dict, List, Optional, Set, Tuple

from codegen import naming
from codegen.spec import LEGACY_MARK, Spec

CHECK_KEYS = {
    "minLength": "min_length",
    "maxLength": "max_length",
    "pattern": "pattern",
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
    "minItems": "min_items",
    "maxItems": "max_items",
    "minProperties": "min_properties",
    "maxProperties": "max_properties",
}


#: ``(type, format)`` of a scalar schema -> (runtime type string, Python annotation).
SCALARS: Dict[Tuple[Optional[str], Optional[str]], Tuple[str, str]] = {
    ("string", None): ("str", "str"),
    ("string", "date-time"): ("datetime", "datetime.datetime"),
    ("string", "date"): ("date", "datetime.date"),
    ("string", "binary"): ("file", "Any"),
    ("integer", None): ("int", "int"),
    ("number", None): ("float", "float"),
    ("boolean", None): ("bool", "bool"),
}


@dataclasses.dataclass
class TypeInfo:
    """How a schema appears in Python: the runtime type string, the annotation, the checks."""

    runtime: str
    annotation: str
    checks: Dict[str, Any] = dataclasses.field(default_factory=dict)
    nullable: bool = False
    refs: Set[str] = dataclasses.field(default_factory=set)  # generated classes the annotation names
    #: For a ``oneOf`` of enums whose branches overlap: the values in exactly one branch, which is what
    #: a strict JSON Schema validator accepts (the SDK itself accepts all of ``checks["enum"]``).
    exclusive: Tuple[Any, ...] = ()


@dataclasses.dataclass
class FieldDef:
    wire: str
    py: str
    type: TypeInfo
    required: bool
    read_only: bool
    description: str
    default: Any = None
    example: Any = None
    deprecated: bool = False


@dataclasses.dataclass
class ModelDef:
    name: str
    kind: str  # object | enum | union | list | alias
    description: str
    source: str  # "component schema X" or "inline in ..."
    fields: List[FieldDef] = dataclasses.field(default_factory=list)
    additional: Optional[TypeInfo] = None  # None: additionalProperties false
    discriminator: Optional[Tuple[str, Dict[str, str]]] = None
    variants: List[TypeInfo] = dataclasses.field(default_factory=list)
    enum_values: List[Any] = dataclasses.field(default_factory=list)
    enum_base: str = "str"
    item: Optional[TypeInfo] = None  # list kind
    alias: Optional[TypeInfo] = None  # alias kind
    checks: Dict[str, Any] = dataclasses.field(default_factory=dict)
    #: object kind: groups of properties of which at least one must be all present (``anyOf``
    #: branches that differ only in what they require).
    required_any: List[Tuple[str, ...]] = dataclasses.field(default_factory=list)
    deprecated: bool = False
    example: Any = None
    #: object kind: the Python names the constructor takes positionally, in the original client's
    #: order (required, writable properties without a default or fixed value, in declaration order;
    #: none for a schema composed with ``allOf``/``anyOf``/``oneOf``, as the original did).
    positional: List[str] = dataclasses.field(default_factory=list)
    #: object kind: what the constructor fills in, by wire name, when it is not given (as the original
    #: client's did): a required, writable property's only enum value (``source_type="image_url"``)
    #: or its scalar default (``token_type="bearer"``).
    defaults: Dict[str, Any] = dataclasses.field(default_factory=dict)
    #: For an inline schema: the class whose module defines this one too (``None``: its own module).
    owner: Optional[str] = None
    #: The schema allows ``null`` (rendered as ``_nullable = True`` on object and array classes).
    nullable: bool = False

    @property
    def module(self) -> str:
        """The module named after the class (``model/board.py``): where the original had it."""
        return naming.module_name(self.name)

    @property
    def home(self) -> str:
        """The module that defines the class: its own, or its owner's for an inline schema."""
        return naming.module_name(self.owner or self.name)


def _doc(schema: Dict[str, Any]) -> str:
    text = str(schema.get("description") or schema.get("title") or "").strip()
    legacy = schema.get(LEGACY_MARK)
    if legacy:
        note = (
            f"Deprecated: from Pinterest's spec {legacy}, no longer in the current spec; "
            "kept for code written against the original client."
        )
        text = f"{note}\n\n{text}" if text else note
    return text


#: Keywords that give a schema structure; an ``allOf`` part without them only annotates.
STRUCTURAL = (
    "properties",
    "required",
    "items",
    "allOf",
    "oneOf",
    "anyOf",
    "additionalProperties",
    "discriminator",
    "$ref",
    "enum",
)


def wrapped_schema(schema: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    """For ``allOf: [X, {description/default/...}]`` (one structural part, the rest annotations,
    nothing structural beside the allOf), the part ``X``; when no part is structural
    (``{type: boolean, allOf: [{type: boolean, description: ...}]}``), the merged annotations;
    else ``None``."""
    parts = schema.get("allOf")
    if not parts or any(k in schema for k in STRUCTURAL if k != "allOf"):
        return None
    structural = [p for p in parts if not isinstance(p, dict) or any(k in p for k in STRUCTURAL)]
    if not structural:
        return annotations_of(schema)
    return structural[0] if len(structural) == 1 else None


def annotations_of(schema: Dict[str, Any]) -> Dict[str, Any]:
    """The annotation keywords of a wrapper and its annotation-only parts, merged."""
    merged = {k: v for k, v in schema.items() if k != "allOf"}
    for part in schema.get("allOf") or ():
        if isinstance(part, dict) and not any(k in part for k in STRUCTURAL):
            merged.update(part)
    return merged


def is_object_like(schema: Dict[str, Any]) -> bool:
    return bool(
        schema.get("properties")
        or schema.get("allOf")
        or schema.get("oneOf")
        or schema.get("anyOf")
        or schema.get("discriminator")
    )


class Registry:
    """All model definitions of a spec."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.models: Dict[str, ModelDef] = {}
        self._names: Dict[int, str] = {}  # id(inline schema) -> class name
        self._component_of: Dict[int, str] = {}  # id(component schema) -> class name
        self._taken: Set[str] = set()
        self._seed_by_class: Optional[Dict[str, Dict[str, Any]]] = None
        self._owners: Dict[int, str] = {}  # id(inline schema) -> class whose module defines it
        for schema_name, schema in spec.schemas.items():
            cls = naming.class_name(schema_name)
            self._component_of[id(schema)] = cls
            self._taken.add(cls)
        for schema_name in sorted(spec.schemas):
            cls = naming.class_name(schema_name)
            self._name_inline(spec.schemas[schema_name], cls, top=True, owner=cls)

    # -- pass 1: names ------------------------------------------------------------------------

    def unique(self, wanted: str) -> str:
        name, n = wanted, 2
        while name in self._taken:
            name, n = f"{wanted}{n}", n + 1
        self._taken.add(name)
        return name

    def _name_inline(self, schema: Any, name: str, top: bool = False, owner: str = "") -> None:
        """Give every inline object schema under ``schema`` a class name (not following refs), and
        remember the class ``owner`` whose module will define it."""
        if not isinstance(schema, dict) or "$ref" in schema:
            return
        if not top and self._needs_class(schema) and id(schema) not in self._names:
            name = self.unique(name)
            self._names[id(schema)] = name
            self._owners[id(schema)] = owner
        for prop, sub in (schema.get("properties") or {}).items():
            self._name_inline(sub, name + naming.camel(prop), owner=owner)
        if isinstance(schema.get("items"), dict):
            self._name_inline(schema["items"], name + "Item", owner=owner)
        if isinstance(schema.get("additionalProperties"), dict):
            self._name_inline(schema["additionalProperties"], name + "Value", owner=owner)
        for part in schema.get("allOf") or ():
            self._name_inline(part, name, top=True, owner=owner)  # flattened into this class
        for key in ("oneOf", "anyOf"):
            for i, part in enumerate(schema.get(key) or ()):
                title = part.get("title") if isinstance(part, dict) else None
                self._name_inline(part, name + (naming.camel(title) if title else f"Option{i + 1}"), owner=owner)

    def _needs_class(self, schema: Dict[str, Any]) -> bool:
        if wrapped_schema(schema) is not None:
            return False  # allOf: [$ref, annotations] wrapper
        if schema.get("oneOf") or schema.get("anyOf"):
            return self._union_of_objects(schema)
        return is_object_like(schema)

    def _union_of_objects(self, schema: Dict[str, Any]) -> bool:
        parts = schema.get("oneOf") or schema.get("anyOf") or []
        return any(self._resolves_to_object(p) for p in parts)

    def _resolves_to_object(self, schema: Any) -> bool:
        target = self.spec.deref(schema)
        return isinstance(target, dict) and (
            is_object_like(target) or target.get("type") == "object" and "enum" not in target
        )

    def name_for(self, schema: Dict[str, Any], wanted: str) -> str:
        """The class name of an inline schema met outside component schemas (operations)."""
        key = id(schema)
        if key not in self._names:
            self._names[key] = self.unique(wanted)
            self._name_inline(schema, self._names[key], top=True, owner=self._names[key])
        return self._names[key]

    # -- pass 2: definitions ------------------------------------------------------------------

    def build_components(self) -> None:
        for schema_name in sorted(self.spec.schemas):
            schema = self.spec.schemas[schema_name]
            self._define(schema, naming.class_name(schema_name), f"component schema `{schema_name}`")

    def type_of(self, schema: Any, context: str) -> TypeInfo:
        """The :class:`TypeInfo` of a property/parameter/body schema; ``context`` names inline
        classes created for it if pass 1 did not."""
        if not isinstance(schema, dict):
            return TypeInfo("any", "Any")
        if "$ref" in schema:
            target = self.spec.deref(schema)
            cls = self._component_of.get(id(target))
            if cls is None:
                return self.type_of(target, context)
            return self._component_type(target, cls)
        nullable = bool(schema.get("nullable"))
        inner = wrapped_schema(schema)
        if inner is not None:
            info = self.type_of(inner, context)
            notes = annotations_of(schema)
            return dataclasses.replace(
                info, nullable=info.nullable or bool(notes.get("nullable")), checks={**info.checks, **_checks(notes)}
            )
        if self._needs_class(schema):
            cls = self._names.get(id(schema)) or self.name_for(schema, context)
            self._define(schema, cls, "inline schema")
            return TypeInfo(cls, cls, nullable=nullable, refs={cls})
        if schema.get("oneOf") or schema.get("anyOf"):
            return self._primitive_union(schema, context, nullable)
        kind = schema.get("type") or ("array" if "items" in schema else None)
        fmt = schema.get("format")
        checks = _checks(schema)
        if "enum" in schema:
            checks["enum"] = tuple(v for v in schema["enum"] if v is not None)
        if kind == "array":
            item = self.type_of(schema.get("items", {}), context + "Item")
            if item.checks:
                checks["items"] = item.checks
            return TypeInfo(
                f"list[{item.runtime}]", f"List[{item.annotation}]", checks, nullable, set(item.refs), item.exclusive
            )
        if kind == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties", True)
            value = self.type_of(extra, context + "Value") if isinstance(extra, dict) else TypeInfo("any", "Any")
            return TypeInfo(
                f"dict[{value.runtime}]", f"Dict[str, {value.annotation}]", checks, nullable, set(value.refs)
            )
        runtime, annotation = SCALARS.get((kind, fmt)) or SCALARS.get((kind, None)) or ("any", "Any")
        return TypeInfo(runtime, annotation, checks, nullable)

    def _component_type(self, target: Dict[str, Any], cls: str) -> TypeInfo:
        model = self._define(target, cls, None)
        nullable = bool(target.get("nullable"))
        if model.kind == "alias" and model.alias is not None:
            return dataclasses.replace(model.alias, refs=set(model.alias.refs))
        if model.kind == "enum":
            return TypeInfo(cls, f"Union[{cls}, {model.enum_base}]", nullable=nullable, refs={cls})
        if model.kind == "list" and model.item is not None:
            # Decodes into the typed list class (a list subclass); callers may pass any list.
            return TypeInfo(cls, f"List[{model.item.annotation}]", nullable=nullable, refs=set(model.item.refs))
        return TypeInfo(cls, cls, nullable=nullable, refs={cls})

    def _primitive_union(self, schema: Dict[str, Any], context: str, nullable: bool) -> TypeInfo:
        parts = [self.type_of(p, context) for p in schema.get("oneOf") or schema.get("anyOf") or ()]
        runtimes = {
            p.runtime if p.runtime in ("str", "int", "float", "bool") else "enum" if p.refs else p.runtime
            for p in parts
        }
        refs = set().union(*(p.refs for p in parts)) if parts else set()
        if runtimes <= {"str", "enum"}:
            choices = [self._choices(p) for p in parts]
            checks = {}
            exclusive: Tuple[Any, ...] = ()
            if parts and all(choices):  # every branch is an enum: the union of their values
                values = [v for c in choices for v in c]
                checks["enum"] = tuple(dict.fromkeys(values))
                if schema.get("oneOf"):
                    exclusive = tuple(v for v in checks["enum"] if values.count(v) == 1)
            return TypeInfo("str", "str", checks, nullable=nullable, exclusive=exclusive)
        annotation = "Union[" + ", ".join(dict.fromkeys(p.annotation for p in parts)) + "]" if parts else "Any"
        return TypeInfo("any", annotation, nullable=nullable, refs=refs)

    def _choices(self, info: TypeInfo) -> Tuple[Any, ...]:
        """The allowed values of a string type (inline ``enum`` or an enum class), else ``()``."""
        if "enum" in info.checks:
            return tuple(info.checks["enum"])
        model = self.models.get(info.runtime)
        return tuple(model.enum_values) if model is not None and model.kind == "enum" else ()

    def _define(self, schema: Dict[str, Any], cls: str, source: Optional[str]) -> ModelDef:
        existing = self.models.get(cls)
        if existing is not None:
            return existing
        model = ModelDef(
            cls, "object", _doc(schema), source or "component schema", deprecated=bool(schema.get("deprecated"))
        )
        model.example = schema.get("example")
        owner = self._owners.get(id(schema))
        model.owner = owner if owner and owner != cls else None
        model.nullable = bool(schema.get("nullable"))
        self.models[cls] = model  # before recursing: cycles terminate here
        if "enum" in schema and schema.get("type") in ("string", "integer", "number", None):
            model.kind = "enum"
            model.enum_values = [v for v in schema["enum"] if v is not None]
            model.enum_base = {"integer": "int", "number": "float"}.get(str(schema.get("type")), "str")
        elif wrapped_schema(schema) is not None:
            model.kind = "alias"
            model.alias = self.type_of(schema, cls)
        elif groups := self._required_alternatives(schema):
            self._define_object(model, self.spec.deref(schema["anyOf"][0]))
            model.required_any = groups
        elif schema.get("oneOf") or schema.get("anyOf"):
            if self._union_of_objects(schema):
                self._define_union(model, schema)
            else:
                model.kind = "alias"
                model.alias = self._primitive_union(schema, cls, bool(schema.get("nullable")))
        elif is_object_like(schema) or schema.get("type") == "object" or "additionalProperties" in schema:
            self._define_object(model, schema)
        elif schema.get("type") == "array":
            model.kind = "list"
            model.item = self.type_of(schema.get("items", {}), cls + "Item")
            model.checks = _checks(schema)
            if model.item.checks:
                model.checks["items"] = model.item.checks
        else:
            model.kind = "alias"
            model.alias = self.type_of({k: v for k, v in schema.items() if k != "title"}, cls)
        return model

    def _required_alternatives(self, schema: Dict[str, Any]) -> List[Tuple[str, ...]]:
        """For an ``anyOf`` whose branches are all the same schema, each requiring other properties
        (``ConversionEventsUserData``: "at least one of em, hashed_maids, or client_ip_address and
        client_user_agent"), the groups of required properties; else ``[]``."""
        parts = schema.get("anyOf") or []
        if schema.get("oneOf") or schema.get("properties") or not parts:
            return []
        if not all(isinstance(p, dict) and "$ref" in p and p.get("required") for p in parts):
            return []
        if len({id(self.spec.deref(p)) for p in parts}) != 1:
            return []
        return [tuple(p["required"]) for p in parts]

    def _define_union(self, model: ModelDef, schema: Dict[str, Any]) -> None:
        model.kind = "union"
        parts = schema.get("oneOf") or schema.get("anyOf") or []
        for i, part in enumerate(parts):
            title = part.get("title") if isinstance(part, dict) else None
            info = self.type_of(part, model.name + (naming.camel(title) if title else f"Option{i + 1}"))
            if info.runtime not in [v.runtime for v in model.variants]:
                model.variants.append(info)
        model.discriminator = self._discriminator(schema)
        # Properties declared beside oneOf apply to every variant: keep them for docs.
        if schema.get("properties"):
            self._collect(model, schema, set())
        if model.discriminator:
            self._give_variants_the_discriminator(model)

    def _give_variants_the_discriminator(self, union: ModelDef) -> None:
        """A discriminator declared only on the union still has to be sent: make it a field of
        every mapped variant that lacks it (required, limited to the values mapping to it)."""
        assert union.discriminator is not None
        prop, mapping = union.discriminator
        for cls in dict.fromkeys(mapping.values()):
            variant = self.models.get(cls)
            if variant is None or variant.kind != "object" or any(f.wire == prop for f in variant.fields):
                continue
            values = tuple(v for v, target in mapping.items() if target == cls)
            info = TypeInfo("str", "str", {"enum": values})
            variant.fields.insert(
                0,
                FieldDef(
                    prop,
                    naming.field_name(prop),
                    info,
                    True,
                    False,
                    f"Discriminator: one of {', '.join(map(repr, values))}.",
                ),
            )

    def _define_object(self, model: ModelDef, schema: Dict[str, Any]) -> None:
        model.kind = "object"
        model.checks = _checks(schema)
        self._collect(model, schema, set())
        model.discriminator = self._discriminator(schema)
        extra = self._additional_of(schema)
        model.additional = extra
        model.positional = self._positional(model, schema)
        model.defaults = {f.wire: value for f in model.fields for value in _constructor_default(f)}

    def _positional(self, model: ModelDef, schema: Dict[str, Any]) -> List[str]:
        """:attr:`ModelDef.positional`: taken from the seed-era spec when the schema is there (the
        current spec lists properties alphabetically, the original client used the old order)."""
        seed = self.spec.seed
        seed_schema = self._seed_schemas().get(model.name) if seed is not None else None
        if seed is not None and seed_schema is not None and seed_schema is not schema:
            if any(seed_schema.get(k) for k in ("allOf", "anyOf", "oneOf")):
                return []
            required = set(seed_schema.get("required") or ())
            names = {f.wire: f.py for f in model.fields}
            out = []
            for wire, prop in (seed_schema.get("properties") or {}).items():
                target = seed.deref(prop) if isinstance(prop, dict) else {}
                fixed = len(target.get("enum") or ()) == 1
                writable = not (prop.get("readOnly") or target.get("readOnly"))
                no_default = "default" not in prop and "default" not in target
                if wire in required and wire in names and writable and no_default and not fixed:
                    out.append(names[wire])
            return out
        if any(schema.get(k) for k in ("allOf", "anyOf", "oneOf")):
            return []
        return [f.py for f in model.fields if _constructor_requires(f)]

    def _seed_schemas(self) -> Dict[str, Dict[str, Any]]:
        """Class name -> schema of the seed-era spec (computed once)."""
        if self._seed_by_class is None:
            seed = self.spec.seed
            schemas = seed.schemas if seed is not None else {}
            self._seed_by_class = {naming.class_name(n): s for n, s in schemas.items()}
        return self._seed_by_class

    def _additional_of(self, schema: Dict[str, Any]) -> Optional[TypeInfo]:
        extra = schema.get("additionalProperties", True)
        for part in schema.get("allOf") or ():
            target = self.spec.deref(part)
            if isinstance(target, dict) and target.get("additionalProperties") is False:
                extra = False
        if extra is False:
            return None
        if isinstance(extra, dict):
            return self.type_of(extra, self._names.get(id(schema), "") + "Value")
        return TypeInfo("any", "Any")

    def _discriminator(self, schema: Dict[str, Any]) -> Optional[Tuple[str, Dict[str, str]]]:
        disc = schema.get("discriminator")
        if not disc or not disc.get("mapping"):
            return None
        mapping = {}
        for value, ref in disc["mapping"].items():
            target = self.spec.deref({"$ref": ref})
            cls = self._component_of.get(id(target))
            if cls is not None:
                self._define(target, cls, None)
                mapping[str(value)] = cls
        return (disc["propertyName"], mapping)

    def _collect(self, model: ModelDef, schema: Dict[str, Any], seen: Set[int]) -> None:
        """Flatten ``allOf`` parts and properties into ``model.fields`` (a later definition of a
        property refines an earlier one; ``required`` accumulates over every part)."""
        required: Set[str] = set()
        self._collect_part(model, schema, seen, required)
        for field in model.fields:
            if field.wire in required:
                field.required = True

    def _collect_part(self, model: ModelDef, schema: Dict[str, Any], seen: Set[int], required: Set[str]) -> None:
        if id(schema) in seen:
            return
        seen.add(id(schema))
        for part in schema.get("allOf") or ():
            target = self.spec.deref(part)
            if isinstance(target, dict):
                self._collect_part(model, target, seen, required)
        by_wire = {f.wire: f for f in model.fields}
        required.update(schema.get("required") or ())
        owner = self._component_of.get(id(schema)) or self._names.get(id(schema)) or model.name
        for wire, prop in (schema.get("properties") or {}).items():
            info = self.type_of(prop, owner + naming.camel(wire))
            target = self.spec.deref(prop) if isinstance(prop, dict) else {}
            field = FieldDef(
                wire=wire,
                py=naming.field_name(wire),
                type=info,
                required=False,
                read_only=bool(prop.get("readOnly") or target.get("readOnly")),
                description=_doc(prop) or _doc(target),
                default=prop.get("default", target.get("default")),
                example=prop.get("example", target.get("example")),
                deprecated=bool(prop.get("deprecated")),
            )
            earlier = by_wire.get(wire)
            if earlier is None:
                model.fields.append(field)
            else:  # a later allOf part refines the property; keep its place and any description
                field.description = field.description or earlier.description
                field.read_only = field.read_only or earlier.read_only
                model.fields[model.fields.index(earlier)] = field
            by_wire[wire] = field


def _implied_value(field: FieldDef) -> Any:
    """What the spec says ``field`` is when not given: its only enum value, else its default (or ``None``)."""
    values = field.type.checks.get("enum", ())
    return values[0] if len(values) == 1 else field.default


def _constructor_default(field: FieldDef) -> Tuple[Any, ...]:
    """``(value,)`` when the original client's constructor filled ``field`` in when not given (a
    required, writable property with an implied value), else ``()``. Only scalars: a default shared
    by every instance must not be mutable."""
    value = _implied_value(field) if field.required and not field.read_only else None
    return (value,) if isinstance(value, (str, int, float, bool)) else ()


def _constructor_requires(field: FieldDef) -> bool:
    """Whether the original client's constructor required ``field`` (positionally)."""
    return field.required and not field.read_only and _implied_value(field) is None


def _checks(schema: Dict[str, Any]) -> Dict[str, Any]:
    out = {}
    for key, name in CHECK_KEYS.items():
        if key in schema and schema[key] is not None and not (key.startswith("exclusive") and schema[key] is False):
            out[name] = schema[key]
    return out
