"""Derive ``codegen/legacy_surface.json`` once from the original client's releases.

``python -m codegen.derive_legacy MANIFEST_DIR`` reads one ``<version>.json`` per release of the
original client (``pinterest-generated-client`` 0.1.2 ... 0.1.12, each dumped by
``codegen/legacy_manifest.py`` from the installed wheel; each lists, for every
``api/<module>.py`` and ``model/<module>.py`` of that wheel, its classes, their methods and the
keyword arguments each accepts, and each model's ``attribute_map``/``openapi_types``/``allowed_values``)
and writes the compact table :mod:`codegen.compat` and ``test/test_legacy_surface.py`` use:

* ``releases``: version -> the spec it was generated from;
* ``api``/``model``: module -> ``[class, first release, last release]`` for every module any
  release shipped;
* ``methods``: ``"module.Class.method"`` -> the distinct ``[required, optional]`` parameter
  names (call options left out) of the releases that had it;
* ``decisions``: for every model module our generator does not produce under that name, how it
  resolves: ``["alias", CurrentClass, score[, stricter]]`` (the legacy class is the current class
  under an older name, matched on wire names and types, then reviewed by hand: see
  :data:`OVERRIDES`; ``stricter``: the wire names the current class requires and the legacy
  constructor did not) or
  ``["dropped", spec version]`` (a component schema Pinterest removed, generated from the last
  spec that had it).

The generator never reads the manifests: only the committed JSON.
"""

from __future__ import annotations

import json
import os
import re
import sys
from typing import Any, Dict, List, Optional, Set, Tuple

from codegen import naming
from codegen.spec import DEFAULT_SPEC, Spec, load_spec

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "codegen", "legacy_surface.json")

#: Release -> the spec it was generated from (``../shared/spec/README.md``; 5.7.0 was never
#: published, 5.8.0 stands in for it).
RELEASES = {
    "0.1.2": "5.6.0",
    "0.1.3": "5.6.0",
    "0.1.4": "5.8.0",
    "0.1.5": "5.8.0",
    "0.1.6": "5.8.0",
    "0.1.7": "5.8.0",
    "0.1.8": "5.10.0",
    "0.1.9": "5.14.0",
    "0.1.10": "5.14.0",
    "0.1.11": "5.14.0",
    "0.1.12": "5.14.0",
}
#: Older specs, newest first: where a dropped schema is taken from.
OLD_SPECS = ("5.18.0", "5.14.0", "5.10.0", "5.8.0", "5.6.0")

#: Keyword options every original method accepted (``CallOptions`` has them all).
CALL_OPTIONS = frozenset(
    {
        "async_req",
        "_host_index",
        "_preload_content",
        "_request_timeout",
        "_return_http_data_only",
        "_check_input_type",
        "_check_return_type",
        "_content_type",
        "_spec_property_naming",
    }
)

#: Hand review of the automatic matching: legacy class -> current class, where the best score
#: is not the right answer (or there is no candidate).
OVERRIDES: Dict[str, str] = {
    # 0.1.9+ named the body of business_members_asset_access_delete so (0.1.2-0.1.8: pins_save's).
    "InlineObject": "BusinessMembersAssetAccessDeleteRequest",
    # The two anyOf branches of ItemResponse (an item, or an item's errors): the union itself.
    "ItemResponseAnyOf": "ItemResponse",
    "ItemResponseAnyOf1": "ItemResponse",
}

#: Below this score a legacy inline class has no current counterpart worth aliasing.
MIN_SCORE = 0.5


def load_manifests(folder: str) -> Dict[str, Dict[str, Any]]:
    return {v: _read_json(os.path.join(folder, f"{v}.json")) for v in RELEASES}


def _read_json(path: str) -> Any:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def module_table(manifests: Dict[str, Dict[str, Any]], kind: str) -> Dict[str, List[str]]:
    """module -> [class, first release, last release] (releases are listed in order)."""
    out: Dict[str, List[str]] = {}
    for version, manifest in manifests.items():
        for module, classes in manifest[kind].items():
            names = [c for c in classes if not c.startswith("__")]
            if len(names) != 1:
                raise ValueError(f"{version} {kind}/{module}: expected one class, got {names}")
            entry = out.setdefault(module, [names[0], version, version])
            if entry[0] != names[0]:
                raise ValueError(f"{kind}/{module}: class {entry[0]} became {names[0]} in {version}")
            entry[2] = version
    return dict(sorted(out.items()))


