"""Issue #12, section 4: Pinterest's ``pinterest-api-sdk`` runs unchanged on ours through the alias.

Its documented flows (api_sdk_flows.py) against ``FakePinterest``, and its own unit tests (vendored in
test/third_party/pinterest_api_sdk), each in a subprocess with the released SDK from the cache and
``pinterest_client.compat.install()``. What fails today is listed in known_gaps.json, one entry per flow
or test with its first error line; anything else failing is a regression.
"""

from __future__ import annotations

from compat_api_sdk import api_sdk, gaps_of, run_flows, run_unit_tests
from compat_cache import require
from compat_gaps import check

#: What pinterest-api-sdk imports besides the client (test-requirements.txt installs them).
API_SDK_NEEDS = ("dotenv", "six", "dateutil", "urllib3")


def test_api_sdk_documented_flows_run_on_ours() -> None:
    require(api_sdk, API_SDK_NEEDS)
    gaps, details = gaps_of("api_sdk flow", run_flows(), {})
    check(gaps, lambda g: g[0] == "api_sdk flow", details)


def test_api_sdk_own_unit_tests_pass_on_ours() -> None:
    require(api_sdk, API_SDK_NEEDS)
    outcomes = run_unit_tests()
    assert len(outcomes) >= 40, f"the vendored tests did not all run: {sorted(outcomes)}"
    gaps, details = gaps_of("api_sdk unit test", outcomes, {})
    check(gaps, lambda g: g[0] == "api_sdk unit test", details)
