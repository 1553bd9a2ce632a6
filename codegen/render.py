"""Definitions -> Python source for ``api/``, ``model/``, ``apis/`` and ``models/``."""

from __future__ import annotations

import builtins
import re
import textwrap
from typing import Any, Callable, Dict, Iterable, List, NamedTuple, Optional, Sequence, Set, Tuple

from codegen import compat, naming
from codegen.operations import BodyDef, OperationDef, ParamDef
from codegen.schemas import FieldDef, ModelDef, TypeInfo
from codegen.text import clean

PACKAGE = "pinterest_client"
TYPING_NAMES = ("Any", "Dict", "List", "Literal", "NoReturn", "Optional", "Union")


def header(version: str) -> str:
    return f"# Generated from Pinterest OpenAPI {version} by codegen (python -m codegen). Do not edit.\n"


#: Generated lines are as long as the hand-written code's (ruff's ``line-length``): docstrings and
#: long string arguments are wrapped, and import lines, as isort/ruff would.
LINE_LENGTH = 120


def docstring(text: str, indent: str) -> str:
    """A triple-quoted docstring block for ``text``, cleaned (no HTML, absolute links), its prose
    wrapped to :data:`LINE_LENGTH` columns (:func:`wrap_prose`)."""
    text = clean(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    text = "\n".join(line.rstrip() for line in text.splitlines())
    if text.endswith('"'):
        text += " "
    if "\n" not in text and len(indent) + len(text) + 6 <= LINE_LENGTH:
        return f'{indent}"""{text}"""\n'
    text = wrap_prose(text, LINE_LENGTH - len(indent) - 3)  # (the first line starts after the quotes)
    body = "\n".join((indent + line) if line else "" for line in text.splitlines())
    return f'{indent}"""{body[len(indent) :]}\n{indent}"""\n'


def string_argument(name: str, value: str, indent: str) -> str:
    """``name=value,`` on one line, or, when that is longer than :data:`LINE_LENGTH`, the string
    split at spaces into adjacent literals inside parentheses."""
    line = f"{indent}{name}={value!r},"
    if len(line) <= LINE_LENGTH:
        return line + "\n"
    inner = indent + "    "
    pieces = textwrap.wrap(value, LINE_LENGTH - len(inner) - 3, drop_whitespace=False, break_long_words=False)
    body = "".join(f"{inner}{piece!r}\n" for piece in pieces)
    return f"{indent}{name}=(\n{body}{indent}),\n"


#: A line that starts a list item or a reST field: its wrapped lines are indented past the marker.
_ITEM_START = re.compile(r"^(\s*)([-*+]|\d+[.)]|:\w+(?: [^:]+)?:)\s")


def wrap_prose(text: str, width: int) -> str:
    """``text`` with each line longer than ``width`` wrapped at spaces (a long word or link is
    never broken), the continuation of a list item or a ``:param x:`` field indented under its
    text; table rows and fenced code blocks stay as they are."""
    out: List[str] = []
    fenced = False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        if fenced or len(line) <= width or line.lstrip().startswith(("|", "```")):
            out.append(line)
            continue
        lead, hang = _indents(line)
        out.extend(
            textwrap.wrap(
                line.strip(),
                width,
                initial_indent=lead,
                subsequent_indent=hang,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n".join(out)


def _indents(line: str) -> Tuple[str, str]:
    """The first and the following lines' indentation of ``line`` wrapped: under the item's text
    for a list item, four spaces in for a reST field, the line's own otherwise."""
    item = _ITEM_START.match(line)
    if item is None:
        lead = line[: len(line) - len(line.lstrip())]
        return lead, lead
    lead, marker = item.group(1), item.group(2)
    return lead, lead + (" " * 4 if marker.startswith(":") else " " * (len(item.group(0)) - len(lead)))


class ConstName(str):
    """A constant's name, written in place of the literal it names (see :func:`shared_values`)."""


def literal(value: Any) -> str:
    """Python source for a JSON-ish value (tuples for lists, so metadata stays immutable)."""
    if isinstance(value, ConstName):
        return str(value)
    if isinstance(value, (list, tuple)):
        inner = ", ".join(literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


def kwargs(items: Iterable[Tuple[str, Any]]) -> str:
    return "".join(f", {k}={literal(v)}" for k, v in items)


def typing_imports(annotations: Iterable[str]) -> List[str]:
    text = " ".join(annotations)
    return [n for n in TYPING_NAMES if re.search(rf"\b{n}\[|\b{n}\b", text)]


def annotation_of(info: TypeInfo, optional: bool) -> str:
    return f"Optional[{info.annotation}]" if optional and info.annotation != "Any" else info.annotation


#: The private runtime module generated code imports each runtime name from (as stripe-python's
#: generated code does): ``model_utils``, the public façade over them, loads only when a program
#: imports it. Enum bases come from ``_enums``, which a program loads with its first enum.
RUNTIME_HOMES = {
    "TYPE_CHECKING": "_types",
    "Field": "_types",
    "import_generated": "_types",
    "Model": "_models",
    "UnionModel": "_unions",
    "ModelList": "_models",
    "Enum": "_enums",
    "IntEnum": "_enums",
    "FloatEnum": "_enums",
    "ApiBase": "_operations",
    "Operation": "_operations",
    "Param": "_operations",
    "calls": "_operations",
    "renamed": "_operations",
    "WithHttpInfo": "_operations",
}


def runtime_import_lines(names: Iterable[str], indent: str = "") -> List[str]:
    """``from pinterest_client._<module> import ...`` for runtime ``names``, in ruff's order."""
    homes: Dict[str, List[str]] = {}
    for name in names:
        homes.setdefault(f"{PACKAGE}.{RUNTIME_HOMES[name]}", []).append(name)
    return [
        import_line(module, ", ".join(sorted(names, key=isort_key)), indent) for module, names in sorted(homes.items())
    ]


def import_line(module: str, names: str, indent: str = "") -> str:
    """``from module import names``, wrapped as ruff would: one name per line when too long."""
    line = f"{indent}from {module} import {names}"
    if len(line) <= LINE_LENGTH:
        return line
    inner = "".join(f"{indent}    {name},\n" for name in names.split(", "))
    return f"{indent}from {module} import (\n{inner}{indent})"


def isort_key(name: str) -> Tuple[int, str]:
    """How ruff's isort orders imported names: CONSTANTS, then Classes, then functions, each
    case-insensitively."""
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return kind, name.lower()


def model_import_lines(
    names: Iterable[str],
    module: Callable[[str], str] = naming.module_name,
    indent: str = "    ",
    value_aliases: Iterable[str] = (),
) -> List[str]:
    """``from pinterest_client.model.<module(name)> import Name, ...`` lines, one per module
    (indented by default, for a ``TYPE_CHECKING`` block); ``value_aliases``: enums whose
    :func:`value_alias` is imported too, from the enum's module."""
    by_module: Dict[str, List[str]] = {}
    for name in sorted(set(names), key=isort_key):
        by_module.setdefault(module(name), []).append(name)
    for enum in sorted(set(value_aliases), key=isort_key):
        by_module.setdefault(module(enum), []).append(value_alias(enum))
    return [import_line(f"{PACKAGE}.model.{m}", ", ".join(ns), indent) for m, ns in sorted(by_module.items())]


# ---------------------------------------------------------------------------------------------
# Models: one module per schema (``model/board.py`` defines ``Board``); an inline schema is
# defined next to the schema that owns it, and its own module re-exports it.
# ---------------------------------------------------------------------------------------------


class ModelSource(NamedTuple):
    """One model's definition, and what the module defining it must import for it."""

    code: str
    base: str  # the model_utils class it subclasses ("" for an alias)
    annotations: List[str]  # annotations it spells (for ``typing``/``datetime`` imports)
    refs: Set[str]  # model classes its annotations name
    value_refs: Set[str] = set()  # enums whose value alias (``BoardPrivacyValue``) its annotations name


def model_source(model: ModelDef, enums: Optional[Dict[str, ModelDef]] = None) -> ModelSource:
    """``enums``: the enumeration models by name (a constructor then takes an enum field as the
    enum or a ``Literal`` of its values)."""
    if model.kind == "object":
        return _object(model, enums or {})
    renderer = {"enum": _enum, "union": _union, "list": _list, "alias": _alias}[model.kind]
    return renderer(model)


def value_alias(enum: str) -> str:
    """The name of the ``Literal`` of an enum's values, defined next to it for type checkers."""
    return f"{enum}Value"


def enum_literals(text: str, enums: Dict[str, ModelDef]) -> Tuple[str, Set[str]]:
    """``text`` with each ``Union[<Enum>, str]`` spelt ``Union[<Enum>, <Enum>Value]`` (what a caller
    passes: the enum or one of its values as a literal, so a misspelt value is a type error), and
    the enums it names so."""
    used: Set[str] = set()

    def literal_alias(match: "re.Match[str]") -> str:
        model = enums.get(match.group(1))
        if model is None or model.enum_base != match.group(2):
            return match.group(0)
        used.add(model.name)
        return f"Union[{model.name}, {value_alias(model.name)}]"

    return re.sub(r"Union\[(\w+), (str|int|float)\]", literal_alias, text), used


def render_model_file(
    models: List[ModelDef], home: Callable[[str], str], version: str, enums: Optional[Dict[str, ModelDef]] = None
) -> str:
    """The module defining ``models`` (a schema and the inline schemas it owns). Annotations are
    imported under ``TYPE_CHECKING`` only: at run time the module imports the runtime modules it
    needs (:data:`RUNTIME_HOMES`) and nothing else (an alias imports the classes it names). ``home``
    maps a class to its module; ``enums``: every enumeration model, by name."""
    classes = [model_source(m, enums) for m in models if m.kind != "alias"]
    aliases = [model_source(m) for m in models if m.kind == "alias"]
    here = {m.name for m in models}
    annotations = [a for src in classes for a in src.annotations]
    elsewhere = set().union(*(src.refs for src in classes)) - here
    value_refs = set().union(*(src.value_refs for src in classes)) - here
    out = header(version) + "\nfrom __future__ import annotations\n\n"
    alias_annotations = [a for src in aliases for a in src.annotations]  # these run
    runtime_typing = typing_imports(alias_annotations)
    runtime = ["import datetime"] if any("datetime." in a for a in alias_annotations) else []
    runtime += [f"from typing import {', '.join(runtime_typing)}"] if runtime_typing else []
    out += "".join(line + "\n" for line in runtime) + "\n" * bool(runtime)
    checking = []
    if any("datetime." in a for a in annotations):
        checking.append("    import datetime")
    typing_names = [n for n in typing_imports(annotations) if n not in runtime_typing]
    if typing_names:
        checking.append(f"    from typing import {', '.join(typing_names)}")
    if elsewhere or value_refs:
        checking += [""] * bool(checking) + model_import_lines(elsewhere, home, value_aliases=value_refs)
    imported = set().union(*(src.refs for src in aliases)) - here if aliases else set()
    if classes:
        bases = sorted({src.base for src in classes})
        typed_init = any("if TYPE_CHECKING:" in src.code for src in classes)
        declares = ["Field"] if any("= Field(" in src.code for src in classes) else []
        names = (["TYPE_CHECKING"] if checking or typed_init else []) + bases + declares
        out += "".join(line + "\n" for line in runtime_import_lines(names))
    out += "".join(line + "\n" for line in model_import_lines(imported, home, indent=""))
    if checking:
        out += "\nif TYPE_CHECKING:\n" + "\n".join(checking) + "\n"
    out += "".join("\n\n" + src.code for src in classes)
    imports_anything = bool(classes or runtime or imported)
    out += "".join("\n" * (2 if classes or i else int(imports_anything)) + src.code for i, src in enumerate(aliases))
    return out + f"\n\n__all__ = {literal_list(sorted(here, key=isort_key))}\n"


def render_reexport(model: ModelDef, version: str) -> str:
    """``model/<inline>.py`` for an inline schema defined in its owner's module (an enum's value
    alias too, for type checkers)."""
    out = header(version)
    if model.kind == "enum":
        out += "\nfrom typing import TYPE_CHECKING\n\n"
    out += import_line(f"{PACKAGE}.model.{model.home}", f"{model.name} as {model.name}") + "\n"
    if model.kind == "enum":
        alias = value_alias(model.name)
        reexport = import_line(f"{PACKAGE}.model.{model.home}", f"{alias} as {alias}", "    ")
        out += "\nif TYPE_CHECKING:\n" + reexport + "\n"
    return out + f'\n__all__ = ["{model.name}"]\n'


def literal_list(names: List[str]) -> str:
    return "[" + ", ".join(f'"{n}"' for n in names) + "]"


def _class_doc(model: ModelDef) -> str:
    text = model.description or f"{model.name} ({model.source})."
    if model.deprecated:
        text += "\n\nDeprecated by Pinterest."
    return docstring(text, "    ")


def _declaration(f: FieldDef) -> str:
    """``Field("str", required=True, max_length=180)``: what ``model_utils.Field`` takes."""
    args = [repr(f.type.runtime)]
    if f.py != f.wire:
        args.append(f"wire={f.wire!r}")
    args += [
        f"{flag}=True"
        for flag, on in (("required", f.required), ("nullable", f.type.nullable), ("read_only", f.read_only))
        if on
    ]
    args += [f"{k}={literal(v)}" for k, v in sorted(f.type.checks.items())]
    return f"Field({', '.join(args)})"


def _object(model: ModelDef, enums: Dict[str, ModelDef]) -> ModelSource:
    annotations = [annotation_of(f.type, not f.required or f.type.nullable) for f in model.fields]
    refs: Set[str] = set().union(*(f.type.refs for f in model.fields)) if model.fields else set()
    out = f"class {model.name}(Model):\n"
    out += _class_doc(model)
    for f, annotation in zip(model.fields, annotations):
        out += f"\n    {f.py}: {annotation} = {_declaration(f)}\n"
        if f.description:
            out += docstring(f.description, "    ")
    out += (
        "\n"
        if model.fields
        and (
            model.positional
            or model.defaults
            or model.additional is None
            or model.discriminator
            or model.checks
            or model.required_any
        )
        else ""
    )
    if model.positional:
        out += f"    _positional = {literal(model.positional)}\n"
    if model.defaults:
        out += f"    _defaults = {literal(model.defaults)}\n"
    if model.additional is None:
        out += "    _additional = None\n"
    elif model.additional.runtime != "any":
        out += f"    _additional = {model.additional.runtime!r}\n"
    if model.discriminator:
        out += f"    _discriminator = {literal(model.discriminator)}\n"
    if model.checks:
        out += f"    _checks = {literal(model.checks)}\n"
    if model.required_any:
        out += f"    _required_any = {literal(model.required_any)}\n"
    if model.nullable:
        out += "    _nullable = True\n"
    init, init_annotations = _typed_init(model)
    init, value_refs = enum_literals(init, enums)
    out += init
    return ModelSource(out, "Model", annotations + init_annotations, refs - {model.name}, value_refs)


def _typed_init(model: ModelDef) -> Tuple[str, List[str]]:
    """The constructor's signature for type checkers (``TYPE_CHECKING`` only: at run time the base
    class's ``__init__`` also keeps undeclared keywords, as the original did; checkers flag them)."""
    if not model.fields:
        return "", []
    by_py = {f.py: f for f in model.fields}
    params, annotations = ["self"], []
    for name in model.positional:
        annotation = annotation_of(by_py[name].type, by_py[name].type.nullable)
        params.append(f"{name}: {annotation}")
        annotations.append(annotation)
    keywords = [f for f in model.fields if f.py not in model.positional]
    if keywords:
        params.append("*")
    for f in keywords:
        annotation = annotation_of(f.type, True)
        params.append(f"{f.py}: {annotation} = ...")
        annotations.append(annotation)
    body = "".join(f"            {p},\n" for p in params)
    return f"\n    if TYPE_CHECKING:\n\n        def __init__(\n{body}        ) -> None: ...\n", annotations


def _enum(model: ModelDef) -> ModelSource:
    base = {"str": "Enum", "int": "IntEnum", "float": "FloatEnum"}[model.enum_base]
    out = f"class {model.name}({base}):\n"
    out += _class_doc(model) + "\n"
    for member, value in zip(naming.enum_members(model.enum_values), model.enum_values):
        out += f"    {member} = {value!r}\n"
    values = "Literal[" + ", ".join(repr(v) for v in model.enum_values) + "]"
    out += f"\n\nif TYPE_CHECKING:\n    {value_alias(model.name)} = {values}\n"
    out += docstring(f"What a parameter typed `{model.name}` also takes: one of its values, as is.", "    ")
    return ModelSource(out, base, [values], set())


def _union(model: ModelDef) -> ModelSource:
    variants = [v.runtime for v in model.variants]
    out = f"class {model.name}(UnionModel):\n"
    doc = model.description or f"{model.name} ({model.source})."
    doc += "\n\nOne of: " + ", ".join(f"`{v}`" for v in variants) + "."
    out += docstring(doc, "    ") + "\n"
    out += f"    _variants = {literal(variants)}\n"
    if model.discriminator:
        out += f"    _discriminator = {literal(model.discriminator)}\n"
    return ModelSource(out, "UnionModel", [], set())


def _list(model: ModelDef) -> ModelSource:
    assert model.item is not None
    out = f"class {model.name}(ModelList):\n"
    out += _class_doc(model) + "\n"
    out += f"    _item_type = {model.item.runtime!r}\n"
    if model.nullable:
        out += "    _nullable = True\n"
    if model.checks:
        out += f"    _checks = {literal(model.checks)}\n"
    return ModelSource(out, "ModelList", [], set())


def _alias(model: ModelDef) -> ModelSource:
    assert model.alias is not None
    out = f"{model.name} = {model.alias.annotation}\n"
    out += docstring(model.description or f"{model.name} ({model.source}).", "")
    return ModelSource(out, "", [model.alias.annotation], set(model.alias.refs))


# ---------------------------------------------------------------------------------------------
# APIs
# ---------------------------------------------------------------------------------------------


def _param_annotation(info: TypeInfo, optional: bool, widened: bool = False) -> str:
    annotation = info.annotation
    if info.runtime == "date":
        annotation = "Union[datetime.date, str]"
    elif info.runtime == "datetime":
        annotation = "Union[datetime.datetime, str]"
    elif widened:  # List[X] that older specs took as one X
        annotation = f"Union[{annotation}, {annotation[len('List[') : -1]}]"
    return f"Optional[{annotation}]" if optional else annotation


def _body_type(body: BodyDef) -> str:
    annotation = body.type.annotation
    if body.type.refs and not annotation.startswith(("List[", "Dict[", "Union[")):
        annotation = f"Union[{annotation}, Dict[str, Any]]"
    return annotation


def _body_annotation(body: BodyDef) -> str:
    annotation = _body_type(body)
    return annotation if body.required and not body.seed_optional else f"Optional[{annotation}]"


#: An enumeration of at least this many values is named once, in ``api/_values.py``, not inlined
#: wherever a parameter takes it (the analytics ``columns`` list has some 250 values, in 10 places).
SHARED_MIN_VALUES = 20


def shared_values(ops: Iterable[OperationDef]) -> Dict[Tuple[Any, ...], str]:
    """Every big enumeration parameters take -> the name of its constant (``COLUMNS_VALUES``: the
    parameter's name, numbered when parameters of that name take different values)."""
    names: Dict[Tuple[Any, ...], str] = {}
    for op in ops:
        for p in op.params:
            for values in _enumerations(p.type.checks):
                if len(values) >= SHARED_MIN_VALUES and values not in names:
                    base = naming.snake(p.wire).upper() + "_VALUES"
                    taken = set(names.values())
                    name, n = base, 2
                    while name in taken:
                        name, n = f"{base}_{n}", n + 1
                    names[values] = name
    return names


def _enumerations(checks: Dict[str, Any]) -> Iterable[Tuple[Any, ...]]:
    for key, value in checks.items():
        if key == "enum":
            yield tuple(value)
        elif isinstance(value, dict):
            yield from _enumerations(value)


def _named(checks: Dict[str, Any], shared: Dict[Tuple[Any, ...], str], used: Set[str]) -> Dict[str, Any]:
    """``checks`` with each shared enumeration replaced by its constant's name (noted in ``used``)."""
    out: Dict[str, Any] = {}
    for key, value in checks.items():
        if key == "enum" and tuple(value) in shared:
            out[key] = ConstName(shared[tuple(value)])
            used.add(out[key])
        elif isinstance(value, dict):
            out[key] = _named(value, shared, used)
        else:
            out[key] = value
    return out


def render_shared_values(shared: Dict[Tuple[Any, ...], str], version: str) -> str:
    """``api/_values.py``: the big enumerations the API modules share, each named once."""
    out = header(version)
    out += docstring("Enumerations many operations' parameters share, named once (imported by the API modules).", "")
    for values, name in sorted(shared.items(), key=lambda item: item[1]):
        out += f"\n{name} = {literal(values)}\n"
    return out + f"\n__all__ = {literal_list(sorted(shared.values()))}\n"


def _param_source(
    p: ParamDef, shared: Optional[Dict[Tuple[Any, ...], str]] = None, used: Optional[Set[str]] = None
) -> str:
    opts: List[Tuple[str, Any]] = []
    if p.py != p.wire:
        opts.append(("py", p.py))
    if p.required:
        opts.append(("required", True))
    if p.style and p.style != ("simple" if p.location == "path" else "form"):
        opts.append(("style", p.style))
    if p.explode is not None and p.explode != (p.style in (None, "form") and p.location == "query"):
        opts.append(("explode", p.explode))
    checks = _named(p.type.checks, shared, used if used is not None else set()) if shared else p.type.checks
    opts.extend(sorted(checks.items()))
    return f"        Param({p.wire!r}, {p.location!r}, {p.type.runtime!r}{kwargs(opts)}),\n"


def operation_constant(op: OperationDef) -> str:
    return "_" + op.name.upper()


def _operation_source(
    op: OperationDef, shared: Optional[Dict[Tuple[Any, ...], str]] = None, used: Optional[Set[str]] = None
) -> str:
    out = f"{operation_constant(op)} = Operation(\n"
    out += f"    {op.operation_id!r},\n    {op.http_method!r},\n    {op.path!r},\n"
    if op.params:
        out += "    params=(\n" + "".join("    " + _param_source(p, shared, used) for p in op.params) + "    ),\n"
    if op.body is not None:
        out += f"    body={op.body.type.runtime!r},\n    body_name={op.body.py!r},\n"
        if op.body.required:
            out += "    body_required=True,\n"
        out += f"    content_type={op.body.content_type!r},\n"
    responses = {r.status: (r.type.runtime if r.type else None) for r in op.responses if r.status.startswith("2")}
    out += f"    responses={literal(responses)},\n"
    schemes = list(dict.fromkeys(s for s, _ in op.security))
    if schemes:
        out += f"    security={literal(schemes)},\n"
    if op.idempotent:
        out += "    idempotent=True,\n"
    if op.deprecated:
        out += string_argument("deprecated", op.deprecated, "    ")
    if op.rate_limit_category:
        out += f"    rate_limit_category={op.rate_limit_category!r},\n"
    return out + ")\n"


def _method_doc(op: OperationDef) -> str:
    parts = []
    if op.deprecated:
        parts.append(op.deprecated)
    parts.append(f"{op.summary or op.name} (``{op.http_method} {op.path}``)")
    if op.description and op.description != op.summary:
        parts.append(op.description)
    lines = []
    for p in op.positional + op.keyword:
        desc = " ".join(clean(p.description).split()) or _param_role(p)
        if isinstance(p, BodyDef) and p.seed_optional:
            desc += " Required: it defaults to None only so that calls written for the original client bind."
        lines.append(f":param {p.py}: {desc}")
    lines += _legacy_doc(op)
    ret = op.return_type
    lines.append(f":returns: {ret.annotation if ret else 'None'}")
    parts.append("\n".join(lines))
    return docstring("\n\n".join(parts), "        ")


def _param_role(p: Any) -> str:
    """What a parameter is when the spec does not describe it."""
    if isinstance(p, BodyDef):
        return f"The request body ({p.type.annotation.replace('Dict[str, Any]', 'a dict')})."
    where = {"path": "in the path", "query": "in the query string", "header": "a header"}.get(p.location, p.location)
    return f"``{p.wire}``, {where}."


def _legacy_doc(op: OperationDef) -> List[str]:
    """What the method accepts for code written against the original client (deprecated)."""
    return [f"Deprecated: also accepts {form}." for form in compat.describe(op)]


class Signature(NamedTuple):
    """One signature of a generated method: parameter entries before and after the ``*``."""

    positional: List[str]
    keyword: List[str]
    star: str = "*"  # or ``*legacy_args: Any``: positional arguments in the original client's order

    def source(
        self, name: str, returns: str, decorator: str = "", switches: Sequence[str] = (), options: str = "CallOptions"
    ) -> str:
        """The ``def`` line(s); ``switches``: more keyword-only entries (a stub's call options)
        before ``**options: Unpack[<options>]``."""
        keyword = self.keyword + list(switches)
        star = [self.star] if keyword or self.star != "*" else []
        entries = ["self"] + self.positional + star + keyword
        entries.append(f"**options: Unpack[{options}]")
        head = f"    @{decorator}\n" if decorator else ""
        return head + f"    def {name}(\n" + "".join(f"        {e},\n" for e in entries) + f"    ) -> {returns}:"


def _entry(op: OperationDef, p: Any, keyword: bool, body_default: bool = False) -> str:
    """``name: annotation[ = None]`` for a parameter or the body of ``op``."""
    if isinstance(p, BodyDef):
        optional = keyword or p.seed_optional or body_default
        annotation = _body_annotation(p) if not body_default else f"Optional[{_body_type(p)}]"
        return f"{p.py}: {annotation}" + (" = None" if optional else "")
    widened = op.compat is not None and p.py in op.compat.widened
    annotation = _param_annotation(p.type, keyword, widened)
    return f"{p.py}: {annotation}" + (" = None" if keyword else "")


def primary_signature(op: OperationDef, body_default: bool = False) -> Signature:
    """The method's signature in the current spec's names (``body_default``: its body may also
    come under a legacy name, so the implementation lets it default to ``None``)."""
    return Signature(
        [_entry(op, p, False, body_default) for p in op.positional], [_entry(op, p, True) for p in op.keyword]
    )


def legacy_signatures(op: OperationDef) -> List[Signature]:
    """One more signature per legacy form: of the body (a legacy name, or the form fields), of
    the positional parameters' order."""
    assert op.compat is not None
    out = [_legacy_positional_signature(op)] if op.compat.positional else []
    body = op.body
    if body is None:
        return out
    positional = [_entry(op, p, False) for p in op.positional if p is not body]
    keyword = [_entry(op, p, True) for p in op.keyword if p is not body]
    for alias in op.compat.body_aliases:
        entry = f"{alias}: {_body_type(body)}" if body.required else f"{alias}: Optional[{_body_type(body)}] = None"
        out.append(Signature(positional, [entry] + keyword))
    if op.compat.form_fields:
        (first, first_type), *rest = op.compat.form_fields
        fields = [f"{name}: Optional[{annotation}] = None" for name, annotation in rest]
        out.append(Signature(positional + [f"{first}: {first_type}", "/"], fields + keyword))
        out.append(Signature(positional, [f"{first}: {first_type}"] + fields + keyword))
    return out


def _legacy_positional_signature(op: OperationDef) -> Signature:
    """The original client's order of positional parameters (positional-only, so that keyword
    calls match the current signature)."""
    assert op.compat is not None
    by_name = {p.py: p for p in op.positional + op.keyword}
    order = op.compat.positional
    positional = [_entry(op, by_name[n], False) for n in order] + ["/"]
    return Signature(positional, [_entry(op, p, True) for p in op.keyword if p.py not in order])


def implementation_signature(op: OperationDef) -> Signature:
    """Every name the method binds: the current ones, then the legacy ones (all optional)."""
    sig = primary_signature(op, body_default=op.compat is not None and op.compat.overloads)
    if op.compat is not None and op.compat.positional:
        # Positions from the first one the two orders disagree on take either order's value.
        order = op.compat.positional
        same = next((i for i, p in enumerate(op.positional) if p.py != order[i]), len(op.positional))
        positional = sig.positional[:same] + [e.split(":")[0] + ": Any" for e in sig.positional[same:]]
        sig = Signature(positional, sig.keyword, "*legacy_args: Any")
    if op.compat is None or op.body is None:
        return sig
    if op.compat.form_fields and op.body.required:  # the body's place may hold the first field
        sig.positional[-1] = f"{op.body.py}: Any = None"
    extra = [f"{a}: Optional[{_body_type(op.body)}] = None" for a in op.compat.body_aliases]
    extra += [f"{name}: Optional[{annotation}] = None" for name, annotation in op.compat.form_fields]
    return Signature(sig.positional, sig.keyword + extra)


def _compat_lines(op: OperationDef) -> List[str]:
    """Statements turning the legacy call forms into the current arguments."""
    compat = op.compat
    if compat is None:
        return []
    lines = []
    if compat.body_aliases and op.body is not None:
        legacy = ", ".join(f"{a!r}: {a}" for a in compat.body_aliases)
        lines.append(f"{op.body.py} = renamed({op.name!r}, {op.body.py!r}, {op.body.py}, {{{legacy}}})")
    if compat.form_fields and op.body is not None:
        fields = ", ".join(f"{n!r}: {n}" for n, _ in compat.form_fields)
        first = compat.form_fields[0][0]
        lines.append(f"{op.body.py} = form_body({op.name!r}, {op.body.py!r}, {op.body.py}, {{{fields}}}, {first!r})")
    for name in compat.widened:
        lines.append(f"{name} = one_or_list({op.name!r}, {name!r}, {name})")
    if compat.dropped:
        lines.append(f"dropped_params({op.name!r}, options, {literal(compat.dropped)})")
    if compat.positional:
        given = "legacy_args" if not op.positional else f"({', '.join(p.py for p in op.positional)},) + legacy_args"
        moved = ", ".join(f"{n!r}: {n}" for n in compat.positional if n not in {p.py for p in op.positional})
        lines.append("if legacy_args:")
        lines.append(
            f"    {', '.join(compat.positional)}, = legacy_order({op.name!r}, {given}, {literal(compat.positional)}, "
            f"{{{moved}}})"
        )
    return lines


#: What generated methods call in ``pinterest_client.legacy_calls`` (sorted as imports are).
LEGACY_HELPERS = ("dropped_params", "form_body", "legacy_order", "one_or_list", "renamed")


def compat_helpers(ops: List[OperationDef]) -> List[str]:
    """The ``legacy_calls`` functions the methods of ``ops`` call."""
    text = "\n".join(line for op in ops for line in _compat_lines(op))
    return [name for name in LEGACY_HELPERS if f"{name}(" in text]


def _returns(op: OperationDef) -> str:
    ret = op.return_type
    return ret.annotation if ret else "None"


def _method_source(op: OperationDef) -> str:
    """The method as it runs (its overloads, one per call form and return type, are in the stub:
    see :func:`render_api_stub`)."""
    returns = _returns(op)
    out = f"    @calls({operation_constant(op)})\n"
    out += implementation_signature(op).source(op.name, returns) + "\n"
    out += _method_doc(op)
    out += "".join(f"        {line}\n" for line in _compat_lines(op))
    names = [p.py for p in op.params] + ([op.body.py] if op.body is not None else [])
    arguments = "".join(f", {name}={name}" for name in names)
    out += f"        return self.api_client.call({operation_constant(op)}, options{arguments})\n\n"
    return out + _with_http_info_source(op.name)


def _with_http_info_source(method: str) -> str:
    """``<method>_with_http_info``: ``method`` returning ``ApiResponse(data, status, headers)`` (a
    :class:`~pinterest_client._operations.WithHttpInfo`; the stub declares its overloads)."""
    return f"    {method}_with_http_info = WithHttpInfo({method!r})\n"


def _method_annotations(op: OperationDef, overloads: bool = False) -> List[str]:
    """The annotations the method's signature spells (``overloads``: also those of the stub's
    overloads)."""
    sigs = [implementation_signature(op)]
    if overloads:
        sigs.append(primary_signature(op))
        sigs += legacy_signatures(op) if op.compat is not None and op.compat.overloads else []
    entries = [e for sig in sigs for e in sig.positional + sig.keyword + [sig.star] if ": " in e]
    out = [entry.split(": ", 1)[1].split(" = ")[0] for entry in entries]
    ret = op.return_type
    if ret:
        out.append(ret.annotation)
    return out


def _legacy_method_source(method: Any, owner: Dict[str, str]) -> str:
    """A method of the original client that the spec no longer generates here: it calls the
    operation where it moved (``owner``: tag -> class) or raises ``OperationRemovedError``."""
    if method.moved_to:
        tag, target = method.moved_to.split(".")
        cls = owner[tag]
        out = f"    def {method.name}(self, *args: Any, **kwargs: Any) -> Any:\n"
        calls_to = f":meth:`{cls}.{target}`"
        out += docstring(f"Deprecated: the original client's name for {calls_to}, which it calls.", "        ")
        out += f"        return moved(self, {cls}.{target}, {method.name!r}, list(args), kwargs)\n\n"
        return out + _with_http_info_source(method.name)
    out = f"    def {method.name}(self, *args: Any, **kwargs: Any) -> NoReturn:\n"
    out += docstring(
        f"Removed: Pinterest's API no longer has this operation of the original client; calling it raises\n"
        f"``OperationRemovedError`` (an ``ApiException``) before sending anything. Use {method.replacement}.",
        "        ",
    )
    return out + f"        removed({method.name!r}, {method.replacement!r})\n"


def _classes_named(ops: List[OperationDef], annotations: List[str]) -> Set[str]:
    """The generated classes that ``ops`` refer to and ``annotations`` name (what to import)."""
    refs: Set[str] = set()
    for op in ops:
        for p in op.params:
            refs |= p.type.refs
        if op.body is not None:
            refs |= op.body.type.refs
        if op.return_type is not None:
            refs |= op.return_type.refs
    words = set(re.findall(r"\w+", " ".join(annotations)))
    return refs & words


def render_api(
    tag: str,
    description: str,
    ops: List[OperationDef],
    seed_aliases: List[Tuple[OperationDef, str]],
    version: str,
    removed: Sequence[Any] = (),
    shared: Optional[Dict[Tuple[Any, ...], str]] = None,
) -> str:
    """``api/<tag>_api.py``; ``removed``: methods of the original client whose operation is gone;
    ``shared``: the enumerations named once in ``api/_values.py``."""
    cls = naming.api_class(tag)
    annotations = [a for op in ops for a in _method_annotations(op)] + ["Any", "NoReturn"] * bool(removed)
    refs = _classes_named(ops, annotations)
    typing_names = sorted(set(typing_imports(annotations)), key=isort_key)
    out = header(version)
    out += docstring(f"{cls}: {description}" if description else cls, "")
    out += "\nfrom __future__ import annotations\n\n"
    # At run time an API module imports the runtime modules (plus the classes it borrows methods
    # from, and the legacy-call helpers it uses); its annotations are imported for type checkers.
    used: Set[str] = set()
    declarations = "\n\n".join(_operation_source(op, shared, used) for op in ops)
    helpers = compat_helpers(ops) + ["removed"] * bool(removed)
    runtime = ["TYPE_CHECKING", "ApiBase", "Operation"] + (["Param"] if any(op.params for op in ops) else [])
    runtime += (["calls", "WithHttpInfo"] if ops else []) + [name for name in helpers if name in RUNTIME_HOMES]
    helpers = [name for name in helpers if name not in RUNTIME_HOMES]
    out += "".join(line + "\n" for line in runtime_import_lines(runtime))
    if used:
        out += import_line(f"{PACKAGE}.api._values", ", ".join(sorted(used))) + "\n"
    for other_tag in sorted({other_tag for _, other_tag in seed_aliases}):
        out += f"from {PACKAGE}.api.{naming.api_module(other_tag)} import {naming.api_class(other_tag)}\n"
    if helpers:
        out += import_line(f"{PACKAGE}.legacy_calls", ", ".join(helpers)) + "\n"
    out += "\nif TYPE_CHECKING:\n"
    if any("datetime." in a for a in annotations):
        out += "    import datetime\n"
    if typing_names:
        out += f"    from typing import {', '.join(typing_names)}\n\n"
    out += "    from typing_extensions import Unpack\n\n"
    out += f"    from {PACKAGE}.api_client import CallOptions\n"
    out += "".join(line + "\n" for line in model_import_lines(refs))
    if ops:  # each method names its operation (``@calls(...)``): they are declared first
        out += "\n\n" + declarations
    out += f"\n\nclass {cls}(ApiBase):\n"
    out += docstring(description or f"Operations tagged `{tag}`.", "    ")
    for op in ops:
        out += "\n" + _method_source(op)
    if seed_aliases:
        out += "\n    # The original client (spec 5.14.0) had these operations in this class; Pinterest has\n"
        out += "    # since moved them to another tag. Same methods, reachable from both classes.\n"
        for op, other_tag in seed_aliases:
            other = naming.api_class(other_tag)
            out += f"    {op.name} = {other}.{op.name}\n"
            out += f"    {op.name}_with_http_info = {other}.{op.name}_with_http_info\n"
    if removed:
        out += "\n    # Methods of the original client whose operation Pinterest has since removed.\n"
        out += "\n".join(_legacy_method_source(method, {}) for method in removed)
    return out


def render_legacy_api(tag: str, methods: Sequence[Any], owners: Dict[str, str], version: str) -> str:
    """``api/<tag>_api.py`` for an API class Pinterest dropped: each method calls the operation
    where it moved (``owners``: tag -> module of its class now) or raises before sending."""
    cls = naming.api_class(tag)
    out = header(version)
    out += docstring(
        f"{cls}: an API class of the original client whose operations Pinterest has since moved or removed.\n"
        "Deprecated: kept so that code written against the original client imports and runs.",
        "",
    )
    out += "\nfrom __future__ import annotations\n\n"
    targets = sorted({m.moved_to.split(".")[0] for m in methods if m.moved_to})
    runtime = ["TYPE_CHECKING", "ApiBase"] + ["WithHttpInfo"] * bool(targets)
    out += "".join(line + "\n" for line in runtime_import_lines(runtime))
    for target in targets:
        out += f"from {PACKAGE}.api.{owners[target]} import {naming.api_class(target)}\n"
    helpers = sorted({"moved" if m.moved_to else "removed" for m in methods})
    out += f"from {PACKAGE}.legacy_calls import {', '.join(helpers)}\n"
    typing_names = ["Any"] + ["NoReturn"] * any(not m.moved_to for m in methods)
    out += f"\nif TYPE_CHECKING:\n    from typing import {', '.join(typing_names)}\n"
    out += f"\n\nclass {cls}(ApiBase):\n"
    out += docstring(f"Deprecated: the original client's ``{cls}``; Pinterest's API no longer has this tag.", "    ")
    owner = {t: naming.api_class(t) for t in targets}
    out += "".join("\n" + _legacy_method_source(method, owner) for method in methods)
    return out


# ---------------------------------------------------------------------------------------------
# Packages
# ---------------------------------------------------------------------------------------------


def render_lazy_index(
    version: str, what: str, subpackage: str, modules: Dict[str, str], legacy: Optional[Dict[str, str]] = None
) -> str:
    """``apis/__init__.py`` / ``models/__init__.py``: every class, loaded on first use. ``legacy``
    names (the original client's, see ``codegen/compat.py``) are attributes too, not in ``__all__``."""
    star = [n for n in sorted(modules) if not hasattr(builtins, n)]
    modules = {**modules, **(legacy or {})}
    names = sorted(modules)
    out = header(version)
    out += f'"""Every {what} class of the SDK, importable from here and loaded on first use\n'
    out += f'(``from {PACKAGE}.{subpackage}s import *`` imports them all)."""\n\n'
    out += "from __future__ import annotations\n\n"
    out += "".join(line + "\n" for line in runtime_import_lines(["TYPE_CHECKING", "import_generated"])) + "\n"
    out += "if TYPE_CHECKING:\n    from typing import Any, List\n\n"
    for name in sorted(names, key=lambda n: (modules[n], isort_key(n))):
        out += import_line(f"{PACKAGE}.{subpackage}.{modules[name]}", f"{name} as {name}", "    ") + "\n"
    out += "\n_MODULES = {\n" + "".join(f"    {n!r}: {modules[n]!r},\n" for n in names) + "}\n\n"
    # ``import *`` never binds a name over a Python builtin (the ``Exception`` model): such a class
    # is reachable as ``models.Exception`` and from its own module only.
    out += "__all__ = [\n" + "".join(f"    {n!r},\n" for n in star) + "]\n\n\n"
    out += "def __getattr__(name: str) -> Any:\n"
    out += "    module = _MODULES.get(name)\n"
    out += "    if module is None:\n"
    out += '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n'
    out += f'    value = getattr(import_generated("{PACKAGE}.{subpackage}", module), name)\n'
    out += "    globals()[name] = value\n"
    out += "    return value\n\n\n"
    out += "def __dir__() -> List[str]:\n    return list(_MODULES)\n"
    return out


def render_package_doc(version: str, text: str) -> str:
    return header(version) + docstring(text, "")


# ---------------------------------------------------------------------------------------------
# API stubs: ``api/<tag>_api.pyi``, what type checkers read instead of the module (it costs
# nothing at run time). Each method has one overload per return type its call options select.
# ---------------------------------------------------------------------------------------------

#: ``(async_req, _preload_content, _return_http_data_only, return type)`` of a method's overloads,
#: ``{}`` standing for the operation's model (the last form: options given as plain ``bool``).
CALL_FORMS: Tuple[Tuple[str, str, str, str], ...] = (
    ("Literal[False] = False", "Literal[True] = True", "Literal[True] = True", "{}"),
    ("Literal[False] = False", "Literal[True] = True", "Literal[False]", "ApiResponse[{}]"),
    ("Literal[False] = False", "Literal[False]", "bool = True", "RawResponse"),
    ("Literal[True]", "Literal[True] = True", "Literal[True] = True", "AsyncResult[{}]"),
    ("Literal[True]", "Literal[True] = True", "Literal[False]", "AsyncResult[ApiResponse[{}]]"),
    ("Literal[True]", "Literal[False]", "bool = True", "AsyncResult[RawResponse]"),
    ("bool = False", "bool = True", "bool = True", "Union[{0}, ApiResponse[{0}], RawResponse, AsyncResult[Any]]"),
)

#: The same for ``*_with_http_info`` (which sets ``_return_http_data_only`` itself).
INFO_FORMS: Tuple[Tuple[str, str, str], ...] = (
    ("Literal[False] = False", "Literal[True] = True", "ApiResponse[{}]"),
    ("Literal[False] = False", "Literal[False]", "RawResponse"),
    ("Literal[True]", "Literal[True] = True", "AsyncResult[ApiResponse[{}]]"),
    ("Literal[True]", "Literal[False]", "AsyncResult[RawResponse]"),
    ("bool = False", "bool = True", "Union[ApiResponse[{0}], RawResponse, AsyncResult[Any]]"),
)


def _stub_overloads(op: OperationDef) -> str:
    """``op``'s method and its ``*_with_http_info``, one ``@overload`` per call form (the current
    signature and each legacy one) and return type."""
    returns = _returns(op)
    signatures = [primary_signature(op)]
    if op.compat is not None and op.compat.overloads:
        signatures += legacy_signatures(op)
    out = ""
    for sig in signatures:
        for async_req, preload, data_only, result in CALL_FORMS:
            switches = [
                f"async_req: {async_req}",
                f"_preload_content: {preload}",
                f"_return_http_data_only: {data_only}",
            ]
            out += sig.source(op.name, result.format(returns), "overload", switches, "RequestOptions") + " ...\n"
    for sig in signatures:
        for async_req, preload, result in INFO_FORMS:
            switches = [f"async_req: {async_req}", f"_preload_content: {preload}"]
            name = f"{op.name}_with_http_info"
            out += sig.source(name, result.format(returns), "overload", switches, "RequestOptions") + " ...\n"
    return out


def _removed_stub(method: Any) -> str:
    """A method of the original client whose operation Pinterest removed (it raises)."""
    return f"    def {method.name}(self, *args: Any, **kwargs: Any) -> NoReturn: ...\n"


def render_api_stub(
    tag: str,
    description: str,
    ops: List[OperationDef],
    seed_aliases: List[Tuple[OperationDef, str]],
    version: str,
    removed: Sequence[Any] = (),
    enums: Optional[Dict[str, ModelDef]] = None,
) -> str:
    """``api/<tag>_api.pyi``: the class of ``api/<tag>_api.py`` as type checkers see it
    (``enums``: the enumeration models, by name, whose values a parameter's ``Literal`` lists)."""
    cls = naming.api_class(tag)
    every = ops + [op for op, _ in seed_aliases]
    annotations = ["Any", "Literal", "Union"] + [a for op in every for a in _method_annotations(op, True)]
    annotations += ["NoReturn"] * bool(removed)
    refs = _classes_named(every, annotations)
    typing_names = sorted(set(typing_imports(annotations)) | {"Any", "Literal", "Union", "overload"}, key=isort_key)
    out = header(version)
    out += docstring(f"{cls}: {description}" if description else cls, "")
    out += "\n" + ("import datetime\n" if any("datetime." in a for a in annotations) else "")
    out += import_line("typing", ", ".join(typing_names)) + "\n\n"
    out += "from typing_extensions import Unpack\n\n"
    out += "".join(line + "\n" for line in runtime_import_lines(["ApiBase"] + ["Operation"] * bool(ops)))
    out += f"from {PACKAGE}.api_client import ApiResponse, AsyncResult, RawResponse, RequestOptions\n"
    body = f"\nclass {cls}(ApiBase):\n"
    body += docstring(description or f"Operations tagged `{tag}`.", "    ")
    body += "".join(_stub_overloads(op) for op in every)
    body += "".join(_removed_stub(method) for method in removed)
    body, value_refs = enum_literals(body, enums or {})
    out += "".join(line + "\n" for line in model_import_lines(refs, indent="", value_aliases=value_refs))
    out += "\n" + "".join(f"{operation_constant(op)}: Operation\n" for op in ops)
    return out + body
