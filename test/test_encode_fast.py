"""The constructor's and the request encoder's fast paths (compiled per class) give exactly what
the general paths give: the same data, in the same order, and the same errors; checked on every
model with values synthesised from the spec, as valid requests and damaged."""

from __future__ import annotations

import copy
import json
import random
from typing import Any, Callable, Dict, Iterator, List, Tuple

import pytest

from benchmarks import payloads
from pinterest_client import _constructors, _models
from pinterest_client._types import resolve_type
from pinterest_client.exceptions import ApiAttributeError, ApiTypeError, ApiValueError
from pinterest_client.model_utils import Model, UnionModel, encode
from pinterest_client.models import KeywordsCommon, KeywordsRequest, MatchTypeResponse

SPEC = payloads.load_spec()


def _is_object_model(name: str) -> bool:
    try:
        cls = resolve_type(name)
    except AttributeError:
        return False
    return isinstance(cls, _models._ModelMeta) and not issubclass(cls, UnionModel)


MODELS = [name for name in sorted(SPEC["components"]["schemas"]) if _is_object_model(name)]

_ODD = [None, "x", 7, 2.5, True, [], {}, MatchTypeResponse.BROAD, "EXACT"]


def _outcome(action: Callable[[], Any]) -> Tuple[str, Any]:
    try:
        return "ok", action()
    except (ApiTypeError, ApiValueError, ApiAttributeError) as exc:
        return type(exc).__name__, str(exc)


def _keywords(cls: Any, seed: int) -> List[Dict[str, Any]]:
    """Keyword arguments for ``cls``: a synthesised valid value, and damaged copies."""
    synth = payloads.Synthesizer(SPEC, seed=seed)
    try:
        wire = synth.value({"$ref": f"#/components/schemas/{cls.__name__}"}, cls.__name__.lower())
    except RecursionError:
        return []
    if not isinstance(wire, dict):
        return []
    by_wire = cls._by_wire
    valid = {(by_wire[k].py if k in by_wire else k): v for k, v in wire.items()}
    rng = random.Random(seed)
    damaged = {k: (rng.choice(_ODD) if rng.random() < 0.3 else v) for k, v in valid.items() if rng.random() > 0.1}
    if rng.random() < 0.3:
        damaged["not_a_field"] = 1
    return [valid, damaged]


def _general(cls: Any, kwargs: Dict[str, Any]) -> Any:
    """Construct through the general path (as ``type.__call__`` does: a discriminated base's
    ``__new__`` may pick another class)."""
    model = cls.__new__(cls) if cls.__new__ is object.__new__ else cls.__new__(cls, **kwargs)
    if isinstance(model, cls):
        _constructors._general_init(model, type(model), (), kwargs)
    return model


def _state(outcome: Tuple[str, Any]) -> Tuple[str, Any]:
    kind, value = outcome
    return (kind, (type(value), list(value.__dict__.items()))) if kind == "ok" else outcome


def _cases(name: str) -> Iterator[Tuple[Any, Dict[str, Any], Tuple[str, Any]]]:
    """``(class, keywords, outcome of constructing it)`` for a model, over a few seeds."""
    cls = resolve_type(name)
    for seed in range(2):
        for kwargs in _keywords(cls, seed):
            yield cls, kwargs, _outcome(lambda kwargs=kwargs: cls(**copy.deepcopy(kwargs)))


@pytest.mark.parametrize("name", MODELS)
def test_construction_fast_path_matches_the_general_path(name: str) -> None:
    for cls, kwargs, fast in _cases(name):
        general = _outcome(lambda cls=cls, kwargs=kwargs: _general(cls, copy.deepcopy(kwargs)))
        assert _state(fast) == _state(general), kwargs


@pytest.mark.parametrize("name", MODELS)
def test_request_encoding_of_a_model_matches_that_of_its_data(name: str) -> None:
    """An instance may be sent as it is (fast path); its data as a dict goes key by key."""
    for cls, kwargs, (kind, model) in _cases(name):
        if kind != "ok":
            continue
        required = [f.wire for f in cls._fields if f.required and f.wire in model.__dict__]
        for drop in [None] + required[:1]:  # and with a required field deleted afterwards
            if drop is not None:
                del model.__dict__[drop]
            as_model = _outcome(lambda model=model: json.dumps(encode(model, name, "body")))
            as_dict = _outcome(lambda model=model: json.dumps(encode(dict(model.__dict__), name, "body")))
            assert as_model == as_dict, (kwargs, drop)


