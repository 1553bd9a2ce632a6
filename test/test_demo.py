"""``python -m pinterest_client demo``: runs end to end against the local fake (no token), and
read-only with a token (pointed at a FakePinterest through PINTEREST_API_HOST)."""

from __future__ import annotations

import io
import os
import subprocess
import sys

from pinterest_client.testing import FakePinterest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _env(**extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PINTEREST_")}
    env["PYTHONPATH"] = ROOT + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.update(extra)
    return env


def test_demo_runs_to_completion_against_the_fake() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pinterest_client", "demo"],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for expected in (
        "Who am I?",
        "@fake_pinner",
        "Creating a board",
        "Adding a section",
        "Creating 5 Pins",
        "page 1:",
        "page 2:",
        "page 3:",
        "<- last page",
        "Moving",
        "is now in section",
        "pins_analytics",
        "impression",
        "Cleaning up",
        "Deleted 5 Pins",
        "Done.",
    ):
        assert expected in out, f"{expected!r} missing from:\n{out}"
    assert "pina_" not in out and "Bearer" not in out  # the token is never shown
    assert result.stderr == ""


def test_demo_with_a_token_only_reads_and_never_prints_it() -> None:
    with FakePinterest(access_token="pina_demo_s3cr3t_token") as fake:
        with fake.api_client() as client:  # give the account something to list
            from pinterest_client.api.boards_api import BoardsApi
            from pinterest_client.api.pins_api import PinsApi

            boards = [BoardsApi(client).boards_create({"name": name}) for name in ("Recipes", "Travel", "Garden")]
            PinsApi(client).pins_create(
                {
                    "board_id": boards[0].id,
                    "title": "Tomatoes",
                    "media_source": {"source_type": "image_url", "url": "https://example.com/t.jpg"},
                }
            )
        fake.clear_requests()
        env = _env(PINTEREST_ACCESS_TOKEN=fake.access_token, PINTEREST_API_HOST=fake.host)
        result = subprocess.run(
            [sys.executable, "-m", "pinterest_client", "demo"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        out = result.stdout
        assert "Read-only" in out and "@fake_pinner" in out and '"Recipes"' in out and "Tomatoes" in out
        assert "s3cr3t" not in out and fake.access_token not in out
        methods = {r.method for r in fake.requests}
        assert methods == {"GET"}, methods
        assert all(r.headers["Authorization"] == f"Bearer {fake.access_token}" for r in fake.requests)


def test_demo_with_a_rejected_token_fails_politely() -> None:
    with FakePinterest() as fake:
        env = _env(PINTEREST_ACCESS_TOKEN="pina_not_valid_s3cr3t", PINTEREST_API_HOST=fake.host)
        result = subprocess.run(
            [sys.executable, "-m", "pinterest_client", "demo"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert "HTTP 401" in result.stdout and "Authentication failed." in result.stdout
    assert "s3cr3t" not in result.stdout + result.stderr


def test_demo_in_process_and_sandbox_flag() -> None:
    from pinterest_client._demo import run_demo
    from pinterest_client.configuration import SANDBOX_HOST

    out = io.StringIO()
    assert run_demo(out=out, environ={}) == 0
    assert "Deleted 5 Pins" in out.getvalue()
    # no command: usage, exit 2
    from pinterest_client import __main__ as cli

    assert cli.main([]) == 2
    # --sandbox selects the sandbox host (nothing is sent: only the configuration is checked)
    from pinterest_client._demo import demo_configuration

    assert demo_configuration({"PINTEREST_ACCESS_TOKEN": "x"}, sandbox=True).host == SANDBOX_HOST
    assert demo_configuration({"PINTEREST_ACCESS_TOKEN": "x"}, sandbox=False).host != SANDBOX_HOST
