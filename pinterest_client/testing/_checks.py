"""Check an incoming request the way the service would, using the SDK's own validation
(:func:`pinterest_client.model_utils.encode`) against the operation's generated metadata."""

from __future__ import annotations

import json
import re
from typing import Any, Dict, List, Mapping, Optional
from urllib.parse import parse_qsl

from pinterest_client.api_client import Operation, Param
from pinterest_client.exceptions import ApiTypeError, ApiValueError
from pinterest_client.model_utils import (
    PRIMITIVES,
    FloatEnum,
    IntEnum,
    Model,
    ModelList,
    UnionModel,
    encode,
    resolve_type,
    split_type,
)


class RequestError(Exception):
    """Becomes an error response: ``status`` with body ``{"code": code, "message": message}``."""

    def __init__(self, status: int, code: int, message: str, headers: Optional[Mapping[str, str]] = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})


def bad_request(message: str) -> RequestError:
    return RequestError(400, 1, message)


def _list_item_type(type_str: str) -> Optional[str]:
    """The item type when ``type_str`` is a list (``list[X]`` or a ModelList class)."""
    container, inner = split_type(type_str)
    if container == "list":
        return inner
    if container or inner in PRIMITIVES:
        return None
    cls = resolve_type(inner)
    if isinstance(cls, type) and issubclass(cls, ModelList):
        return cls._item_type
    return None


def _scalar(param: Param, type_str: str, raw: str) -> Any:
    container, inner = split_type(type_str)
    if inner == "int":
        try:
            return int(raw)
        except ValueError:
            raise bad_request(f"Parameter '{param.name}' was not numeric (was {raw})") from None
    if inner == "float":
        try:
            return float(raw)
        except ValueError:
            raise bad_request(f"Parameter '{param.name}' was not numeric (was {raw})") from None
    if inner == "bool":
        lowered = raw.lower()
        if lowered in ("true", "1"):
            return True
        if lowered in ("false", "0"):
            return False
        raise bad_request(f"Parameter '{param.name}' was not a boolean (was {raw})")
    if inner not in PRIMITIVES and not container:
        cls = resolve_type(inner)
        number = int if issubclass_safe(cls, IntEnum) else float if issubclass_safe(cls, FloatEnum) else None
        if number is not None:  # a numeric enum: the value as a number (the check names it if it is not one)
            try:
                return number(raw)
            except ValueError:
                return raw
    return raw


def issubclass_safe(cls: Any, base: type) -> bool:
    return isinstance(cls, type) and issubclass(cls, base)


def check_query(op: Operation, pairs: List["tuple[str, str]"]) -> Dict[str, Any]:
    """Typed query parameters of ``op`` (unknown ones are ignored, like the service does)."""
    values: Dict[str, List[str]] = {}
    for key, raw_value in pairs:
        values.setdefault(key, []).append(raw_value)
    out: Dict[str, Any] = {}
    value: Any
    for param in op.params:
        if param.location != "query":
            continue
        if param.style == "deepObject":
            obj = _deep_object(param.name, pairs)
            if not obj:
                if param.required:
                    raise bad_request(f"Missing required parameter '{param.name}'")
                continue
            value = _coerce(obj, param.type)
        elif param.name not in values:
            if param.required:
                raise bad_request(f"Missing required parameter '{param.name}'")
            continue
        else:
            raw = values[param.name]
            item_type = _list_item_type(param.type)
            if item_type is not None:
                items: List[str] = []
                for chunk in raw:
                    items.extend(chunk.split(",") if not param.explode or len(raw) == 1 else [chunk])
                value = [_scalar(param, item_type, v) for v in items if v != ""]
            else:
                value = _scalar(param, param.type, raw[-1])
        out[param.name] = _validate_param(param, value)
    return out


_BRACKETS = re.compile(r"\[([^\[\]]*)\]")


def _deep_object(name: str, pairs: List["tuple[str, str]"]) -> Dict[str, Any]:
    """``name[a]=1&name[b][c]=2&name[d]=x&name[d]=y`` -> ``{"a": "1", "b": {"c": "2"}, "d": ["x", "y"]}``."""
    out: Dict[str, Any] = {}
    prefix = name + "["
    for key, raw in pairs:
        if not key.startswith(prefix):
            continue
        rest = key[len(name) :]
        path = _BRACKETS.findall(rest)
        if not path or "".join(f"[{p}]" for p in path) != rest:
            continue
        node = out
        for part in path[:-1]:
            child = node.get(part)
            if not isinstance(child, dict):
                child = node[part] = {}
            node = child
        leaf, value = path[-1], _maybe_json(raw)
        if leaf in node:
            existing = node[leaf]
            node[leaf] = (existing if isinstance(existing, list) else [existing]) + [value]
        else:
            node[leaf] = value
    return out


