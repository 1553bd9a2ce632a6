"""Test helpers: a local, stateful fake of the Pinterest API v5.

``pinterest_client`` never imports this package; import it yourself in tests::

    from pinterest_client.testing import FakePinterest

    with FakePinterest() as fake:
        config = pinterest_client.Configuration(host=fake.host, access_token=fake.access_token)
        with pinterest_client.ApiClient(config) as client:
            board = BoardsApi(client).boards_create(BoardCreate(name="Recipes"))

Boards, sections, Pins, media uploads, ad accounts, campaigns, ad groups, ads, audiences,
customer lists, keywords and catalog feeds keep state (create, get, list with bookmarks, update,
delete). Asynchronous analytics reports, bulk downloads and upserts and catalog item batches run
as they are polled (in progress on the first poll, then done), and their result files download
from the fake without Pinterest auth, like S3. Every other operation answers a response
synthesized from the SDK's generated metadata that conforms to its declared schema. Requests are
authenticated and validated like the real service; :meth:`FakePinterest.inject` and
:meth:`FakePinterest.rate_limit` add failures, and :attr:`FakePinterest.requests` records what
was sent.

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
