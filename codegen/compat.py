"""Compatibility rules: the original client's surface on top of what the current spec generates.

The original client (``pinterest-generated-client`` 0.1.2 ... 0.1.12) shipped module paths,
class names, methods and parameter names that the current spec no longer produces. Its surface
is recorded once in ``legacy_surface.json`` (written by ``python -m codegen.derive_legacy`` from
the releases' wheels; the generator never reads the wheels); the rules below map it onto ours:

* :func:`merge_dropped_properties`: properties Pinterest dropped from a schema come back, deprecated.
* ``decisions`` in the JSON, per legacy model module we do not generate under that name:
  ``alias`` -> ``model/<legacy>.py`` re-exports the current class under the legacy name;
  ``dropped`` -> the schema is merged from the last spec that had it (:func:`merge_dropped_schemas`)
  and generated like any other, marked deprecated.
* :data:`BODY_ALIASES`: the request body's older names, accepted as keywords.
* :data:`FORM_FIELDS`: operations the original called with the body's fields as arguments.
* :data:`WIDENED`: parameters that took one value and now take a list.
* :data:`DROPPED_PARAMS`: parameters Pinterest removed; accepted, warned about, not sent.
* :data:`LEGACY_POSITIONAL`: the original's order of positional parameters, where it differs.
* :data:`LEGACY_API_CLASSES` / :data:`REMOVED_METHODS`: API classes and methods Pinterest dropped
  or moved: a moved one calls the new operation, a removed one raises ``OperationRemovedError``.

To add a rule: put the method (our name) and the legacy names in the table it belongs to and run
``python -m codegen``. A rule that does not apply to the spec being generated (an older spec that
still has those names) is skipped; ``test/test_legacy_surface.py`` checks, on the default spec,
that every legacy module, class, method and parameter name of the JSON binds. For a newly found
legacy model module, rerun ``derive_legacy`` (its ``OVERRIDES`` hold the hand-reviewed matches).
"""

from __future__ import annotations

import builtins
import copy
import dataclasses
import functools
import json
import os
from typing import Any, Dict, List, Optional, Tuple

from codegen import naming
from codegen.schemas import Registry
from codegen.spec import LEGACY_MARK, Spec, _merge_schemas

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "legacy_surface.json")

#: method -> the original client's names for its request body (oldest first).
BODY_ALIASES: Dict[str, Tuple[str, ...]] = {
    "ad_accounts_create": ("ad_account_create_request",),
    "ad_accounts_subscriptions_post": ("ad_account_create_subscription_request",),
    "boards_create": ("board",),
    "boards_update": ("board_update",),
    "business_members_asset_access_delete": ("inline_object",),
    "catalogs_product_groups_create": ("catalogs_product_group_create_request", "unknown_base_type"),
    "catalogs_product_groups_create_many": ("request_body",),
    "catalogs_product_groups_update": ("catalogs_product_group_update_request", "unknown_base_type"),
    "feeds_create": ("catalogs_feeds_create_request", "unknown_base_type"),
    "feeds_update": ("catalogs_feeds_update_request", "unknown_base_type"),
    "items_batch_post": ("catalogs_items_batch_request", "unknown_base_type"),
    "media_create": ("media_upload_request",),
    "pins_create": ("pin",),
    "pins_save": ("inline_object", "inline_object1"),
}

#: method -> the body field the original client took positionally; every field of the body (of
#: each variant, for a discriminated body) is accepted as a keyword too.
FORM_FIELDS: Dict[str, str] = {"oauth_token": "grant_type"}

#: method -> parameters whose older specs took one enum value where the current one takes a list.
WIDENED: Dict[str, Tuple[str, ...]] = {
    "ad_account_targeting_analytics_get": ("attribution_types",),
    "ad_groups_targeting_analytics_get": ("attribution_types",),
    "ad_targeting_analytics_get": ("attribution_types",),
    "campaign_targeting_analytics_get": ("attribution_types",),
}

