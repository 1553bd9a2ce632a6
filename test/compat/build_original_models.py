"""Build models with an installed original client and serialise them as it sends them (run in a subprocess).

``python build_original_models.py PREFIX INPUTS.json`` with a release's unpacked wheel on ``PYTHONPATH``:
for each ``{"module", "cls", "wire"}`` of INPUTS, the class is built as code written for the original
builds it (keyword arguments by Python name, nested models built first, ``datetime``/``date`` objects for
date strings, enum wrappers for enum values), then serialised with ``ApiClient.sanitize_for_serialization``
(what its request pipeline sends). Prints ``{"module:Class": {"ok": json} | {"error": text}}``.
"""

import datetime
import importlib
import json
import sys

from dateutil.parser import isoparse

prefix, inputs = sys.argv[1], sys.argv[2]
model_utils = importlib.import_module(prefix + ".model_utils")
ApiClient = importlib.import_module(prefix + ".api_client").ApiClient


def convert(value, types):
    kind = types[0] if isinstance(types, tuple) and len(types) == 1 else None
    if isinstance(kind, list):
        return [convert(v, tuple(kind)) for v in value] if isinstance(value, list) else value
    if isinstance(kind, dict):
        inner = list(kind.values())[0]
        return {k: convert(v, inner) for k, v in value.items()} if isinstance(value, dict) else value
    if kind is datetime.datetime and isinstance(value, str):
        return isoparse(value)
    if kind is datetime.date and isinstance(value, str):
        return datetime.date.fromisoformat(value)
    if isinstance(kind, type) and issubclass(kind, model_utils.ModelSimple):
        return kind(value)
    if isinstance(kind, type) and issubclass(kind, model_utils.OpenApiModel) and isinstance(value, dict):
        return build(kind, value)
    return value


def build(cls, wire):
    python_name = {w: p for p, w in cls.attribute_map.items()}
    kwargs = {}
    for key, value in wire.items():
        name = python_name.get(key, key)
        kwargs[name] = convert(value, cls.openapi_types.get(name, ()))
    return cls(**kwargs)


out = {}
with open(inputs, encoding="utf-8") as f:
    items = json.load(f)
for item in items:
    key = item["module"] + ":" + item["cls"]
    try:
        cls = getattr(importlib.import_module(f"{prefix}.model.{item['module']}"), item["cls"])
        out[key] = {"ok": ApiClient.sanitize_for_serialization(build(cls, item["wire"]))}
    except Exception as exc:  # (reported, compared by the test)
        out[key] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
print(json.dumps(out, default=str))
