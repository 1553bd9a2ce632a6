"""The original client's releases and ``pinterest-api-sdk``, downloaded once and unpacked in a cache.

``pip download --no-deps <name>==<version>`` fetches each wheel (a few hundred kB) into
``$PINTEREST_CLIENT_COMPAT_CACHE`` (default ``~/.cache/pinterest_client-compat``, never inside the
repository); each wheel is unzipped next to it and used as ``PYTHONPATH`` of a subprocess — a wheel
is importable as it is, and the runtime dependencies (urllib3, python-dateutil, six, python-dotenv)
are the ones installed for the tests. No virtual environments.

When PyPI cannot be reached the tests skip, saying why — unless ``PINTEREST_CLIENT_REQUIRE_COMPAT=1``
(CI sets it in ``.ci/run``), where they fail instead. This mirrors ``PINTEREST_CLIENT_REQUIRE_PRISM``.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]

#: Every release of the original generated client on PyPI.
VERSIONS: List[str] = [
    "0.1.2",
    "0.1.3",
    "0.1.4",
    "0.1.5",
    "0.1.6",
    "0.1.7",
    "0.1.8",
    "0.1.9",
    "0.1.10",
    "0.1.11",
    "0.1.12",
]
ORIGINAL = "pinterest-generated-client"
API_SDK = "pinterest-api-sdk"
API_SDK_VERSION = "0.2.7"

CACHE_ENV = "PINTEREST_CLIENT_COMPAT_CACHE"
REQUIRE_ENV = "PINTEREST_CLIENT_REQUIRE_COMPAT"
DOWNLOAD_TIMEOUT = 120

_failures: Dict[str, str] = {}


class Unavailable(RuntimeError):
    """A release could not be downloaded (no network, no PyPI)."""


def cache_dir() -> Path:
    configured = os.environ.get(CACHE_ENV)
    path = Path(configured).expanduser() if configured else Path.home() / ".cache" / "pinterest_client-compat"
    path.mkdir(parents=True, exist_ok=True)
    return path


def compat_required() -> bool:
    return os.environ.get(REQUIRE_ENV, "").strip().lower() in ("1", "true", "yes")


def prefix_of(version: str) -> str:
    """The import prefix of a release (``pinterest.generated.client`` before 0.1.5)."""
    return (
        "pinterest.generated.client" if version in ("0.1.2", "0.1.3", "0.1.4") else "openapi_generated.pinterest_client"
    )


def _wheel(directory: Path, project: str, version: str) -> Optional[Path]:
    stem = project.replace("-", "_").lower()
    for path in directory.glob("*.whl"):
        name, _, rest = path.name.partition("-")
        if name.lower() == stem and rest.startswith(version + "-"):
            return path
    return None


def _download(project: str, version: str) -> Path:
    wheels = cache_dir() / "wheels"
    wheels.mkdir(exist_ok=True)
    found = _wheel(wheels, project, version)
    if found is not None:
        return found
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--only-binary=:all:",
        "--disable-pip-version-check",
    ]
    command += ["-q", "-d", str(wheels), f"{project}=={version}"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=DOWNLOAD_TIMEOUT, check=False)
    except subprocess.TimeoutExpired as exc:
        raise Unavailable(f"`pip download {project}=={version}` timed out after {DOWNLOAD_TIMEOUT}s") from exc
    found = _wheel(wheels, project, version)
    if done.returncode != 0 or found is None:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise Unavailable(f"`pip download {project}=={version}` failed (PyPI unreachable?): {last}")
    return found


def unpacked(project: str, version: str) -> Path:
    """The unzipped wheel of ``project==version`` (downloaded on first use): a ``PYTHONPATH`` entry."""
    target = cache_dir() / "unpacked" / f"{project}-{version}"
    if (target / ".complete").exists():
        return target
    key = f"{project}=={version}"
    if key in _failures:
        raise Unavailable(_failures[key])
    try:
        wheel = _download(project, version)
    except Unavailable as exc:
        _failures[key] = str(exc)
        raise
    partial = target.with_name(target.name + f".partial-{os.getpid()}-{threading.get_ident()}")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(partial)
    (partial / ".complete").write_text(wheel.name, encoding="utf-8")
    try:
        partial.rename(target)
    except OSError:  # another process finished first
        pass
    return target


def release(version: str) -> Path:
    return unpacked(ORIGINAL, version)


def api_sdk() -> Path:
    return unpacked(API_SDK, API_SDK_VERSION)


def require(fetch, modules: Sequence[str] = ()) -> Path:  # type: ignore[no-untyped-def]
    """``fetch()``'s path, or skip the calling test (fail it under ``PINTEREST_CLIENT_REQUIRE_COMPAT=1``)
    when it cannot be downloaded or one of the installed ``modules`` it needs is missing."""
    import importlib.util

    import pytest

    def unavailable(why: str) -> None:
        if compat_required():
            pytest.fail(f"{REQUIRE_ENV}=1 but {why}", pytrace=False)
        pytest.skip(why)

    for module in modules:
        if importlib.util.find_spec(module) is None:
            unavailable(f"`{module}` is not installed (pip install -r test-requirements.txt)")
    try:
        return fetch()
    except Unavailable as exc:
        unavailable(f"{exc}; the compatibility suite needs PyPI once (then the cache in {cache_dir()})")
        raise


def subprocess_env(paths: Sequence[Path], extra: Optional[Mapping[str, str]] = None) -> Dict[str, str]:
    """An environment whose ``PYTHONPATH`` is exactly ``paths`` (nothing of the caller's)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PINTEREST_")}
    env["PYTHONPATH"] = os.pathsep.join(str(p) for p in paths)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra or {})
    return env


