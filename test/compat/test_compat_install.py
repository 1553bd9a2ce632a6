"""Issue #12, section 4: ``pinterest_client.compat.install()`` — old import paths, same objects.

Each test runs in a fresh interpreter (the alias changes ``sys.meta_path`` and ``sys.modules``), with
this checkout first on ``PYTHONPATH``. No network, no cache: this part never skips.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from compat_cache import REPO_ROOT, subprocess_env


def run(code: str, *args: str, cwd: Path = REPO_ROOT) -> str:
    done = subprocess.run(
        [sys.executable, *(args or ("-c", textwrap.dedent(code)))],
        capture_output=True,
        text=True,
        timeout=120,
        env=subprocess_env([REPO_ROOT]),
        cwd=str(cwd),
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip()


def test_nothing_happens_until_install_is_called() -> None:
    out = run("""
        import sys
        import pinterest_client, pinterest_client.compat
        try:
            import openapi_generated
        except ModuleNotFoundError as exc:
            print("refused", exc.name)
        print(any(type(f).__module__ == "pinterest_client.compat" for f in sys.meta_path))
    """)
    assert out.splitlines() == ["refused openapi_generated", "False"]


def test_old_paths_give_the_very_same_modules_and_classes() -> None:
    out = run("""
        import sys
        import pinterest_client.compat
        pinterest_client.compat.install()
        pinterest_client.compat.install()  # idempotent
        import openapi_generated.pinterest_client.api.boards_api as old_api
        from openapi_generated.pinterest_client.model.board import Board as OldBoard
        from openapi_generated.pinterest_client import ApiClient as OldApiClient
        import openapi_generated
        import pinterest_client.api.boards_api as new_api
        from pinterest_client.model.board import Board
        print(old_api is new_api, OldBoard is Board, OldApiClient is pinterest_client.ApiClient)
        print(sys.modules["openapi_generated.pinterest_client.api.boards_api"] is new_api)
        print(openapi_generated.pinterest_client is pinterest_client)
        print(new_api.__spec__.name, new_api.__name__, Board.__module__.startswith("pinterest_client."))
        print(sum(type(f).__module__ == "pinterest_client.compat" for f in sys.meta_path))
    """)
    assert out.splitlines() == [
        "True True True",
        "True",
        "True",
        "pinterest_client.api.boards_api pinterest_client.api.boards_api True",
        "2",
    ]


def test_mock_patch_through_either_name_is_the_same_patch() -> None:
    out = run("""
        from unittest import mock
        import pinterest_client.compat
        pinterest_client.compat.install()
        from pinterest_client.api.boards_api import BoardsApi
        with mock.patch("openapi_generated.pinterest_client.api.boards_api.BoardsApi.boards_list") as patched:
            print(BoardsApi.boards_list is patched)
        import openapi_generated.pinterest_client.api.boards_api as old
        with mock.patch("pinterest_client.api.boards_api.BoardsApi.boards_get") as patched:
            print(old.BoardsApi.boards_get is patched)
        print(isinstance(BoardsApi.__dict__["boards_list"], mock.Mock))
    """)
    assert out.splitlines() == ["True", "True", "False"]


def test_releases_before_0_1_5_used_pinterest_generated_client() -> None:
    out = run("""
        import pinterest_client.compat
        pinterest_client.compat.install()
        from pinterest.generated.client.model.board import Board
        from pinterest_client.model.board import Board as New
        import pinterest
        print(Board is New, pinterest.generated.client is __import__("pinterest_client"))
    """)
    assert out == "True True"


def test_missing_paths_fail_as_usual_naming_the_old_path() -> None:
    out = run("""
        import pinterest_client.compat
        pinterest_client.compat.install()
        try:
            import openapi_generated.pinterest_client.model.no_such_model
        except ModuleNotFoundError as exc:
            print(exc.name)
    """)
    assert out == "openapi_generated.pinterest_client.model.no_such_model"


def test_uninstall_removes_the_alias_and_keeps_our_modules() -> None:
    out = run("""
        import sys
        import pinterest_client.compat
        pinterest_client.compat.install()
        import openapi_generated.pinterest_client.model.board
        import pinterest.generated.client
        pinterest_client.compat.uninstall()
        pinterest_client.compat.uninstall()
        print(sorted(n for n in sys.modules if n.startswith(("openapi_generated", "pinterest.")) or n == "pinterest"))
        print("pinterest_client.model.board" in sys.modules, pinterest_client.compat.installed())
        print(pinterest_client.model.board.Board.__name__, hasattr(pinterest_client, "model"))
        try:
            import openapi_generated
        except ModuleNotFoundError:
            print("gone")
    """)
    assert out.splitlines() == ["[]", "True False", "Board True", "gone"]


def test_install_refuses_once_the_original_client_is_imported() -> None:
    out = run("""
        import sys, types
        sys.modules["openapi_generated.pinterest_client"] = types.ModuleType("openapi_generated.pinterest_client")
        import pinterest_client.compat
        try:
            pinterest_client.compat.install()
        except RuntimeError as exc:
            print("refused:", "already imported" in str(exc), pinterest_client.compat.installed())
    """)
    assert out == "refused: True False"


def test_running_a_script_written_for_the_original_client(tmp_path: Path) -> None:
    script = tmp_path / "legacy.py"
    script.write_text(
        "import sys\n"
        "from openapi_generated.pinterest_client.model.board import Board\n"
        "print(Board.__module__.split('.')[0], sys.argv[1:])\n",
        encoding="utf-8",
    )
    assert (
        run("", "-m", "pinterest_client.compat", str(script), "a", "b", cwd=tmp_path) == "pinterest_client ['a', 'b']"
    )
