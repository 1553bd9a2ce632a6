"""The spec's constraints as compiled checks (``maxLength``, ``pattern``, ``minimum``, item and
property counts, enums) and the private error a check raises (:class:`_Invalid`, which carries the
path of the offending value and becomes an ``ApiTypeError``/``ApiValueError``). Also the switch
behind ``Configuration.disabled_client_side_validations``, and the encoders of the JSON scalar types
(:func:`scalar_encoder`), enough for the path and query parameters of most calls.
"""

from __future__ import annotations

import enum

from pinterest_client._types import SECRET_FIELDS, TYPE_CHECKING, ContextSetting, _type_error, _value_error, split_type

if TYPE_CHECKING:
    from typing import Any, Callable, Dict, Iterable, List, Optional, Sized, Tuple, Type


class _Invalid(Exception):
    """A value that does not fit its type. ``parts`` collects the path below the point where it
    was raised (innermost first) as it propagates; :meth:`error` renders the public exception."""

    def __init__(self, kind: str, render: Callable[[str], str]) -> None:
        super().__init__(kind)
        self.kind = kind
        self.render = render
        self.parts: List[str] = []

    def message(self, path: str) -> str:
        return self.render(path + "".join(reversed(self.parts)))

    def error(self, path: str) -> Exception:
        text = self.message(path)
        return _type_error(text) if self.kind == "type" else _value_error(text)


def _bad_type(expected: str, value: Any) -> _Invalid:
    def render(path: str) -> str:
        shown = "***" if path.rsplit(".", 1)[-1] in SECRET_FIELDS else _short_repr(value)
        return f"{path}: expected {expected}, got {shown}"

    return _Invalid("type", render)


def _bad_value(text: str) -> _Invalid:
    return _Invalid("value", lambda path: f"{path}: {text}")


def _short_repr(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _describe(type_str: str) -> str:
    container, inner = split_type(type_str)
    if container == "list":
        return f"a list of {_describe(inner)}"
    if container == "dict":
        return f"a dict of {_describe(inner)}"
    return {
        "str": "a string",
        "int": "an integer",
        "float": "a number",
        "bool": "a boolean",
        "date": "a datetime.date or 'YYYY-MM-DD' string",
        "datetime": "a datetime.datetime or ISO-8601 string",
        "any": "any JSON value",
        "file": "a file",
    }.get(inner, inner)


#: The JSON Schema keywords (``maxLength``, ``pattern``...) whose checks are switched off in the
#: current context: ``Configuration.disabled_client_side_validations``, as in the original client.
#: Read only when a check fails, so validation costs nothing more when none are disabled.
_DISABLED_CHECKS = ContextSetting("pinterest_client_disabled_checks", frozenset())


def _enabled(keyword: str) -> bool:
    return keyword not in _DISABLED_CHECKS.get()


def encode_without(disabled: "Iterable[str]", encode_call: Callable[[], Any]) -> Any:
    """Run ``encode_call()`` with the checks of the JSON Schema keywords ``disabled`` switched off."""
    token = _DISABLED_CHECKS.set(frozenset(disabled))
    try:
        return encode_call()
    finally:
        _DISABLED_CHECKS.reset(token)


def _compile_checks(checks: Dict[str, Any]) -> Optional[Callable[[Any], None]]:
    """One function applying the spec constraints in ``checks`` (each to the values it concerns)."""
    tests: List[Callable[[Any], None]] = []
    allowed = checks.get("enum")
    if allowed is not None:
        shown = ", ".join(map(repr, allowed))

        def one_of(value: Any) -> None:
            raw = value.value if isinstance(value, enum.Enum) else value
            if raw not in allowed:
                raise _bad_value(f"expected one of {shown}, got {_short_repr(raw)}")

        tests.append(one_of)
    low_len, high_len, pattern = checks.get("min_length"), checks.get("max_length"), checks.get("pattern")
    if low_len is not None or high_len is not None or pattern is not None:
        matches = _pattern(pattern) if pattern is not None else None

        def string(value: Any) -> None:
            if not isinstance(value, str):
                return
            if low_len is not None and len(value) < low_len and _enabled("minLength"):
                raise _bad_value(f"expected at least {low_len} characters, got {len(value)}")
            if high_len is not None and len(value) > high_len and _enabled("maxLength"):
                raise _bad_value(f"expected at most {high_len} characters, got {len(value)}")
            if matches is not None and not matches(value) and _enabled("pattern"):
                raise _bad_value(f"expected a string matching {pattern!r}, got {_short_repr(value)}")

        tests.append(string)
    low, high = checks.get("minimum"), checks.get("maximum")
    if low is not None or high is not None:
        low_excl, high_excl = bool(checks.get("exclusive_minimum")), bool(checks.get("exclusive_maximum"))
        low_keyword = "exclusiveMinimum" if low_excl else "minimum"
        high_keyword = "exclusiveMaximum" if high_excl else "maximum"

        def number(value: Any) -> None:
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                return
            if low is not None and (value <= low if low_excl else value < low) and _enabled(low_keyword):
                raise _bad_value(f"expected a value >{'' if low_excl else '='} {low}, got {value}")
            if high is not None and (value >= high if high_excl else value > high) and _enabled(high_keyword):
                raise _bad_value(f"expected a value <{'' if high_excl else '='} {high}, got {value}")

        tests.append(number)
    for kinds, noun in (((list, tuple), "items"), ((dict,), "properties")):
        low_count, high_count = checks.get(f"min_{noun}"), checks.get(f"max_{noun}")
        if low_count is not None or high_count is not None:
            tests.append(_count_check(kinds, noun, low_count, high_count))
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]

    def all_checks(value: Any) -> None:
        for test in tests:
            test(value)

    return all_checks


