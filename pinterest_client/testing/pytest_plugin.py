"""The pytest plugin of :mod:`pinterest_client.testing`: a running :class:`FakePinterest` and an
:class:`~pinterest_client.ApiClient` configured for it, as fixtures.

Installed with the package (entry point ``pytest11``: ``pinterest_client``); without the entry
point, load it with ``pytest -p pinterest_client.testing.pytest_plugin`` or
``pytest_plugins = ["pinterest_client.testing.pytest_plugin"]`` in the root ``conftest.py``.

Fixtures (each test gets its own fake, so no state leaks between tests):

- ``pinterest_fake``: a started :class:`FakePinterest`;
- ``pinterest_api_client``: an ``ApiClient`` with the fake's host, access token and app
  credentials (closed after the test);
- ``pinterest_preload``: what the fake starts with; ``None`` here, override it in a
  ``conftest.py`` to return a :meth:`FakePinterest.preload` mapping.

The marker ``@pytest.mark.pinterest_fake(**options)`` passes constructor options
(``preload=...``, ``trial_access=True``, ``validate_requests=False``...) to the test's fake.

When a test using the fake fails, its report gets a section listing the requests the fake
received (tokens redacted).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Generator, Iterator, Mapping, Optional

import pytest

if TYPE_CHECKING:  # imported when a test asks for the fake: pytest starts without loading the SDK
    from pinterest_client.testing import FakePinterest

MARKER = "pinterest_fake"


def pytest_configure(config: Any) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**options): FakePinterest constructor options for the pinterest_fake fixture "
        "(preload=..., trial_access=True, ...)",
    )


@pytest.fixture
def pinterest_preload() -> Optional[Mapping[str, Any]]:
    """Resources the fake starts with (override in a conftest.py); ``None``: an empty fake."""
    return None


@pytest.fixture
def pinterest_fake(request: Any, pinterest_preload: Optional[Mapping[str, Any]]) -> Iterator["FakePinterest"]:
    """A running FakePinterest for this test."""
    from pinterest_client.testing import FakePinterest

    options: Dict[str, Any] = {}
    for marker in reversed(list(request.node.iter_markers(MARKER))):  # the closest marker wins
        options.update(marker.kwargs)
    if pinterest_preload is not None:
        options.setdefault("preload", pinterest_preload)
    with FakePinterest(**options) as fake:
        yield fake


@pytest.fixture
def pinterest_api_client(pinterest_fake: "FakePinterest") -> Iterator[Any]:
    """An ApiClient configured for ``pinterest_fake``."""
    with pinterest_fake.api_client() as client:
        yield client


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: Any, call: Any) -> Generator[None, Any, None]:
    outcome = yield
    report = outcome.get_result()
    fake = getattr(item, "funcargs", {}).get("pinterest_fake")
    if report.when == "call" and report.failed and fake is not None:
        lines = [repr(r) for r in fake.requests] or ["(none)"]
        report.sections.append(("FakePinterest requests", "\n".join(lines)))
