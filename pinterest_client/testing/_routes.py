"""The fake's view of the SDK's generated metadata: every ``Operation`` and a route table.

Operations are found by scanning ``pinterest_client.api`` for module-level
:class:`~pinterest_client.api_client.Operation` constants, so the fake follows whatever the
generator emitted — no spec file needed at run time.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import threading
from typing import Dict, List, Optional, Tuple
from urllib.parse import unquote

from pinterest_client.api_client import Operation

_LOCK = threading.Lock()
_OPERATIONS: Optional[Dict[str, Operation]] = None


def all_operations() -> Dict[str, Operation]:
    """``operation id -> Operation`` for every generated operation (legacy ones included)."""
    global _OPERATIONS
    with _LOCK:
        if _OPERATIONS is None:
            import pinterest_client.api as api_package

            found: Dict[str, Operation] = {}
            for info in sorted(pkgutil.iter_modules(api_package.__path__), key=lambda i: i.name):
                if not info.name.endswith("_api"):
                    continue
                module = importlib.import_module(f"{api_package.__name__}.{info.name}")
                for value in vars(module).values():
                    if isinstance(value, Operation):
                        found.setdefault(value.id, value)
            _OPERATIONS = found
        return _OPERATIONS


class Route:
    """One operation's path template compiled to a regular expression."""

    __slots__ = ("operation", "regex", "literal_score")

    def __init__(self, operation: Operation) -> None:
        self.operation = operation
        parts = operation.path.strip("/").split("/")
        pattern = ""
        score = []
        for part in parts:
            match = re.fullmatch(r"\{([^}]+)\}", part)
            if match:
                pattern += f"/(?P<{_group(match.group(1))}>[^/]+)"
                score.append(0)
            else:
                pattern += "/" + re.escape(part)
                score.append(1)
        self.regex = re.compile(pattern + "/?$")
        # Prefer templates whose literal segments come first (/audiences/shared over /audiences/{id}).
        self.literal_score = tuple(score)

    def match(self, path: str) -> Optional[Dict[str, str]]:
        found = self.regex.match(path)
        if found is None:
            return None
        names = {_group(p.name): p.name for p in self.operation.params if p.location == "path"}
        return {names.get(k, k): unquote(v) for k, v in found.groupdict().items()}


def _group(name: str) -> str:
    return re.sub(r"\W", "_", name)


class RouteTable:
    """Finds the operation for ``(method, path)``. Current operations win over deprecated aliases
    that share a path; literal path segments win over parameters."""

    def __init__(self, operations: Optional[Dict[str, Operation]] = None) -> None:
        ops = list((operations or all_operations()).values())
        ops.sort(key=lambda op: (bool(op.deprecated), op.id))
        self.routes: Dict[str, List[Route]] = {}
        for op in ops:
            self.routes.setdefault(op.method.upper(), []).append(Route(op))
        for routes in self.routes.values():
            routes.sort(key=lambda r: (len(r.literal_score), r.literal_score), reverse=True)
            # stable: within equal scores the non-deprecated operation (sorted first) stays first

    def resolve(self, method: str, path: str) -> Tuple[Optional[Operation], Dict[str, str], bool]:
        """``(operation, path_params, path_known)``; ``path_known`` tells 405 from 404."""
        for route in self.routes.get(method.upper(), ()):
            params = route.match(path)
            if params is not None:
                return route.operation, params, True
        for other, routes in self.routes.items():
            if other != method.upper() and any(r.match(path) is not None for r in routes):
                return None, {}, True
        return None, {}, False
