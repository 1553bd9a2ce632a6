"""Dump the public surface of an installed original client as JSON (run in a subprocess).

``python extract_original.py PREFIX`` with a release's unpacked wheel on ``PYTHONPATH``: ``api`` and
``model`` map each module to its classes (API methods with their parameters; models with
``openapi_types``, ``attribute_map``, ...), ``core`` the top-level modules (``api_client``,
``configuration``, ``exceptions``, ``rest``, ``model_utils``: classes with their members and ``__init__``
parameters, public functions), and ``index`` the names the package, ``apis`` and ``models`` export
(read from their source: the original's ``models`` import needs a raised recursion limit).
Adapted from the extractor used to file issue #12; the output is cached per release and script version.
"""

import importlib
import inspect
import json
import os
import sys

prefix = sys.argv[1]  # openapi_generated.pinterest_client or pinterest.generated.client
pkg = importlib.import_module(prefix)
root = os.path.dirname(pkg.__file__)
out = {"api": {}, "model": {}}
for sub in ("api", "model"):
    for fn in sorted(os.listdir(os.path.join(root, sub))):
        if not fn.endswith(".py") or fn == "__init__.py":
            continue
        mod_name = fn[:-3]
        try:
            mod = importlib.import_module(f"{prefix}.{sub}.{mod_name}")
        except Exception as e:
            import ast

            tree = ast.parse(open(os.path.join(root, sub, fn)).read())
            entry = {"__import_error__": repr(e)}
            for node in tree.body:
                if isinstance(node, ast.ClassDef):
                    entry[node.name] = {
                        f.name: {"sig": [a.arg for a in f.args.args[1:]]}
                        for f in node.body
                        if isinstance(f, ast.FunctionDef) and not f.name.startswith("_")
                    }
            out[sub][mod_name] = entry
            continue
        classes = {n: c for n, c in vars(mod).items() if inspect.isclass(c) and c.__module__ == mod.__name__}
        entry = {}
        for cname, cls in classes.items():
            if sub == "api":
                methods = {}
                for an, av in vars(cls).items():
                    if an.startswith("_") or not callable(av):
                        continue
                    methods[an] = list(inspect.signature(av).parameters)[1:]
                    ep = getattr(cls(api_client=None) if False else None, an, None)
                # endpoint params: instantiate
                try:
                    from importlib import import_module

                    ApiClient = import_module(prefix + ".api_client").ApiClient
                    inst = cls(ApiClient())
                    for an in list(methods):
                        ep = getattr(inst, an + "_endpoint", None)
                        if ep is not None:
                            methods[an] = {
                                "sig": methods[an],
                                "params": ep.params_map["all"],
                                "required": ep.params_map["required"],
                            }
                except Exception as e:
                    entry["error"] = repr(e)
                entry[cname] = methods
            else:
                try:
                    ot = {k: [getattr(t, "__name__", repr(t)) for t in v] for k, v in cls.openapi_types.items()}
                except Exception as e:
                    ot = repr(e)
                entry[cname] = {
                    "openapi_types": ot,
                    "attribute_map": dict(cls.attribute_map),
                    "required": list(inspect.signature(cls._from_openapi_data).parameters)[1:],
                    "init": list(inspect.signature(cls.__init__).parameters)[1:],
                    "allowed_values": {"/".join(k): list(v.values()) for k, v in cls.allowed_values.items()},
                    "validations": {
                        "/".join(k): {a: (b if isinstance(b, (int, float, str)) else repr(b)) for a, b in v.items()}
                        for k, v in cls.validations.items()
                    },
                    "base": [b.__name__ for b in cls.__mro__[1:3]],
                }
        out[sub][mod_name] = entry


def _public(names):
    return sorted(n for n in names if not n.startswith("_"))


def _init_params(cls):
    try:
        parameters = inspect.signature(cls.__init__).parameters.values()
    except (TypeError, ValueError):
        return []
    return [p.name for p in parameters if p.name != "self" and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]


def _instance_attributes(cls):
    if cls.__name__ not in ("Configuration", "ApiClient"):
        return []
    try:
        return _public(vars(cls()))
    except Exception:
        return []


def core_surface():
    core = {}
    for fn in sorted(os.listdir(root)):
        if not fn.endswith(".py") or fn == "__init__.py":
            continue
        mod = importlib.import_module(f"{prefix}.{fn[:-3]}")
        classes = {}
        for cname, cls in vars(mod).items():
            if inspect.isclass(cls) and cls.__module__ == mod.__name__ and not cname.startswith("_"):
                members = set(_public(vars(cls))) | set(_instance_attributes(cls))
                classes[cname] = {"members": sorted(members), "init": _init_params(cls)}
        functions = _public(n for n, f in vars(mod).items() if inspect.isfunction(f) and f.__module__ == mod.__name__)
        core[fn[:-3]] = {"classes": classes, "functions": functions}
    return core


def exported_names(path):
    import ast

    tree = ast.parse(open(path, encoding="utf-8").read())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(prefix):
            names.update(alias.asname or alias.name for alias in node.names if alias.name != "*")
    return _public(names)


out["core"] = core_surface()
out["index"] = {
    "package": exported_names(os.path.join(root, "__init__.py")),
    "apis": exported_names(os.path.join(root, "apis", "__init__.py")),
    "models": exported_names(os.path.join(root, "models", "__init__.py")),
}
print(json.dumps(out, indent=1, sort_keys=True))
