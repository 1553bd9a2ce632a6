"""The ``[notebook]`` extra: in a real Jupyter kernel, ``progress=True`` draws the ipywidgets bar
(no ``TqdmWarning: IProgress not found``, no text bar on stderr).

The test starts an IPython kernel (ipykernel) with this checkout on its path, runs one cell the way a
notebook user would, and reads the messages the kernel sends back to the notebook. It needs what
test-requirements.txt installs (tqdm and ipywidgets, the extra's two packages, plus ipykernel and
jupyter_client to run a kernel) and skips without them. Without ipywidgets the same cell yields the
warning and a text bar, which is what the assertions reject.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple

import pytest
from conftest import ROOT

#: One notebook cell: a job helper polls three times with a progress bar, as a user would call it.
CELL = """
import pinterest_client

states = iter(["QUEUED", "IN_PROGRESS", "FINISHED"])
result = pinterest_client.wait_until(
    lambda: next(states), lambda state: state == "FINISHED", backoff=0.01, progress=True, status=str,
    what="report",
)
print("result:", result)
"""

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

Message = Tuple[str, Dict[str, Any]]


@pytest.fixture
def kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A client connected to a fresh IPython kernel that imports ``pinterest_client`` from this checkout."""
    for module in ("tqdm", "ipywidgets", "ipykernel"):
        pytest.importorskip(module, reason=f"{module} is not installed (pip install -r test-requirements.txt)")
    manager_module = pytest.importorskip("jupyter_client.manager")
    # Connection files, IPython's profile and history stay in the test's own directory.
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    env = {**os.environ, "PYTHONPATH": ROOT, "IPYTHONDIR": str(tmp_path / "ipython")}
    manager, client = manager_module.start_new_kernel(startup_timeout=60, env=env, cwd=str(tmp_path))
    try:
        yield client
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def run_cell(client: Any, code: str) -> List[Message]:
    """Execute ``code``; the (type, content) of every message the kernel published for it."""
    messages: List[Message] = []
    reply = client.execute_interactive(
        code, timeout=60, output_hook=lambda msg: messages.append((msg["msg_type"], msg["content"]))
    )
    assert reply["content"]["status"] == "ok", reply["content"]
    return messages


def test_progress_in_a_notebook_draws_the_widget_without_a_tqdm_warning(kernel: Any) -> None:
    messages = run_cell(kernel, CELL)
    stdout = "".join(c["text"] for kind, c in messages if kind == "stream" and c["name"] == "stdout")
    stderr = "".join(c["text"] for kind, c in messages if kind == "stream" and c["name"] == "stderr")
    widgets = [c["data"] for kind, c in messages if kind == "display_data" and WIDGET_VIEW in c["data"]]

    assert "result: FINISHED" in stdout
    assert "TqdmWarning" not in stderr and "IProgress not found" not in stderr, stderr
    assert stderr == "", f"a text bar or a warning instead of the widget: {stderr!r}"
    assert len(widgets) == 1, [kind for kind, _ in messages]
    assert widgets[0]["text/plain"].startswith("report:")  # the bar names the job
