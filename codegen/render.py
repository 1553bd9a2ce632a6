"""Definitions -> Python source for ``api/``, ``model/``, ``apis/`` and ``models/``."""

from __future__ import annotations

import re
from typing import Any, Callable, Dict, Iterable, List, NamedTuple, Set, Tuple

from codegen import naming
from codegen.operations import BodyDef, OperationDef, ParamDef
from codegen.schemas import FieldDef, ModelDef, TypeInfo
from codegen.text import clean

PACKAGE = "pinterest_client"
TYPING_NAMES = ("Any", "Dict", "List", "Optional", "Union")


def header(version: str) -> str:
    return f"# Generated from Pinterest OpenAPI {version} by codegen (python -m codegen). Do not edit.\n"


def docstring(text: str, indent: str) -> str:
    """A triple-quoted docstring block for ``text``, cleaned (no HTML, absolute links)."""
    text = clean(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    text = "\n".join(line.rstrip() for line in text.splitlines())
    if text.endswith('"'):
        text += " "
    if "\n" not in text:
        return f'{indent}"""{text}"""\n'
    body = "\n".join((indent + line) if line else "" for line in text.splitlines())
    return f'{indent}"""{body[len(indent) :]}\n{indent}"""\n'


def literal(value: Any) -> str:
    """Python source for a JSON-ish value (tuples for lists, so metadata stays immutable)."""
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


#: Import lines longer than this are wrapped, as isort/ruff would.
LINE_LENGTH = 120


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
    names: Iterable[str], module: Callable[[str], str] = naming.module_name, indent: str = "    "
) -> List[str]:
    """``from pinterest_client.model.<module(name)> import Name, ...`` lines, one per module
    (indented by default, for a ``TYPE_CHECKING`` block)."""
    by_module: Dict[str, List[str]] = {}
    for name in sorted(set(names), key=isort_key):
        by_module.setdefault(module(name), []).append(name)
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


def model_source(model: ModelDef) -> ModelSource:
    renderer = {"object": _object, "enum": _enum, "union": _union, "list": _list, "alias": _alias}[model.kind]
    return renderer(model)


def render_model_file(models: List[ModelDef], home: Callable[[str], str], version: str) -> str:
    """The module defining ``models`` (a schema and the inline schemas it owns). Annotations are
    imported under ``TYPE_CHECKING`` only: at run time the module imports ``model_utils`` and
    nothing else (an alias imports the classes it names). ``home`` maps a class to its module."""
    classes = [model_source(m) for m in models if m.kind != "alias"]
    aliases = [model_source(m) for m in models if m.kind == "alias"]
    here = {m.name for m in models}
    annotations = [a for src in classes for a in src.annotations]
    elsewhere = set().union(*(src.refs for src in classes)) - here
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
    if elsewhere:
        checking += [""] * bool(checking) + model_import_lines(elsewhere, home)
    imported = set().union(*(src.refs for src in aliases)) - here if aliases else set()
    out += "".join(line + "\n" for line in model_import_lines(imported, home, indent=""))
    if classes:
        bases = sorted({src.base for src in classes})
        typed_init = any("if TYPE_CHECKING:" in src.code for src in classes)
        declares = ["Field"] if any("= Field(" in src.code for src in classes) else []
        names = (["TYPE_CHECKING"] if checking or typed_init else []) + sorted(bases + declares, key=isort_key)
        out += import_line(f"{PACKAGE}.model_utils", ", ".join(names)) + "\n"
    if checking:
        out += "\nif TYPE_CHECKING:\n" + "\n".join(checking) + "\n"
    out += "".join("\n\n" + src.code for src in classes)
    imports_anything = bool(classes or runtime or imported)
    out += "".join("\n" * (2 if classes or i else int(imports_anything)) + src.code for i, src in enumerate(aliases))
    return out + f"\n\n__all__ = {literal_list(sorted(here, key=isort_key))}\n"


def render_reexport(model: ModelDef, version: str) -> str:
    """``model/<inline>.py`` for an inline schema defined in its owner's module."""
    out = header(version)
    out += import_line(f"{PACKAGE}.model.{model.home}", f"{model.name} as {model.name}") + "\n"
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


