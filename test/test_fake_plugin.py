"""The pytest plugin (pinterest_client.testing.pytest_plugin), loaded explicitly with ``-p`` in a
child pytest run over a small test file, as a user's suite would use it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Tuple

PLUGIN = "pinterest_client.testing.pytest_plugin"


def run_pytest(tmp_path: Path, source: str, conftest: str = "") -> Tuple[int, str]:
    (tmp_path / "test_user_suite.py").write_text(textwrap.dedent(source))
    if conftest:
        (tmp_path / "conftest.py").write_text(textwrap.dedent(conftest))
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parent.parent), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        # "no:pinterest_client" keeps the installed entry point (when there is one) from loading the
        # same module a second time under its other name
        [sys.executable, "-m", "pytest", "-p", "no:pinterest_client", "-p", PLUGIN, "-p", "no:cacheprovider", "-q"]
        + ["-rA", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.returncode, done.stdout + done.stderr


def test_fixtures_give_a_running_fake_and_a_configured_client(tmp_path: Path) -> None:
    code, output = run_pytest(
        tmp_path,
        """
        import urllib3
        from pinterest_client.api.boards_api import BoardsApi

        def test_sdk(pinterest_api_client, pinterest_fake):
            board = BoardsApi(pinterest_api_client).boards_create({"name": "Recipes"})
            assert pinterest_fake.state.boards[board.id]["name"] == "Recipes"

        def test_each_test_gets_a_fresh_fake(pinterest_api_client):
            assert BoardsApi(pinterest_api_client).boards_list().items == []

        def test_plain_http(pinterest_fake):
            answer = urllib3.PoolManager().request(
                "GET", pinterest_fake.host + "/user_account",
                headers={"Authorization": "Bearer " + pinterest_fake.access_token},
            )
            assert answer.status == 200
        """,
    )
    assert code == 0, output
    assert "3 passed" in output


def test_preload_fixture_and_marker(tmp_path: Path) -> None:
    code, output = run_pytest(
        tmp_path,
        """
        import pytest
        from pinterest_client.api.boards_api import BoardsApi
        from pinterest_client.api.pins_api import PinsApi
        from pinterest_client.exceptions import ForbiddenException

        def test_preloaded(pinterest_api_client):
            assert BoardsApi(pinterest_api_client).boards_get("1001").name == "Recipes"

        @pytest.mark.pinterest_fake(trial_access=True)
        def test_marker_options(pinterest_api_client):
            source = {"source_type": "image_url", "url": "https://example.com/a.jpg"}
            with pytest.raises(ForbiddenException):
                PinsApi(pinterest_api_client).pins_create({"board_id": "1001", "media_source": source})

        @pytest.mark.pinterest_fake(preload={"boards": [{"id": "9", "name": "Own"}]})
        def test_marker_preload_wins(pinterest_api_client):
            assert [b.id for b in BoardsApi(pinterest_api_client).boards_list().items] == ["9"]
        """,
        conftest="""
        import pytest

        @pytest.fixture
        def pinterest_preload():
            return {"boards": [{"id": "1001", "name": "Recipes"}]}
        """,
    )
    assert code == 0, output
    assert "3 passed" in output


def test_a_failing_test_shows_the_requests_without_tokens(tmp_path: Path) -> None:
    code, output = run_pytest(
        tmp_path,
        """
        from pinterest_client.api.boards_api import BoardsApi

        def test_fails(pinterest_api_client, pinterest_fake):
            BoardsApi(pinterest_api_client).boards_create({"name": "Recipes"})
            print("TOKEN", pinterest_fake.access_token[-6:])
            assert False, "on purpose"
        """,
    )
    assert code == 1, output
    assert "FakePinterest requests" in output and "POST /v5/boards -> 201" in output
    tail = output.split("TOKEN ", 1)[1].split()[0]
    assert output.count(tail) == 1  # printed once by the test itself, never in the request log


def test_loading_the_plugin_does_not_import_the_fake() -> None:
    """pytest loads installed plugins at every start: this one stays cheap until a test uses it."""
    import subprocess

    code = (
        "import sys, pinterest_client.testing.pytest_plugin as p; "
        "assert 'pinterest_client.testing._server' not in sys.modules; "
        "from pinterest_client.testing import FakePinterest; print('ok')"
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parent.parent), env.get("PYTHONPATH", "")])
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "ok", done.stderr
