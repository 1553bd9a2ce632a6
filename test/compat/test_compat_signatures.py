"""The original 0.1.12's core classes (``ApiClient``, ``Configuration``, ``RESTClientObject``,
``ApiException``, ``api_client.Endpoint``) and a model: every public method exists on ours and takes the original's
parameters in the original's order, so calls by position and by name bind as they did (ours may add
parameters after them). What differs on purpose is listed. Both sides run probe_signatures.py."""

from __future__ import annotations

from typing import List

from compat_cache import side_by_side

#: Methods whose parameters differ on purpose, with why.
DIFFERENT = {
    # One method for both forms: ours (operation, args, options) and the original's (resource_path, ...).
    "ApiClient.call_api": "takes the original's form too (a path first): see original_call_api",
    # A model's constructor takes its required properties positionally at run time, in the original's
    # order (``_positional``, tested in test_model_contract.py); its stub spells them out for checkers.
    "Board.__init__": "(*args, **kwargs), bound by the class's _positional",
}


def _binds(original: List[str], ours: List[str]) -> bool:
    """Whether a call written for ``original``'s parameters binds the same way on ``ours``: the same
    names in the same order before the original's ``*args``/``**kwargs``, every other name accepted."""
    named = [p for p in original if p not in ("args", "kwargs")]
    if "kwargs" in ours and "args" not in named:  # (ours takes any keyword: only the order counts)
        return ours[: len(named)] == named[: len(ours)] or not set(named) - set(ours) - {"kwargs"}
    return ours[: len(named)] == named


def test_the_originals_methods_bind_the_same_on_ours() -> None:
    original, ours = side_by_side("probe_signatures.py")
    missing = sorted(set(original) - set(ours))
    assert missing == []
    mismatched = {
        name: (params, ours[name])
        for name, params in original.items()
        if name not in DIFFERENT and not _binds(params, ours[name])
    }
    assert mismatched == {}
    assert len(original) > 30