def _coerce(value: Any, type_str: str) -> Any:
    """Turn the strings of a parsed deepObject into the types ``type_str`` declares (a lone
    value where a list is expected becomes a one-item list)."""
    container, inner = split_type(type_str)
    if container == "list":
        return [_coerce(v, inner) for v in (value if isinstance(value, list) else [value])]
    if container == "dict":
        return {k: _coerce(v, inner) for k, v in value.items()} if isinstance(value, dict) else value
    if inner in PRIMITIVES:
        if not isinstance(value, str):
            return value
        converters: Dict[str, Any] = {
            "int": int,
            "float": float,
            "bool": lambda s: {"true": True, "false": False}[s.lower()],
        }
        try:
            return converters[inner](value) if inner in converters else value
        except (ValueError, KeyError):
            return value
    cls = resolve_type(inner)
    if not isinstance(value, dict) or not (isinstance(cls, type) and issubclass(cls, Model)):
        return value
    if cls._discriminator is not None:
        prop, mapping = cls._discriminator
        tag = value.get(prop)
        target = mapping.get(tag) if isinstance(tag, str) else None
        if target and target != cls.__name__:
            return _coerce(value, target)
    if issubclass(cls, UnionModel):
        for variant in cls._variants:
            candidate = _coerce(value, variant)
            try:
                encode(candidate, variant, "")
                return candidate
            except (ApiTypeError, ApiValueError, TypeError, AttributeError):
                continue
        return value
    fields = cls._by_wire
    return {k: (_coerce(v, fields[k].type) if k in fields else v) for k, v in value.items()}


def _maybe_json(raw: str) -> Any:
    """A deepObject member that is itself an object or array arrives JSON-encoded."""
    if raw[:1] in ("{", "["):
        try:
            return json.loads(raw)
        except ValueError:
            pass
    return raw


def check_path(op: Operation, path_params: Dict[str, str]) -> Dict[str, Any]:
    out: Dict[str, Any] = {}
    for param in op.params:
        if param.location != "path":
            continue
        raw = path_params.get(param.name)
        if raw is None or raw == "":
            raise bad_request(f"Missing required parameter '{param.name}'")
        out[param.name] = _validate_param(param, _scalar(param, param.type, raw))
    return out


def _validate_param(param: Param, value: Any) -> Any:
    type_str = param.type
    if _is_empty_model(type_str):
        return value  # a schema the generator could not type: accept what came
    try:
        encode(value, type_str, param.name, param.checks)
    except (ApiTypeError, ApiValueError, TypeError) as exc:
        raise bad_request(f"Invalid parameter: {exc}") from None
    return value


def _is_empty_model(type_str: str) -> bool:
    container, inner = split_type(type_str)
    if container or inner in PRIMITIVES:
        return False
    cls = resolve_type(inner)
    if not (isinstance(cls, type) and issubclass(cls, Model)):
        return False
    if issubclass(cls, UnionModel):
        return not cls._variants  # a union the generator found no variants for
    return not cls._fields and cls._discriminator is None


def check_body(op: Operation, raw: bytes, content_type: str) -> Any:
    """The decoded, validated request body (``None`` when the operation takes none)."""
    if op.body is None:
        return None
    if not raw:
        if op.body_required:
            raise bad_request("Invalid request: missing request body")
        return None
    media = (content_type or "").split(";")[0].strip().lower()
    if media == "application/x-www-form-urlencoded":
        try:
            value: Any = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
        except UnicodeDecodeError:
            raise bad_request("Invalid request: the form body is not UTF-8") from None
    elif media in ("application/json", "") or media.endswith("+json"):
        try:
            value = json.loads(raw)
        except ValueError as exc:
            raise bad_request(f"Invalid request: body is not valid JSON ({exc})") from None
    else:
        raise RequestError(415, 1, f"Unsupported Content-Type {content_type!r}; expected {op.content_type}")
    if _is_empty_model(op.body):
        return value
    try:
        encode(value, op.body, "body")
    except (ApiTypeError, ApiValueError, TypeError) as exc:
        # TypeError: model_utils' enum check hashes the value, so an object where an enum is
        # expected raises a bare TypeError instead of ApiTypeError.
        raise bad_request(f"Invalid request: {exc}") from None
    return value
