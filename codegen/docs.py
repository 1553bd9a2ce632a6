"""Definitions -> ``docs/*.md`` (a page per API class and per model, in the seeds' format)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict

if TYPE_CHECKING:
    from codegen.generate import Generated


def render_docs(gen: "Generated") -> Dict[str, str]:
    return {}
