"""Static checks CI runs through pytest: mypy and pyright over the package and test/typing, and ruff.

* ``python -m mypy`` with mypy.ini: strict for the hand-written runtime and for
  test/typing/usage.py (typical user code, including what each call form returns), normal for
  generated code and the fake server.
* test/typing/misuse.py: mistakes the annotations must catch — mypy and pyright have to report
  exactly the errors marked ``# expect: <code>`` there.
* ``pyright --verifytypes``: the type completeness of the package as users install it.
* The API stubs (``api/*.pyi``, what checkers read) declare exactly the methods the modules define.
* ``python -m ruff check .`` with ruff.toml.

Each skips when its tool is not installed (``pip install -r test-requirements.txt`` installs both).
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import inspect
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Set, Tuple

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
TYPING_DIR = Path(__file__).resolve().parent / "typing"


def _tool(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (pip install -r test-requirements.txt)")


def _run(args: List[str], timeout: float = 900) -> "subprocess.CompletedProcess[str]":
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=str(REPO_ROOT),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_mypy_package_and_usage() -> None:
    """The whole package (~980 files) and the typed usage example pass mypy per mypy.ini."""
    _tool("mypy")
    result = _run(["mypy", "--config-file", "mypy.ini"])
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 0, f"mypy failed:\n{output[-6000:]}"
    assert "Success" in output, output


_ERROR = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+): error: .*\[(?P<code>[a-z0-9-]+)\]$")
_EXPECT = re.compile(r"#\s*expect:\s*(?P<code>[a-z0-9-]+)")


def test_mypy_catches_misuse() -> None:
    """Wrong argument types, missing/misspelt parameters, a wrong call option, using a result as
    the wrong model or a Optional[datetime] as a date are all type errors."""
    _tool("mypy")
    misuse = TYPING_DIR / "misuse.py"
    expected: Set[Tuple[int, str]] = set()
    for number, line in enumerate(misuse.read_text(encoding="utf-8").splitlines(), start=1):
        match = _EXPECT.search(line)
        if match:
            expected.add((number, match.group("code")))
    assert len(expected) >= 8
    result = _run(["mypy", "--config-file", "mypy.ini", "--no-warn-unused-configs", str(misuse)])
    output = result.stdout + result.stderr
    found: Set[Tuple[int, str]] = set()
    for line in output.splitlines():
        match = _ERROR.match(line.strip())
        if match and Path(match.group("path")).name == "misuse.py":
            found.add((int(match.group("line")), match.group("code")))
    assert result.returncode == 1, f"mypy should report the marked errors:\n{output}"
    assert found == expected, (
        f"missed: {sorted(expected - found)}\nunexpected: {sorted(found - expected)}\nmypy said:\n{output}"
    )


def test_ruff_clean() -> None:
    _tool("ruff")
    result = _run(["ruff", "check", "--no-cache", "--output-format", "concise", "."], timeout=300)
    assert result.returncode == 0, f"ruff check . failed:\n{(result.stdout + result.stderr)[-6000:]}"


def test_every_python_file_is_formatted_generated_ones_included() -> None:
    _tool("ruff")
    folders = ["pinterest_client", "codegen", "test", "benchmarks"]
    result = _run(["ruff", "format", "--check", "--no-cache", *folders], timeout=300)
    assert result.returncode == 0, f"ruff format --check failed:\n{(result.stdout + result.stderr)[-6000:]}"


_PYRIGHT_ERROR = re.compile(r"misuse\.py:(?P<line>\d+):\d+ - error")


def _pyright(*args: str) -> "subprocess.CompletedProcess[str]":
    _tool("pyright")
    return _run(["pyright", "--pythonpath", sys.executable, *args], timeout=600)


def test_pyright_clean_on_user_code_basic_and_strict(tmp_path: Path) -> None:
    """Typical user code (test/typing/usage.py, the README's model calls) passes pyright, in basic
    mode and with ``# pyright: strict``: no error from how models are constructed or read."""
    strict = tmp_path / "strict_usage.py"
    strict.write_text("# pyright: strict\n" + (TYPING_DIR / "usage.py").read_text(encoding="utf-8"), encoding="utf-8")
    for target in (TYPING_DIR / "usage.py", strict):
        result = _pyright(str(target))
        output = result.stdout + result.stderr
        assert result.returncode == 0 and "0 errors" in output, f"pyright on {target.name}:\n{output[-6000:]}"


def test_pyright_catches_misuse() -> None:
    """pyright flags every line of test/typing/misuse.py that mypy must flag (misspelt fields and
    attributes included)."""
    misuse = TYPING_DIR / "misuse.py"
    expected = {
        number
        for number, line in enumerate(misuse.read_text(encoding="utf-8").splitlines(), start=1)
        if _EXPECT.search(line)
    }
    result = _pyright(str(misuse))
    found = {int(m.group("line")) for m in _PYRIGHT_ERROR.finditer(result.stdout)}
    assert found == expected, (
        f"missed: {sorted(expected - found)}\nunexpected: {sorted(found - expected)}\n{result.stdout}"
    )


def test_readme_quick_start_is_clean_for_pyright_strict_and_mypy_strict(tmp_path: Path) -> None:
    """The README's quick start is what most users copy first: no checker may complain about it."""
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Quick start.*?```python\n(.*?)```", readme, re.S)
    assert block, "README.md has no quick start code block"
    script = tmp_path / "quick_start.py"
    script.write_text("# pyright: strict\n" + block.group(1), encoding="utf-8")
    result = _pyright(str(script))
    assert result.returncode == 0 and "0 errors" in result.stdout, result.stdout[-4000:]
    result = _run(["mypy", "--strict", "--no-incremental", str(script)])
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]


