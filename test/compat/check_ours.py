"""Check that the original client's surface resolves in ours (run in a subprocess; prints JSON).

``python check_ours.py VERSION=MANIFEST.json ...`` installs :mod:`pinterest_client.compat` and, for every
module path, class, method, parameter, ``openapi_types`` key and ``attribute_map`` entry of each
manifest (written by ``extract_original.py``) — and the top-level modules' classes, members, constructor
parameters and functions, and the names the package, ``apis`` and ``models`` export — looks it up under
``openapi_generated.pinterest_client``.
It prints ``[[category, path, version], ...]``: what does not resolve. ``path`` is space-separated
components, each gap's parent being a prefix of it (module, class, method, parameter — or model
attribute, key), so a missing module is reported once, not once per class in it.

A parameter binds when it is a named parameter of our method or one of the call options our
``api_client.CALL_OPTIONS`` declares, or when calling the method with the
release's required parameters and that one, all by keyword, fails for any other reason than an
unknown keyword or a missing positional argument (the call never reaches the network: the values
are sentinels our validation refuses, and the host is a closed port).
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import re
import sys
from typing import Any, Dict, Iterator, List, Optional, Set, Tuple

PREFIX = "openapi_generated.pinterest_client"

#: The original's per-call options, with values that keep a call synchronous and local.
CALL_OPTIONS = {
    "async_req": False,
    "_host_index": 1 << 20,  # no such server: never the production host
    "_preload_content": True,
    "_request_timeout": 1,
    "_return_http_data_only": True,
    "_check_input_type": True,
    "_check_return_type": False,
    "_content_type": None,
    "_spec_property_naming": False,
}

Gap = Tuple[str, str, str]


class _Sentinel:
    def __repr__(self) -> str:
        return "<compat-probe sentinel>"


SENTINEL = _Sentinel()


def _import(path: str) -> Tuple[Optional[Any], str]:
    try:
        return importlib.import_module(f"{PREFIX}.{path}"), ""
    except Exception as exc:  # noqa: BLE001 - any failure means "does not resolve"
        return None, f"{type(exc).__name__}: {exc}"


def _api_client() -> Any:
    pc = importlib.import_module(PREFIX)
    try:
        configuration = pc.Configuration(host="http://127.0.0.1:9", access_token="compat-check", retries=0)
    except TypeError:
        configuration = pc.Configuration(host="http://127.0.0.1:9", access_token="compat-check")
    return pc.ApiClient(configuration)


@functools.cache
def _call_options() -> frozenset:
    """The per-call options every method of ours takes (``**options``), by its own declaration."""
    return frozenset(getattr(importlib.import_module(f"{PREFIX}.api_client"), "CALL_OPTIONS", ()))


def _explicit_params(func: Any) -> Set[str]:
    try:
        parameters = inspect.signature(func).parameters.values()
    except (TypeError, ValueError):
        return set()
    return {p.name for p in parameters if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)}


def _unbound(bound_method: Any, explicit: Set[str], required: List[str], extra: List[str]) -> Set[str]:
    """Which of ``required`` + ``extra`` do not bind, by calling with all of them by keyword."""
    unbound: Set[str] = set()
    for name in extra or [""]:
        kwargs: Dict[str, Any] = {r: SENTINEL for r in required}
        if name:
            kwargs[name] = CALL_OPTIONS.get(name, SENTINEL)
        try:
            bound_method(**kwargs)
        except Exception as exc:  # noqa: BLE001 - the message says whether a name did not bind
            message = str(exc)
            if isinstance(exc, TypeError) and "required positional argument" in message:
                unbound.update(r for r in required if r not in explicit)
            _, found, named = message.partition("unexpected keyword")
            if found:
                unbound.update(n for n in kwargs if re.search(rf"(?<![\w]){re.escape(n)}(?![\w])", named))
    return unbound


def check_api(path: str, classes: Dict[str, Any], version: str, client: Any) -> Iterator[Gap]:
    module, _ = _import(path)
    if module is None:
        yield ("module", path, version)
        return
    for cname, methods in classes.items():
        if cname == "error" or not isinstance(methods, dict):
            continue
        cls = getattr(module, cname, None)
        if not inspect.isclass(cls):
            yield ("class", f"{path} {cname}", version)
            continue
        try:
            api = cls(client)
        except Exception:  # noqa: BLE001
            api = None
        for mname, info in methods.items():
            method = getattr(api if api is not None else cls, mname, None)
            if not callable(method):
                yield ("method", f"{path} {cname} {mname}", version)
                continue
            if not isinstance(info, dict):
                continue
            names = [p for p in info.get("params", info.get("sig", [])) if p != "kwargs"]
            explicit = _explicit_params(method)
            missing = [p for p in names if p not in explicit and p not in _call_options()]
            if not missing:
                continue
            required = [r for r in info.get("required", []) if r in names]
            extra = [p for p in missing if p not in required]
            unbound = _unbound(method, explicit, required, extra) if api is not None else set(missing)
            for param in missing:
                if param in unbound:
                    yield ("parameter", f"{path} {cname} {mname} {param}", version)


def check_model(path: str, classes: Dict[str, Any], version: str) -> Iterator[Gap]:
    module, _ = _import(path)
    if module is None:
        yield ("module", path, version)
        return
    for cname, info in classes.items():
        if cname == "__import_error__":
            continue
        cls = getattr(module, cname, None)
        if not inspect.isclass(cls):
            yield ("class", f"{path} {cname}", version)
            continue
        if not isinstance(info, dict):
            continue
        for attribute in ("openapi_types", "attribute_map"):
            expected = info.get(attribute)
            if not isinstance(expected, dict):
                continue
            try:
                ours = getattr(cls, attribute)
                keys = set(ours)
            except Exception:  # noqa: BLE001
                yield ("model attribute", f"{path} {cname} {attribute}", version)
                continue
            for key, value in expected.items():
                if key not in keys or (attribute == "attribute_map" and ours[key] != value):
                    yield (f"{attribute} entry", f"{path} {cname} {attribute} {key}", version)


def _instance(cls: Any) -> Optional[Any]:
    """An instance of ``Configuration`` / ``ApiClient`` (their attributes are set in ``__init__``)."""
    if cls.__name__ not in ("Configuration", "ApiClient"):
        return None
    try:
        return cls()
    except Exception:  # noqa: BLE001
        return None


def _init_binds(cls: Any, param: str) -> bool:
    """Whether ``cls(param=None)`` gets past argument binding (constructors without ``**kwargs`` fail)."""
    if param in _explicit_params(cls.__init__):
        return True
    try:
        has_kwargs = any(p.kind == p.VAR_KEYWORD for p in inspect.signature(cls.__init__).parameters.values())
    except (TypeError, ValueError):
        has_kwargs = False
    if not has_kwargs:
        return False
    try:
        cls(**{param: None})
    except Exception as exc:  # noqa: BLE001
        _, found, named = str(exc).partition("unexpected keyword")
        return not (found and param in named)
    return True


def check_core(name: str, surface: Dict[str, Any], version: str) -> Iterator[Gap]:
    """A top-level module (api_client, configuration, exceptions, rest, model_utils)."""
    module, _ = _import(name)
    if module is None:
        yield ("module", name, version)
        return
    for cname, info in surface["classes"].items():
        cls = getattr(module, cname, None)
        if not inspect.isclass(cls):
            yield ("class", f"{name} {cname}", version)
            continue
        instance = _instance(cls)
        for member in info["members"]:
            if not hasattr(cls, member) and not (instance is not None and hasattr(instance, member)):
                yield ("method", f"{name} {cname} {member}", version)
        for param in info["init"]:
            if not _init_binds(cls, param):
                yield ("parameter", f"{name} {cname} __init__ {param}", version)
    for function in surface["functions"]:
        if not callable(getattr(module, function, None)):
            yield ("function", f"{name} {function}", version)


def check_index(index: Dict[str, List[str]], version: str) -> Iterator[Gap]:
    """Names exported by the package, ``apis`` and ``models``."""
    for where, names in index.items():
        module, _ = _import(where) if where != "package" else (importlib.import_module(PREFIX), "")
        for exported in names:
            if module is None or not hasattr(module, exported):
                yield ("index name", f"{where} {exported}", version)


def main(argv: List[str]) -> None:
    importlib.import_module("pinterest_client.compat").install()
    client = _api_client()
    gaps: List[Gap] = []
    for arg in argv:
        version, _, manifest_path = arg.partition("=")
        with open(manifest_path, encoding="utf-8") as handle:
            manifest = json.load(handle)
        for name, classes in sorted(manifest["api"].items()):
            gaps.extend(check_api(f"api.{name}", classes, version, client))
        for name, classes in sorted(manifest["model"].items()):
            gaps.extend(check_model(f"model.{name}", classes, version))
        for name, surface in sorted(manifest.get("core", {}).items()):
            gaps.extend(check_core(name, surface, version))
        gaps.extend(check_index(manifest.get("index", {}), version))
    json.dump(sorted(gaps), sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
