"""Call operations of an installed original client and record what each sends (run in a subprocess).

``python call_original_operations.py PREFIX CALLS.json`` with a release's unpacked wheel and this
folder on ``PYTHONPATH``: for each ``{"module", "cls", "method", "args": {name: {"value"}}}`` of
CALLS, the API method is called as code written for the original calls it (arguments by name,
converted to the endpoint's ``openapi_types``: dates, enum wrappers, models built from their wire
form), against a recording loopback server. Prints ``{"module.Class.method": {"sent": [requests]}
| {"error": text, "sent": [...]}}``, and under ``"error probe"`` what a caller catching the
exception of a 404 sees (class, bases, status, reason, body, request id).
"""

import importlib
import json
import sys

from build_original_models import convert, setup  # (the same conversions as for building models)
from recording_server import ERROR_PATH, PROBE_ANSWERS, RecordingServer, describe_error, describe_result

prefix, calls = sys.argv[1], sys.argv[2]
setup(prefix)
ApiClient = importlib.import_module(prefix + ".api_client").ApiClient
Configuration = importlib.import_module(prefix + ".configuration").Configuration

server = RecordingServer(PROBE_ANSWERS)
client = ApiClient(Configuration(host=server.host, access_token="t"))
out = {}
with open(calls, encoding="utf-8") as f:
    items = json.load(f)
for call in items:
    key = f"{call['module']}.{call['cls']}.{call['method']}"
    before = len(server.requests)
    try:
        api = getattr(importlib.import_module(f"{prefix}.api.{call['module']}"), call["cls"])(client)
        endpoint = getattr(api, call["method"] + "_endpoint")
        kwargs = {name: convert(a["value"], endpoint.openapi_types.get(name, ())) for name, a in call["args"].items()}
        response = getattr(api, call["method"])(**kwargs, _preload_content=False)
        response.read()  # (the connection goes back to the pool)
        out[key] = {"sent": server.requests[before:]}
    except Exception as exc:  # (reported, compared by the test)
        out[key] = {"error": f"{type(exc).__name__}: {exc}"[:300], "sent": server.requests[before:]}
try:
    importlib.import_module(f"{prefix}.api.boards_api").BoardsApi(client).boards_get(ERROR_PATH.rsplit("/", 1)[1])
except Exception as exc:  # the probe: what a caller catching it sees
    out["error probe"] = describe_error(exc)
# The original's ApiClient.call_api, called directly (code reaching endpoints its classes lack):
# each spec of DIRECT_CALLS (argv[3], a file) as the original is called, ``response_type`` named.
for index, spec in enumerate(json.load(open(sys.argv[3], encoding="utf-8")) if len(sys.argv) > 3 else ()):
    before = len(server.requests)
    kwargs = dict(spec)
    kind = kwargs.pop("response_type", None)
    if kind:
        model = importlib.import_module(f"{prefix}.model.{kind[0]}")
        kwargs["response_type"] = (getattr(model, kind[1]),)
    try:
        result = client.call_api(**kwargs)
        out[f"call_api {index}"] = {"sent": server.requests[before:], "result": describe_result(result)}
    except Exception as exc:  # (reported, compared by the test)
        out[f"call_api {index}"] = {"error": f"{type(exc).__name__}: {exc}"[:300], "sent": server.requests[before:]}
print(json.dumps(out, default=str))
