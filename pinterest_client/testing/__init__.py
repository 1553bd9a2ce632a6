"""Test helpers: a local, stateful fake of the Pinterest API v5.

``pinterest_client`` never imports this package; import it yourself in tests::

    from pinterest_client.testing import FakePinterest

    with FakePinterest() as fake:
        config = pinterest_client.Configuration(host=fake.host, access_token=fake.access_token)
        with pinterest_client.ApiClient(config) as client:
            board = BoardsApi(client).boards_create(BoardCreate(name="Recipes"))

It answers like Pinterest: a created resource comes back as what was sent plus what Pinterest
assigns (ids, timestamps, status defaults, owner), never sample values; boards, sections, Pins,
media uploads, ad accounts, campaigns, ad groups, ads, audiences, customer lists, keywords,
conversion tags and catalog feeds keep state; asynchronous jobs (reports, bulk requests, catalog
item batches) progress as they are polled. OAuth follows Pinterest's token rules (single-use
authorization codes, reusable refresh tokens, continuous refresh) and the business rules client
code handles are enforced with Pinterest's error shapes (``_rules``). Operations without state
answer a small schema-conformant body made from the SDK's generated metadata.

``FakePinterest(preload={...})`` or :meth:`FakePinterest.preload` load state in one call; the
pytest plugin (:mod:`pinterest_client.testing.pytest_plugin`) gives ``pinterest_fake`` and
``pinterest_api_client`` fixtures. :meth:`FakePinterest.inject` and
:meth:`FakePinterest.rate_limit` add failures, and :attr:`FakePinterest.requests` records what
was sent (tokens kept, redacted when shown). The guide is ``docs/guides/testing.md``.

Run one from a shell with ``python -m pinterest_client.testing --port 8080``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, List

if TYPE_CHECKING:  # for type checkers: the names re-exported below
    from pinterest_client.testing._server import API_PREFIX as API_PREFIX
    from pinterest_client.testing._server import DOWNLOAD_OPERATION as DOWNLOAD_OPERATION
    from pinterest_client.testing._server import FAULT_KINDS as FAULT_KINDS
    from pinterest_client.testing._server import UPLOAD_OPERATION as UPLOAD_OPERATION
    from pinterest_client.testing._server import FakePinterest as FakePinterest
    from pinterest_client.testing._server import Fault as Fault
    from pinterest_client.testing._server import RateLimit as RateLimit
    from pinterest_client.testing._server import RecordedRequest as RecordedRequest
    from pinterest_client.testing._synth import Synthesizer as Synthesizer

#: Public name -> the module defining it, imported on first use (PEP 562): the pytest plugin, which
#: lives in this package, can load without importing the fake.
_EXPORTS = {
    "API_PREFIX": "_server",
    "DOWNLOAD_OPERATION": "_server",
    "FAULT_KINDS": "_server",
    "UPLOAD_OPERATION": "_server",
    "FakePinterest": "_server",
    "Fault": "_server",
    "RateLimit": "_server",
    "RecordedRequest": "_server",
    "Synthesizer": "_synth",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return sorted(set(globals()) | set(_EXPORTS))
