"""How a model shows itself: ``repr`` (one line when short, secrets redacted), the notebook's
HTML table and the redacted dict ``str()`` pretty-prints. Loaded on first use."""

from __future__ import annotations

import datetime
import enum

from pinterest_client._models import Model
from pinterest_client._types import _MANGLE, SECRET_FIELDS, TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Iterator, Tuple


def _labelled(model: Model) -> Iterator[Tuple[str, str, Any]]:
    """``(wire name, label, value)`` of each key of ``model``: the label is the field's Python name
    (``gender`` for ``GENDER``), or the key itself for an undeclared one."""
    by_wire = type(model)._by_wire
    for key, value in model.__dict__.items():
        name = key[1:] if key.startswith(_MANGLE) else key
        field = by_wire.get(name)
        yield name, field.py if field is not None else name, value


def model_repr(model: Model) -> str:
    """``repr(model)``: ``Board(id='1', name='b')``, one field a line when longer than 100
    characters; Python names; secret fields as ``'***'``."""
    parts = []
    for name, label, value in _labelled(model):
        shown = "'***'" if name in SECRET_FIELDS and value is not None else repr(value)
        parts.append((label if label.isidentifier() else repr(label), shown))
    one_line = f"{type(model).__name__}({', '.join(f'{k}={v}' for k, v in parts)})"
    if len(one_line) <= 100 and "\n" not in one_line:
        return one_line
    body = "".join(f"    {k}={v.replace(chr(10), chr(10) + '    ')},\n" for k, v in parts)
    return f"{type(model).__name__}(\n{body})"


def redacted(value: Any) -> Any:
    """JSON data with the values of secret fields replaced by ``'***'``."""
    if isinstance(value, dict):
        return {k: ("***" if k in SECRET_FIELDS and v is not None else redacted(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [redacted(v) for v in value]
    return value


def _html_value(value: Any, key: str = "") -> str:
    import html

    if key in SECRET_FIELDS and value is not None:
        return "***"
    if isinstance(value, Model):
        return html_table(value)
    if isinstance(value, dict):
        rows = "".join(
            f"<tr><th style='text-align:left'>{html.escape(str(k))}</th><td>{_html_value(v, str(k))}</td></tr>"
            for k, v in value.items()
        )
        return f"<table>{rows}</table>"
    if isinstance(value, (list, tuple)):
        return "<ul>" + "".join(f"<li>{_html_value(v)}</li>" for v in value) + "</ul>"
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, datetime.datetime):
        return html.escape(value.strftime("%Y-%m-%d %H:%M:%S%z").rstrip())
    if isinstance(value, datetime.date):
        return html.escape(value.isoformat())
    if value is None:
        return "<i>null</i>"
    return html.escape(str(value), quote=False)


def html_table(model: Model) -> str:
    import html

    rows = [
        f"<tr><th style='text-align:left'>{html.escape(label)}</th><td>{_html_value(value, name)}</td></tr>"
        for name, label, value in _labelled(model)
    ]
    return f"<table><caption>{html.escape(type(model).__name__)}</caption>{''.join(rows)}</table>"
