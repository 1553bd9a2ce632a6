"""Is a JSON value valid for an OpenAPI 3.0 schema? An independent judge built on ``jsonschema``.

The spec's schemas are translated to JSON Schema draft 4 (OpenAPI 3.0's dialect): ``nullable``
admits ``null``; ``$ref`` siblings (``required`` next to a ``$ref`` in an ``anyOf`` variant) are
kept by wrapping the reference in ``allOf``; a ``discriminator`` is honoured as OpenAPI says — when
the value's discriminator property names a mapped (or same-named) schema, the value must be valid
for that schema, and for a ``oneOf``/``anyOf`` with a discriminator that schema alone decides.
``readOnly``/``writeOnly``/``example`` and string formats are not checked.

The contract tests use it to decide whether a mock server's random response is really
spec-conformant before demanding that the SDK's strict response validation accept it.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Set, Tuple

import jsonschema
from jsonschema import Draft4Validator

_SCHEMA_MAPS = ("properties", "patternProperties", "definitions")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_SCHEMA_ONE = ("items", "additionalProperties", "not")
_DROP = ("nullable", "discriminator", "$ref", "example", "examples", "xml", "externalDocs", "readOnly", "writeOnly")


def convert(node: Any) -> Any:
    """One OpenAPI 3.0 schema object as a draft-4 JSON schema (see the module docstring)."""
    if not isinstance(node, dict):
        return node
    out: Dict[str, Any] = {}
    for key, value in node.items():
        if key in _DROP:
            continue
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: convert(sub) for name, sub in value.items()}
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            out[key] = [convert(sub) for sub in value]
        elif key in _SCHEMA_ONE and isinstance(value, dict):
            out[key] = convert(value)
        else:
            out[key] = value
    disc = node.get("discriminator")
    if isinstance(disc, dict) and "propertyName" in disc:
        out["x-discriminator"] = disc
        for key in ("oneOf", "anyOf"):
            if key in out:  # the discriminator picks the variant (falls back to plain oneOf/anyOf)
                out["x-" + key] = out.pop(key)
    if "$ref" in node:
        ref = {"$ref": node["$ref"]}
        if out:
            out["allOf"] = [ref] + list(out.get("allOf", []))
        else:
            out = ref
    if node.get("nullable") is True:
        out = {"anyOf": [{"type": "null"}, out]}
    return out


class Judge:
    """Validates values against the schemas of one spec document."""

    def __init__(self, doc: Dict[str, Any]) -> None:
        schemas = doc.get("components", {}).get("schemas", {})
        self._components = {"schemas": {name: convert(schema) for name, schema in schemas.items()}}
        self._active: Set[Tuple[int, str]] = set()
        self._cls = jsonschema.validators.extend(
            Draft4Validator,
            {
                "x-discriminator": self._discriminator,
                "x-oneOf": self._dispatch("oneOf"),
                "x-anyOf": self._dispatch("anyOf"),
            },
        )

    def _target(self, disc: Dict[str, Any], instance: Any) -> Any:
        if not isinstance(instance, dict):
            return None
        value = instance.get(disc["propertyName"])
        if not isinstance(value, str):
            return None
        target = (disc.get("mapping") or {}).get(value)
        if target is None and value in self._components["schemas"]:
            target = "#/components/schemas/" + value
        return target

    def _discriminator(self, validator: Any, disc: Dict[str, Any], instance: Any, schema: Any) -> Iterator[Any]:
        target = self._target(disc, instance)
        if target is None:
            return
        key = (id(instance), target)
        if key in self._active:  # the target refers back to this schema (allOf: [parent])
            return
        self._active.add(key)
        try:
            errors = list(validator.descend(instance, {"$ref": target}))
        finally:
            self._active.discard(key)
        yield from errors

    def _dispatch(self, keyword: str) -> Any:
        base = Draft4Validator.VALIDATORS[keyword]

        def check(validator: Any, variants: List[Any], instance: Any, schema: Dict[str, Any]) -> Iterator[Any]:
            disc = schema.get("x-discriminator")
            if disc is not None and self._target(disc, instance) is not None:
                return iter(())  # x-discriminator validates against the chosen variant
            return base(validator, variants, instance, schema)  # type: ignore[no-any-return]

        return check

    def errors(self, value: Any, schema: Any, limit: int = 5) -> List[str]:
        """Up to ``limit`` problems of ``value`` against ``schema`` (an OpenAPI schema object)."""
        root = convert(schema)
        if not isinstance(root, dict):
            return []
        validator = self._cls({"allOf": [root], "components": self._components})
        out = []
        for error in validator.iter_errors(value):
            where = "$" + "".join(f"[{p!r}]" for p in error.absolute_path)
            out.append(f"{where}: {error.message[:300]}")
            if len(out) >= limit:
                break
        return out