#: ``pyright --verifytypes`` must find at least this share of the exported symbols fully typed.
MIN_TYPE_COMPLETENESS = 0.95


def test_pyright_verifytypes_scores_at_least_95_percent(tmp_path: Path) -> None:
    """The package as installed (a copy on ``PYTHONPATH``: pyright does not see an editable
    install) is at least 95% type-complete: no unknown or ambiguous types in its public interface."""
    _tool("pyright")
    site = tmp_path / "site"
    shutil.copytree(REPO_ROOT / "pinterest_client", site / "pinterest_client", ignore=shutil.ignore_patterns("*.pyc"))
    env = {
        **os.environ,
        "PYTHONPATH": str(site),
        # --verifytypes asks the first ``python`` on PATH for its search paths
        "PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""),
    }
    args = ["pyright", "--verifytypes", "pinterest_client", "--ignoreexternal", "--outputjson"]
    result = subprocess.run(
        [sys.executable, "-m", *args], cwd=str(tmp_path), env=env, capture_output=True, text=True, timeout=300
    )
    report = json.loads(result.stdout)
    completeness = report["typeCompleteness"]
    assert completeness["packageRootDirectory"].startswith(str(site)), completeness["packageRootDirectory"]
    score = completeness["completenessScore"]
    problems = [d["message"].splitlines()[0] for d in report["generalDiagnostics"] if d["severity"] == "error"]
    assert score >= MIN_TYPE_COMPLETENESS, f"type completeness {score:.1%}; first problems: {problems[:20]}"


def _stub_methods(stub: Path) -> Dict[str, Dict[str, List[Set[str]]]]:
    """class -> method -> the parameter names of each of its overloads, from a ``.pyi``."""
    classes: Dict[str, Dict[str, List[Set[str]]]] = {}
    for node in ast.parse(stub.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef):
            methods = classes.setdefault(node.name, {})
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    a = item.args
                    names = {p.arg for p in a.posonlyargs + a.args + a.kwonlyargs}
                    methods.setdefault(item.name, []).append(names)
    return classes


#: Keyword options the stubs spell out; the methods take them in ``**options``.
SWITCHES = {"self", "async_req", "_preload_content", "_return_http_data_only"}


def test_api_stubs_declare_what_the_modules_define() -> None:
    """Each ``api/<tag>_api.pyi`` has the module's class with exactly its public methods, and
    every overload's parameters are ones the method binds (so the stubs cannot drift from the code)."""
    stubs = sorted((REPO_ROOT / "pinterest_client" / "api").glob("*.pyi"))
    assert len(stubs) >= 30
    for stub in stubs:
        module = importlib.import_module(f"pinterest_client.api.{stub.stem}")
        for name, methods in _stub_methods(stub).items():
            cls = getattr(module, name)
            defined = {n for n in dir(cls) if not n.startswith("_") and callable(getattr(cls, n))}
            defined -= {n for n in dir(cls.__mro__[1]) if not n.startswith("_")}  # Endpoint's own
            assert set(methods) == defined, f"{stub.name}: {sorted(set(methods) ^ defined)}"
            for method, overloads in methods.items():
                if method.endswith("_with_http_info"):
                    continue
                binds = set(inspect.signature(getattr(cls, method)).parameters)
                for names in overloads:
                    assert names - SWITCHES <= binds, f"{name}.{method}: {sorted(names - SWITCHES - binds)}"


def _check_declared(value: object, declared: str, model: type) -> None:
    """``value`` is what the return annotation ``declared`` (``{}`` = ``model``) of a stub says."""
    from pinterest_client import ApiResponse, AsyncResult, rest

    if declared.startswith("AsyncResult["):
        assert isinstance(value, AsyncResult), (declared, value)
        _check_declared(value.get(timeout=10), declared[len("AsyncResult[") : -1], model)
    elif declared.startswith("ApiResponse["):
        assert isinstance(value, ApiResponse) and value.status == 200, (declared, value)
        _check_declared(value.data, declared[len("ApiResponse[") : -1], model)
    elif declared == "RawResponse":
        import urllib3

        assert isinstance(value, (urllib3.HTTPResponse, rest.Response)), (declared, value)
        assert value.status == 200
    else:
        assert declared == "{}" and isinstance(value, model), (declared, value)


def _options(*switches: str) -> Dict[str, bool]:
    """The call options an overload's switches pin (``Literal[True]``...); plain ``bool`` ones are left out."""
    names = ("async_req", "_preload_content", "_return_http_data_only")
    return {n: s.startswith("Literal[True]") for n, s in zip(names, switches) if "= " not in s}


def test_each_call_form_returns_what_its_overload_declares(server: Any, client: Any) -> None:
    """Over HTTP (the loopback server), every overload of the stubs but the plain-``bool`` one —
    ``async_req``, ``_preload_content``, ``_return_http_data_only`` and ``*_with_http_info`` — returns
    an object of the declared type: the overloads describe the runtime, not a wish."""
    from codegen.render import CALL_FORMS, INFO_FORMS
    from pinterest_client.api.boards_api import BoardsApi
    from pinterest_client.model.boards_list_response import BoardsListResponse

    api = BoardsApi(client)
    page = {"items": [{"id": "1", "name": "b"}], "bookmark": None}
    for *switches, declared in CALL_FORMS[:-1]:
        server.reply(200, page)
        _check_declared(api.boards_list(**_options(*switches)), declared, BoardsListResponse)
    for async_req, preload, declared in INFO_FORMS[:-1]:
        server.reply(200, page)
        options = _options(async_req, preload)
        _check_declared(api.boards_list_with_http_info(**options), declared, BoardsListResponse)
