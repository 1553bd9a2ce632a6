"""Generated Python is formatted by ruff, with the project's own settings (ruff.toml), so generated
files read like the hand-written ones and pass the same ``ruff format --check``.

The renderers aim for ruff's layout already; this pass settles what they leave (quotes, where a long
call breaks). ruff's output depends on its version: test-requirements.txt pins it, so ``codegen
--check`` gives the same answer everywhere.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from typing import Dict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONFIG = os.path.join(ROOT, "ruff.toml")


def format_python(files: Dict[str, str]) -> Dict[str, str]:
    """``files`` (relative path -> text) with every ``.py`` and ``.pyi`` file run through ``ruff format``."""
    python = {path: text for path, text in files.items() if path.endswith((".py", ".pyi"))}
    if not python:
        return files
    with tempfile.TemporaryDirectory(prefix="codegen-") as tmp:
        for path, text in python.items():
            full = os.path.join(tmp, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
        command = [sys.executable, "-m", "ruff", "format", "--quiet", "--no-cache", "--config", CONFIG, tmp]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=300)
        except FileNotFoundError as exc:  # pragma: no cover - the interpreter itself is missing
            raise SystemExit(f"codegen: cannot run ruff: {exc}") from exc
        if result.returncode != 0:
            raise SystemExit(
                "codegen: `ruff format` failed (pip install -r test-requirements.txt installs the pinned ruff):\n"
                + (result.stderr or result.stdout)[-2000:]
            )
        out = dict(files)
        for path in python:
            with open(os.path.join(tmp, path), encoding="utf-8", newline="") as fh:
                out[path] = fh.read()
    return out
