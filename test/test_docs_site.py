"""The documentation site: ``mkdocs build --strict`` over docs/ (mkdocs.yml) with no warning at all:
no link to a missing page or anchor, no site-absolute link; every guide in the navigation; the
README's links (the README is outside the site) pointing at files that exist; no link to a dead
Pinterest address (its retired v3 API, a misspelt host).

Not with ``-q``: MkDocs counts only the warnings it prints, so a quiet strict build passes anyway.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Iterator

import pytest
from conftest import ROOT as _ROOT

ROOT = Path(_ROOT)


def _warnings(output: str) -> Counter:
    """Warning lines grouped by kind (the file name taken out)."""
    lines = [line for line in output.splitlines() if line.startswith("WARNING")]
    return Counter(re.sub(r"Doc file '[^']+'", "Doc file X", line).split(" Did you mean")[0] for line in lines)


def test_the_docs_site_builds_strictly(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs", reason="mkdocs is not installed (pip install -r test-requirements.txt)")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    warnings = _warnings(result.stderr + result.stdout)
    assert result.returncode == 0 and not warnings, "\n".join(f"{n} x {w}" for w, n in warnings.most_common(12))
    assert (tmp_path / "site" / "index.html").exists()
    assert (tmp_path / "site" / "BoardsApi" / "index.html").exists()


def _nav_pages(nav: Any) -> Iterator[str]:
    """Every page a mkdocs.yml ``nav`` lists (entries are paths or {title: path-or-list})."""
    for entry in nav:
        if isinstance(entry, str):
            yield entry
        else:
            for value in entry.values():
                yield from _nav_pages(value) if isinstance(value, list) else [value]


def test_every_guide_is_in_the_site_navigation() -> None:
    yaml = pytest.importorskip("yaml", reason="PyYAML (a dependency of mkdocs) is not installed")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    listed = set(_nav_pages(config["nav"]))
    guides = {f"guides/{path.name}" for path in (ROOT / "docs" / "guides").glob("*.md")}
    assert guides <= listed, f"guides missing from mkdocs.yml nav: {sorted(guides - listed)}"
    assert {"README.md", "guides/index.md"} <= listed


_MD_LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_the_readme_links_point_at_files_that_exist() -> None:
    """The README is outside docs/ (the site's root), so mkdocs does not check it: this does."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = [t for t in _MD_LINK.findall(readme) if not re.match(r"[a-z]+:", t) and not t.startswith("#")]
    assert targets, "the README links to no file"
    missing = [t for t in targets if not (ROOT / t.split("#")[0]).exists()]
    assert not missing, missing


#: Addresses that are dead: Pinterest's retired v3 API (the spec's client_credentials token URL) and a
#: misspelt host of its developer site (in a spec description).
DEAD_ADDRESSES = ("api.pinterest.com/v3", "//developer.pinterest.com")


def test_no_page_points_at_a_dead_pinterest_address() -> None:
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("**/*.md"))]
    offenders = [
        f"{page.relative_to(ROOT).as_posix()}: {address}"
        for page in pages
        for address in DEAD_ADDRESSES
        if address in page.read_text(encoding="utf-8")
    ]
    assert not offenders, offenders


def test_the_architecture_guide_names_every_module_of_the_package() -> None:
    """Each hand-written module of pinterest_client/ and pinterest_client/testing/ has its line in
    docs/guides/architecture.md, and every module the guide names exists."""
    guide = (ROOT / "docs" / "guides" / "architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"(?<![\w/.>])([_a-z]+\.py)\b", guide))
    package = ROOT / "pinterest_client"
    modules = {p.name for p in package.glob("*.py")} | {p.name for p in (package / "testing").glob("*.py")}
    modules -= {"__init__.py", "__main__.py"}
    codegen = {p.name for p in (ROOT / "codegen").glob("*.py")}
    tests = {p.name for p in (ROOT / "test").glob("*.py")}
    assert sorted(modules - named) == []
    assert sorted(named - modules - codegen - tests) == []