#: method -> the original client's positional parameters, where their order differs from ours (it
#: required a parameter that is optional, hence keyword-only, now). Releases 0.1.2-0.1.8.
LEGACY_POSITIONAL: Dict[str, Tuple[str, ...]] = {
    "ads_analytics": ("ad_account_id", "start_date", "end_date", "ad_ids", "columns", "granularity"),
    "catalogs_product_groups_list": ("feed_id",),
    "items_get": ("country", "item_ids", "language"),
}

#: method -> parameters Pinterest removed from the operation (accepted and not sent).
DROPPED_PARAMS: Dict[str, Tuple[str, ...]] = {
    "audiences_list": ("entity_statuses",),
    "search_user_boards_get": ("username",),
    "search_user_pins_list": ("board", "topic_based", "richtype", "rs"),
}


@dataclasses.dataclass(frozen=True)
class LegacyMethod:
    """A method the original client had and the current spec does not generate there: it calls
    ``moved_to`` (``tag.method``), or raises, naming ``replacement``."""

    name: str
    moved_to: Optional[str] = None
    replacement: str = ""


#: API classes Pinterest dropped (by tag): their methods.
LEGACY_API_CLASSES: Dict[str, Tuple[LegacyMethod, ...]] = {
    "interests": (
        LegacyMethod("interests_followed_interests", moved_to="user_account.user_account_followed_interests"),
    ),
    "product_groups": (
        LegacyMethod(
            "ad_accounts_catalogs_product_groups_list",
            replacement="CatalogProductGroupsApi.catalogs_product_groups_list(ad_account_id=...)",
        ),
    ),
}

#: Methods of current API classes (by tag) whose operation Pinterest removed.
REMOVED_METHODS: Dict[str, Tuple[LegacyMethod, ...]] = {
    tag: (
        LegacyMethod(
            "audiences_insights_category_list", replacement="AudienceInsightsApi.audience_insights_get(ad_account_id)"
        ),
    )
    for tag in ("audiences", "audience_insights")
}


@dataclasses.dataclass
class CallCompat:
    """The legacy call forms one generated method accepts."""

    body_aliases: Tuple[str, ...] = ()
    #: (python name, annotation) of every body field, the positional one first.
    form_fields: List[Tuple[str, str]] = dataclasses.field(default_factory=list)
    widened: Tuple[str, ...] = ()
    dropped: Tuple[str, ...] = ()
    #: the original's positional parameters (python names), when their order differs from ours.
    positional: Tuple[str, ...] = ()

    @property
    def overloads(self) -> bool:
        """Whether the method needs ``@overload``s (its body may come under another name, or its
        arguments in another order)."""
        return bool(self.body_aliases or self.form_fields or self.positional)


def load_surface() -> Dict[str, Any]:
    with open(DATA, encoding="utf-8") as fh:
        data: Dict[str, Any] = json.load(fh)
    return data


# -- schemas ------------------------------------------------------------------------------------


@functools.cache
def _older_spec(path: str) -> Spec:
    """An older spec, read once per run (both merges below read them; neither changes them)."""
    return Spec.load(path)


def merge_dropped_schemas(spec: Spec, surface: Dict[str, Any]) -> None:
    """Merge every schema the ``dropped`` decisions name from the last spec that had it (read
    from beside ``spec``; skipped when that file is not there)."""
    folder = os.path.dirname(os.path.abspath(spec.path))
    by_version: Dict[str, List[str]] = {}
    for module, decision in surface["decisions"].items():
        if decision[0] == "dropped":
            by_version.setdefault(decision[1], []).append(surface["model"][module][0])
    for version, classes in sorted(by_version.items()):
        path = os.path.join(folder, f"openapi-{version}.json")
        if not os.path.exists(path):  # a spec outside ../shared/spec, without the older ones beside it
            continue
        old = _older_spec(path)
        names = {naming.class_name(s): s for s in old.schemas}
        _merge_schemas(spec, old, [names[c] for c in sorted(classes) if names[c] not in spec.schemas])


