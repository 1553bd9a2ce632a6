"""Definitions -> ``docs/*.md`` (a page per API class and per model, in the seeds' format).

    docs/<Api>.md      method table, then per method: signature, description, a runnable example,
                       parameters, return type, authorization, headers, responses
    docs/<Model>.md    properties (or values / variants / item type) with every spec constraint
    docs/README.md     the endpoint and model indexes and the security schemes

Example arguments come from :class:`ExampleValues`: the spec's ``example`` when it satisfies the
declared type and checks, otherwise a value built from them, so every example passes the SDK's
request validation (and a spec-driven mock server).
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import re
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Set, Tuple, Union

from codegen import naming
from codegen.operations import BodyDef, OperationDef, ParamDef
from codegen.schemas import FieldDef, ModelDef, TypeInfo
from codegen.text import clean
from pinterest_client.exceptions import OpenApiException
from pinterest_client.model_utils import encode, split_type

if TYPE_CHECKING:
    from codegen.generate import Generated

PACKAGE = "pinterest_client"
HOST = "https://api.pinterest.com/v5"
#: The foot of every method section. Links stay inside docs/ (the site's root): the repository's
#: README is outside it, the guides are the way back to the manual.
BACK_LINKS = (
    "[[Back to top]](#) [[Back to API list]](README.md#documentation-for-api-endpoints) "
    "[[Back to Model list]](README.md#documentation-for-models) [[Guides]](guides/index.md)"
)
#: The foot of a page that is not a method section (the index, docs/Legacy.md).
GUIDES_LINK = "[[Guides]](guides/index.md)"
PRIMITIVES = ("str", "int", "float", "bool", "date", "datetime", "any", "file")
#: Enum values listed inline in a parameter's notes when the enum is a model with its own page.
MAX_LISTED_VALUES = 12


def render_docs(gen: "Generated") -> Dict[str, str]:
    values = ExampleValues(gen.models)
    files: Dict[str, str] = {}
    for tag, ops in gen.tags.items():
        files[f"docs/{naming.api_class(tag)}.md"] = _api_page(gen, tag, ops, values)
    for model in gen.models.values():
        files[f"docs/{model.name}.md"] = _model_page(model, gen.models)
    files["docs/README.md"] = _index(gen)
    return files


# ---------------------------------------------------------------------------------------------
# Markdown helpers
# ---------------------------------------------------------------------------------------------


def _page(lines: Iterable[str]) -> str:
    """Join lines into a file: no trailing whitespace, at most one blank line in a row."""
    out: List[str] = []
    for line in "\n".join(lines).split("\n"):
        line = line.rstrip()
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


def _cell(text: Any) -> str:
    """Text for one table cell: a single line, pipes escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _prose(text: Optional[str]) -> str:
    """A spec description as page Markdown: :func:`codegen.text.clean` turns its HTML (a stray
    ``<p/>`` would open a raw-HTML block swallowing the rest of the page) into Markdown and its
    site-relative links (``/docs/...``) into links to developers.pinterest.com."""
    return clean(text or "")


def _prose_cell(text: Optional[str]) -> str:
    """A spec description as one table cell."""
    return _cell(_prose(text))


def _code(value: Any) -> str:
    """``value`` as inline code (JSON-ish spelling for non-strings)."""
    text = value if isinstance(value, str) else _json(value)
    tick = "``" if "`" in text else "`"
    return f"{tick}{text}{tick}"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _type_name(type_str: str) -> str:
    """A runtime type string as the docs spell it: ``[Pin]``, ``{str: float}``, ``datetime.date``."""
    container, inner = split_type(type_str)
    if container == "list":
        return f"[{_type_name(inner)}]"
    if container == "dict":
        return f"{{str: {_type_name(inner)}}}"
    return {"date": "datetime.date", "datetime": "datetime.datetime", "any": "Any"}.get(inner, inner)


def _model_in(type_str: str) -> Optional[str]:
    """The generated class a type string names, if any (``list[Pin]`` -> ``Pin``)."""
    container, inner = split_type(type_str)
    if container:
        return _model_in(inner)
    return None if inner in PRIMITIVES else inner


def _type_md(type_str: str) -> str:
    """Bold type name, linked to the model page when it names a model."""
    model = _model_in(type_str)
    text = f"**{_type_name(type_str)}**"
    return f"[{text}]({model}.md)" if model else text