def _count_check(
    kinds: Tuple[Type[Sized], ...], noun: str, low: Optional[int], high: Optional[int]
) -> Callable[[Any], None]:
    """``minItems``/``maxItems`` (lists) or ``minProperties``/``maxProperties`` (objects)."""

    def count(value: Any) -> None:
        if not isinstance(value, kinds):
            return
        if low is not None and len(value) < low and _enabled(f"min{noun.capitalize()}"):
            raise _bad_value(f"expected at least {low} {noun}, got {len(value)}")
        if high is not None and len(value) > high and _enabled(f"max{noun.capitalize()}"):
            raise _bad_value(f"expected at most {high} {noun}, got {len(value)}")

    return count


def _is_digits(value: str) -> bool:
    """Whether ``re.search(r"^\\d+$", value)`` matches: ``\\d`` is a Unicode decimal digit
    (category Nd, which is what :meth:`str.isdecimal` tests) and ``$`` also matches before a
    final newline."""
    if value.endswith("\n"):
        value = value[:-1]
    return value.isdecimal()


#: The spec's most common pattern by far (IDs: about 800 of its fields and parameters).
_DIGITS = "^\\d+$"

#: Each pattern's test (``value -> truthy when it matches``): compiled with :mod:`re` on first use,
#: but for ``^\\d+$``, tested without a regular expression.
_PATTERNS: Dict[str, Callable[[str], object]] = {_DIGITS: _is_digits}


def _pattern(pattern: str) -> Callable[[str], object]:
    """The test of ``re.search(pattern, value)``."""
    matches = _PATTERNS.get(pattern)
    if matches is None:
        import re

        matches = _PATTERNS[pattern] = re.compile(pattern).search
    return matches


# -- JSON scalars -----------------------------------------------------------------------------------
# ``(value, response) -> JSON value`` for a non-``None`` value, raising :class:`_Invalid`: the
# encoders of the scalar types (a path or query parameter's, most often), which
# :mod:`pinterest_client._encode` extends to dates, lists, dicts and models. A parameter of one of
# these types is checked without loading that module (see ``Param.encoder``).


def _encode_str(value: Any, response: bool) -> Any:
    if type(value) is str:
        return value
    if isinstance(value, str):
        return value.value if isinstance(value, enum.Enum) else value
    raise _bad_type("a string", value)


def _encode_int(value: Any, response: bool) -> Any:
    if type(value) is int:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise _bad_type("an integer", value)


def _encode_float(value: Any, response: bool) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    raise _bad_type("a number", value)


def _encode_bool(value: Any, response: bool) -> Any:
    if isinstance(value, bool):
        return value
    raise _bad_type("a boolean", value)


SCALAR_ENCODERS: Dict[str, Callable[[Any, bool], Any]] = {
    "str": _encode_str,
    "int": _encode_int,
    "float": _encode_float,
    "bool": _encode_bool,
}


def checked(base: Callable[[Any, bool], Any], check: Callable[[Any], None]) -> Callable[[Any, bool], Any]:
    """The encoder ``base`` preceded by ``check`` (a value's constraints)."""

    def encode_checked(value: Any, response: bool, check: Callable[[Any], None] = check, base: Any = base) -> Any:
        check(value)
        return base(value, response)

    return encode_checked


def scalar_encoder(type_str: str, checks: Optional[Dict[str, Any]]) -> Optional[Callable[[Any, bool], Any]]:
    """The encoder of a scalar type string (``str``, ``int``, ``float``, ``bool``) with ``checks``;
    ``None`` for any other type."""
    base = SCALAR_ENCODERS.get(type_str)
    if base is None:
        return None
    check = _compile_checks(checks) if checks else None
    return base if check is None else checked(base, check)
