"""Start and stop Prism (Stoplight's OpenAPI mock server) for the contract tests.

Prism is a Node program; ``.ci/run`` installs the version pinned in ``.ci/package.json`` into
``.ci/node_modules`` (``npm ci --prefix .ci``). The tests look for it there, then at ``$PRISM_BIN``,
then on ``PATH``. Where it is missing the tests skip with a message saying how to install it —
unless ``PINTEREST_CLIENT_REQUIRE_PRISM=1`` (set by ``.ci/run``), where they fail instead.

Each :class:`PrismServer` is one ``prism mock <spec> -h 127.0.0.1 -p <free port>`` subprocess; it
listens on loopback only and is killed when the tests are done with it. Prism serves the spec's
paths without the server's ``/v5`` prefix, so clients point ``Configuration(host=...)`` at
:attr:`PrismServer.url`.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
CI_DIR = REPO_ROOT / ".ci"
REQUIRE_ENV = "PINTEREST_CLIENT_REQUIRE_PRISM"
INSTALL_HINT = "install it with `npm ci --prefix .ci` (Node.js >= 18; .ci/run does this)"


def pinned_version() -> str:
    """The Prism version ``.ci/package.json`` pins."""
    data = json.loads((CI_DIR / "package.json").read_text(encoding="utf-8"))
    return str(data["dependencies"]["@stoplight/prism-cli"])


def prism_required() -> bool:
    return os.environ.get(REQUIRE_ENV, "").strip().lower() in ("1", "true", "yes")


def find_prism() -> Tuple[Optional[List[str]], str]:
    """``(command, "")`` to run Prism, or ``(None, why not)``."""
    node = shutil.which("node")
    if node is None:
        return None, f"Node.js (`node`) is not on PATH; Prism needs it — {INSTALL_HINT}"
    candidates = [os.environ.get("PRISM_BIN"), str(CI_DIR / "node_modules" / ".bin" / "prism"), shutil.which("prism")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return [candidate], ""
    return None, f"Prism (@stoplight/prism-cli {pinned_version()}) is not installed; {INSTALL_HINT}"


def prism_command() -> List[str]:
    """The Prism command, or skip the calling test (fail it when Prism is required)."""
    command, why = find_prism()
    if command is None:
        if prism_required():
            pytest.fail(f"{REQUIRE_ENV}=1 but {why}", pytrace=False)
        pytest.skip(why)
    return command


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrismError(RuntimeError):
    pass


class PrismServer:
    """One Prism process mocking one spec (static examples, or dynamic with a fixed seed)."""

    START_TIMEOUT = 90.0

    def __init__(
        self,
        command: List[str],
        spec_path: Path,
        *,
        dynamic: bool = False,
        seed: Optional[str] = None,
        errors: bool = False,
    ) -> None:
        self.command = command
        self.spec_path = spec_path
        self.dynamic = dynamic
        self.seed = seed
        self.errors = errors
        self.port = 0
        self.process: Optional["subprocess.Popen[bytes]"] = None
        self._log = tempfile.NamedTemporaryFile(prefix="prism-", suffix=".log", delete=False)
        self.log_path = Path(self._log.name)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def label(self) -> str:
        mode = f"dynamic, seed {self.seed}" if self.dynamic else "static"
        return f"Prism on {self.spec_path.name} ({mode}) at {self.url}"

    def argv(self) -> List[str]:
        args = [*self.command, "mock", str(self.spec_path), "-h", "127.0.0.1", "-p", str(self.port)]
        if self.dynamic:
            args.append("--dynamic")
            if self.seed is not None:
                args += ["--seed", str(self.seed)]
        if self.errors:
            args.append("--errors")
        return args

    def start(self) -> "PrismServer":
        last = ""
        for _attempt in range(3):  # a free port can be taken between the probe and Prism's bind
            self.port = free_port()
            env = dict(os.environ, SCARF_ANALYTICS="false", NO_COLOR="1", FORCE_COLOR="0")
            self.process = subprocess.Popen(
                self.argv(),
                stdin=subprocess.DEVNULL,
                stdout=self._log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=str(REPO_ROOT),
            )
            try:
                self._wait_ready()
                return self
            except PrismError as exc:
                last = str(exc)
                self.stop()
        raise PrismError(last)

    def _wait_ready(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + self.START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise PrismError(f"Prism exited with {self.process.returncode} while starting:\n{self.log_tail()}")
            try:
                urllib.request.urlopen(self.url + "/__prism_ready__", timeout=2).close()
                return
            except urllib.error.HTTPError:
                return  # it answered (404: no such path), so it is serving
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        raise PrismError(f"Prism did not answer on {self.url} within {self.START_TIMEOUT:.0f}s:\n{self.log_tail()}")

    def stop(self) -> None:
        proc, self.process = self.process, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)

    def close(self) -> None:
        self.stop()
        self._log.close()
        try:
            self.log_path.unlink()
        except OSError:
            pass

    def log_tail(self, lines: int = 30) -> str:
        self._log.flush()
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def __enter__(self) -> "PrismServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


class PrismPool:
    """Keeps at most one Prism running: asking for another spec/mode stops the previous one, so a
    suite ordered by spec and mode starts each process once."""

    def __init__(self, command: List[str]) -> None:
        self.command = command
        self.current: Optional[PrismServer] = None
        self.key: Optional[Tuple[str, bool, Optional[str], bool]] = None
        self.failed: Dict[Tuple[str, bool, Optional[str], bool], str] = {}

    def get(
        self, spec_path: Path, *, dynamic: bool = False, seed: Optional[str] = None, errors: bool = False
    ) -> PrismServer:
        key = (str(spec_path), dynamic, seed, errors)
        if key == self.key and self.current is not None:
            return self.current
        if key in self.failed:
            raise PrismError(self.failed[key])
        self.close()
        server = PrismServer(self.command, spec_path, dynamic=dynamic, seed=seed, errors=errors)
        try:
            server.start()
        except PrismError as exc:
            server.close()
            self.failed[key] = str(exc)
            raise
        self.current, self.key = server, key
        return server

    def close(self) -> None:
        if self.current is not None:
            self.current.close()
        self.current, self.key = None, None