def merge_dropped_properties(spec: Spec, surface: Dict[str, Any]) -> None:
    """Give every schema the properties Pinterest dropped from it since a release of the original
    client had them (``Pin.note``, ``KeywordMetrics.avg_cpc_in_micro_currency``...), so that the
    original's ``openapi_types``/``attribute_map`` entries and keywords keep resolving: optional,
    deprecated, typed as the newest older spec typed them (``any`` where that type is gone)."""
    folder = os.path.dirname(os.path.abspath(spec.path))
    versions = sorted(set(surface["releases"].values()), key=lambda v: tuple(map(int, v.split("."))))
    for version in reversed(versions):  # newest first: its definition of a property wins
        path = os.path.join(folder, f"openapi-{version}.json")
        if version == spec.version or not os.path.exists(path):
            continue
        old = _older_spec(path)
        for name, schema in spec.schemas.items():
            if name not in old.schemas or not isinstance(schema, dict) or schema.get(LEGACY_MARK) == version:
                continue
            current = _all_properties(spec, schema)
            if not current:
                continue  # not an object schema (an enum, a union...)
            names = {naming.field_name(p) for p in current}
            for prop, definition in _all_properties(old, old.schemas[name]).items():
                if prop not in current and naming.field_name(prop) not in names:
                    added = _portable(spec, copy.deepcopy(definition))
                    note = f"Deprecated: Pinterest dropped this property after spec {version}."
                    added["description"] = f"{note} {added.get('description', '')}".strip()
                    added["deprecated"] = True
                    schema.setdefault("properties", {})[prop] = added
                    current[prop] = added
                    names.add(naming.field_name(prop))


def merge_original_properties(spec: Spec, surface: Dict[str, Any]) -> None:
    """Declare, as deprecated properties of any type, what ``class_fields`` of the surface lists:
    properties the original's class had that no spec beside ours still gives it."""
    by_class = {naming.class_name(name): schema for name, schema in spec.schemas.items()}
    for cls, fields in surface.get("class_fields", {}).items():
        schema = by_class.get(cls)
        if not isinstance(schema, dict):
            continue
        for py, wire in fields.items():
            note = f"Deprecated: the original client's {cls} had this property ({py}); Pinterest's specs no longer do."
            schema.setdefault("properties", {}).setdefault(wire, {"description": note, "deprecated": True})


def _all_properties(spec: Spec, schema: Any, seen: Optional[set] = None) -> Dict[str, Any]:
    """The properties of ``schema`` and of its ``allOf`` parts, by name."""
    seen = set() if seen is None else seen
    schema = spec.deref(schema)
    if not isinstance(schema, dict) or id(schema) in seen:
        return {}
    seen.add(id(schema))
    out: Dict[str, Any] = {}
    for part in schema.get("allOf") or ():
        out.update(_all_properties(spec, part, seen))
    out.update(schema.get("properties") or {})
    return out


