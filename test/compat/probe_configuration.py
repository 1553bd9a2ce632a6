"""What a ``Configuration`` of an installed client shows its caller (run in a subprocess for the original).

``python probe_configuration.py PREFIX``: every public attribute of a default ``Configuration`` (the
``repr`` of its value; methods called when they take no argument), and ``auth_settings()`` for a few
credentials. Prints ``{name: repr}``.
"""

import importlib
import json
import sys

#: Methods called without arguments for their result; the others are only checked to be callable.
CALLED = ("get_host_settings", "auth_settings", "get_basic_auth_token", "to_debug_report")


def probe(prefix):
    configuration = importlib.import_module(prefix + ".configuration").Configuration
    default = configuration()
    out = {}
    for name in sorted(n for n in dir(default) if not n.startswith("_")):
        value = getattr(default, name)
        if callable(value):
            out[name] = repr(value()) if name in CALLED and name != "to_debug_report" else "<callable>"
        else:
            out[name] = repr(value)
    credentials = {
        "access token": {"access_token": "tok-123456"},
        "basic": {"username": "u", "password": "p-123456"},
        "both": {"access_token": "tok-123456", "username": "u", "password": "p-123456"},
    }
    for label, kwargs in credentials.items():
        out[f"auth_settings with {label}"] = repr(configuration(**kwargs).auth_settings())
    return out


if __name__ == "__main__":
    print(json.dumps(probe(sys.argv[1])))
