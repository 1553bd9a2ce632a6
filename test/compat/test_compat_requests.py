"""Every operation of the original 0.1.12, called as code written for it calls it (arguments by
name, as its endpoints type them), sends the same request on ours: method, path, query, content
type and body, recorded by a loopback server on each side (ours here, the original's in a subprocess,
call_original_operations.py). Argument values come from the fake's synthesiser for ours' declaration
of each parameter (the spec's examples where valid); every required parameter of the original's is
given, and the optional ones ours also requires.
"""

from __future__ import annotations

import functools
import importlib
import json
import tempfile
import warnings
from typing import Any, Dict, List, Tuple

from compat_cache import HERE, VERSIONS, original_manifest, prefix_of, release, require, run_json
from recording_server import ERROR_BODY, ERROR_PATH, PROBE_ANSWERS, RecordingServer, describe_error, describe_result
from test_compat_model_construction import _convert

import pinterest_client
from pinterest_client._original_client import ENDPOINT_OPTIONS as OPTIONS  # (the original's per-call options)
from pinterest_client.api.boards_api import BoardsApi
from pinterest_client.testing._synth import Synthesizer

VERSION = VERSIONS[-1]

#: Sent differently on purpose (docs/guides/migrating.md): field -> (the original's, ours).
SENT_DIFFERENTLY = {
    # Booleans in a query go out as JSON spells them (the original sent Python's ``True``).
    "billing_api.BillingApi.billing_profiles_get": {"query": ([["is_active", "True"]], [["is_active", "true"]])},
    # A POST without a body has no Content-Type (the original declared JSON for the empty body).
    "ad_accounts_api.AdAccountsApi.analytics_create_template_report": {"content_type": ("application/json", "")},
}


def _calls(manifest: Dict[str, Any]) -> List[Dict[str, Any]]:
    synth = Synthesizer(request=True)
    calls = []
    for module, classes in sorted(manifest["api"].items()):
        for cls_name, methods in classes.items():
            if cls_name.startswith("__"):
                continue  # (a module the original itself could not import)
            api = getattr(importlib.import_module(f"pinterest_client.api.{module}"), cls_name)
            for name, info in methods.items():
                if not isinstance(info, dict) or "params" not in info:
                    continue
                operation = getattr(getattr(api, name, None), "operation", None)
                if operation is None:
                    continue  # (removed since: OperationRemovedError, tested in test_legacy_surface.py)
                synth.reseed(name)
                params = {p.py: p for p in operation.params}
                args: Dict[str, Any] = {}
                for param in info["params"]:
                    if param in OPTIONS:
                        continue
                    if param in params:
                        p = params[param]
                        if p.required or param in info["required"]:
                            args[param] = {"kind": p.type, "value": synth.make(p.type, p.checks, p.name)}
                    elif operation.body is not None and param == operation.body_name:
                        args[param] = {"kind": operation.body, "value": synth.make(operation.body, None, param)}
                    else:
                        break  # a legacy form field (``oauth_token(grant_type=...)``): tested elsewhere
                else:
                    calls.append({"module": module, "cls": cls_name, "method": name, "args": args})
    return calls


def _ours(calls: List[Dict[str, Any]]) -> Dict[str, Dict[str, Any]]:
    server = RecordingServer()
    out: Dict[str, Dict[str, Any]] = {}
    try:
        client = pinterest_client.ApiClient(pinterest_client.Configuration(host=server.host, access_token="t"))
        for call in calls:
            key = f"{call['module']}.{call['cls']}.{call['method']}"
            before = len(server.requests)
            api = getattr(importlib.import_module(f"pinterest_client.api.{call['module']}"), call["cls"])(client)
            kwargs = {name: _convert(a["value"], a["kind"]) for name, a in call["args"].items()}
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)
                    response = getattr(api, call["method"])(**kwargs, _preload_content=False)
                    assert response.data == b"{}"  # (read: the connection goes back to the pool)
                out[key] = {"sent": server.requests[before:]}
            except (TypeError, ValueError) as exc:
                out[key] = {"error": f"{type(exc).__name__}: {exc}", "sent": server.requests[before:]}
        client.close()
    finally:
        server.close()
    return out


def _request(recorded: Dict[str, Any]) -> Dict[str, Any]:
    """A recorded request with its JSON body parsed (key order is not part of the comparison)."""
    request = dict(recorded)
    if request["content_type"] == "application/json" and request["body"]:
        request["body"] = json.loads(request["body"])
    request["query"] = [list(pair) for pair in request["query"]]
    return request


@functools.cache
def _calls_and_answers() -> Tuple[List[Dict[str, Any]], Dict[str, Any]]:
    """The operation calls, and what the original answered for them, for the error probe and for
    :data:`DIRECT_CALLS` (call_original_operations.py, run once for every test here)."""
    path = require(lambda: release(VERSION), ["dateutil"])
    calls = _calls(json.loads(original_manifest(VERSION).read_text(encoding="utf-8")))
    with tempfile.TemporaryDirectory() as tmp:
        calls_path, direct_path = f"{tmp}/calls.json", f"{tmp}/direct.json"
        for name, value in ((calls_path, calls), (direct_path, DIRECT_CALLS)):
            with open(name, "w", encoding="utf-8") as f:
                json.dump(value, f, default=str)
        script = str(HERE / "call_original_operations.py")
        original = run_json([script, prefix_of(VERSION), calls_path, direct_path], [path, HERE])
    assert isinstance(original, dict)
    return calls, original


