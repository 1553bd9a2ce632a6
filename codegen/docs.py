"""Definitions -> ``docs/*.md`` (a page per API class and per model, in the seeds' format).

    docs/<Api>.md      method table, then per method: signature, description, a runnable example,
                       parameters, return type, authorization, headers, responses
    docs/<Model>.md    properties (or values / variants / item type) with every spec constraint
    docs/README.md     the endpoint and model indexes and the security schemes

Example arguments come from :mod:`codegen.examples` (the SDK's one value synthesiser, walking the
generator's definitions): every example passes the SDK's request validation (and a spec-driven
mock server).
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Union

from codegen import naming
from codegen.examples import ExampleValues, Used, py_literal, render_value
from codegen.operations import BodyDef, OperationDef, ParamDef
from codegen.schemas import ModelDef
from codegen.text import clean
from pinterest_client.model_utils import split_type

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
        member = f"{model.name}({py_literal(model.enum_values[0])})"
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
        if f.wire in model.defaults:  # (the constructor fills it in; an optional field's default is the server's)
            notes.append(f"filled in as {_json(model.defaults[f.wire])} when not given")
        elif f.default is not None:
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