def _constraints(checks: Dict[str, Any]) -> List[str]:
    """Human notes for spec checks (enum values are listed by the caller)."""
    notes = []
    if "minimum" in checks:
        notes.append(f"{'>' if checks.get('exclusive_minimum') else '>='} {checks['minimum']}")
    if "maximum" in checks:
        notes.append(f"{'<' if checks.get('exclusive_maximum') else '<='} {checks['maximum']}")
    if "min_length" in checks:
        notes.append(f"min length {checks['min_length']}")
    if "max_length" in checks:
        notes.append(f"max length {checks['max_length']}")
    if "pattern" in checks:
        notes.append(f"pattern {_code(checks['pattern'])}")
    if "min_items" in checks:
        notes.append(f"min items {checks['min_items']}")
    if "max_items" in checks:
        notes.append(f"max items {checks['max_items']}")
    if "min_properties" in checks:
        notes.append(f"min properties {checks['min_properties']}")
    if "max_properties" in checks:
        notes.append(f"max properties {checks['max_properties']}")
    items = checks.get("items")
    if items:
        notes.append("each item: " + ", ".join(_enum_note(items.get("enum"), None) + _constraints(items)))
    return notes


def _enum_note(values: Optional[Iterable[Any]], model: Optional[str]) -> List[str]:
    """``one of `A`, `B``` (shortened, with a pointer to the model page, for long model enums)."""
    if values is None:
        return []
    values = list(values)
    if model and len(values) > MAX_LISTED_VALUES:
        return [f"one of {len(values)} values (see [{model}]({model}.md))"]
    return ["one of " + ", ".join(_code(v) for v in values)]


def _type_notes(type_str: str, checks: Dict[str, Any], models: Dict[str, ModelDef]) -> List[str]:
    """Enum values and constraints of a property or parameter."""
    notes = _enum_note(checks.get("enum"), None)
    container, inner = split_type(type_str)
    model = models.get(inner)
    if model is not None and model.kind == "enum":
        note = _enum_note(model.enum_values, model.name)
        notes += note if not container else ["each item: " + note[0]]
    return notes + _constraints(checks)


