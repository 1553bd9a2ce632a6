"""What a program's first call loads (issue #16): no module it does not need — not the public
``model_utils`` façade, the legacy-call helpers, the original client's class tables or the OAuth
machinery — and each of those, loaded on demand, works when a program first touches it.

Every check runs in a fresh interpreter (what is loaded depends on what ran before), against the
loopback server of this process.
"""

from __future__ import annotations

import glob
import json
import os
import subprocess
import sys
from typing import Any, Dict

import pytest
import urllib3
from conftest import ROOT
from loopback import Reply

#: Modules the first call must not load (each costs its import plus its teardown at exit).
NOT_ON_THE_FIRST_CALL = (
    "pinterest_client.model_utils",
    "pinterest_client.legacy_calls",
    "pinterest_client._original",
    "pinterest_client._legacy_utils",
    "pinterest_client.oauth",
    "pinterest_client._original_client",  # (ApiClient's original-client methods load it on first use)
) + (
    # A shared library on many builds: the runtime's context settings load it when first set. With
    # urllib3 1.26 every request goes through ``urlopen``, where the deadline of the response head
    # travels in one (urllib3 2's pools take it on the connection).
    ("contextvars", "_contextvars") if urllib3.__version__.startswith("2.") else ()
)

BOARD = {"id": "549755885175", "name": "Benchmarks", "privacy": "PUBLIC"}

#: The first call's program: a client with an access token and the API class it calls.
CLIENT = (
    "import pinterest_client\n"
    "from pinterest_client.api.boards_api import BoardsApi\n"
    "client = pinterest_client.ApiClient(pinterest_client.Configuration(host=host, access_token='t'))\n"
)


