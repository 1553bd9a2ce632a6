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
was sent (tokens kept, redacted when shown). The guide is ``guides/testing.md``.

Run one from a shell with ``python -m pinterest_client.testing --port 8080``.
"""

from __future__ import annotations

from pinterest_client.testing._server import (
    API_PREFIX,
    DOWNLOAD_OPERATION,
    FAULT_KINDS,
    UPLOAD_OPERATION,
    FakePinterest,
    Fault,
    RateLimit,
    RecordedRequest,
)
from pinterest_client.testing._synth import Synthesizer

__all__ = [
    "API_PREFIX",
    "DOWNLOAD_OPERATION",
    "FAULT_KINDS",
    "UPLOAD_OPERATION",
    "FakePinterest",
    "Fault",
    "RateLimit",
    "RecordedRequest",
    "Synthesizer",
]