def test_every_operation_sends_the_same_request_as_on_the_original() -> None:
    calls, original = _calls_and_answers()
    assert len(calls) > 160
    ours = _ours(calls)
    compared = 0
    differences: Dict[str, Tuple[Any, Any]] = {}
    for key in ours:
        theirs = original[key]
        if "error" in theirs:  # (the original refused the arguments before sending: six of its endpoints)
            assert len(theirs["sent"]) == 0
            continue
        compared += 1
        assert "error" not in ours[key], (key, ours[key])
        a, b = [_request(r) for r in theirs["sent"]], [_request(r) for r in ours[key]["sent"]]
        assert len(a) == len(b) == 1, key
        changed = {field: (a[0][field], b[0][field]) for field in a[0] if a[0][field] != b[0][field]}
        if changed != {
            f: (list(x), list(y)) if isinstance(x, list) else (x, y)
            for f, (x, y) in SENT_DIFFERENTLY.get(key, {}).items()
        }:
            differences[key] = (a[0], b[0])
    assert compared > 160
    assert differences == {}


def test_an_http_error_looks_the_same_to_the_caller_as_on_the_original() -> None:
    """The exception of a 404 has the original's class, bases, status, reason, request id and
    ``body``: the response's text (the original decoded it; ours gave bytes until this test)."""
    original = _calls_and_answers()[1]["error probe"]
    server = RecordingServer(PROBE_ANSWERS)
    try:
        client = pinterest_client.ApiClient(pinterest_client.Configuration(host=server.host, access_token="t"))
        try:
            BoardsApi(client).boards_get(ERROR_PATH.rsplit("/", 1)[1])
        except pinterest_client.ApiException as exc:
            ours = describe_error(exc)
        client.close()
    finally:
        server.close()
    assert original["body"] == ERROR_BODY.decode()
    assert ours == original


def test_last_response_is_the_last_successful_calls_as_on_the_original() -> None:
    """The original's ``ApiClient.last_response`` (code reads a call's headers from it): status,
    reason, body bytes and headers of the last successful call; an error leaves it as it was."""
    server = RecordingServer({ERROR_PATH: PROBE_ANSWERS[ERROR_PATH]})
    try:
        client = pinterest_client.ApiClient(pinterest_client.Configuration(host=server.host, access_token="t"))
        assert client.last_response is None
        boards = BoardsApi(client)
        boards.boards_list()
        first = client.last_response
        assert first is not None and (first.status, first.reason, first.data) == (200, "OK", b"{}")
        assert first.getheader("content-type") == "application/json" and "Content-Length" in first.getheaders()
        try:
            boards.boards_get(ERROR_PATH.rsplit("/", 1)[1])
        except pinterest_client.NotFoundException:
            pass
        assert client.last_response is first
        client.close()
    finally:
        server.close()


#: The original's ``ApiClient.call_api`` called directly (the escape hatch to endpoints its classes
#: lack); ``response_type`` names a model module and class.
DIRECT_CALLS: List[Dict[str, Any]] = [
    {
        "resource_path": "/boards/{board_id}",
        "method": "GET",
        "path_params": {"board_id": "12/3"},
        "query_params": [("ad_account_id", "4"), ("columns", ["A", "B"])],
        "collection_formats": {"columns": "csv"},
        "header_params": {"Accept": "application/json"},
        "response_type": ["board", "Board"],
        "auth_settings": ["pinterest_oauth2"],
        "_return_http_data_only": True,
    },
    {
        "resource_path": "/boards",
        "method": "POST",
        "body": {"name": "Trips", "description": "d"},
        "header_params": {"Accept": "application/json", "Content-Type": "application/json"},
        "response_type": ["board", "Board"],
        "auth_settings": ["pinterest_oauth2"],
    },
    {
        "resource_path": "/oauth/token",
        "method": "POST",
        "post_params": [("grant_type", "client_credentials"), ("scope", "boards:read")],
        "header_params": {"Content-Type": "application/x-www-form-urlencoded"},
        "auth_settings": ["basic"],
        "_return_http_data_only": True,
    },
    {
        "resource_path": "/boards/{board_id}",
        "method": "DELETE",
        "path_params": {"board_id": "7"},
        "auth_settings": ["pinterest_oauth2"],
    },
]


def test_call_api_called_directly_sends_what_the_originals_did() -> None:
    """``ApiClient.call_api(resource_path, method, ...)``, the original's form, sends the same
    request and returns the same shape (``(data, status, headers)`` unless ``_return_http_data_only``)."""
    original = _calls_and_answers()[1]
    server = RecordingServer(PROBE_ANSWERS)
    ours: Dict[str, Any] = {}
    try:
        configuration = pinterest_client.Configuration(host=server.host, access_token="t", username="u", password="p")
        client = pinterest_client.ApiClient(configuration)
        for index, spec in enumerate(json.loads(json.dumps(DIRECT_CALLS))):
            kind = spec.pop("response_type", None)
            if kind:
                spec["response_type"] = (
                    getattr(importlib.import_module(f"pinterest_client.model.{kind[0]}"), kind[1]),
                )
            before = len(server.requests)
            result = client.call_api(**spec)
            ours[f"call_api {index}"] = {"sent": server.requests[before:], "result": describe_result(result)}
        client.close()
    finally:
        server.close()
    for key, theirs in ours.items():
        assert "error" not in original[key], original[key]
        assert [_request(r) for r in original[key]["sent"]] == [_request(r) for r in theirs["sent"]], key
        assert original[key]["result"] == theirs["result"], key
