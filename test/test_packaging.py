"""What a team adopting the SDK relies on: a license, a free distribution name used everywhere, one
version in one place, the API version the code was generated from, a changelog, and a
supported-versions matrix that matches the metadata; and a wheel built the way pip builds it.
"""

from __future__ import annotations

import configparser
import email.parser
import itertools
import os
import re
import shutil
import subprocess
import sys
import zipfile
from email.message import Message
from pathlib import Path
from typing import Any, Dict, Iterator, List, Set

import pytest
from conftest import ROOT, SPEC_DIR

import pinterest_client
from pinterest_client.__main__ import DISTRIBUTION

REPO = Path(ROOT)
#: Directories the generator writes (their first line names the spec version).
GENERATED_DIRS = ("api", "apis", "model", "models")
GENERATED_HEADER = re.compile(r"^# Generated from Pinterest OpenAPI (\S+) by codegen")
SUPPORTED_PYTHONS = ["3.9", "3.10", "3.11", "3.12", "3.13"]
#: The name used before: on PyPI it is an unrelated project (an install command or an extra naming it fails).
OLD_NAME_IN_USE = re.compile(r"pinterest-client\[|pip install ['\"]?pinterest-client(?![\w-])")
#: Files that still say the old name and are owned elsewhere: path -> why it is left for now.
OLD_NAME_PENDING: Dict[str, str] = {}


def load_toml(path: Path) -> Dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.9 and 3.10
        tomllib = pytest.importorskip("tomli", reason="tomli is not installed (pip install -r test-requirements.txt)")
    with open(path, "rb") as fh:
        data: Dict[str, Any] = tomllib.load(fh)
    return data


@pytest.fixture(scope="module")
def project() -> Dict[str, Any]:
    table: Dict[str, Any] = load_toml(REPO / "pyproject.toml")["project"]
    return table


def test_the_license_is_mit_and_declared_in_the_metadata(project: Dict[str, Any]) -> None:
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    assert "Permission is hereby granted, free of charge" in text
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]


def test_the_distribution_name_is_the_new_one(project: Dict[str, Any]) -> None:
    assert project["name"] == DISTRIBUTION == "pinterest-client-v5"
    # The user manual: the README and the guide pages next to the reference in docs/.
    manual = "\n".join(p.read_text(encoding="utf-8") for p in [REPO / "README.md", *sorted(REPO.glob("docs/**/*.md"))])
    for extra in ("progress", "notebook", "pandas", "speed"):
        assert f"pip install '{DISTRIBUTION}[{extra}]'" in manual, extra


def _text_files() -> Iterator[Path]:
    skip_dirs = {".git", "node_modules", "__pycache__", ".tox", "build", "dist", ".mypy_cache", ".ruff_cache"}
    for folder, dirs, files in os.walk(REPO):
        dirs[:] = [d for d in dirs if d not in skip_dirs and not d.endswith(".egg-info")]
        for name in files:
            if name.endswith((".py", ".md", ".toml", ".ini", ".txt", ".cfg")) or name == "run":
                yield Path(folder, name)


def test_no_install_command_or_extra_names_the_taken_distribution() -> None:
    offenders: List[str] = []
    for path in _text_files():
        rel = path.relative_to(REPO).as_posix()
        if rel in OLD_NAME_PENDING or path == Path(__file__):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if OLD_NAME_IN_USE.search(line):
                offenders.append(f"{rel}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_the_version_lives_in_one_place(project: Dict[str, Any]) -> None:
    setuptools_config = load_toml(REPO / "pyproject.toml")["tool"]["setuptools"]
    assert "version" not in project and project["dynamic"] == ["version"]
    assert setuptools_config["dynamic"]["version"] == {"attr": "pinterest_client.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+((a|b|rc)\d+)?(\.dev\d+)?", pinterest_client.__version__)
    shim = (REPO / "setup.py").read_text(encoding="utf-8")
    assert "setup()" in shim and "version" not in shim and "name=" not in shim


def test_api_version_is_the_one_in_every_generated_header() -> None:
    versions = set()
    for folder in GENERATED_DIRS:
        for path in (REPO / "pinterest_client" / folder).glob("*.py"):
            with open(path, encoding="utf-8") as fh:
                match = GENERATED_HEADER.match(fh.readline())
            assert match, f"{path} has no generator header"
            versions.add(match.group(1))
    assert versions == {pinterest_client.API_VERSION}


def test_api_version_is_the_default_spec_info_version() -> None:
    from codegen.spec import DEFAULT_SPEC

    spec = REPO / DEFAULT_SPEC
    if not spec.exists():
        pytest.skip(f"OpenAPI spec not found in {SPEC_DIR}")
    import json

    with open(spec, encoding="utf-8") as fh:
        assert json.load(fh)["info"]["version"] == pinterest_client.API_VERSION


def test_python_m_pinterest_client_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pinterest_client", "--version"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": ROOT, "COLUMNS": "20"},  # a narrow terminal does not wrap it
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"pinterest-client-v5 {pinterest_client.__version__} "
        f"(Pinterest API v5, generated from OpenAPI {pinterest_client.API_VERSION})\n"
    )