def test_keywords_request_sent_as_is_serialises_like_the_plain_data() -> None:
    data = payloads.keywords(50)
    members = [MatchTypeResponse(k["match_type"]) for k in data["keywords"]]
    for match in (lambda k, i: k["match_type"], lambda k, i: members[i]):
        body = KeywordsRequest(
            keywords=[
                KeywordsCommon(bid=k["bid"], match_type=match(k, i), value=k["value"])
                for i, k in enumerate(data["keywords"])
            ],
            parent_id=data["parent_id"],
        )
        wire = encode(body, "KeywordsRequest", "body")
        assert json.dumps(wire) == json.dumps(data)


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({"match_type": "NOPE", "value": "v"}, "must be one of"),
        ({"value": "v"}, "missing 1 required argument: 'match_type'"),
        ({"match_type": "BROAD", "value": "v", "_configuration": None}, None),
        ({"match_type": "BROAD", "value": "v", "unknown": 1}, None),
    ],
)
def test_constructor_errors_and_options_are_unchanged(kwargs: Dict[str, Any], error: Any) -> None:
    fast = _outcome(lambda: KeywordsCommon(**kwargs))
    assert _state(fast) == _state(_outcome(lambda: _general(KeywordsCommon, kwargs)))
    if error is not None:
        assert fast[0] != "ok" and error in fast[1]


@pytest.mark.parametrize(
    "value",
    [None, 5, "BROAD", ["BROAD"], MatchTypeResponse.EXACT, True, 2.5],
)
def test_request_checks_of_field_values_are_unchanged(value: Any) -> None:
    for keyword in ("match_type", "value", "bid"):
        kwargs = {"match_type": "BROAD", "value": "v", keyword: value}
        built = _outcome(lambda kwargs=kwargs: _general(KeywordsCommon, kwargs))
        if built[0] != "ok":
            continue
        model = built[1]
        as_model = _outcome(lambda model=model: encode(model, "KeywordsCommon", "k"))
        assert as_model == _outcome(lambda model=model: encode(dict(model.__dict__), "KeywordsCommon", "k"))


def test_a_subclass_setting_attributes_before_the_constructor_keeps_them() -> None:
    class Tagged(KeywordsCommon):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self.__dict__["tag"] = "kept"
            super().__init__(*args, **kwargs)

    tagged = Tagged(match_type="BROAD", value="v")
    assert tagged["tag"] == "kept" and tagged.value == "v"


def test_calling_the_constructor_again_replaces_the_data_as_the_original_did() -> None:
    # The original client's constructor starts from an empty data store: fields not passed again
    # are gone (checked against pinterest-generated-client 0.1.12), by keywords or positionally.
    keyword = KeywordsCommon(match_type="BROAD", value="v", bid=5)
    keyword.__init__(match_type="EXACT", value="w")  # type: ignore[misc]
    assert keyword.to_dict() == {"match_type": "EXACT", "value": "w"}
    keyword.__init__("PHRASE", "x")  # type: ignore[misc]
    assert keyword.to_dict() == {"match_type": "PHRASE", "value": "x"}
    keyword.__init__(match_type="EXACT", value="w", bid=3)  # type: ignore[misc]
    assert keyword.to_dict() == {"match_type": "EXACT", "value": "w", "bid": 3}


def test_models_built_from_the_same_keywords_dict_do_not_share_data() -> None:
    kwargs = {"match_type": "BROAD", "value": "v"}
    first, second = KeywordsCommon(**kwargs), KeywordsCommon(**kwargs)
    first.value = "changed"
    assert second.value == "v" and kwargs == {"match_type": "BROAD", "value": "v"}


def test_every_object_model_was_checked() -> None:
    assert len(MODELS) > 500 and all(issubclass(resolve_type(name), Model) for name in MODELS)


@pytest.mark.parametrize(
    "items",
    [
        [{"match_type": "BROAD", "value": "a"}, None, {"match_type": "EXACT", "value": "b", "bid": 2}],
        [{"match_type": "BROAD", "value": "a"}, {"match_type": "BROAD", "value": 5}],
        [{"match_type": "BROAD", "value": "a"}, "not a model"],
        [{"match_type": "BROAD", "value": "a", "extra": [1]}],
    ],
)
def test_lists_of_models_are_checked_item_by_item_when_one_is_not_ready(items: List[Any]) -> None:
    built = [KeywordsCommon(**item) if isinstance(item, dict) else item for item in items]
    as_models = _outcome(lambda: encode(KeywordsRequest(keywords=built, parent_id="AG1"), "KeywordsRequest", "b"))
    as_data = _outcome(lambda: encode({"keywords": items, "parent_id": "AG1"}, "KeywordsRequest", "b"))
    assert as_models == as_data
