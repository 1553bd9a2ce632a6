"""The testing guide (docs/guides/testing.md): every ```python block runs, unchanged, each in a
fresh namespace (the examples start their own FakePinterest) — except a block made of test files
(its first line ``# conftest.py``, each file starting with a ``# NAME.py`` line), which runs as a
pytest session with the plugin, as a user's suite would — and the guide lists every stateful
operation the fake has."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, List, Tuple

import pytest
from test_fake_plugin import run_pytest

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "guides" / "testing.md"
_FENCE = re.compile(r"^```python[ \t]*\n(.*?)^```[ \t]*$", re.S | re.M)


_FILE_LINE = re.compile(r"^# (\w+\.py)$", re.M)
TEST_SUITE_START = "# conftest.py\n"


def examples() -> List[Tuple[int, str]]:
    text = GUIDE.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 1, m.group(1)) for m in _FENCE.finditer(text)]


def test_no_example_is_marked_not_executed() -> None:
    assert "<!-- not-executed -->" not in GUIDE.read_text(encoding="utf-8")


def _test_suite_files(code: str) -> Dict[str, str]:
    """``# NAME.py`` line -> the code up to the next such line."""
    parts = _FILE_LINE.split(code)[1:]
    return dict(zip(parts[0::2], parts[1::2]))


@pytest.mark.parametrize("line, code", examples(), ids=lambda v: str(v) if isinstance(v, int) else "")
def test_guide_example_runs(line: int, code: str, tmp_path: Path) -> None:
    if not code.startswith(TEST_SUITE_START):
        exec(compile(code, f"{GUIDE.name}:{line}", "exec"), {"__name__": "guide_example"})
        return
    files = _test_suite_files(code)
    assert sorted(files) == ["conftest.py", "test_boards.py"], sorted(files)
    status, output = run_pytest(tmp_path, files["test_boards.py"], conftest=files["conftest.py"])
    assert status == 0 and " failed" not in output and " passed" in output, output[-4000:]


def test_guide_lists_every_stateful_operation() -> None:
    import pinterest_client.testing  # noqa: F401 - registers every handler
    from pinterest_client.testing._state import HANDLERS

    text = GUIDE.read_text(encoding="utf-8")
    for op_id in HANDLERS:
        group, action = op_id.split("/")
        assert f"`{op_id}`" in text or (f"`{group}/" in text and f"`{action}`" in text), op_id