def test_the_changelog_has_an_unreleased_section_and_one_for_this_version() -> None:
    headings = re.findall(r"^## \[([^\]]+)\]", (REPO / "CHANGELOG.md").read_text(encoding="utf-8"), re.M)
    assert headings[0] == "Unreleased"
    assert pinterest_client.__version__ in headings


def test_requirements_txt_lists_the_runtime_dependencies(project: Dict[str, Any]) -> None:
    lines = (REPO / "requirements.txt").read_text(encoding="utf-8").split("\n")
    assert [line for line in lines if line and not line.startswith("#")] == project["dependencies"]


def test_every_supported_python_is_classified_and_has_a_tox_environment(project: Dict[str, Any]) -> None:
    classified = [c.rsplit(" :: ", 1)[1] for c in project["classifiers"] if re.search(r":: 3\.\d+$", c)]
    assert classified == SUPPORTED_PYTHONS
    assert project["requires-python"] == f">={SUPPORTED_PYTHONS[0]}"

    tox = configparser.ConfigParser(interpolation=None)
    tox.read(REPO / "tox.ini", encoding="utf-8")
    envs = tox_envs(tox["tox"]["envlist"])
    oldest, newest = (f"py{v.replace('.', '')}" for v in (SUPPORTED_PYTHONS[0], SUPPORTED_PYTHONS[-1]))
    assert {f"py{v.replace('.', '')}-urllib3v2" for v in SUPPORTED_PYTHONS} <= envs
    assert {f"{oldest}-urllib3v1", f"{newest}-urllib3v1"} <= envs
    assert "urllib3v1: urllib3>=1.26,<2" in tox["testenv"]["deps"]
    assert "urllib3v2: urllib3>=2,<3" in tox["testenv"]["deps"]


def tox_envs(envlist: str) -> Set[str]:
    """tox's ``envlist`` with brace groups expanded: ``'py3{9,10}-a, lint'`` -> py39-a, py310-a, lint."""
    items = re.findall(r"(?:[^,{]|\{[^}]*\})+", envlist)
    envs: Set[str] = set()
    for item in (i.strip() for i in items if i.strip()):
        parts = re.split(r"\{([^}]*)\}", item)  # literal, group, literal, group, ...
        choices = [[p] if n % 2 == 0 else p.split(",") for n, p in enumerate(parts)]
        envs.update("".join(combo) for combo in itertools.product(*choices))
    return envs


def test_the_extras(project: Dict[str, Any]) -> None:
    extras = project["optional-dependencies"]
    assert set(extras) == {"progress", "notebook", "pandas", "speed"}
    assert [r.split(">")[0] for r in extras["notebook"]] == ["tqdm", "ipywidgets"]
    assert [r.split(">")[0] for r in extras["speed"]] == ["orjson"]  # responses parsed with orjson


# -- the wheel, built as pip builds it ---------------------------------------------------------------


def _copy_sources(dest: Path) -> None:
    """What the build reads (not the checkout itself: a build writes build/ and *.egg-info next to it)."""
    for name in ("pyproject.toml", "setup.py", "README.md", "LICENSE"):
        shutil.copy2(REPO / name, dest / name)
    shutil.copytree(REPO / "pinterest_client", dest / "pinterest_client", ignore=shutil.ignore_patterns("__pycache__"))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    source = tmp_path_factory.mktemp("source")
    out = tmp_path_factory.mktemp("wheel")
    _copy_sources(source)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (built,) = out.glob("*.whl")
    return zipfile.ZipFile(built)


def _metadata(wheel: zipfile.ZipFile) -> Message:
    (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    return email.parser.Parser().parsestr(wheel.read(name).decode("utf-8"))


def test_the_wheel_metadata(wheel: zipfile.ZipFile) -> None:
    meta = _metadata(wheel)
    assert meta["Name"] == "pinterest-client-v5"
    assert meta["Version"] == pinterest_client.__version__
    assert meta["License-Expression"] == "MIT" and meta["License-File"] == "LICENSE"
    assert meta["Requires-Python"] == ">=3.9"
    assert meta["Description-Content-Type"] == "text/markdown" and "# pinterest_client" in meta.get_payload()
    assert set(meta.get_all("Provides-Extra") or []) == {"progress", "notebook", "pandas", "speed"}
    requires = meta.get_all("Requires-Dist") or []
    assert 'orjson>=3.9.15; extra == "speed"' in requires
    assert 'ipywidgets>=7.6; extra == "notebook"' in requires
    assert "urllib3<3,>=1.26" in requires or "urllib3>=1.26,<3" in requires


def test_the_wheel_holds_the_package_the_license_and_nothing_else(wheel: zipfile.ZipFile) -> None:
    names = wheel.namelist()
    tops = {n.split("/")[0] for n in names}
    assert tops == {"pinterest_client", f"pinterest_client_v5-{pinterest_client.__version__}.dist-info"}
    assert "pinterest_client/py.typed" in names
    assert "pinterest_client/testing/_server.py" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