def method_table(manifests: Dict[str, Dict[str, Any]]) -> Dict[str, List[List[List[str]]]]:
    """``module.Class.method`` -> the distinct ``[required, optional]`` parameter-name lists its
    releases accepted (call options left out), oldest first."""
    out: Dict[str, List[List[List[str]]]] = {}
    for manifest in manifests.values():
        for module, classes in manifest["api"].items():
            for cls, methods in classes.items():
                if cls.startswith("__"):
                    continue
                for method, info in methods.items():
                    variant = method_variant(info)
                    variants = out.setdefault(f"{module}.{cls}.{method}", [])
                    if variant not in variants:
                        variants.append(variant)
    return dict(sorted(out.items()))


def method_variant(info: Dict[str, Any]) -> List[List[str]]:
    """``[required, optional]`` names of one release's method (an unimportable module's
    manifest has only the positional ``sig``)."""
    positional = [p for p in info["sig"] if p != "kwargs"]
    names = [p for p in info.get("params", positional) if p not in CALL_OPTIONS]
    required = [p for p in names if p in info.get("required", positional)]
    return [required, [p for p in names if p not in required]]


# -- matching legacy model classes to current ones ----------------------------------------------


def legacy_type(text: str) -> str:
    """``"[<class '...model.pin.Pin'>]"`` -> ``"list[Pin]"``; ``"str"`` -> ``"str"``."""
    listy = text.startswith("[")
    found = re.findall(r"([A-Za-z_][A-Za-z0-9_]*)'?>?\]?$", text.strip("[]"))
    name = found[0] if found else text
    return f"list[{name}]" if listy else name


def legacy_shape(cls: Dict[str, Any]) -> Tuple[Dict[str, str], Set[Any]]:
    """(wire name -> simplified type, enum values) of one legacy model class."""
    if "value" in cls["openapi_types"] and not cls["attribute_map"]:
        return {}, set(map(str, cls["allowed_values"].get("value", [])))
    fields = {}
    types_of = cls["openapi_types"] if isinstance(cls["openapi_types"], dict) else {}  # unimportable
    for py, wire in cls["attribute_map"].items():
        types = [legacy_type(t) for t in types_of.get(py, []) if t != "NoneType"]
        fields[wire] = types[0] if types else "any"
    return fields, set()


def current_shapes(gen: Any) -> Dict[str, Tuple[Dict[str, str], Set[Any]]]:
    """(wire name -> runtime type, enum values) of every class ``gen`` generates."""
    out: Dict[str, Tuple[Dict[str, str], Set[Any]]] = {}
    for name, model in gen.models.items():
        if model.kind == "object" or model.kind == "union":
            out[name] = ({f.wire: f.type.runtime for f in model.fields}, set())
        elif model.kind == "enum":
            out[name] = ({}, set(map(str, model.enum_values)))
        else:
            out[name] = ({}, set())
    return out


def required_now(legacy: Dict[str, Any], model: Any) -> List[str]:
    """Wire names the current class requires that the legacy class's constructor did not: where
    the alias is stricter (an ``AllOf`` fragment, a looser numbered duplicate)."""
    wire = legacy["attribute_map"]
    required_then = {wire.get(p, p) for p in legacy["init"] if p not in ("args", "kwargs")}
    return sorted(f.wire for f in model.fields if f.required and f.wire not in required_then)


def score(legacy: Tuple[Dict[str, str], Set[Any]], current: Tuple[Dict[str, str], Set[Any]]) -> float:
    """How well ``current`` stands in for ``legacy``: the share of the legacy wire names (or enum
    values) it has, half-weighted by type agreement, less a little for every extra name."""
    (lf, le), (cf, ce) = legacy, current
    if le or ce:
        return len(le & ce) / len(le | ce) if le and ce else 0.0
    if not lf or not cf:
        return 0.0
    common = set(lf) & set(cf)
    typed = sum(1 for w in common if _same_type(lf[w], cf[w]))
    return (len(common) + typed) / (2 * len(lf)) - 0.01 * len(set(cf) - set(lf))