def _object(model: ModelDef) -> ModelSource:
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
        and (model.positional or model.additional is None or model.discriminator or model.checks or model.required_any)
        else ""
    )
    if model.positional:
        out += f"    _positional = {literal(model.positional)}\n"
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
    init, init_annotations = _typed_init(model)
    out += init
    return ModelSource(out, "Model", annotations + init_annotations, refs - {model.name})


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
    return ModelSource(out, base, [], set())


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


def _param_annotation(info: TypeInfo, optional: bool) -> str:
    annotation = info.annotation
    if info.runtime == "date":
        annotation = "Union[datetime.date, str]"
    elif info.runtime == "datetime":
        annotation = "Union[datetime.datetime, str]"
    return f"Optional[{annotation}]" if optional else annotation


def _body_annotation(body: BodyDef) -> str:
    annotation = body.type.annotation
    if body.type.refs and not annotation.startswith(("List[", "Dict[", "Union[")):
        annotation = f"Union[{annotation}, Dict[str, Any]]"
    return annotation if body.required and not body.seed_optional else f"Optional[{annotation}]"


def _param_source(p: ParamDef) -> str:
    opts: List[Tuple[str, Any]] = []
    if p.required:
        opts.append(("required", True))
    if p.style and p.style != ("simple" if p.location == "path" else "form"):
        opts.append(("style", p.style))
    if p.explode is not None and p.explode != (p.style in (None, "form") and p.location == "query"):
        opts.append(("explode", p.explode))
    opts.extend(sorted(p.type.checks.items()))
    return f"        Param({p.wire!r}, {p.location!r}, {p.type.runtime!r}{kwargs(opts)}),\n"


def operation_constant(op: OperationDef) -> str:
    return "_" + op.name.upper()


def _operation_source(op: OperationDef) -> str:
    out = f"{operation_constant(op)} = Operation(\n"
    out += f"    {op.operation_id!r},\n    {op.http_method!r},\n    {op.path!r},\n"
    if op.params:
        out += "    params=(\n" + "".join("    " + _param_source(p) for p in op.params) + "    ),\n"
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
        out += f"    deprecated={op.deprecated!r},\n"
    if op.rate_limit_category:
        out += f"    rate_limit_category={op.rate_limit_category!r},\n"
    return out + ")\n"


def _method_doc(op: OperationDef) -> str:
    parts = []
    if op.deprecated:
        parts.append(op.deprecated)
    if op.summary:
        parts.append(op.summary)
    if op.description and op.description != op.summary:
        parts.append(op.description)
    lines = []
    for p in op.positional + op.keyword:
        desc = " ".join(p.description.split()) or "(no description)"
        if isinstance(p, BodyDef) and p.seed_optional:
            desc += " Required: it defaults to None only so that calls written for the original client bind."
        lines.append(f":param {p.py}: {desc}")
    ret = op.return_type
    lines.append(f":returns: {ret.annotation if ret else 'None'}")
    lines.append(f"`{op.http_method} {op.path}`")
    parts.append("\n".join(lines))
    return docstring("\n\n".join(parts), "        ")


def _method_source(op: OperationDef) -> str:
    sig = ["self"]
    for p in op.positional:
        annotation = _body_annotation(p) if isinstance(p, BodyDef) else _param_annotation(p.type, False)
        sig.append(f"{p.py}: {annotation}" + (" = None" if isinstance(p, BodyDef) and p.seed_optional else ""))
    if op.keyword:
        sig.append("*")
    for p in op.keyword:
        annotation = _body_annotation(p) if isinstance(p, BodyDef) else _param_annotation(p.type, True)
        sig.append(f"{p.py}: {annotation} = None")
    sig.append("**options: Unpack[CallOptions]")
    ret = op.return_type
    returns = ret.annotation if ret else "None"
    args = [p.py for p in op.params] + ([op.body.py] if op.body is not None else [])
    args_src = "(" + ", ".join(args) + ("," if len(args) == 1 else "") + ")"
    out = f"    def {op.name}(\n" + "".join(f"        {s},\n" for s in sig) + f"    ) -> {returns}:\n"
    out += _method_doc(op)
    out += f"        return self.api_client.call_api({operation_constant(op)}, {args_src}, options)\n\n"
    out += f"    def {op.name}_with_http_info(self, *args: Any, **options: Any) -> ApiResponse:\n"
    out += f'        """:meth:`{op.name}`, returning ``ApiResponse(data, status, headers)``."""\n'
    out += f"        return self._with_http_info(self.{op.name}, args, options)\n"
    return out


