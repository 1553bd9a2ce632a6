"""A ``Configuration`` shows code written for the original 0.1.12 the same public attributes, with
the same defaults, and the same ``auth_settings()`` (the ``Authorization`` header of each configured
scheme, which code building its own requests reads), but where ours differs on purpose (listed).
Both sides run probe_configuration.py in a fresh interpreter."""

from __future__ import annotations

from compat_cache import side_by_side

#: Attributes whose defaults differ on purpose (docs/guides/migrating.md), with why.
DIFFERENT = {
    "connection_pool_maxsize": "64, not 10: N threads sharing a client open N connections, not 4N",
    "retries": "a RetryPolicy (2 retries with backoff, Retry-After) instead of urllib3's None",
    "get_host_settings": "the spec's two servers, described (production, sandbox)",
    "logger_formatter": "(an object: its repr shows its address)",
}


def test_configuration_shows_the_original_attributes_and_auth_settings() -> None:
    original, ours = side_by_side("probe_configuration.py")
    # (the import prefix is the one change code makes: the loggers' names show it)
    original = {k: v.replace("openapi_generated.pinterest_client", "pinterest_client") for k, v in original.items()}
    assert set(original) - set(ours) == set()  # (ours has more: timeouts, deadline, proxies...)
    differences = {k: (v, ours[k]) for k, v in original.items() if ours[k] != v and k not in DIFFERENT}
    assert differences == {}
    assert "Bearer tok-123456" in ours["auth_settings with access token"]
    assert ours["logger"] == original["logger"]  # {"package_logger": ..., "urllib3_logger": ...}
    for key in DIFFERENT:
        assert ours[key] != original[key], key