def _same_type(old: str, new: str) -> bool:
    return old.lower().replace("datetime", "datetime") == new.lower() or old == "any" or new == "any"


def name_hint(legacy_class: str) -> str:
    """``TargetingSpec1`` -> ``TargetingSpec``; ``AdGroupResponseAllOf`` -> ``AdGroupResponse``."""
    name = re.sub(r"\d+$", "", legacy_class)
    return re.sub(r"(AllOf|AnyOf|OneOf)\d*$", "", name)


def coverage(legacy: Tuple[Dict[str, str], Set[Any]], current: Tuple[Dict[str, str], Set[Any]]) -> float:
    """The share of the legacy wire names (or enum values) ``current`` has."""
    (lf, le), (cf, ce) = legacy, current
    want, have = (le, ce) if le else (set(lf), set(cf))
    return len(want & have) / len(want) if want else 0.0


def named_like(legacy_class: str, names: List[str]) -> List[str]:
    """Current classes whose name says they are the legacy one: the owner of an ``AllOf`` part,
    the unnumbered original, the ``...Item`` of an ``...Items``, or a longer inline name."""
    hint = name_hint(legacy_class)
    wanted = {hint, hint + "Item", hint[:-1] + "Item"}
    return [n for n in names if n in wanted or n.endswith(legacy_class) or n.endswith(hint) and n != hint]


def best_match(
    legacy_class: str, shape: Tuple[Dict[str, str], Set[Any]], shapes: Dict[str, Tuple[Dict[str, str], Set[Any]]]
) -> Tuple[Optional[str], float]:
    """The best-scoring current class, unless a class named like the legacy one covers as much."""
    hint = name_hint(legacy_class)
    ranked = sorted(
        ((score(shape, s) + 0.05 * name.startswith(hint), name) for name, s in shapes.items()),
        key=lambda i: (-i[0], len(i[1]), i[1]),
    )
    if not ranked:
        return None, 0.0
    top, name = ranked[0]
    best_cover = coverage(shape, shapes[name])
    for candidate in sorted(named_like(legacy_class, list(shapes)), key=len):
        if coverage(shape, shapes[candidate]) >= best_cover or top < MIN_SCORE:
            return candidate, round(max(score(shape, shapes[candidate]), MIN_SCORE), 3)
    return name, round(top, 3)


def dropped_in(legacy_class: str, specs: Dict[str, Spec]) -> Optional[str]:
    """The newest older spec with a component schema named ``legacy_class``."""
    for version in OLD_SPECS:
        if any(naming.class_name(s) == legacy_class for s in specs[version].schemas):
            return version
    return None


def decisions(
    models: Dict[str, List[str]], manifests: Dict[str, Dict[str, Any]], spec_dir: str, current: Spec
) -> Dict[str, List[Any]]:
    from codegen.generate import Generated

    gen = Generated(current)
    shapes = current_shapes(gen)
    generated = {model.module for model in gen.models.values()}
    specs = {v: Spec.load(os.path.join(spec_dir, f"openapi-{v}.json")) for v in OLD_SPECS}
    out: Dict[str, List[Any]] = {}
    pending = {}
    for module, (cls, _, last) in models.items():
        if module in generated:
            continue
        legacy = manifests[last]["model"][module][cls]
        shape = legacy_shape(legacy)
        name, top = (OVERRIDES[cls], "review") if cls in OVERRIDES else best_match(cls, shape, shapes)
        spec_version = dropped_in(cls, specs)
        if spec_version and not (isinstance(top, float) and top >= 1.0):
            out[module] = ["dropped", spec_version]
        elif name is not None:
            kind = "alias" if top == "review" or float(top) >= MIN_SCORE else "weak"
            stricter = required_now(legacy, gen.models[name])
            out[module] = [kind, name, top] + ([stricter] if stricter else [])
            pending[module] = cls
    dropped = {models[m][0] for m, d in out.items() if d[0] == "dropped"}
    for module, cls in pending.items():  # the AllOf part of a dropped schema: that schema
        if name_hint(cls) in dropped:
            out[module] = ["alias", name_hint(cls), "owner"]
    return out