def _method_annotations(op: OperationDef) -> List[str]:
    out = []
    for p in op.positional:
        out.append(_body_annotation(p) if isinstance(p, BodyDef) else _param_annotation(p.type, False))
    for p in op.keyword:
        out.append(_body_annotation(p) if isinstance(p, BodyDef) else _param_annotation(p.type, True))
    ret = op.return_type
    if ret:
        out.append(ret.annotation)
    return out


def render_api(
    tag: str, description: str, ops: List[OperationDef], seed_aliases: List[Tuple[OperationDef, str]], version: str
) -> str:
    cls = naming.api_class(tag)
    annotations = ["Any"] + [a for op in ops for a in _method_annotations(op)]
    refs: Set[str] = set()
    for op in ops:
        for p in op.params:
            refs |= p.type.refs
        if op.body is not None:
            refs |= op.body.type.refs
        if op.return_type is not None:
            refs |= op.return_type.refs
    typing_names = sorted(set(typing_imports(annotations)) | {"Any"})
    out = header(version)
    out += docstring(f"{cls}: {description}" if description else cls, "")
    out += "\nfrom __future__ import annotations\n\n"
    # At run time an API module imports model_utils only (plus the classes it borrows methods
    # from); everything its annotations name is imported for type checkers alone.
    for other_tag in sorted({other_tag for _, other_tag in seed_aliases}):
        out += f"from {PACKAGE}.api.{naming.api_module(other_tag)} import {naming.api_class(other_tag)}\n"
    runtime = ["TYPE_CHECKING", "Endpoint", "Operation"] + (["Param"] if any(op.params for op in ops) else [])
    out += f"from {PACKAGE}.model_utils import {', '.join(runtime)}\n"
    out += "\nif TYPE_CHECKING:\n"
    if any("datetime." in a for a in annotations):
        out += "    import datetime\n"
    out += f"    from typing import {', '.join(typing_names)}\n\n"
    out += "    from typing_extensions import Unpack\n\n"
    out += f"    from {PACKAGE}.api_client import ApiResponse, CallOptions\n"
    out += "".join(line + "\n" for line in model_import_lines(refs))
    out += f"\n\nclass {cls}(Endpoint):\n"
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
    out += "\n\n" + "\n\n".join(_operation_source(op) for op in ops)
    return out


# ---------------------------------------------------------------------------------------------
# Packages
# ---------------------------------------------------------------------------------------------


def render_lazy_index(version: str, what: str, subpackage: str, modules: Dict[str, str]) -> str:
    """``apis/__init__.py`` / ``models/__init__.py``: every class, loaded on first use."""
    names = sorted(modules)
    out = header(version)
    out += f'"""Every {what} class of the SDK, importable from here and loaded on first use\n'
    out += f'(``from {PACKAGE}.{subpackage}s import *`` imports them all)."""\n\n'
    out += "from __future__ import annotations\n\n"
    out += f"from {PACKAGE}.model_utils import TYPE_CHECKING, import_generated\n\n"
    out += "if TYPE_CHECKING:\n    from typing import Any, List\n\n"
    for name in sorted(names, key=lambda n: (modules[n], isort_key(n))):
        out += import_line(f"{PACKAGE}.{subpackage}.{modules[name]}", f"{name} as {name}", "    ") + "\n"
    out += "\n_MODULES = {\n" + "".join(f"    {n!r}: {modules[n]!r},\n" for n in names) + "}\n\n"
    out += "__all__ = [\n" + "".join(f"    {n!r},\n" for n in names) + "]\n\n\n"
    out += "def __getattr__(name: str) -> Any:\n"
    out += "    module = _MODULES.get(name)\n"
    out += "    if module is None:\n"
    out += '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n'
    out += f'    value = getattr(import_generated("{PACKAGE}.{subpackage}", module), name)\n'
    out += "    globals()[name] = value\n"
    out += "    return value\n\n\n"
    out += "def __dir__() -> List[str]:\n    return list(__all__)\n"
    return out


def render_package_doc(version: str, text: str) -> str:
    return header(version) + docstring(text, "")