def run_json(
    args: Sequence[str],
    paths: Sequence[Path],
    cwd: Optional[Path] = None,
    timeout: int = 600,
    extra_env: Optional[Mapping[str, str]] = None,
) -> object:
    """Run ``python <args>`` with ``paths`` as ``PYTHONPATH``; its stdout is one JSON document."""
    done = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=subprocess_env(paths, extra_env),
        cwd=str(cwd or cache_dir()),
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return json.loads(done.stdout)


def side_by_side(script: str) -> Tuple[Any, Any]:
    """The JSON answers of ``python <script> PREFIX`` (a file of this folder) run on the original's
    latest release (its wheel as ``PYTHONPATH``) and on ours (the repository), each in a fresh
    interpreter; the test skips (fails under ``PINTEREST_CLIENT_REQUIRE_COMPAT=1``) without the release."""
    version = VERSIONS[-1]
    path = require(lambda: release(version), ["dateutil"])
    command = str(HERE / script)
    return run_json([command, prefix_of(version)], [path]), run_json([command, "pinterest_client"], [REPO_ROOT])


def cached_json(name: str, inputs: Sequence[Path], compute) -> Path:  # type: ignore[no-untyped-def]
    """A file holding ``compute()``'s JSON, kept under ``name`` until one of the ``inputs`` files changes."""
    digest = hashlib.sha256()
    for path in inputs:
        digest.update(path.read_bytes())
    target = cache_dir() / "json" / f"{name}-{digest.hexdigest()[:16]}.json"
    if not target.exists():
        value = compute()
        target.parent.mkdir(exist_ok=True)
        partial = target.with_suffix(f".{os.getpid()}-{threading.get_ident()}.tmp")
        partial.write_text(json.dumps(value), encoding="utf-8")
        partial.replace(target)
    return target


def original_manifest(version: str) -> Path:
    """The public surface of one release (test/compat/extract_original.py run on its wheel), as a file."""
    path = release(version)
    script = HERE / "extract_original.py"
    return cached_json(f"manifest-{version}", [script], lambda: run_json([str(script), prefix_of(version)], [path]))


def original_probes(version: str) -> Dict[str, object]:
    """The behavioural probes (test/compat/probes.py) run on one release."""
    path = release(version)
    script = HERE / "probes.py"
    result = cached_json(f"probes-{version}", [script], lambda: run_json([str(script), prefix_of(version)], [path]))
    return json.loads(result.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def in_parallel(func, items: Sequence[str]) -> Dict[str, object]:  # type: ignore[no-untyped-def]
    """``{item: func(item)}``, computed on a few threads (each is mostly a subprocess)."""
    with ThreadPoolExecutor(max_workers=6) as pool:
        return dict(zip(items, pool.map(func, items)))
