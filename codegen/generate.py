"""Spec -> {relative path: file text} for everything generated."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Dict, List, Tuple

from codegen import compat, naming, render
from codegen.formatting import format_python
from codegen.operations import OperationDef, build_operations
from codegen.schemas import ModelDef, Registry
from codegen.spec import Spec, load_spec

PKG = "pinterest_client"
#: Folders whose every file the generator owns (``--check`` flags strays there too).
GENERATED_DIRS = (f"{PKG}/api", f"{PKG}/model", f"{PKG}/apis", f"{PKG}/models", "docs")


class Generated:
    """The definitions of one spec, ready to render."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.registry = Registry(spec)
        self.registry.build_components()
        self.operations: List[OperationDef] = build_operations(spec, self.registry)
        compat.apply_call_rules(self.operations, self.registry)
        self.models: Dict[str, ModelDef] = dict(sorted(self.registry.models.items()))
        self.tags: Dict[str, List[OperationDef]] = defaultdict(list)
        for op in self.operations:
            self.tags[op.tag].append(op)
        self.tags = dict(sorted(self.tags.items()))
        self.tag_descriptions = {t["name"]: str(t.get("description", "")).strip() for t in spec.data.get("tags", [])}
        by_name = {op.operation_id: op for op in self.operations}
        #: tag -> [(operation, the tag whose class defines it)] for the seed-era placement.
        self.seed_aliases: Dict[str, List[Tuple[OperationDef, str]]] = defaultdict(list)
        for operation_id, old_tag in sorted(spec.seed_tags.items()):
            moved = by_name.get(operation_id)
            if moved is not None and old_tag in self.tags:
                self.seed_aliases[old_tag].append((moved, moved.tag))


def generate(spec_path: str) -> Dict[str, str]:
    from codegen import docs

    surface = compat.load_surface()
    spec = load_spec(spec_path)
    compat.merge_dropped_schemas(spec, surface)
    compat.merge_dropped_properties(spec, surface)
    compat.merge_original_properties(spec, surface)
    gen = Generated(spec)
    version = gen.spec.version
    files: Dict[str, str] = {}
    defined_in: Dict[str, List[ModelDef]] = defaultdict(list)
    for model in gen.models.values():
        defined_in[model.home].append(model)
        if model.home != model.module:
            files[f"{PKG}/model/{model.module}.py"] = render.render_reexport(model, version)

    def home(name: str) -> str:
        return gen.models[name].home

    enums = {m.name: m for m in gen.models.values() if m.kind == "enum"}
    clashes = {render.value_alias(name) for name in enums} & set(gen.models)
    assert not clashes, f"an enum's value alias is also a model name: {sorted(clashes)}"
    for module, models in sorted(defined_in.items()):
        files[f"{PKG}/model/{module}.py"] = render.render_model_file(models, home, version, enums)
    shared = render.shared_values(gen.operations)
    if shared:
        files[f"{PKG}/api/_values.py"] = render.render_shared_values(shared, version)
    for tag, ops in gen.tags.items():
        # the module and its stub are rendered from the same definitions
        api = (tag, gen.tag_descriptions.get(tag, ""), ops, gen.seed_aliases.get(tag, []), version)
        removed = compat.REMOVED_METHODS.get(tag, ())
        files[f"{PKG}/api/{naming.api_module(tag)}.py"] = render.render_api(*api, removed, shared)
        files[f"{PKG}/api/{naming.api_module(tag)}.pyi"] = render.render_api_stub(*api, removed, enums)
    legacy = LegacyModules(gen, surface)
    files.update(legacy.files)
    files[f"{PKG}/model/__init__.py"] = render.render_package_doc(
        version,
        f"One module per model (`from {PKG}.model.board import Board`); an inline schema is defined in the "
        f"module of the schema that owns it and re-exported by its own. See `{PKG}.models` for all of them.",
    )
    files[f"{PKG}/api/__init__.py"] = render.render_package_doc(
        version, f"One module per API class (`from {PKG}.api import boards_api`); see `{PKG}.apis` for all of them."
    )
    model_index = {m.name: m.home for m in gen.models.values()}
    files[f"{PKG}/models/__init__.py"] = render.render_lazy_index(version, "model", "model", model_index, legacy.models)
    api_index = {naming.api_class(t): naming.api_module(t) for t in gen.tags}
    files[f"{PKG}/apis/__init__.py"] = render.render_lazy_index(version, "API", "api", api_index, legacy.apis)
    files.update(docs.render_docs(gen))
    files["docs/Legacy.md"] = compat.render_legacy_doc(gen, surface, legacy.models, legacy.apis)
    return format_python(files)


class LegacyModules:
    """The module paths of the original client that the spec alone does not produce: model
    aliases and dropped API classes (see :mod:`codegen.compat`). Skipped where the spec (an older
    one) generates that module itself, or lacks the class an alias names."""

    def __init__(self, gen: Generated, surface: Dict[str, Any]) -> None:
        version = gen.spec.version
        generated = {m.module for m in gen.models.values()}
        self.files: Dict[str, str] = {}
        self.models: Dict[str, str] = {}  # class -> module, for the models index
        self.apis: Dict[str, str] = {}
        for module, (legacy, target) in compat.model_aliases(surface).items():
            if target in gen.models and module not in generated:
                releases = compat.releases_of(surface, "model", module)
                extra = surface.get("alias_fields", {}).get(module)
                text = compat.render_model_alias(module, legacy, target, releases, version, extra)
                self.files[f"{PKG}/model/{module}.py"] = text
                self.models[legacy] = module
        owners = {tag: naming.api_module(tag) for tag in gen.tags}
        for tag, methods in compat.LEGACY_API_CLASSES.items():
            targets = {m.moved_to.split(".")[0] for m in methods if m.moved_to}
            if tag not in gen.tags and targets <= set(owners):
                module = naming.api_module(tag)
                self.files[f"{PKG}/api/{module}.py"] = render.render_legacy_api(tag, methods, owners, version)
                self.apis[naming.api_class(tag)] = module
