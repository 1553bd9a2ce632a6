"""Every generated module imports; star imports work in a fresh interpreter; importing the
package does no environment or file-system work and loads almost nothing."""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys

import pytest
from conftest import ROOT

import pinterest_client.api
import pinterest_client.model


def run_python(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": ROOT}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("package", [pinterest_client.api, pinterest_client.model], ids=["api", "model"])
def test_every_generated_module_imports(package) -> None:
    names = [m.name for m in pkgutil.iter_modules(package.__path__)]
    assert len(names) > 40
    for name in names:
        importlib.import_module(f"{package.__name__}.{name}")


def test_star_imports_in_a_fresh_interpreter_without_touching_the_recursion_limit() -> None:
    out = run_python(
        "import sys\n"
        "limit = sys.getrecursionlimit()\n"
        "from pinterest_client.apis import *\n"
        "from pinterest_client.models import *\n"
        "assert sys.getrecursionlimit() == limit\n"
        "print(BoardsApi.__name__, Board.__name__, PinMediaSource.__name__, 'urllib3' in sys.modules)\n"
    )
    # Every class, the legacy calls and the error classes they name among them: no transport yet
    # (urllib3 and what it loads, ssl included, would be ~7 MB of the peak memory the benchmark watches).
    assert out.split() == ["BoardsApi", "Board", "PinMediaSource", "False"]


def test_the_two_indexes_name_every_class() -> None:
    import pinterest_client.apis as apis
    import pinterest_client.models as models

    assert len(apis.__all__) == 46
    assert len(models.__all__) > 900
    for name in apis.__all__:
        assert getattr(apis, name).__name__ == name


def test_importing_the_package_is_lazy_and_touches_no_environment() -> None:
    out = run_python(
        "import os, sys, builtins\n"
        "class Spy(dict):\n"
        "    def __getitem__(self, k): raise AssertionError('environ read: ' + k)\n"
        "    def get(self, k, d=None): raise AssertionError('environ read: ' + k)\n"
        "real_open = builtins.open\n"
        "os.environ = Spy(os.environ)\n"
        "import pinterest_client\n"
        "heavy = ('urllib3', 'pinterest_client.api_client', 'pinterest_client.models')\n"
        "heavy = [m for m in heavy if m in sys.modules]\n"
        "print(heavy)\n"
        "pinterest_client.Configuration(access_token='x')\n"
        "print('ok')\n"
    )
    assert out.split("\n")[:2] == ["[]", "ok"]


def test_method_count_matches_the_spec_plus_seed_operations() -> None:
    import pinterest_client.apis as apis

    names = set()
    for class_name in apis.__all__:
        cls = getattr(apis, class_name)
        names.update(
            n
            for n, v in vars(cls).items()
            if callable(v) and not n.startswith("_") and not n.endswith("_with_http_info")
        )
    assert len(names) == 235  # + audiences_insights_category_list (codegen/compat.py REMOVED_METHODS)


def test_models_live_in_one_module_per_schema_as_in_the_original() -> None:
    import inspect
    import pickle

    import pinterest_client.models as models
    from pinterest_client.model import ad_account_analytics_response, ad_account_analytics_response_item
    from pinterest_client.model.board import Board
    from pinterest_client.model.board_privacy import BoardPrivacy

    assert Board is models.Board and Board.__module__ == "pinterest_client.model.board"
    assert "class Board(Model):" in inspect.getsource(Board)  # introspection finds the definition
    board = Board(name="b", privacy=BoardPrivacy.SECRET)
    assert b"pinterest_client.model.board" in pickle.dumps(board) and pickle.loads(pickle.dumps(board)) == board
    # An inline schema is defined next to its owner; its own module re-exports it.
    item = ad_account_analytics_response_item.AdAccountAnalyticsResponseItem
    assert item is ad_account_analytics_response.AdAccountAnalyticsResponseItem
    assert item.__module__ == "pinterest_client.model.ad_account_analytics_response"
    for name in models.__all__:  # every class sits in its own module or its owner's
        cls = getattr(models, name)
        if isinstance(cls, type) and cls.__name__ == name:  # (not an alias of another class)
            module = sys.modules[cls.__module__]
            assert getattr(module, name) is cls, name
            assert name in module.__all__, name


def test_importing_one_model_loads_only_its_module() -> None:
    out = run_python(
        "import sys\n"
        "from pinterest_client.model.board import Board\n"
        "print(sorted(m for m in sys.modules if m.startswith('pinterest_client.model.')))\n"
        "Board.from_dict({'id': '1', 'name': 'b', 'owner': {'username': 'u'}, 'privacy': 'NEW_VALUE'})\n"
        "print(sorted(m for m in sys.modules if m.startswith('pinterest_client.model.')))\n"
    )
    assert out.split("\n")[:2] == [
        "['pinterest_client.model.board']",
        # and, once it decodes, the modules of its fields' types
        "['pinterest_client.model.board', 'pinterest_client.model.board_media', "
        "'pinterest_client.model.board_owner', 'pinterest_client.model.board_privacy']",
    ]


def test_a_model_pickled_in_one_interpreter_loads_in_another() -> None:
    import pickle

    out = run_python(
        "import pickle, sys\n"
        "from pinterest_client.models import Pin\n"
        "sys.stdout.write(pickle.dumps(Pin.from_dict({'id': '9', 'created_at': '2024-01-02T03:04:05Z'})).hex())\n"
    )
    pin = pickle.loads(bytes.fromhex(out))
    assert type(pin).__name__ == "Pin" and pin.id == "9" and pin.created_at.year == 2024


def test_the_api_classes_base_is_api_base_and_its_old_name_warns() -> None:
    import warnings

    from pinterest_client import model_utils
    from pinterest_client.api.boards_api import BoardsApi
    from pinterest_client.api_client import Endpoint as OriginalEndpoint

    assert BoardsApi.__mro__[1] is model_utils.ApiBase
    assert not issubclass(BoardsApi, OriginalEndpoint)  # the original's per-operation object is another thing
    assert "Endpoint" not in model_utils.__all__
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert model_utils.Endpoint is model_utils.ApiBase
    assert [w.category for w in caught] == [DeprecationWarning]
    assert "api_client.Endpoint" in str(caught[0].message)