def _missing_fields(manifests: Dict[str, Dict[str, Any]], module: str, cls: str, model: Any) -> Dict[str, str]:
    """{Python name: wire name} of the properties the original's ``module.cls`` had in any release
    that ``model`` (a current definition) lacks."""
    have = {f.py for f in model.fields}
    extra: Dict[str, str] = {}
    for manifest in manifests.values():
        legacy = manifest["model"].get(module, {}).get(cls)
        for py, wire in (legacy or {}).get("attribute_map", {}).items():
            if py not in have and naming.field_name(wire) == py:
                extra[py] = wire
    return dict(sorted(extra.items()))


def alias_fields(
    models: Dict[str, List[str]], manifests: Dict[str, Dict[str, Any]], table: Dict[str, List[Any]], current: Spec
) -> Dict[str, Dict[str, str]]:
    """legacy module -> {Python name: wire name} of the properties its class had in any release and
    the current class it is an alias of lacks: the alias becomes a thin subclass declaring them."""
    from codegen.generate import Generated

    gen = Generated(current)
    out: Dict[str, Dict[str, str]] = {}
    for module, decision in sorted(table.items()):
        if decision[0] != "alias" or decision[1] not in gen.models or gen.models[decision[1]].kind != "object":
            continue  # (a union's tables already merge its variants' fields)
        cls = models[module][0]
        extra = _missing_fields(manifests, module, cls, gen.models[decision[1]])
        if extra:
            out[module] = extra
    return out


def class_fields(
    models: Dict[str, List[str]], manifests: Dict[str, Dict[str, Any]], table: Dict[str, Any]
) -> Dict[str, Dict[str, str]]:
    """current class -> {Python name: wire name} of the properties the original's class of that
    name had in some release and no spec beside ours still has (a spec the release came from is
    not published, or the original flattened a ``oneOf``'s variants into the class): declared too."""
    from codegen import compat
    from codegen.generate import Generated

    spec = load_spec(os.path.join(ROOT, DEFAULT_SPEC))
    surface = {**table, "alias_fields": {}, "class_fields": {}}
    compat.merge_dropped_schemas(spec, surface)
    compat.merge_dropped_properties(spec, surface)
    gen = Generated(spec)
    out: Dict[str, Dict[str, str]] = {}
    for module, (cls, _, _) in sorted(models.items()):
        model = gen.models.get(cls)
        if model is None or model.kind != "object" or model.module != module:
            continue
        extra = _missing_fields(manifests, module, cls, model)
        if extra:
            out[cls] = extra
    return out


def compact_json(table: Dict[str, Dict[str, Any]]) -> str:
    """One line per entry of each top-level table (diffs stay readable)."""
    sections = []
    for key, entries in table.items():
        lines = [f"  {json.dumps(k)}: {json.dumps(v, separators=(',', ':'))}" for k, v in entries.items()]
        sections.append(f"{json.dumps(key)}: {{\n" + ",\n".join(lines) + "\n}")
    return "{\n" + ",\n".join(sections) + "\n}\n"


def main(argv: List[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    manifests = load_manifests(argv[0])
    spec_path = os.path.join(ROOT, DEFAULT_SPEC)
    models = module_table(manifests, "model")
    table: Dict[str, Dict[str, Any]] = {
        "releases": RELEASES,
        "api": module_table(manifests, "api"),
        "model": models,
        "methods": method_table(manifests),
        "decisions": decisions(models, manifests, os.path.dirname(spec_path), load_spec(spec_path)),
    }
    table["alias_fields"] = alias_fields(models, manifests, table["decisions"], load_spec(spec_path))
    table["class_fields"] = class_fields(models, manifests, table)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(compact_json(table))
    print(
        f"wrote {OUT}: {len(table['model'])} model and {len(table['api'])} api modules, "
        f"{len(table['methods'])} methods, {len(table['decisions'])} decisions"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