def _portable(spec: Spec, node: Any) -> Any:
    """An older spec's property schema made valid in ``spec``: a reference to a schema ``spec``
    does not have becomes ``{}`` (any value)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            name = ref.rsplit("/", 1)[1]
            return node if ref.startswith("#/components/schemas/") and name in spec.schemas else {}
        return {k: _portable(spec, v) for k, v in node.items()}
    if isinstance(node, list):
        return [_portable(spec, v) for v in node]
    return node


def model_aliases(surface: Dict[str, Any]) -> Dict[str, Tuple[str, str]]:
    """legacy module -> (legacy class, current class it names)."""
    return {
        module: (surface["model"][module][0], decision[1])
        for module, decision in surface["decisions"].items()
        if decision[0] == "alias"
    }


def releases_of(surface: Dict[str, Any], kind: str, module: str) -> str:
    _, first, last = surface[kind][module]
    return first if first == last else f"{first}-{last}"


def star_exportable(name: str) -> bool:
    """Whether ``from ... import *`` may bind ``name`` (never over a Python builtin)."""
    return not hasattr(builtins, name)


# -- operations ---------------------------------------------------------------------------------


def apply_call_rules(operations: List[Any], registry: Registry) -> None:
    """Attach a :class:`CallCompat` to every operation a rule names. A rule (or a name in it) that
    does not apply to the spec at hand is skipped: older specs still have those names."""
    for op in operations:
        if op.alias_of is not None:
            continue
        rules = CallCompat(
            body_aliases=BODY_ALIASES.get(op.name, ()) if op.body is not None else (),
            widened=tuple(p.py for p in op.params if p.py in WIDENED.get(op.name, ()) and _is_list(p)),
            dropped=DROPPED_PARAMS.get(op.name, ()),
        )
        if op.name in FORM_FIELDS and op.body is not None and op.body.type.runtime in registry.models:
            rules.form_fields = form_fields(op, registry, FORM_FIELDS[op.name])
        rules.positional = _legacy_positional(op)
        taken = {p.py for p in op.params} | ({op.body.py} if op.body is not None else set())
        rules.body_aliases = tuple(a for a in rules.body_aliases if a not in taken)
        rules.dropped = tuple(a for a in rules.dropped if a not in taken)
        rules.form_fields = [f for f in rules.form_fields if f[0] not in taken]
        if rules != CallCompat():
            op.compat = rules


def _legacy_positional(op: Any) -> Tuple[str, ...]:
    """:data:`LEGACY_POSITIONAL`'s order for ``op``, if it is a reordering that adds only
    parameters that are keyword-only now."""
    order = LEGACY_POSITIONAL.get(op.name, ())
    current = [p.py for p in op.positional]
    keyword = {p.py for p in op.keyword}
    if not order or [n for n in order if n not in keyword] != current or len(order) == len(current):
        return ()
    return order


def _is_list(param: Any) -> bool:
    return bool(param.type.annotation.startswith("List["))


def form_fields(op: Any, registry: Registry, first: str) -> List[Tuple[str, str]]:
    """(python name, annotation) of every field of ``op``'s body (of each variant it maps to)."""
    body = registry.models[op.body.type.runtime]
    models = [body] + [registry.models[c] for c in (body.discriminator or ("", {}))[1].values()]
    fields: Dict[str, str] = {}
    for model in models:
        for field in model.fields:
            fields.setdefault(field.py, "str" if field.type.refs else field.type.annotation)
    if first not in fields:
        raise ValueError(f"{op.name}: its body has no field {first}")
    return [(first, fields.pop(first))] + sorted(fields.items())


# -- rendering ----------------------------------------------------------------------------------


def render_model_alias(
    module: str, legacy: str, target: str, releases: str, version: str, extra: Optional[Dict[str, str]] = None
) -> str:
    """``model/<legacy module>.py``: the legacy class name bound to the current class (imported from
    its public module path, whatever module defines it); where the legacy class had properties the
    current one lacks (``extra``: Python name -> wire name), a thin subclass declaring them too."""
    from codegen import render

    out = render.header(version)
    if not extra:
        out += render.docstring(
            f"Deprecated: ``{legacy}`` is the original client's name (releases {releases}) for\n"
            f":class:`{target}`, the same class under its current name.",
            "",
        )
        out += "\n" + render.import_line(f"{render.PACKAGE}.model.{naming.module_name(target)}", target) + "\n"
        return out + f"\n{legacy} = {target}\n\n__all__ = [{legacy!r}]\n".replace("'", '"')
    out += "\nfrom __future__ import annotations\n\nfrom typing import Any\n\n"
    out += render.runtime_import_lines(["Field"])[0] + "\n"
    out += render.import_line(f"{render.PACKAGE}.model.{naming.module_name(target)}", target) + "\n\n\n"
    out += f"class {legacy}({target}):\n"
    out += render.docstring(
        f"Deprecated: the original client's ``{legacy}`` (releases {releases}): :class:`{target}` plus the\n"
        f"properties it had then ({', '.join(sorted(extra))}), kept so that code setting them still runs.",
        "    ",
    )
    for py, wire in sorted(extra.items()):
        wire_arg = "" if wire == py else f", wire={wire!r}"
        out += f"\n    {py}: Any = Field('any'{wire_arg})\n"
    return out + f"\n\n__all__ = [{legacy!r}]\n".replace("'", '"')