def _one_line(text: str, limit: int = 100) -> str:
    """The first sentence of ``text`` on one line, at most ``limit`` characters."""
    text = " ".join(text.split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    if match:
        text = match.group(1)
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def _deprecation(op: OperationDef) -> str:
    assert op.deprecated is not None
    return "**Deprecated:** " + re.sub(r"^Deprecated:\s*", "", op.deprecated)


# ---------------------------------------------------------------------------------------------
# API pages
# ---------------------------------------------------------------------------------------------


def _method_row(op: OperationDef, page: str, description: str) -> str:
    return f"[**{op.name}**]({page}#{op.name}) | **{op.http_method}** {op.path} | {_cell(description)}"


def _summary(op: OperationDef) -> str:
    text = op.summary or _one_line(op.description)
    return f"{text} (deprecated)" if op.deprecated else text


def _method_rows(gen: "Generated", tag: str) -> List[str]:
    """The method table rows of one API class, seed-placement aliases included, by name."""
    cls = naming.api_class(tag)
    rows = [(op.name, _method_row(op, f"{cls}.md", _summary(op))) for op in gen.tags[tag]]
    for op, other_tag in gen.seed_aliases.get(tag, []):
        other = naming.api_class(other_tag)
        rows.append((op.name, _method_row(op, f"{other}.md", f"Same as {other}.{op.name}: {_summary(op)}")))
    return [row for _, row in sorted(rows)]


def _api_page(gen: "Generated", tag: str, ops: List[OperationDef], values: "ExampleValues") -> str:
    cls = naming.api_class(tag)
    lines = [f"# {PACKAGE}.{cls}", ""]
    if gen.tag_descriptions.get(tag):
        lines += [_prose(gen.tag_descriptions[tag]), ""]
    lines += [
        f"All URIs are relative to *{HOST}*",
        "",
        "Method | HTTP request | Description",
        "------------- | ------------- | -------------",
    ]
    lines += _method_rows(gen, tag)
    if gen.seed_aliases.get(tag):
        lines += [
            "",
            "Methods described as *same as* another class's method are where the original client (spec "
            "5.14.0) placed operations that Pinterest has since moved to another tag: the same methods, "
            "reachable from both classes, documented on the other class's page.",
        ]
    for op in sorted(ops, key=lambda o: o.name):
        lines += ["", ""] + _method_section(op, cls, gen, values)
    return _page(lines)


def _signature(op: OperationDef) -> str:
    ret = op.return_type
    returns = _type_name(ret.runtime) if ret else "None"
    args = [p.py for p in op.positional]
    return f"> {returns} {op.name}({', '.join(args)})"


def _method_section(op: OperationDef, cls: str, gen: "Generated", values: "ExampleValues") -> List[str]:
    lines = [f"# **{op.name}**", _signature(op), ""]
    if op.deprecated:
        lines += [_deprecation(op), ""]
    if op.summary:
        lines += [op.summary, ""]
    if op.description and op.description != op.summary:
        lines += [_prose(op.description), ""]
    if op.rate_limit_category:
        lines += [f"Rate limit category: `{op.rate_limit_category}`", ""]
    lines += ["### Example", ""]
    lines += [f"* {_scheme_kind(gen.spec.security_schemes.get(scheme, {}))} ({scheme}):" for scheme in _schemes(op)[:1]]
    lines += ["", "```python", example_source(op, cls, values), "```", ""]
    lines += ["### Parameters", ""] + _params_table(op, gen.models) + [""]
    ret = op.return_type
    lines += ["### Return type", "", _type_md(ret.runtime) if ret else "None (empty response body)", ""]
    lines += ["### Authorization", ""] + _authorization(op) + [""]
    lines += [
        "### HTTP request headers",
        "",
        f" - **Content-Type**: {op.body.content_type if op.body is not None else 'Not defined'}",
        " - **Accept**: application/json",
        "",
        "### HTTP response details",
        "",
        "| Status code | Description | Response headers |",
        "|-------------|-------------|------------------|",
    ]
    lines += [f"| **{r.status}** | {_prose_cell(r.description) or '-'} | - |" for r in op.responses]
    return lines + ["", BACK_LINKS]


def _params_table(op: OperationDef, models: Dict[str, ModelDef]) -> List[str]:
    params: List[Union[ParamDef, BodyDef]] = [*op.positional, *op.keyword]
    if not params:
        return ["This endpoint does not need any parameter."]
    lines = ["Name | Type | Description | Notes", "------------- | ------------- | ------------- | -------------"]
    for p in params:
        notes = [] if p.required else ["[optional]"]
        if isinstance(p, ParamDef):
            if p.py != p.wire:
                notes.append(f"{p.location} parameter {_code(p.wire)}")
            if p.default is not None:
                notes.append(f"[default to {_json(p.default)}]")
        else:
            notes.append(f"request body ({p.content_type})")
        notes += _type_notes(p.type.runtime, p.type.checks, models)
        cells = (f"**{p.py}**", _type_md(p.type.runtime), _prose_cell(p.description), _cell(", ".join(notes)))
        lines.append(" | ".join(cells))
    return lines


def _schemes(op: OperationDef) -> List[str]:
    return list(dict.fromkeys(scheme for scheme, _ in op.security))


def _authorization(op: OperationDef) -> List[str]:
    if not op.security:
        return ["No authorization required"]
    lines = []
    for scheme, scopes in op.security:
        line = f" - [{scheme}](README.md#{scheme})"
        if scopes:
            line += ": " + ", ".join(_code(s) for s in scopes)
        lines.append(line)
    if len(lines) > 1:
        lines.insert(0, "Any one of:")
        lines.insert(1, "")
    return lines


def _scheme_kind(scheme: Dict[str, Any]) -> str:
    if scheme.get("type") == "http":
        kinds = {"basic": "Basic Authentication", "bearer": "Bearer Authentication"}
        return kinds.get(scheme.get("scheme", ""), "HTTP Authentication")
    return "OAuth Authentication"


#: Example configuration lines per security scheme.
CREDENTIALS = {
    "pinterest_oauth2": ['configuration.access_token = "YOUR_ACCESS_TOKEN"'],
    "client_credentials": ['configuration.access_token = "YOUR_ACCESS_TOKEN"'],
    "basic": ['configuration.client_id = "YOUR_APP_ID"', 'configuration.client_secret = "YOUR_APP_SECRET"'],
    "conversion_token": ['configuration.conversion_token = "YOUR_CONVERSION_TOKEN"'],
}


def example_source(op: OperationDef, cls: str, values: "ExampleValues") -> str:
    """A complete, runnable example calling ``op`` with valid arguments."""
    module = naming.api_module(op.tag)
    assignments, calls, used = [], [], Used()
    for p in op.positional + op.keyword:
        node = values.argument(op, p)
        used.collect(node)
        comment = f"{_type_name(p.type.runtime)} | {_one_line(p.description) or p.py}"
        if not p.required:
            comment += " (optional)"
        assignments.append(f"    {p.py} = {render_value(node, '    ')}  # {comment}")
        calls.append(p.py if p.required else f"{p.py}={p.py}")
    lines = ["import datetime"] if used.datetime else []
    lines += [f"import {PACKAGE}", f"from {PACKAGE}.api import {module}"]
    lines += [f"from {PACKAGE}.model.{naming.module_name(name)} import {name}" for name in sorted(used.models)]
    ret = op.return_type
    if ret is not None:
        lines.append("from pprint import pprint")
    lines += ["", f"configuration = {PACKAGE}.Configuration(", f'    host="{HOST}",', ")"]
    for scheme in _schemes(op)[:1]:
        lines += [f"# Authorization: {scheme}"] + CREDENTIALS.get(scheme, [])
    lines += ["", f"with {PACKAGE}.ApiClient(configuration) as api_client:"]
    lines.append(f"    api_instance = {module}.{cls}(api_client)")
    lines += assignments
    call = f"api_instance.{op.name}({', '.join(calls)})"
    lines += ["", "    try:"]
    if op.summary:
        lines.append(f"        # {_one_line(op.summary)}")
    if ret is not None:
        lines += [f"        api_response = {call}", "        pprint(api_response)"]
    else:
        lines.append(f"        {call}")
    lines += [
        f"    except {PACKAGE}.ApiException as e:",
        f'        print("Exception when calling {cls}->{op.name}: %s\\n" % e)',
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Example values
# ---------------------------------------------------------------------------------------------


@dataclasses.dataclass
class Lit:
    """A value that is Python source already (``"4"``, ``datetime.date(2024, 1, 1)``)."""

    src: str


@dataclasses.dataclass
class Call:
    """``Model(name=value, ...)``."""

    cls: str
    args: List[Tuple[str, Any]]


Node = Union[Lit, Call, List[Any], Dict[str, Any]]


class Used:
    """What an example's values need imported."""

    def __init__(self) -> None:
        self.models: Set[str] = set()
        self.datetime = False

    def collect(self, node: Node) -> None:
        if isinstance(node, Lit):
            self.datetime = self.datetime or node.src.startswith("datetime.")
        elif isinstance(node, Call):
            self.models.add(node.cls)
            for _, child in node.args:
                self.collect(child)
        elif isinstance(node, list):
            for child in node:
                self.collect(child)
        else:
            for child in node.values():
                self.collect(child)


def render_value(node: Node, indent: str) -> str:
    """Python source for ``node``; nested models and lists of them break over lines."""
    inner = indent + "    "
    if isinstance(node, Lit):
        return node.src
    if isinstance(node, Call):
        if not node.args:
            return f"{node.cls}()"
        body = "".join(f"{inner}{name}={render_value(value, inner)},\n" for name, value in node.args)
        return f"{node.cls}(\n{body}{indent})"
    if isinstance(node, list):
        if all(isinstance(v, Lit) for v in node):
            return "[" + ", ".join(v.src for v in node) + "]"
        return "[\n" + "".join(f"{inner}{render_value(v, inner)},\n" for v in node) + f"{indent}]"
    items = [f"{_py(k)}: {render_value(v, inner)}" for k, v in node.items()]
    if all(isinstance(v, Lit) for v in node.values()):
        return "{" + ", ".join(items) + "}"
    return "{\n" + "".join(f"{inner}{item},\n" for item in items) + f"{indent}}}"


#: Strings tried, in order, for a pattern-constrained string without a usable example.
PATTERN_CANDIDATES = (
    "4",
    "https://www.example.com",
    "2024-01-01",
    "2024-01-01T00:00:00.000Z",
    "AG4",
    "C4",
    "abc123",
    "example",
    "12:00",
    "4+",
)
#: Pagination cursors: the examples ask for the first page.
CURSOR_PARAMS = frozenset({"bookmark"})
#: Nested models are filled (required fields only) down to this depth.
MAX_DEPTH = 8


class ExampleValues:
    """Spec-valid example values for parameters, bodies and model fields."""

    def __init__(self, models: Dict[str, ModelDef]) -> None:
        self.models = models

    def argument(self, op: OperationDef, p: Union[ParamDef, BodyDef]) -> Node:
        if isinstance(p, BodyDef):
            return self.value(p.type.runtime, p.type.checks, p.example, p.py, 0)
        if p.wire in CURSOR_PARAMS and not p.required:
            return Lit("None")  # only a previous page's response holds a valid cursor; None: the first page
        return self.value(p.type.runtime, _strict_checks(p.type), p.example, p.py, 0, p.default)

    def value(
        self, type_str: str, checks: Dict[str, Any], example: Any, name: str, depth: int, default: Any = None
    ) -> Node:
        """The spec's example (or default) when it is valid, else a value built from the type."""
        for given in (example, default):
            if given is not None and self.fits(type_str, checks, given):
                return self.from_json(type_str, given)
        container, inner = split_type(type_str)
        if container == "list":
            item_checks = checks.get("items") or {}
            count = max(1, checks.get("min_items", 1))
            enum = item_checks.get("enum") or (self.models[inner].enum_values if self._kind(inner) == "enum" else ())
            if len(enum) >= count:
                return [Lit(_py(v)) for v in enum[:count]]
            item_example = None if isinstance(example, list) else example  # specs often give one item
            return [self.value(inner, item_checks, item_example, name, depth + 1)] * count
        if container == "dict":
            return {"key": self.value(inner, {}, None, name, depth + 1)}
        if inner in PRIMITIVES:
            return Lit(_primitive(inner, checks, name))
        model = self.models[inner]
        if model.kind in ("alias", "list"):
            return self.value(self._unwrap(inner), {**self._checks_of(model), **checks}, None, name, depth)
        if model.kind == "enum":
            return Lit(_py(model.enum_values[0]))
        return self._instance(inner, depth)

    def fits(self, type_str: str, checks: Dict[str, Any], value: Any) -> bool:
        """Whether a JSON ``value`` (a spec example) is valid for the type: primitives, enums,
        lists and maps of them. Examples of object models are never reused (they tend to carry
        read-only or stale fields); those are built instead."""
        container, inner = split_type(type_str)
        if container == "list":
            items = checks.get("items") or {}
            return (
                isinstance(value, list)
                and max(1, checks.get("min_items", 1)) <= len(value) <= checks.get("max_items", len(value))
                and all(self.fits(inner, items, v) for v in value)
            )
        if container == "dict":
            return isinstance(value, dict) and all(self.fits(inner, {}, v) for v in value.values())
        if inner in PRIMITIVES:
            return _fits(inner, checks, value)
        model = self.models[inner]
        if model.kind in ("alias", "list"):
            return self.fits(self._unwrap(inner), {**self._checks_of(model), **checks}, value)
        if model.kind == "enum":
            return value in model.enum_values and value in checks.get("enum", (value,))
        additional = self._map_value(model)
        return (
            additional is not None
            and isinstance(value, dict)
            and bool(value)
            and all(self.fits(additional.runtime, additional.checks, v) for v in value.values())
        )

    def from_json(self, type_str: str, value: Any) -> Node:
        """Source nodes for a JSON value that :meth:`fits` ``type_str``."""
        container, inner = split_type(self._unwrap(type_str))
        if container == "list":
            return [self.from_json(inner, v) for v in value]
        if isinstance(value, dict) and inner != "any":
            map_value = self._map_value(self.models[inner]) if not container else None
            value_type = inner if container else map_value.runtime if map_value else "any"
            return {k: self.from_json(value_type, v) for k, v in value.items()}
        return Lit(_literal(inner, value))

    def _instance(self, name: str, depth: int) -> Node:
        """A model instance: the concrete class of a union or discriminated base, with its
        required fields (and, at the top or when nothing is required, those with examples)."""
        cls, discriminator = self.concrete(name)
        model = self.models[cls]
        if model.kind != "object":  # a union without object variants
            variant = model.variants[0]
            return self.value(variant.runtime, variant.checks, None, name, depth)
        map_value = self._map_value(model)
        if map_value is not None:  # a map: pass a dict (its keys are data, not identifiers)
            return {"key": self.value(map_value.runtime, map_value.checks, None, "value", depth + 1)}
        writable = [f for f in model.fields if not f.read_only and not f.deprecated]
        checks = {f.wire: _strict_checks(f.type) for f in writable}
        required = [f for f in writable if f.required]
        shown = required
        if depth == 0 or not required:
            shown = [f for f in writable if f.required or self._has_example(f, checks[f.wire])]
        if depth == 0 and not shown:  # nothing required, no examples: show the whole shape
            shown = writable
        if depth >= MAX_DEPTH:
            shown = []
        args = [(f, self.value(f.type.runtime, checks[f.wire], f.example, f.py, depth + 1, f.default)) for f in shown]
        if discriminator is None:
            return Call(cls, [(f.py, v) for f, v in args])
        prop, key = discriminator
        field = next((f for f in model.fields if f.wire == prop), None)
        if field is not None:
            return Call(cls, [(field.py, Lit(_py(key)))] + [(f.py, v) for f, v in args if f is not field])
        if model.additional is not None:  # the union declares the property, not the variant: a dict carries it
            return {prop: Lit(_py(key)), **{f.wire: v for f, v in args}}
        return Call(cls, [(f.py, v) for f, v in args])

    def concrete(self, name: str) -> Tuple[str, Optional[Tuple[str, str]]]:
        """The class an example instantiates for model ``name``, and the discriminator
        ``(property, value)`` to set: unions pick their first object variant (a mapped one when
        there is a discriminator); a discriminated base with subtypes picks its first subtype."""
        model = self.models[name]
        if model.kind == "union":
            objects = [v.runtime for v in model.variants if self._kind(v.runtime) in ("object", "union")]
            if not objects:
                return name, None
            if model.discriminator:
                prop, mapping = model.discriminator
                mapped = [v for v in objects if v in mapping.values()]
                if mapped:
                    key = next(k for k, v in mapping.items() if v == mapped[0])
                    target, inner = self.concrete(mapped[0])
                    return target, inner or (prop, key)
            return self.concrete(objects[0])
        if model.kind == "object" and model.discriminator:
            prop, mapping = model.discriminator
            own = next((k for k, v in mapping.items() if v == name), None)
            if own is not None:
                return name, (prop, own)
            for key, target in mapping.items():
                if self._kind(target) == "object":
                    cls, inner = self.concrete(target)
                    return cls, inner or (prop, key)
        return name, None

    def _kind(self, type_str: str) -> Optional[str]:
        model = self.models.get(type_str)
        return model.kind if model is not None else None

    def _unwrap(self, type_str: str) -> str:
        """Alias and list models -> the type they stand for (``KeywordList`` -> ``list[str]``)."""
        model = self.models.get(type_str)
        if model is not None and model.kind == "alias" and model.alias is not None:
            return self._unwrap(model.alias.runtime)
        if model is not None and model.kind == "list" and model.item is not None:
            return f"list[{model.item.runtime}]"
        return type_str

    @staticmethod
    def _checks_of(model: ModelDef) -> Dict[str, Any]:
        return model.alias.checks if model.kind == "alias" and model.alias is not None else model.checks

    @staticmethod
    def _map_value(model: ModelDef) -> Optional[TypeInfo]:
        """The value type of an object model that is only a map (no declared properties)."""
        if model.kind != "object" or model.fields or model.additional is None or model.additional.runtime == "any":
            return None
        return model.additional

    def _has_example(self, f: FieldDef, checks: Dict[str, Any]) -> bool:
        return f.example is not None and self.fits(f.type.runtime, checks, f.example)


def _strict_checks(info: TypeInfo) -> Dict[str, Any]:
    """The checks, narrowed for examples to what a strict validator accepts (``TypeInfo.exclusive``:
    Prism rejects a value that sits in two overlapping ``oneOf`` enum branches)."""
    if not info.exclusive:
        return info.checks
    if info.runtime == "str":
        return {**info.checks, "enum": info.exclusive}
    return {**info.checks, "items": {**(info.checks.get("items") or {}), "enum": info.exclusive}}


def _primitive(kind: str, checks: Dict[str, Any], name: str) -> str:
    """Source for a valid primitive built from its checks (no example available)."""
    if checks.get("enum"):
        return _literal(kind, checks["enum"][0])
    if kind == "str":
        return _py(_string(checks, name))
    if kind in ("int", "float"):
        return _literal(kind, _number(kind, checks))
    if kind == "bool":
        return "True"
    if kind == "date":
        return "datetime.date(2024, 1, 1)"
    if kind == "datetime":
        return "datetime.datetime(2024, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)"
    return _py("value")


def _fits(kind: str, checks: Dict[str, Any], value: Any) -> bool:
    """Whether ``value`` is a valid ``kind`` under ``checks``: the SDK's own request validation
    decides (a date or date-time must be given as an ISO-8601 string here)."""
    if kind in ("date", "datetime") and not isinstance(value, str):
        return False
    try:
        encode(value, kind, "example", checks or None)
    except OpenApiException:
        return False
    return True


def _parse_date(value: str) -> Optional[datetime.date]:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def _parse_datetime(value: str) -> Optional[datetime.datetime]:
    try:
        return datetime.datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
    except ValueError:
        return None


def _literal(kind: str, value: Any) -> str:
    """Python source for a valid primitive value (dates as ``datetime`` constructors)."""
    if kind == "date":
        day = _parse_date(value)
        assert day is not None
        return f"datetime.date({day.year}, {day.month}, {day.day})"
    if kind == "datetime":
        moment = _parse_datetime(value)
        assert moment is not None
        offset = moment.utcoffset()
        zone = "datetime.timezone.utc"  # a naive example still needs an offset on the wire (RFC 3339)
        if offset:
            zone = f"datetime.timezone(datetime.timedelta(seconds={int(offset.total_seconds())}))"
        parts = moment.timetuple()[: 6 if moment.second else 5]
        return f"datetime.datetime({', '.join(map(str, parts))}, tzinfo={zone})"
    if kind == "float" and isinstance(value, int):
        return repr(float(value))
    return _py(value)


def _py(value: Any) -> str:
    """Python source for a JSON value, strings in double quotes."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_py(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_py(k)}: {_py(v)}" for k, v in value.items()) + "}"
    return repr(value)


def _string(checks: Dict[str, Any], name: str) -> str:
    """A string satisfying ``checks``, shaped by the field name when nothing constrains it."""
    lowered = name.lower()
    if lowered.endswith(("url", "uri", "link")):
        hint = "https://www.example.com"
    elif "email" in lowered:
        hint = "user@example.com"
    else:
        hint = f"{name or 'value'}_example"
    candidates = (hint,) + PATTERN_CANDIDATES if "pattern" in checks else (hint,)
    for candidate in candidates:
        text: str = candidate[: checks.get("max_length", len(candidate))]
        text += "x" * (checks.get("min_length", 0) - len(text))
        if _fits("str", checks, text):
            return text
    return hint


def _number(kind: str, checks: Dict[str, Any]) -> Union[int, float]:
    value: Union[int, float] = 1
    low, high = checks.get("minimum"), checks.get("maximum")
    if low is not None and (value < low or value == low and checks.get("exclusive_minimum")):
        value = low + 1 if checks.get("exclusive_minimum") else low
    if high is not None and (value > high or value == high and checks.get("exclusive_maximum")):
        value = high - 1 if checks.get("exclusive_maximum") else high
    return int(value) if kind == "int" else float(value)


# ---------------------------------------------------------------------------------------------
# Model pages
# ---------------------------------------------------------------------------------------------


def _model_page(model: ModelDef, models: Dict[str, ModelDef]) -> str:
    lines = [f"# {model.name}", ""]
    if model.description:
        lines += [_prose(model.description), ""]
    if model.deprecated:
        lines += ["**Deprecated** by Pinterest.", ""]
    if model.kind == "enum":
        base = {"str": "string", "int": "integer", "float": "number"}[model.enum_base]
        member = f"{model.name}({_py(model.enum_values[0])})"
        lines += [f"An enum of {base} values. Pass a value as is, or as a member (`{member}`).", "", "## Values", ""]
        lines += [f" - {_code(v)}" for v in model.enum_values]
    elif model.kind == "union":
        lines += _union_section(model)
    elif model.kind == "list":
        assert model.item is not None
        lines += [f"A list of {_type_md(model.item.runtime)}.", ""]
        notes = _type_notes(model.item.runtime, model.item.checks, models)
        notes += _constraints({k: v for k, v in model.checks.items() if k != "items"})
        lines += [f" - {note}" for note in notes]
    elif model.kind == "alias":
        assert model.alias is not None
        target = _code(model.alias.annotation) if model.alias.runtime == "any" else _type_md(model.alias.runtime)
        lines += [f"Another name for {target}.", ""]
        notes = ["nullable"] * model.alias.nullable + _type_notes(model.alias.runtime, model.alias.checks, models)
        lines += [f" - {note}" for note in notes]
    if model.kind == "object" or model.fields:
        lines += [""] + _properties(model, models)
    if model.kind == "object" and (model.checks or model.required_any):
        lines += ["", "## Constraints", ""]
        lines += [f" - {note}" for note in _constraints(model.checks)]
        if model.required_any:
            groups = " or ".join(" + ".join(_code(wire) for wire in group) for group in model.required_any)
            lines.append(f" - at least {groups} (checked before a request is sent)")
    if model.discriminator and model.kind == "object":
        lines += [""] + _discriminator(model)
    return _page(lines + ["", BACK_LINKS])


def _union_section(model: ModelDef) -> List[str]:
    mapping = model.discriminator[1] if model.discriminator else {}
    keys = {cls: key for key, cls in mapping.items()}
    lines = ["## One of", "", "Variant | Notes", "------------- | -------------"]
    for variant in model.variants:
        key = keys.get(variant.runtime)
        note = f"when `{model.discriminator[0]}` is {_code(key)}" if model.discriminator and key else ""
        lines.append(f"{_type_md(variant.runtime)} | {_cell(note)}")
    how = "Pass a value of one of these types."
    if any(_model_in(v.runtime) for v in model.variants):
        how = f"Construct one of the variants directly, or `{model.name}(...)` to pick the one the arguments fit."
    lines += ["", how]
    if model.discriminator:
        lines += ["", f"Discriminator property: `{model.discriminator[0]}`."]
    return lines


def _discriminator(model: ModelDef) -> List[str]:
    assert model.discriminator is not None
    prop, mapping = model.discriminator
    lines = [
        "## Discriminator",
        "",
        f"The value of `{prop}` selects the model:",
        "",
        "Value | Model",
        "------------- | -------------",
    ]
    return lines + [f"{_cell(_code(key))} | [{cls}]({cls}.md)" for key, cls in mapping.items()]


def _properties(model: ModelDef, models: Dict[str, ModelDef]) -> List[str]:
    lines = ["## Properties", ""]
    if not model.fields:
        if model.additional is None:
            return lines + ["None: an empty object."]
        if model.additional.runtime == "any":
            return lines + ["No declared properties; any JSON object is accepted."]
        notes = _type_notes(model.additional.runtime, model.additional.checks, models)
        text = f"A map from string keys to {_type_md(model.additional.runtime)} values (pass a `dict`)."
        return lines + [text] + ([f"Each value: {', '.join(notes)}."] if notes else [])
    lines += ["Name | Type | Description | Notes", "------------ | ------------- | ------------- | -------------"]
    for f in model.fields:
        name = f"**{f.py}**" + (f" (JSON {_code(f.wire)})" if f.py != f.wire else "")
        notes = ["required" if f.required else "[optional]"]
        if f.read_only:
            notes.append("[readonly]")
        if f.type.nullable:
            notes.append("nullable")
        if f.deprecated:
            notes.append("deprecated")
        notes += _type_notes(f.type.runtime, f.type.checks, models)
        if f.default is not None:
            notes.append(f"[default to {_json(f.default)}]")
        lines.append(f"{name} | {_type_md(f.type.runtime)} | {_prose_cell(f.description)} | {_cell(', '.join(notes))}")
    if model.additional is None:
        lines += ["", "No other properties are allowed."]
    elif model.additional.runtime != "any":
        lines.append(f"**any other name** | {_type_md(model.additional.runtime)} | Additional properties | [optional]")
    return lines


# ---------------------------------------------------------------------------------------------
# Index
# ---------------------------------------------------------------------------------------------


def _index(gen: "Generated") -> str:
    lines = [
        f"# {PACKAGE} documentation",
        "",
        f"Generated from the Pinterest REST API OpenAPI spec {gen.spec.version}.",
        "",
        "The reference: a page per API class (every method with a runnable example) and per model. How "
        "to use the SDK — authentication, errors, retries, pagination, jobs, testing — is in"
        " the [guides](guides/index.md).",
        "",
        "## Documentation for API Endpoints",
        "",
        f"All URIs are relative to *{HOST}*",
        "",
        "Class | Method | HTTP request | Description",
        "------------ | ------------- | ------------- | -------------",
    ]
    for tag in gen.tags:
        lines += [f"*{naming.api_class(tag)}* | {row}" for row in _method_rows(gen, tag)]
    lines += ["", "## Documentation For Models", ""]
    lines += [f" - [{name}]({name}.md)" for name in gen.models]
    lines += ["", "The original client's names that still bind (deprecated): [Legacy.md](Legacy.md)."]
    lines += ["", "## Documentation For Authorization", ""]
    for name, scheme in sorted(gen.spec.security_schemes.items()):
        lines += [f"### {name}", ""] + _scheme_lines(scheme)
        if name in CREDENTIALS:
            lines += ["", "In this SDK:", "", "```python"] + CREDENTIALS[name] + ["```"]
        lines.append("")
    return _page(lines + [GUIDES_LINK])


#: Where Pinterest issues API v5 tokens (``POST /oauth/token``, what ``pinterest_client.oauth`` calls).
TOKEN_URL = HOST + "/oauth/token"


def _token_url(url: str) -> str:
    """The token URL to document: the spec's ``client_credentials`` flow still names the retired v3
    endpoint (``api.pinterest.com/v3/oauth/access_token/``), which v5 tokens do not come from."""
    if re.match(r"https://api(-sandbox)?\.pinterest\.com/v[1-4]/", url):
        return f"{TOKEN_URL} (the spec names a retired pre-v5 endpoint here; v5 tokens come from `/oauth/token`)"
    return url


def _scheme_lines(scheme: Dict[str, Any]) -> List[str]:
    lines = [f"- **Type**: {_scheme_kind(scheme)}"]
    for flow, details in (scheme.get("flows") or {}).items():
        lines.append(f"- **Flow**: {flow}")
        if details.get("authorizationUrl"):
            lines.append(f"- **Authorization URL**: {details['authorizationUrl']}")
        if details.get("tokenUrl"):
            lines.append(f"- **Token URL**: {_token_url(details['tokenUrl'])}")
        lines.append("- **Scopes**:")
        lines += [f"  - **{scope}**: {_cell(text)}" for scope, text in details.get("scopes", {}).items()]
    if scheme.get("description"):
        lines += ["", _prose(str(scheme["description"]))]
    return lines
