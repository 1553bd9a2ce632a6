"""Load an OpenAPI 3.0 spec and merge in the operations the seeds document but the spec lacks."""

from __future__ import annotations

import copy
import dataclasses
import json
import os
from typing import Any, Dict, Iterator, List, Optional, Set, Tuple

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")

#: Default spec, relative to the repository root.
DEFAULT_SPEC = os.path.join("..", "shared", "spec", "openapi-5.23.0.json")

#: The spec version the original client (the seeds) was generated from: where its API classes
#: put each operation. Operations Pinterest has since moved to another tag stay reachable there.
SEED_SPEC_VERSION = "5.14.0"


@dataclasses.dataclass(frozen=True)
class LegacyOperation:
    """An operation the seeds document that the newest spec dropped (``spec`` holds it) or
    renamed (``alias_of`` names the current operationId)."""

    operation_id: str
    spec: Optional[str] = None
    alias_of: Optional[str] = None

    @property
    def note(self) -> str:
        if self.alias_of:
            current = self.alias_of.replace("/", "_")
            return f"Deprecated: old name of `{current}`, kept for code written against the original client."
        return (
            f"Deprecated: Pinterest's current spec no longer has this operation (generated from spec {self.spec}); "
            "kept for code written against the original client and may stop working."
        )


LEGACY_OPERATIONS = (
    LegacyOperation("audiences/create_custom", spec="5.18.0"),
    LegacyOperation("items/get", spec="5.14.0"),
    LegacyOperation("product_group_promotion/get", alias_of="product_group_promotions/get"),
)


#: Schemas the seeds use that Pinterest's current spec dropped: generated from the seed-era spec
#: (:data:`SEED_SPEC_VERSION`) so that code written against the original client still imports.
LEGACY_SCHEMAS = ("AdAccountCreateRequest", "BoardUpdate", "ProductGroupPromotionCreateRequestElement")

#: Marks a schema merged from an older spec; its value is that spec's version.
LEGACY_MARK = "x-pinterest-client-legacy"


class Spec:
    """A loaded spec with ``$ref`` lookup."""

    def __init__(self, data: Dict[str, Any], path: str) -> None:
        self.data = data
        self.path = path
        self.version: str = data["info"]["version"]
        self.schemas: Dict[str, Any] = data.get("components", {}).get("schemas", {})
        self.parameters: Dict[str, Any] = data.get("components", {}).get("parameters", {})
        self.responses: Dict[str, Any] = data.get("components", {}).get("responses", {})
        self.security_schemes: Dict[str, Any] = data.get("components", {}).get("securitySchemes", {})
        #: operationId -> LegacyOperation for operations merged in from older specs.
        self.legacy: Dict[str, LegacyOperation] = {}
        #: operationId -> tag the seed-era spec used, where it differs from today's.
        self.seed_tags: Dict[str, str] = {}
        #: operationIds whose request body the seed-era spec made optional and this one requires.
        self.seed_optional_bodies: Set[str] = set()
        #: The seed-era spec (:data:`SEED_SPEC_VERSION`), when it is beside this one: what the
        #: original client's models looked like (their constructors' positional order).
        self.seed: Optional["Spec"] = None

    @classmethod
    def load(cls, path: str) -> "Spec":
        with open(path, encoding="utf-8") as fh:
            return cls(json.load(fh), path)

    def deref(self, obj: Any) -> Any:
        """Follow ``$ref`` chains to the referenced object."""
        seen = 0
        while isinstance(obj, dict) and "$ref" in obj:
            obj = self.lookup(obj["$ref"])
            seen += 1
            if seen > 50:
                raise ValueError("reference cycle")
        return obj

    def lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are supported: {ref}")
        node: Any = self.data
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def operations(self) -> Iterator[Tuple[str, str, Dict[str, Any]]]:
        """``(path, method, operation)`` in spec order."""
        for path, item in self.data["paths"].items():
            for method in HTTP_METHODS:
                if method in item:
                    yield path, method, item[method]

    def operation(self, operation_id: str) -> Optional[Tuple[str, str, Dict[str, Any]]]:
        return next((op for op in self.operations() if op[2].get("operationId") == operation_id), None)


def schema_refs(node: Any) -> Iterator[str]:
    """Names of every component schema referenced anywhere under ``node``."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            yield ref.rsplit("/", 1)[1]
        for value in node.values():
            yield from schema_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from schema_refs(value)


def load_spec(path: str) -> Spec:
    """Load ``path`` and merge :data:`LEGACY_OPERATIONS` from the spec files beside it."""
    spec = Spec.load(path)
    folder = os.path.dirname(os.path.abspath(path))
    for legacy in LEGACY_OPERATIONS:
        if spec.operation(legacy.operation_id) is not None:
            continue  # this spec still has it
        if legacy.alias_of:
            target = spec.operation(legacy.alias_of)
            if target is None:
                continue
            spec.legacy[legacy.operation_id] = legacy
            continue
        old = Spec.load(os.path.join(folder, f"openapi-{legacy.spec}.json"))
        found = old.operation(legacy.operation_id)
        if found is None:
            raise ValueError(f"{legacy.operation_id} is not in spec {legacy.spec}")
        _merge_operation(spec, old, *found)
        spec.legacy[legacy.operation_id] = legacy
    seed_path = os.path.join(folder, f"openapi-{SEED_SPEC_VERSION}.json")
    if os.path.exists(seed_path) and spec.version != SEED_SPEC_VERSION:
        seed = spec.seed = Spec.load(seed_path)
        _merge_schemas(spec, seed, [n for n in LEGACY_SCHEMAS if n not in spec.schemas])
        current = {op.get("operationId"): op.get("tags", ["default"])[0] for _, _, op in spec.operations()}
        for _, _, op in seed.operations():
            old_tag = op.get("tags", ["default"])[0]
            new_tag = current.get(op.get("operationId"))
            if new_tag is not None and new_tag != old_tag:
                spec.seed_tags[op["operationId"]] = old_tag
            now = spec.operation(op.get("operationId", ""))
            body, seed_body = (now[2].get("requestBody") if now else None), op.get("requestBody")
            if body and spec.deref(body).get("required") and seed_body and not seed.deref(seed_body).get("required"):
                spec.seed_optional_bodies.add(op["operationId"])
    return spec


def _merge_operation(spec: Spec, old: Spec, path: str, method: str, operation: Dict[str, Any]) -> None:
    """Copy one operation (and the schemas/parameters it needs that ``spec`` lacks) from ``old``."""
    operation = copy.deepcopy(operation)
    spec.data["paths"].setdefault(path, {})[method] = operation
    pending = list(schema_refs(operation))
    for param in operation.get("parameters", []):
        ref = param.get("$ref", "")
        if ref.startswith("#/components/parameters/"):
            name = ref.rsplit("/", 1)[1]
            if name not in spec.parameters:
                spec.parameters[name] = copy.deepcopy(old.parameters[name])
                pending.extend(schema_refs(spec.parameters[name]))
    _merge_schemas(spec, old, pending)


def _merge_schemas(spec: Spec, old: Spec, names: List[str]) -> None:
    """Copy the named schemas, and those they reference, that ``spec`` lacks from ``old``."""
    pending = list(names)
    while pending:
        name = pending.pop()
        if name in spec.schemas:
            continue
        spec.schemas[name] = copy.deepcopy(old.schemas[name])
        spec.schemas[name][LEGACY_MARK] = old.version
        pending.extend(schema_refs(spec.schemas[name]))
