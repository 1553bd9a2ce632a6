"""Run-time half of the generator's compatibility rules (``codegen/compat.py``): what generated
API methods call so that calls written for the original client (``pinterest-generated-client``
0.1.2 ... 0.1.12) still bind, and what a method whose operation Pinterest removed raises.

Every legacy form works and warns once per call site with a ``DeprecationWarning`` naming the
current form; nothing here changes what the current form sends. :func:`renamed` (a body passed under
the original client's name) is in :mod:`pinterest_client._operations`, since the generated methods
call it on every call: this module is imported by the API modules with legacy call forms only.
"""

from __future__ import annotations

import enum
from typing import Any, Callable, Dict, Iterable, List, NoReturn, Tuple

from pinterest_client._operations import _warn
from pinterest_client._operations import renamed as renamed  # (called by current call forms too: it lives there)
from pinterest_client.exceptions import ApiTypeError, OperationRemovedError


def removed(method: str, replacement: str) -> NoReturn:
    raise OperationRemovedError(method, replacement)


def form_body(method: str, name: str, value: Any, fields: Dict[str, Any], first: str) -> Any:
    """The original client's form-field call (``oauth_token("authorization_code", code=...,
    redirect_uri=...)``) as the request body: ``value`` is the body, or the value of ``first``."""
    given = {k: v for k, v in fields.items() if v is not None}
    if isinstance(value, (str, enum.Enum)):
        if first in given:
            raise ApiTypeError(f"{method}() got {first} more than once")
        given = {first: value, **given}
    elif given:
        if value is not None:
            raise ApiTypeError(f"{method}() takes {name} or its fields ({', '.join(given)}), not both")
    else:
        return value
    _warn(f"{method}({', '.join(given)}) is the original client's form; pass {name}={{...}}")
    return given


def one_or_list(method: str, name: str, value: Any) -> Any:
    """A parameter that took one value in older specs and a list now: one value becomes a list."""
    if isinstance(value, (str, enum.Enum, int, float)):
        _warn(f"{method}({name}=...) takes a list now; {value!r} is sent as [{value!r}]")
        return [value]
    return value


def dropped_params(method: str, options: Any, names: Iterable[str]) -> None:
    """Accept (and leave unsent) parameters the original client had and Pinterest removed."""
    for name in names:
        if name in options and options.pop(name) is not None:
            _warn(f"{method}({name}=...): Pinterest's API no longer has this parameter; it is not sent")


def legacy_order(
    method: str, args: Tuple[Any, ...], names: Tuple[str, ...], keywords: Dict[str, Any]
) -> Tuple[Any, ...]:
    """Positional arguments given in the original client's order (``names``), which had more of
    them: checked and returned in that order."""
    if len(args) != len(names):
        raise ApiTypeError(
            f"{method}() takes the original client's positional arguments ({', '.join(names)}): got {len(args)}"
        )
    twice = [name for name in names if keywords.get(name) is not None]
    if twice:
        raise ApiTypeError(f"{method}() got {', '.join(twice)} both by position and by keyword")
    _warn(f"{method}({', '.join(names)}) is the original client's order; pass {', '.join(keywords)} by keyword")
    return args


def moved(endpoint: Any, target: Callable[..., Any], method: str, args: List[Any], kwargs: Dict[str, Any]) -> Any:
    """Call ``target`` (a method of the class that has the operation now) with ``endpoint``'s client."""
    _warn(f"{method} moved to {target.__qualname__}")
    return target(endpoint, *args, **kwargs)