def run_fresh(code: str, host: str) -> Dict[str, Any]:
    """Run ``code`` in a fresh interpreter with ``host`` bound; it ends by printing one JSON line."""
    env = {**os.environ, "PYTHONPATH": ROOT}
    prelude = f"import json, sys\nhost = {host!r}\n"
    result = subprocess.run(
        [sys.executable, "-c", prelude + code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    out: Dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    return out


def loaded(names: Any = NOT_ON_THE_FIRST_CALL) -> str:
    """Source for the list of ``names`` present in ``sys.modules``."""
    return f"[m for m in {tuple(names)!r} if m in sys.modules]"


def test_the_first_call_loads_no_facade_legacy_table_or_oauth_module(server) -> None:
    server.reply(200, BOARD)
    out = run_fresh(
        CLIENT + "board = BoardsApi(client).boards_get('549755885175')\n"
        f"print(json.dumps({{'loaded': {loaded()}, 'board': [type(board).__name__, board.id, board.privacy]}}))\n",
        server.host,
    )
    assert out == {"loaded": [], "board": ["Board", "549755885175", "PUBLIC"]}
    assert server.last.headers["Authorization"] == "Bearer t"


#: Source: whether the import system has searched the model folder (it lists a folder the first time).
MODEL_FOLDER_SEARCHED = (
    "any(os.path.basename(str(p)) == 'model' and f is not None for p, f in sys.path_importer_cache.items())"
)


def test_the_first_call_loads_its_model_without_listing_the_model_folder(server) -> None:
    """The SDK loads the models a call meets from their files: the import system's first search of
    the model folder, which lists its thousand files (half a millisecond), is left to programs
    that import a model module themselves; those get the very module the SDK loaded (the search
    for a module not yet loaded lists the folder, as the second check shows)."""
    server.reply(200, BOARD)
    out = run_fresh(
        "import os\n" + CLIENT + "board = BoardsApi(client).boards_get('549755885175')\n"
        f"searched = {MODEL_FOLDER_SEARCHED}\n"
        "module = sys.modules['pinterest_client.model.board']\n"
        "from pinterest_client.model.board import Board\n"
        "import pinterest_client.model as package\n"
        "import pinterest_client.model.pin  # (a module the SDK has not loaded: searched for)\n"
        "print(json.dumps({'searched': [searched, " + MODEL_FOLDER_SEARCHED + "], 'same': type(board) is Board,\n"
        "    'bound': package.board is module, 'spec': [module.__spec__.name, module.__spec__.parent,\n"
        "    module.__spec__.cached is not None, module.__file__.endswith(os.path.join('model', 'board.py'))]}))\n",
        server.host,
    )
    assert out == {
        "searched": [False, True],
        "same": True,
        "bound": True,
        "spec": ["pinterest_client.model.board", "pinterest_client.model", True, True],
    }


def test_threads_loading_a_model_module_get_one_module(server) -> None:
    """Threads resolving a model class (the SDK's loader) while others import its module get the
    same class: the module is executed once."""
    out = run_fresh(
        "import threading\n"
        "from pinterest_client import _types\n"
        "start = threading.Barrier(8)\n"
        "found = []\n"
        "def by_sdk():\n"
        "    start.wait()\n"
        "    found.append(_types.resolve_type('AdAccountAnalyticsResponse'))\n"
        "def by_import():\n"
        "    start.wait()\n"
        "    from pinterest_client.model.ad_account_analytics_response import AdAccountAnalyticsResponse\n"
        "    found.append(AdAccountAnalyticsResponse)\n"
        "threads = [threading.Thread(target=by_sdk if i % 2 else by_import) for i in range(8)]\n"
        "[t.start() for t in threads]\n"
        "[t.join() for t in threads]\n"
        "print(json.dumps({'found': len(found), 'classes': len({id(c) for c in found})}))\n",
        server.host,
    )
    assert out == {"found": 8, "classes": 1}


def test_a_model_module_that_is_not_there_is_left_to_the_import_system() -> None:
    """No file, no direct load: ``import_module`` searches and raises (``resolve_type`` then looks
    in ``pinterest_client.models``); every class the index exports is found in its own module."""
    from pinterest_client import _types

    with pytest.raises(ModuleNotFoundError, match="pinterest_client.model.no_such_model"):
        _types._import_model_module("no_such_model")
    assert "pinterest_client.model.no_such_model" not in sys.modules
    import pinterest_client.models

    for name in ("Board", "PinMediaSourceImageURL", "AdAccountAnalyticsResponse"):
        assert _types.resolve_type(name) is getattr(pinterest_client.models, name)
        assert _types.resolve_type(name).__module__ == f"pinterest_client.model.{_types.snake(name)}"


def test_no_generated_module_imports_the_facade_or_the_legacy_calls_for_renamed() -> None:
    generated = [
        path
        for package in ("api", "model", "apis", "models")
        for path in glob.glob(os.path.join(ROOT, "pinterest_client", package, "*.py"))
    ]
    assert len(generated) > 500
    facade = [p for p in generated if "pinterest_client.model_utils import" in open(p, encoding="utf-8").read()]
    assert facade == []
    for path in generated:
        text = open(path, encoding="utf-8").read()
        assert "renamed" not in text.split("legacy_calls import", 1)[-1].split("\n", 1)[0], path


def test_the_original_tables_load_on_first_read(server) -> None:
    out = run_fresh(
        "from pinterest_client.model.board import Board\n"
        "from pinterest_client.model.board_privacy import BoardPrivacy\n"
        "from pinterest_client.models import BoardsListResponse\n"
        f"before = {loaded(['pinterest_client._original'])}\n"
        "board = Board(name='n', id='1')\n"
        "board.read_only_vars = 'a key'  # a data descriptor: setting it on an instance sets that key\n"
        f"still = {loaded(['pinterest_client._original'])}\n"
        "print(json.dumps({'before': before, 'still': still, 'key': board.to_dict()['read_only_vars'],\n"
        "    'types': repr(Board.openapi_types['id']), 'map': Board.attribute_map['is_ads_only'],\n"
        "    'instance': sorted(board.validations), 'enum': BoardPrivacy.allowed_values[('value',)]['SECRET'],\n"
        "    'list': repr(BoardsListResponse.openapi_types['items']),\n"
        f"    'after': {loaded(['pinterest_client._original'])}}}))\n",
        server.host,
    )
    assert out == {
        "before": [],
        "still": [],
        "key": "a key",
        "types": "(<class 'str'>,)",
        "map": "is_ads_only",
        "instance": [["collaborator_count"], ["follower_count"], ["id"], ["pin_count"]],
        "enum": "SECRET",
        "list": "([<class 'pinterest_client.model.board.Board'>],)",
        "after": ["pinterest_client._original"],
    }


def test_the_legacy_names_load_on_first_use(server) -> None:
    out = run_fresh(
        "import warnings\n"
        "from pinterest_client import _operations\n"
        "from pinterest_client.legacy_calls import one_or_list, renamed\n"
        "from pinterest_client.model_utils import Model, ModelNormal, original_types\n"
        "from pinterest_client.api.boards_api import BoardsApi\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    body = renamed('boards_create', 'board_create', None, {'board': {'name': 'n'}})\n"
        "print(json.dumps({'same': renamed is _operations.renamed, 'body': body,\n"
        "    'warned': [str(w.message) for w in caught], 'model': ModelNormal.__name__,\n"
        "    'types': repr(original_types('list[int]')), 'list': one_or_list('m', 'p', ['x'])}))\n",
        server.host,
    )
    assert out == {
        "same": True,
        "body": {"name": "n"},
        "warned": ["boards_create(board=...) is the original client's name for board_create=..."],
        "model": "ModelNormal",
        "types": "([<class 'int'>],)",
        "list": ["x"],
    }


def test_a_renamed_body_still_warns_at_the_callers_line(server) -> None:
    server.reply(201, BOARD)
    code = CLIENT + (
        "import warnings\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    BoardsApi(client).boards_create(board={'name': 'n'})\n"
        f"print(json.dumps({{'where': [(w.filename, w.lineno) for w in caught], 'loaded': {loaded()}}}))\n"
    )
    out = run_fresh(code, server.host)
    call = code.splitlines().index("    BoardsApi(client).boards_create(board={'name': 'n'})")
    line = 2 + call + 1  # (run_fresh's prelude is two lines)
    assert out == {"where": [["<string>", line]], "loaded": []}
    assert server.last.json == {"name": "n"}


def token_server(server) -> None:
    def answer(request: Any) -> Reply:
        if request.path == "/v5/oauth/token":
            return Reply(200, {"access_token": "access-1", "expires_in": 2592000, "refresh_token": "refresh-1"})
        if request.headers.get("Authorization") != "Bearer access-1":
            return Reply(401, {"code": 2, "message": "Authentication failed."})
        return Reply(200, BOARD)

    server.handler = answer


def test_a_client_with_a_refresh_token_loads_the_token_manager_and_refreshes(server) -> None:
    token_server(server)
    out = run_fresh(
        "import pinterest_client\n"
        "from pinterest_client.api.boards_api import BoardsApi\n"
        "config = pinterest_client.Configuration(host=host, client_id='app', client_secret='app-s3cr3t',\n"
        "    refresh_token='refresh-0')\n"
        "client = pinterest_client.ApiClient(config)\n"
        f"before = {loaded(['pinterest_client.oauth'])}\n"
        "board = BoardsApi(client).boards_get('549755885175')\n"
        "print(json.dumps({'before': before, 'board': board.id, 'tokens': [type(client.tokens).__name__,\n"
        "    client.tokens.access_token, client.tokens.refresh_token], 'same': client.tokens is client.tokens}))\n",
        server.host,
    )
    assert out == {
        "before": [],
        "board": "549755885175",
        "tokens": ["TokenManager", "access-1", "refresh-1"],
        "same": True,
    }
    assert [r.path for r in server.requests] == ["/v5/oauth/token", "/v5/boards/549755885175"]


def test_a_client_with_an_access_token_only_makes_the_manager_when_asked(server) -> None:
    token_server(server)
    out = run_fresh(
        "import pinterest_client\n"
        "from pinterest_client.api.boards_api import BoardsApi\n"
        "config = pinterest_client.Configuration(host=host, access_token='stale-s3cr3t', retries=0)\n"
        "client = pinterest_client.ApiClient(config)\n"
        "try:\n"
        "    BoardsApi(client).boards_get('549755885175')\n"
        "except pinterest_client.UnauthorizedException as exc:\n"
        "    error = str(exc)\n"
        f"after_401 = {loaded(['pinterest_client.oauth'])}\n"
        "tokens = client.tokens\n"
        "first = tokens.access_token\n"
        "config.refresh_token = 'refresh-0'  # refresh credentials given later: a 401 now refreshes\n"
        "config.username, config.password = 'app', 'app-s3cr3t'\n"
        "board = BoardsApi(client).boards_get('549755885175')\n"
        "print(json.dumps({'redacted': 'stale-s3cr3t' not in error, 'after_401': after_401,\n"
        "    'tokens': [first, tokens is client.tokens], 'board': board.id,\n"
        "    'now': client.tokens.access_token}))\n",
        server.host,
    )
    assert out == {
        "redacted": True,
        "after_401": ["pinterest_client.oauth"],  # the 401's redaction asks the manager for its secrets
        "tokens": ["stale-s3cr3t", True],
        "board": "549755885175",
        "now": "access-1",
    }


def test_no_sdk_module_outlives_the_first_collection_at_exit(server) -> None:
    """What the SDK registers for the life of the process (the at-fork hook, urllib3's log filter)
    references only ``pinterest_client._hooks``: so at exit, the interpreter's first collection frees
    every other SDK module, rather than a second pass after "wiping" them (``python -v`` names each
    module it wipes). The SDK's ``call_api`` overloads are for checkers only: ``typing.overload``
    keeps what it decorates, and their module's globals, to the very end."""
    server.reply(200, BOARD)
    code = (
        f"host = {server.host!r}\n"
        + CLIENT
        + "assert BoardsApi(client).boards_get('549755885175').id\n"
        + "client.configuration.debug = True\n"
        + "client.configuration.debug = False\n"
    )
    bare = f"import urllib3\nassert urllib3.PoolManager().request('GET', {server.host + '/boards/1'!r}).data\n"
    env = {**os.environ, "PYTHONPATH": ROOT}
    wiped, alone = [], []
    for program, found in ((code, wiped), (bare, alone)):
        result = subprocess.run(
            [sys.executable, "-v", "-c", program], capture_output=True, text=True, env=env, cwd=ROOT
        )
        assert result.returncode == 0, result.stderr[-2000:]
        found += [line.split()[-1] for line in result.stderr.splitlines() if line.startswith("# cleanup[3] wiping ")]
    assert len(wiped) > 10  # (the message is still the interpreter's)
    assert [m for m in wiped if m.startswith("pinterest_client") and m != "pinterest_client._hooks"] == []
    # No urllib3 module more than urllib3 alone leaves there (some on Python 3.13, none before).
    assert {m for m in wiped if m.startswith("urllib3")} <= set(alone)


def test_the_runtimes_own_modules_load_before_urllib3(server) -> None:
    """``api_client`` imports the runtime's pure-Python modules before urllib3 (``rest`` is the first
    to import it): what a first call allocates before urllib3's import costs the collector less
    than what it allocates after (urllib3's import frees much of what it made, and the collector's
    count of new objects never goes below zero). Measured: one pass of the middle generation
    fewer in the benchmark's first call (see the performance guide)."""
    order = run_fresh(
        CLIENT + "names = list(sys.modules)\n"
        "print(json.dumps({m: names.index(m) for m in names if m == 'urllib3' or m.startswith('pinterest_client')}))\n",
        server.host,
    )
    # (sys.modules lists modules in the order their imports ended)
    before = ("_models", "_decode", "_hooks", "configuration", "retry", "exceptions", "_runtime_typing")
    assert [m for m in before if order[f"pinterest_client.{m}"] > order["urllib3"]] == []
    assert order["pinterest_client.rest"] > order["urllib3"]  # (rest is what imports it, then ends)
