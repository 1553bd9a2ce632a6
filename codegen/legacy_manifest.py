"""Dump the public surface of one installed release of the original client as JSON (stdout).

Run it with the Python of an environment where that release is installed (``pip install
--no-deps pinterest-generated-client==VERSION``), once per release; ``derive_legacy`` reads the
dumps::

    python codegen/legacy_manifest.py openapi_generated.pinterest_client > manifests/0.1.12.json
    python codegen/legacy_manifest.py pinterest.generated.client > manifests/0.1.2.json  # 0.1.2-0.1.4

For every ``api/<module>.py``: its classes, their methods, each method's positional ``sig`` and
(from the original's ``_endpoint`` objects) every keyword it accepts (``params``) and which are
``required``. For every ``model/<module>.py``: each class's ``openapi_types``, ``attribute_map``,
``allowed_values``, ``validations``, constructor parameters and base classes. A module that does
not import (0.1.9+ ``catalogs_api``) is read with ``ast``: its classes and positional signatures.
Standalone: it imports nothing from this repository.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import os
import sys
from typing import Any, Dict


def api_class(prefix: str, cls: type) -> Dict[str, Any]:
    api_client = importlib.import_module(prefix + ".api_client").ApiClient
    instance = cls(api_client())
    methods: Dict[str, Any] = {}
    for name, value in vars(cls).items():
        if name.startswith("_") or not callable(value):
            continue
        sig = list(inspect.signature(value).parameters)[1:]
        endpoint = getattr(instance, name + "_endpoint", None)
        if endpoint is None:
            methods[name] = {"sig": sig}
        else:
            params = endpoint.params_map
            methods[name] = {"sig": sig, "params": params["all"], "required": params["required"]}
    return methods


def model_class(cls: Any) -> Dict[str, Any]:
    try:
        types: Any = {k: [getattr(t, "__name__", repr(t)) for t in v] for k, v in cls.openapi_types.items()}
    except Exception as exc:  # a model naming a module the release does not ship
        types = repr(exc)
    return {
        "openapi_types": types,
        "attribute_map": dict(cls.attribute_map),
        "required": list(inspect.signature(cls._from_openapi_data).parameters)[1:],
        "init": list(inspect.signature(cls.__init__).parameters)[1:],
        "allowed_values": {"/".join(k): list(v.values()) for k, v in cls.allowed_values.items()},
        "validations": {
            "/".join(k): {a: b if isinstance(b, (int, float, str)) else repr(b) for a, b in v.items()}
            for k, v in cls.validations.items()
        },
        "base": [b.__name__ for b in cls.__mro__[1:3]],
    }


def unimportable(path: str, error: Exception) -> Dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        tree = ast.parse(fh.read())
    entry: Dict[str, Any] = {"__import_error__": repr(error)}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            entry[node.name] = {
                f.name: {"sig": [a.arg for a in f.args.args[1:]]}
                for f in node.body
                if isinstance(f, ast.FunctionDef) and not f.name.startswith("_")
            }
    return entry


def surface(prefix: str) -> Dict[str, Dict[str, Any]]:
    root = os.path.dirname(importlib.import_module(prefix).__file__ or "")
    out: Dict[str, Dict[str, Any]] = {"api": {}, "model": {}}
    for sub in ("api", "model"):
        for filename in sorted(os.listdir(os.path.join(root, sub))):
            if not filename.endswith(".py") or filename == "__init__.py":
                continue
            module_name = filename[:-3]
            try:
                module = importlib.import_module(f"{prefix}.{sub}.{module_name}")
            except Exception as exc:
                out[sub][module_name] = unimportable(os.path.join(root, sub, filename), exc)
                continue
            classes = {n: c for n, c in vars(module).items() if inspect.isclass(c) and c.__module__ == module.__name__}
            describe = (lambda c: api_class(prefix, c)) if sub == "api" else model_class
            out[sub][module_name] = {name: describe(cls) for name, cls in classes.items()}
    return out


if __name__ == "__main__":
    print(json.dumps(surface(sys.argv[1]), indent=1, sort_keys=True))
