"""``pinterest-api-sdk`` (Pinterest's high-level SDK, package ``pinterest``) run unchanged on ours.

The released wheel (``pip download --no-deps pinterest-api-sdk==0.2.7``, into the compatibility cache)
goes on ``PYTHONPATH`` with this repository; its small dependencies (python-dotenv, six) come from
test-requirements.txt. Two things run, each in a subprocess with a scratch working directory (the SDK
reads ``.env`` and ``config.json`` from there):

- api_sdk_flows.py, the documented flows against ``FakePinterest``;
- the SDK's own unit tests, vendored in test/third_party/pinterest_api_sdk (see its NOTICE.md), under
  pytest with a JUnit report.

Both also run on the original client the SDK pins (0.1.10) as a baseline, so each failure says whether
it is ours to fix or the fake's / the test's (it fails on the original too).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

from compat_cache import HERE, REPO_ROOT, api_sdk, release, run_json, subprocess_env
from compat_gaps import Gap

Details = Dict[Tuple[str, str], str]
BASELINE_RELEASE = "0.1.10"  # what pinterest-api-sdk 0.2.7 pins
VENDORED = REPO_ROOT / "test" / "third_party" / "pinterest_api_sdk"


def _paths(on_original: bool) -> List[Path]:
    paths = [api_sdk()]
    if on_original:
        paths.append(release(BASELINE_RELEASE))
    return [*paths, REPO_ROOT]  # REPO_ROOT last: on the baseline it provides only FakePinterest


def run_flows(on_original: bool = False) -> Dict[str, str]:
    """``{flow: "ok" | first error line}``."""
    args = [str(HERE / "api_sdk_flows.py")] + ([] if on_original else ["--compat"])
    with tempfile.TemporaryDirectory(prefix="api-sdk-flows-") as scratch:
        return run_json(args, _paths(on_original), cwd=Path(scratch), timeout=300)  # type: ignore[return-value]


def run_unit_tests(on_original: bool = False) -> Dict[str, str]:
    """``{test id: "ok" | first error line}`` of the vendored unit tests, one test file per process:
    the suite keeps state across files (``client_test.py`` leaves the SDK's default client on a
    made-up refresh token), so a file run after another can fail on the original client too."""
    env = subprocess_env(_paths(on_original), {"PINTEREST_ACCESS_TOKEN": "test_token"})
    if on_original:
        env["PINTEREST_CLIENT_COMPAT_BASELINE"] = "1"
    outcomes: Dict[str, str] = {}
    files = sorted((VENDORED / "tests" / "src").rglob("*test*.py"))
    with tempfile.TemporaryDirectory(prefix="api-sdk-tests-") as scratch:
        for number, test_file in enumerate(files):
            report = Path(scratch) / f"report-{number}.xml"
            command = [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "-c",
                str(VENDORED / "pytest.ini"),
                "--rootdir",
                str(VENDORED),
                f"--junitxml={report}",
                "-o",
                "junit_family=xunit1",
                "--continue-on-collection-errors",
                str(test_file),
            ]
            done = subprocess.run(
                command, cwd=scratch, env=env, capture_output=True, text=True, timeout=600, check=False
            )
            if not report.exists():
                raise RuntimeError(
                    f"the vendored tests of {test_file.name} did not run ({done.returncode}):\n"
                    f"{done.stdout[-3000:]}{done.stderr[-3000:]}"
                )
            outcomes.update(_outcomes(report))
    return outcomes


def _outcomes(report: Path) -> Dict[str, str]:
    outcomes: Dict[str, str] = {}
    for case in ElementTree.parse(report).iter("testcase"):
        name = f"{case.get('file') or case.get('classname')}::{case.get('name')}"
        problem = case.find("failure")
        if problem is None:
            problem = case.find("error")
        if problem is not None:
            outcomes[name] = _error_line(problem.text or "") or _first_line(problem.get("message") or "failed")
        elif case.find("skipped") is None:
            outcomes[name] = "ok"
    return outcomes


def _error_line(traceback_text: str) -> str:
    """The exception line of a pytest traceback (its last ``E   `` line), or ``""``."""
    errors = [line[1:].strip() for line in traceback_text.splitlines() if line.startswith("E ")]
    return errors[-1][:220] if errors else ""


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return (lines[0] if lines else "failed")[:220]


def gaps_of(category: str, ours: Dict[str, str], original: Dict[str, str]) -> Tuple[List[Gap], Details]:
    gaps: List[Gap] = []
    details: Details = {}
    for name, outcome in sorted(ours.items()):
        if outcome == "ok":
            continue
        gaps.append((category, name, ""))
        base = original.get(name, "ok" if not original else "not run")
        note = "" if base == "ok" else f" [fails on the original {BASELINE_RELEASE} too: {base[:100]}]"
        details[(category, name)] = outcome + note
    return gaps, details


def flow_gaps() -> Tuple[List[Gap], Details]:
    return gaps_of("api_sdk flow", run_flows(), run_flows(on_original=True))


def unit_test_gaps() -> Tuple[List[Gap], Details]:
    return gaps_of("api_sdk unit test", run_unit_tests(), run_unit_tests(on_original=True))


__all__: Sequence[str] = ["flow_gaps", "unit_test_gaps", "run_flows", "run_unit_tests"]
