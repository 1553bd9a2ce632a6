"""Models of an installed original client, built or decoded as it does (run in a subprocess).

``python build_original_models.py PREFIX INPUTS.json MODE`` with a release's unpacked wheel on
``PYTHONPATH``, for each ``{"module", "cls", "wire"}`` of INPUTS:

* ``build``: the class is built as code written for the original builds it (keyword arguments by
  Python name, nested models built first, ``datetime``/``date`` objects for date strings, enum
  wrappers for enum values), then serialised with ``ApiClient.sanitize_for_serialization`` (what its
  request pipeline sends);
* ``decode``: ``wire`` is decoded as a response body of that class (``validate_and_convert_types``,
  what its ``deserialize`` runs), then given as ``model_to_dict`` with plain values (dates as ISO text).

Prints ``{"module:Class": {"ok": json} | {"error": text}}``.
"""

import datetime
import importlib
import json
import sys

from dateutil.parser import isoparse

model_utils = ApiClient = configuration = None  # (the release's, set by setup)


def setup(prefix):
    """Use the original client installed under ``prefix``."""
    global model_utils, ApiClient, configuration
    model_utils = importlib.import_module(prefix + ".model_utils")
    ApiClient = importlib.import_module(prefix + ".api_client").ApiClient
    configuration = ApiClient().configuration


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


def plain(value):
    """A decoded value as JSON: models as their dicts, enum wrappers as their value, dates as text."""
    if isinstance(value, model_utils.ModelSimple):
        return value.value
    if isinstance(value, model_utils.OpenApiModel):
        return plain(model_utils.model_to_dict(value, serialize=False))
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def decode(cls, wire):
    return model_utils.validate_and_convert_types(wire, (cls,), ["received_data"], True, True, configuration)


def main(prefix, inputs, mode):
    setup(prefix)
    out = {}
    with open(inputs, encoding="utf-8") as f:
        items = json.load(f)
    for item in items:
        key = item["module"] + ":" + item["cls"]
        try:
            cls = getattr(importlib.import_module(f"{prefix}.model.{item['module']}"), item["cls"])
            if mode == "build":
                out[key] = {"ok": ApiClient.sanitize_for_serialization(build(cls, item["wire"]))}
            else:
                out[key] = {"ok": plain(decode(cls, item["wire"]))}
        except Exception as exc:  # (reported, compared by the test)
            out[key] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
    print(json.dumps(out, default=str))


if __name__ == "__main__":
    main(*sys.argv[1:4])
