from __future__ import annotations

import logging
import os
import sys
from typing import Iterator, List

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

SPEC_DIR = os.path.join(ROOT, "..", "shared", "spec")
SEEDS_DIR = os.path.join(ROOT, "..", "shared", "seeds")

from loopback import Loopback  # noqa: E402

import pinterest_client  # noqa: E402


@pytest.fixture
def server() -> Iterator[Loopback]:
    with Loopback() as srv:
        yield srv


@pytest.fixture
def client(server: Loopback) -> Iterator[pinterest_client.ApiClient]:
    config = pinterest_client.Configuration(host=server.host, access_token="tok-s3cr3t-123", retries=0)
    with pinterest_client.ApiClient(config) as api_client:
        yield api_client


#: Every secret the tests use contains this marker (tokens, app secrets, refresh tokens).
#: (Not "SECRET": that is also a board privacy value that legitimately appears in URLs.)
SECRET_MARKER = "s3cr3t"


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: List[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture(scope="session", autouse=True)
def no_secret_in_debug_logs() -> Iterator[None]:
    """The whole suite runs with the SDK logging at DEBUG; afterwards no line may hold a secret."""
    logger = logging.getLogger("pinterest_client")
    handler = _Collect()
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield
    logger.removeHandler(handler)
    logger.setLevel(previous)
    leaks = [line for line in handler.lines if SECRET_MARKER in line]
    assert not leaks, f"secrets in DEBUG logs: {leaks[:3]}"
