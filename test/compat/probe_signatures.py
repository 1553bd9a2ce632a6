"""The public methods' parameter names of an installed client's core classes (run in a subprocess).

``python probe_signatures.py PREFIX``: for ``ApiClient``, ``Configuration``, ``RESTClientObject``,
``ApiException``, ``api_client.Endpoint`` and a model (``Board``), each public method (and ``__init__``)
-> its parameter names in order. Prints ``{"Class.method": [names]}``.
"""

import importlib
import inspect
import json
import sys

CLASSES = (
    ("api_client", "ApiClient"),
    ("configuration", "Configuration"),
    ("rest", "RESTClientObject"),
    ("exceptions", "ApiException"),
    ("api_client", "Endpoint"),
    ("model.board", "Board"),  # (every model has its base's methods)
)


def probe(prefix):
    out = {}
    for module, name in CLASSES:
        cls = getattr(importlib.import_module(f"{prefix}.{module}"), name)
        for attr, member in inspect.getmembers(cls):
            if attr.startswith("_") and attr != "__init__" or not callable(member):
                continue
            try:
                parameters = inspect.signature(member).parameters.values()
            except (TypeError, ValueError):
                continue
            out[f"{name}.{attr}"] = [p.name for p in parameters]  # ("self": a static method has none)
    return out


if __name__ == "__main__":
    print(json.dumps(probe(sys.argv[1])))
