"""Example arguments for the docs pages, as Python source.

The values come from the SDK's one value synthesiser (``pinterest_client/testing/_synth.py``, the
same that makes the fake server's answers), walking the generator's model definitions instead of
the generated classes (:class:`DefSchemas`) and writing source instead of JSON
(:class:`SourceBuilder`): the spec's ``example`` when it satisfies the declared type and checks,
otherwise a value built from them, so every example passes the SDK's request validation (and a
spec-driven mock server).
"""

from __future__ import annotations

import dataclasses
import datetime
import json
from typing import Any, Dict, List, Mapping, Optional, Sequence, Set, Tuple, Union

from codegen.operations import BodyDef, OperationDef, ParamDef
from codegen.schemas import ModelDef, TypeInfo
from pinterest_client.testing._synth import Builder, FieldShape, Schemas, Synthesizer

#: Pagination cursors: the examples ask for the first page.
CURSOR_PARAMS = frozenset({"bookmark"})


@dataclasses.dataclass
class Lit:
    """A value that is Python source already (``"4"``, ``datetime.date(2024, 1, 1)``)."""

    src: str


@dataclasses.dataclass
class Call:
    """``Model(name=value, ...)``."""

    cls: str
    args: List[Tuple[str, Any]]


Node = Union[Lit, Call, List[Any], Dict[str, Any]]


class ExampleValues:
    """Spec-valid example values for parameters and bodies, one deterministic value per argument."""

    def __init__(self, models: Dict[str, ModelDef]) -> None:
        self.synth = Synthesizer(schemas=DefSchemas(models), builder=SourceBuilder(models), request=True)

    def argument(self, op: OperationDef, p: Union[ParamDef, BodyDef]) -> Node:
        if isinstance(p, ParamDef) and p.wire in CURSOR_PARAMS and not p.required:
            return Lit("None")  # only a previous page's response holds a valid cursor; None: the first page
        self.synth.reseed(f"{op.operation_id}:{p.py}")  # one argument's value does not move another's
        default = p.default if isinstance(p, ParamDef) else None
        name = p.wire if isinstance(p, ParamDef) else p.py
        node: Node = self.synth.make(p.type.runtime, strict_checks(p.type), name, 0, p.example, default)
        return node


class DefSchemas(Schemas):
    """The synthesiser's questions answered from the generator's model definitions."""

    def __init__(self, models: Dict[str, ModelDef]) -> None:
        self.models = models

    def kind(self, name: str) -> str:
        model = self.models.get(name)
        return model.kind if model is not None else ""

    def enum_values(self, name: str) -> Sequence[Any]:
        return self.models[name].enum_values

    def element(self, name: str) -> str:
        model = self.models[name]
        target = model.alias if model.kind == "alias" else model.item
        assert target is not None, name
        return target.runtime

    def checks(self, name: str) -> Mapping[str, Any]:
        model = self.models[name]
        return model.alias.checks if model.kind == "alias" and model.alias is not None else model.checks

    def variants(self, name: str) -> Sequence[Tuple[str, Mapping[str, Any]]]:
        return [(v.runtime, v.checks) for v in self.models[name].variants]

    def discriminator(self, name: str) -> Optional[Tuple[str, Mapping[str, str]]]:
        return self.models[name].discriminator

    def fields(self, name: str) -> Sequence[FieldShape]:
        return [
            FieldShape(
                f.wire, f.py, f.type.runtime, strict_checks(f.type), f.required, f.read_only, f.deprecated, f.example
            )
            for f in self.models[name].fields
        ]

    def additional(self, name: str) -> Optional[Tuple[str, Mapping[str, Any]]]:
        additional = self.models[name].additional
        return None if additional is None else (additional.runtime, additional.checks)

    def required_any(self, name: str) -> Sequence[Tuple[str, ...]]:
        return self.models[name].required_any


class SourceBuilder(Builder):
    """The synthesiser's values as source nodes: models as constructor calls, dates as
    ``datetime`` constructors, strings in double quotes."""

    def __init__(self, models: Dict[str, ModelDef]) -> None:
        self.models = models

    def scalar(self, kind: str, value: Any) -> Node:
        return Lit(literal(kind, value))

    def array(self, items: List[Any]) -> Node:
        return items

    def mapping(self, entries: Dict[str, Any]) -> Node:
        return entries

    def model(self, cls: str, values: List[Tuple[FieldShape, Any]], extra: Dict[str, Any]) -> Node:
        if extra and self.models[cls].additional is not None:  # the union declares the property: a dict
            return {**extra, **{f.wire: v for f, v in values}}
        return Call(cls, [(f.py, v) for f, v in values])


def strict_checks(info: TypeInfo) -> Dict[str, Any]:
    """The checks, narrowed for examples to what a strict validator accepts (``TypeInfo.exclusive``:
    Prism rejects a value that sits in two overlapping ``oneOf`` enum branches)."""
    if not info.exclusive:
        return info.checks
    if info.runtime == "str":
        return {**info.checks, "enum": info.exclusive}
    return {**info.checks, "items": {**(info.checks.get("items") or {}), "enum": info.exclusive}}


class Used:
    """What an example's values need imported."""

    def __init__(self) -> None:
        self.models: Set[str] = set()
        self.datetime = False

    def collect(self, node: Node) -> None:
        if isinstance(node, Lit):
            self.datetime = self.datetime or node.src.startswith("datetime.")
        elif isinstance(node, Call):
            self.models.add(node.cls)
            for _, child in node.args:
                self.collect(child)
        elif isinstance(node, list):
            for child in node:
                self.collect(child)
        else:
            for child in node.values():
                self.collect(child)


def render_value(node: Node, indent: str) -> str:
    """Python source for ``node``; nested models and lists of them break over lines."""
    inner = indent + "    "
    if isinstance(node, Lit):
        return node.src
    if isinstance(node, Call):
        if not node.args:
            return f"{node.cls}()"
        body = "".join(f"{inner}{name}={render_value(value, inner)},\n" for name, value in node.args)
        return f"{node.cls}(\n{body}{indent})"
    if isinstance(node, list):
        if all(isinstance(v, Lit) for v in node):
            return "[" + ", ".join(v.src for v in node) + "]"
        return "[\n" + "".join(f"{inner}{render_value(v, inner)},\n" for v in node) + f"{indent}]"
    items = [f"{py_literal(k)}: {render_value(v, inner)}" for k, v in node.items()]
    if all(isinstance(v, Lit) for v in node.values()):
        return "{" + ", ".join(items) + "}"
    return "{\n" + "".join(f"{inner}{item},\n" for item in items) + f"{indent}}}"


def literal(kind: str, value: Any) -> str:
    """Python source for a valid primitive or enum value (dates as ``datetime`` constructors)."""
    if kind == "date":
        day = datetime.date.fromisoformat(value)
        return f"datetime.date({day.year}, {day.month}, {day.day})"
    if kind == "datetime":
        moment = datetime.datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
        offset = moment.utcoffset()
        zone = "datetime.timezone.utc"  # a naive example still needs an offset on the wire (RFC 3339)
        if offset:
            zone = f"datetime.timezone(datetime.timedelta(seconds={int(offset.total_seconds())}))"
        parts = moment.timetuple()[: 6 if moment.second else 5]
        return f"datetime.datetime({', '.join(map(str, parts))}, tzinfo={zone})"
    if kind == "float" and isinstance(value, int):
        return repr(float(value))
    return py_literal(value)


def py_literal(value: Any) -> str:
    """Python source for a JSON value, strings in double quotes."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items()) + "}"
    return repr(value)
