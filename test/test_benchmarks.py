"""The benchmark runner works end to end: ``python benchmarks/run.py --quick`` (few rounds; it
checks every figure is measurable and every result correct, but never fails on timings) exits 0
and prints its machine-readable summary line with every figure in it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT

FIGURES = {
    "decode 250 Pins",
    "decode 250 campaigns",
    "encode keywords_create, 1000 keywords",
    "per-call overhead, small GET",
    "import pinterest_client",
    "import 5 models by module path",
    "import every API and model class",
    "peak RSS importing every class",
    "memory of a decoded 250-Pin page",
}


def test_quick_benchmark_run_succeeds_and_prints_the_summary() -> None:
    result = subprocess.run(
        [sys.executable, os.path.join(ROOT, "benchmarks", "run.py"), "--quick"],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("BENCHMARK-SUMMARY ")]
    assert len(lines) == 1, result.stdout
    summary = json.loads(lines[0][len("BENCHMARK-SUMMARY ") :])
    assert summary["quick"] is True
    names = {name.split(" (")[0] for name in summary["results"]}
    assert FIGURES <= names, names
    for figure in summary["results"].values():
        assert figure["value"] > 0 and figure["baseline"] > 0 and isinstance(figure["ok"], bool)