def render_legacy_doc(gen: Any, surface: Dict[str, Any], aliases: Dict[str, str], apis: Dict[str, str]) -> str:
    """``docs/Legacy.md``: the original client's names that bind here, and what they mean now
    (``aliases``/``apis``: the legacy model/API classes generated, class -> module)."""
    releases = list(surface["releases"])
    lines = [
        "# The original client's names",
        "",
        "Code written against the original generated client (`pinterest-generated-client` "
        f"{releases[0]} ... {releases[-1]}) runs here with the import "
        "prefix changed. These are the names it used that the current spec no longer produces; each "
        "still works and is deprecated (a call in a legacy form warns with `DeprecationWarning`).",
        "",
        "## Model classes under older names",
        "",
        "Module | Class | Now",
        "------ | ----- | ---",
    ]
    by_module = {module: cls for cls, module in aliases.items()}
    for module, decision in surface["decisions"].items():
        legacy = surface["model"][module][0]
        if decision[0] == "alias" and module in by_module:
            now = f"the same class as [{decision[1]}]({decision[1]}.md)"
            if len(decision) > 3:  # the current class requires more than the legacy constructor did
                now += "; requires " + ", ".join(f"`{name}`" for name in decision[3])
            lines.append(f"`model.{module}` | `{legacy}` | {now}")
        elif decision[0] == "dropped" and legacy in gen.models:
            lines.append(f"`model.{module}` | [{legacy}]({legacy}.md) | dropped by Pinterest; from spec {decision[1]}")
    lines += ["", "## Methods", "", "Class | Method | Also accepts", "----- | ------ | ------------"]
    for tag, ops in gen.tags.items():
        for op in ops:
            if op.compat is not None:
                lines.append(f"{naming.api_class(tag)} | `{op.name}` | {'; '.join(describe(op))}")
        for method in REMOVED_METHODS.get(tag, ()):
            lines.append(f"{naming.api_class(tag)} | `{method.name}` | removed: raises `OperationRemovedError`")
    for tag, methods in LEGACY_API_CLASSES.items():
        if naming.api_class(tag) not in apis:
            continue
        for method in methods:
            now = (
                f"calls `{method.moved_to.split('.')[1]}`"
                if method.moved_to
                else "removed: raises `OperationRemovedError`"
            )
            lines.append(f"{naming.api_class(tag)} (dropped class) | `{method.name}` | {now}")
    lines += [
        "",
        "`OperationRemovedError` (`pinterest_client.legacy_calls`, an `ApiException`) is raised before "
        "anything is sent and names what to call instead.",
        "",
        "[[Guides]](guides/index.md)",  # inside docs/ (codegen.docs.GUIDES_LINK)
    ]
    return "\n".join(lines) + "\n"


def describe(op: Any) -> List[str]:
    """The legacy call forms ``op`` accepts, a phrase each (its docstring and ``docs/Legacy.md``)."""
    compat = op.compat
    if compat is None:
        return []
    body = op.body.py if op.body is not None else ""
    forms = [f"`{alias}=` for `{body}`" for alias in compat.body_aliases]
    if compat.form_fields:
        forms.append(f"`{op.name}({compat.form_fields[0][0]}, field=...)`: the fields of `{body}` as arguments")
    forms += [f"one value for `{name}` (sent as a one-item list)" for name in compat.widened]
    forms += [f"`{name}=` (removed by Pinterest, not sent)" for name in compat.dropped]
    if compat.positional:
        forms.append(f"the positional order `{op.name}({', '.join(compat.positional)})`")
    return forms
