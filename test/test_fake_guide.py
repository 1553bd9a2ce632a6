"""The testing guide (docs/guides/testing.md): every ```python block not marked
``<!-- not-executed -->`` runs, unchanged, each in a fresh namespace (the examples start their own
FakePinterest), and the guide lists every stateful operation the fake has."""

from __future__ import annotations

import re
from pathlib import Path
from typing import List, Tuple

import pytest

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "guides" / "testing.md"
_FENCE = re.compile(r"^```python[ \t]*\n(.*?)^```[ \t]*$", re.S | re.M)


def examples() -> List[Tuple[int, str]]:
    text = GUIDE.read_text(encoding="utf-8")
    out = []
    for match in _FENCE.finditer(text):
        if text[: match.start()].rstrip().rsplit("\n", 1)[-1].strip() == "<!-- not-executed -->":
            continue
        out.append((text.count("\n", 0, match.start()) + 1, match.group(1)))
    return out


@pytest.mark.parametrize("line, code", examples(), ids=lambda v: str(v) if isinstance(v, int) else "")
def test_guide_example_runs(line: int, code: str) -> None:
    exec(compile(code, f"{GUIDE.name}:{line}", "exec"), {"__name__": "guide_example"})


def test_guide_lists_every_stateful_operation() -> None:
    import pinterest_client.testing  # noqa: F401 - registers every handler
    from pinterest_client.testing._state import HANDLERS

    text = GUIDE.read_text(encoding="utf-8")
    for op_id in HANDLERS:
        group, action = op_id.split("/")
        assert f"`{op_id}`" in text or (f"`{group}/" in text and f"`{action}`" in text), op_id
