"""RetryPolicy and RateLimitInfo are immutable values (written without ``dataclasses``, which a
program's first call should not import): keyword and positional construction with defaults,
equality, hashing, repr, ``replace()``, pickling, and no assignment."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

from pinterest_client.retry import DEFAULT_MAX_RETRIES, RateLimitInfo, RetryPolicy


def test_construction_takes_defaults_positions_and_keywords() -> None:
    assert RetryPolicy().max_retries == DEFAULT_MAX_RETRIES
    assert RetryPolicy(4, 0.1) == RetryPolicy(max_retries=4, backoff_factor=0.1)
    assert RateLimitInfo(100, 5).policies == ()
    with pytest.raises(TypeError, match="unexpected keyword"):
        RetryPolicy(retries=3)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="multiple values"):
        RetryPolicy(3, max_retries=4)  # type: ignore[misc]
    with pytest.raises(TypeError, match="at most"):
        RateLimitInfo(1, 2, 3.0, (), 5)  # type: ignore[call-arg]


def test_values_compare_hash_and_show_by_their_fields() -> None:
    assert RetryPolicy(max_wait=5) == RetryPolicy(max_wait=5) != RetryPolicy(max_wait=6)
    assert RetryPolicy() != RateLimitInfo() and RetryPolicy() != tuple(RetryPolicy()._values())
    assert len({RetryPolicy(max_wait=5), RetryPolicy(max_wait=5)}) == 1
    assert repr(RateLimitInfo(100, 5)) == "RateLimitInfo(limit=100, remaining=5, reset=None, policies=())"


def test_values_are_immutable_and_replace_copies() -> None:
    policy = RetryPolicy()
    with pytest.raises(AttributeError, match="immutable"):
        policy.max_retries = 5  # type: ignore[misc]
    with pytest.raises(AttributeError):
        policy.anything = 1  # type: ignore[attr-defined]
    changed = policy.replace(max_retries=5)
    assert type(changed) is RetryPolicy and changed.max_retries == 5 and policy.max_retries == DEFAULT_MAX_RETRIES
    assert pickle.loads(pickle.dumps(changed)) == changed


def test_the_retry_module_does_not_import_dataclasses() -> None:
    code = "import sys, pinterest_client.retry; print('dataclasses' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
