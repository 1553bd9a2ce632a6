"""Run pinterest-python-sdk's unit tests on our client (added by this project; see NOTICE.md).

Before anything imports the SDK: ``pinterest_client.compat.install()`` (unless
``PINTEREST_CLIENT_COMPAT_BASELINE=1``, the run on the original client), and a ``FakePinterest`` the SDK
talks to instead of api.pinterest.com (``PINTEREST_API_URI``, read when ``pinterest.config`` is imported).
"""

import os

from pinterest_client.testing import FakePinterest

if os.environ.get("PINTEREST_CLIENT_COMPAT_BASELINE") != "1":
    import pinterest_client.compat

    pinterest_client.compat.install()

_fake = FakePinterest(access_token="test_token")
_fake.start()
os.environ["PINTEREST_API_URI"] = _fake.host
os.environ.setdefault("PINTEREST_ACCESS_TOKEN", "test_token")


def pytest_unconfigure(config):
    _fake.stop()
