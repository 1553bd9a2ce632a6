from __future__ import annotations

import os
import sys
from typing import Iterator

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
    config = pinterest_client.Configuration(host=server.host, access_token="tok-SECRET-123", retries=0)
    with pinterest_client.ApiClient(config) as api_client:
        yield api_client
