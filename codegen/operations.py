"""Operations -> method definitions: parameters, request bodies, responses, security."""

from __future__ import annotations

import dataclasses
from typing import Any, Dict, List, Optional, Tuple

from codegen import naming
from codegen.compat import CallCompat
from codegen.schemas import Registry, TypeInfo
from codegen.spec import Spec

#: POST operations the spec describes as safe to repeat (retried like GETs).
SAFE_TO_REPEAT = frozenset({"products_by_product_group_filter/list"})


@dataclasses.dataclass
class ParamDef:
    wire: str
    py: str
    location: str
    type: TypeInfo
    required: bool
    style: Optional[str]
    explode: Optional[bool]
    description: str
    default: Any = None
    example: Any = None


@dataclasses.dataclass
class BodyDef:
    py: str
    type: TypeInfo
    required: bool
    content_type: str
    description: str
    example: Any = None
    #: Required now, optional in the seed-era spec: it defaults to ``None`` in the signature, so the
    #: original client's calls still bind; leaving it out raises ``ApiValueError`` before sending.
    seed_optional: bool = False


@dataclasses.dataclass
class ResponseDef:
    status: str
    description: str
    type: Optional[TypeInfo]


@dataclasses.dataclass
class OperationDef:
    operation_id: str
    name: str
    tag: str
    http_method: str
    path: str
    summary: str
    description: str
    params: List[ParamDef]
    body: Optional[BodyDef]
    responses: List[ResponseDef]
    security: List[Tuple[str, List[str]]]
    rate_limit_category: Optional[str]
    idempotent: bool
    deprecated: Optional[str] = None  # the warning text, when calling it warns
    alias_of: Optional[str] = None  # method name this one forwards to
    compat: Optional[CallCompat] = None  # the original client's call forms it also accepts

    @property
    def positional(self) -> List[Any]:
        """Required parameters in spec order, then a required body (the original client's order)."""
        out: List[Any] = [p for p in self.params if p.required]
        if self.body is not None and self.body.required:
            out.append(self.body)
        return out

    @property
    def keyword(self) -> List[Any]:
        out: List[Any] = [p for p in self.params if not p.required]
        if self.body is not None and not self.body.required:
            out.append(self.body)
        return out

    @property
    def return_type(self) -> Optional[TypeInfo]:
        for response in self.responses:
            if response.status.startswith("2") and response.type is not None:
                return response.type
        return None


def build_operations(spec: Spec, registry: Registry) -> List[OperationDef]:
    """Every operation of the spec (legacy ones included), in spec order."""
    ops = []
    by_id = {}
    for path, method, raw in spec.operations():
        op = _operation(spec, registry, path, method, raw)
        legacy = spec.legacy.get(op.operation_id)
        if legacy is not None:
            op.deprecated = legacy.note
        elif raw.get("deprecated"):
            op.deprecated = f"Deprecated: Pinterest marks `{op.name}` as deprecated."
        ops.append(op)
        by_id[op.operation_id] = op
    for legacy_id, legacy in sorted(spec.legacy.items()):
        if legacy.alias_of and legacy.alias_of in by_id:
            target = by_id[legacy.alias_of]
            alias = dataclasses.replace(target, operation_id=legacy_id, name=naming.method_name(legacy_id))
            alias.deprecated = legacy.note
            alias.alias_of = target.name
            ops.append(alias)
    return ops


def _operation(spec: Spec, registry: Registry, path: str, method: str, raw: Dict[str, Any]) -> OperationDef:
    operation_id = raw["operationId"]
    name = naming.method_name(operation_id)
    base = naming.camel(operation_id)
    params = [_param(spec, registry, p, base) for p in raw.get("parameters", [])]
    body = _body(spec, registry, raw.get("requestBody"), base, name, {p.py for p in params})
    if body is not None and operation_id in spec.seed_optional_bodies:
        body.seed_optional = True
    responses = []
    for status, response in raw.get("responses", {}).items():
        response = spec.deref(response)
        info = None
        if status.startswith("2"):
            content = response.get("content") or {}
            media = content.get("application/json") or next(iter(content.values()), None)
            if media and "schema" in media:
                info = registry.type_of(media["schema"], base + "Response")
        responses.append(ResponseDef(status, str(response.get("description", "")).strip(), info))
    security = [
        (scheme, list(scopes))
        for entry in raw.get("security", spec.data.get("security", []))
        for scheme, scopes in entry.items()
    ]
    return OperationDef(
        operation_id=operation_id,
        name=name,
        tag=(raw.get("tags") or ["default"])[0],
        http_method=method.upper(),
        path=path,
        summary=str(raw.get("summary", "")).strip(),
        description=str(raw.get("description", "")).strip(),
        params=params,
        body=body,
        responses=responses,
        security=security,
        rate_limit_category=raw.get("x-ratelimit-category"),
        idempotent=operation_id in SAFE_TO_REPEAT,
    )


def _param(spec: Spec, registry: Registry, raw: Dict[str, Any], base: str) -> ParamDef:
    param = spec.deref(raw)
    schema = param.get("schema", {})
    info = registry.type_of(schema, base + naming.camel(param["name"]))
    target = spec.deref(schema)
    return ParamDef(
        wire=param["name"],
        py=naming.param_name(param["name"]),
        location=param["in"],
        type=info,
        required=bool(param.get("required")),
        style=param.get("style"),
        explode=param.get("explode"),
        description=str(param.get("description") or target.get("description") or "").strip(),
        default=target.get("default"),
        example=param.get("example", target.get("example")),
    )


def _body(
    spec: Spec, registry: Registry, raw: Optional[Dict[str, Any]], base: str, name: str, taken: set
) -> Optional[BodyDef]:
    if not raw:
        return None
    raw = spec.deref(raw)
    content = raw.get("content") or {}
    content_type = next(iter(content))
    schema = content[content_type].get("schema", {})
    ref = (schema.get("items") or {}).get("$ref") if schema.get("type") == "array" else schema.get("$ref")
    if ref:
        py = naming.snake(ref.rsplit("/", 1)[1])
    else:
        py = f"{name}_request"
    if py in taken:
        py += "_body"
    info = registry.type_of(schema, base + "Request")
    return BodyDef(
        py=py,
        type=info,
        required=bool(raw.get("required")),
        content_type=content_type,
        description=str(raw.get("description") or spec.deref(schema).get("description") or "").strip(),
        example=content[content_type].get("example"),
    )
