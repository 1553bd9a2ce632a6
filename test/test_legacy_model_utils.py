"""The original client's ``model_utils`` helpers (pinterest_client/_legacy_utils.py), through
``pinterest_client.model_utils``: behaviour on our models, messages and exception types, and — when
the original release can be fetched (test/compat/compat_cache.py) — the same answers as the original.
"""

from __future__ import annotations

import datetime
import io
import os
import re
import subprocess
import sys
from typing import Any, Dict, List

import pytest

import pinterest_client.model_utils as mu
from pinterest_client.exceptions import ApiTypeError, ApiValueError
from pinterest_client.model.ad_account_analytics_response import AdAccountAnalyticsResponse
from pinterest_client.model.board import Board
from pinterest_client.model.board_privacy import BoardPrivacy
from pinterest_client.model.brand_filter import BrandFilter
from pinterest_client.model.catalogs_product_group_multiple_string_criteria import (
    CatalogsProductGroupMultipleStringCriteria,
)
from pinterest_client.model.oauth_access_token_request import OauthAccessTokenRequest
from pinterest_client.model.oauth_access_token_request_refresh import OauthAccessTokenRequestRefresh
from pinterest_client.model.pin import Pin
from pinterest_client.model.pin_media import PinMedia
from pinterest_client.model.pin_media_with_image import PinMediaWithImage
from pinterest_client.model.pin_media_with_video import PinMediaWithVideo

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class _Config:
    """A configuration as the helpers read it (the original's private attributes)."""

    def __init__(self, disabled: Any = (), temp_folder_path: Any = None, discard_unknown_keys: bool = False) -> None:
        self._disabled_client_side_validations = set(disabled)
        self.temp_folder_path = temp_folder_path
        self.discard_unknown_keys = discard_unknown_keys


def _brand() -> BrandFilter:
    return BrandFilter(brand=CatalogsProductGroupMultipleStringCriteria(values=["a"], negated=False))


# -- import cost and surface -------------------------------------------------------------------------


def test_importing_model_utils_does_not_import_the_legacy_helpers() -> None:
    code = (
        "import sys, pinterest_client.model_utils as mu\n"
        "assert 'pinterest_client._legacy_utils' not in sys.modules\n"
        "mu.ModelNormal\n"
        "assert 'pinterest_client._legacy_utils' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_every_name_of_the_originals_model_utils_resolves() -> None:
    names = [
        "OpenApiModel",
        "ModelNormal",
        "ModelSimple",
        "ModelComposed",
        "cached_property",
        "PRIMITIVE_TYPES",
        "none_type",
        "file_type",
        "COERCION_INDEX_BY_TYPE",
        "UPCONVERSION_TYPE_PAIRS",
        "COERCIBLE_TYPE_PAIRS",
        "ApiTypeError",
        "date",
        "datetime",
    ]
    for name in names:
        assert getattr(mu, name) is not None
    from pinterest_client import _legacy_utils

    for name in _legacy_utils.__all__:
        assert getattr(mu, name) is getattr(_legacy_utils, name)
    with pytest.raises(AttributeError, match="no attribute 'not_a_helper'"):
        mu.not_a_helper  # noqa: B018


def test_from_import_of_legacy_names() -> None:
    from pinterest_client.model_utils import ModelNormal, model_to_dict  # noqa: F401


# -- the virtual bases -----------------------------------------------------------------------------


def test_object_models_are_model_normal() -> None:
    board = Board(name="x")
    assert isinstance(board, mu.ModelNormal) and isinstance(board, mu.OpenApiModel)
    assert not isinstance(board, mu.ModelSimple) and not isinstance(board, mu.ModelComposed)
    assert issubclass(Board, mu.ModelNormal) and issubclass(Board, mu.OpenApiModel)


def test_enums_and_array_schemas_are_model_simple() -> None:
    assert isinstance(BoardPrivacy.PUBLIC, mu.ModelSimple) and isinstance(BoardPrivacy.PUBLIC, mu.OpenApiModel)
    rows = AdAccountAnalyticsResponse([{"DATE": "2024-01-01"}])
    assert isinstance(rows, mu.ModelSimple) and not isinstance(rows, mu.ModelNormal)
    assert issubclass(BoardPrivacy, mu.ModelSimple) and issubclass(AdAccountAnalyticsResponse, mu.ModelSimple)


def test_unions_are_model_composed() -> None:
    assert issubclass(PinMedia, mu.ModelComposed) and issubclass(PinMedia, mu.OpenApiModel)
    assert not issubclass(PinMedia, mu.ModelNormal)


def test_plain_values_are_no_models() -> None:
    for value in ("x", 1, [], {}, None, BoardPrivacy):
        assert not isinstance(value, mu.OpenApiModel)
    assert not issubclass(str, mu.OpenApiModel) and not issubclass(dict, mu.ModelNormal)


def test_subclass_of_a_virtual_base_claims_nothing() -> None:
    class Custom(mu.ModelNormal):  # type: ignore[misc]
        attribute_map = {"name": "NAME"}

    assert isinstance(Custom(), mu.ModelNormal) and isinstance(Custom(), mu.OpenApiModel)
    assert not isinstance(Board(name="x"), Custom)
    custom = Custom()
    custom.name = "n"
    custom._hidden = 1
    assert custom.to_dict() == {"name": "n"} and mu.model_to_dict(custom) == {"NAME": "n"}
    assert custom.get("name") == "n" and custom.to_str() == "{'name': 'n'}"


def test_base_methods_work_on_our_models() -> None:
    board = Board(name="x", description="d")
    assert mu.ModelNormal.get(board, "name") == "x" and mu.ModelNormal.get(board, "nope", 3) == 3
    assert mu.ModelNormal.to_dict(board) == {"name": "x", "description": "d"}
    assert mu.ModelNormal.to_str(board) == "{'description': 'd', 'name': 'x'}"
    mu.OpenApiModel.set_attribute(board, "name", "y")
    assert board.name == "y"
    assert mu.ModelSimple.get(BoardPrivacy.SECRET, "value") == "SECRET"
    assert mu.ModelSimple.to_str(BoardPrivacy.SECRET) == "SECRET"
    assert mu.ModelSimple.get(AdAccountAnalyticsResponse([1]), "value") == [1]


def test_cached_property_calls_its_function_once() -> None:
    calls: List[int] = []

    def compute() -> Dict[str, Any]:
        calls.append(1)
        return {"a": 1}

    class Holder:
        table = mu.cached_property(compute)

    assert Holder.table == {"a": 1} and Holder().table == {"a": 1}
    assert calls == [1] and mu.cached_property.result_key == "_results"


# -- model_to_dict, names ----------------------------------------------------------------------------


def test_model_to_dict_serialize_uses_wire_names_and_keeps_python_values() -> None:
    assert mu.model_to_dict(_brand()) == {"BRAND": {"values": ["a"], "negated": False}}
    assert mu.model_to_dict(_brand(), serialize=False) == {"brand": {"values": ["a"], "negated": False}}
    when = datetime.datetime(2020, 1, 1, 10, 0)
    pin = Pin._from_openapi_data(id="1", created_at=when, board_id="2")
    assert mu.model_to_dict(pin) == {"id": "1", "created_at": when, "board_id": "2"}
    board = Board(name="x", privacy=BoardPrivacy.SECRET)
    assert mu.model_to_dict(board) == {"name": "x", "privacy": "SECRET"}
    assert mu.model_to_dict(board, serialize=False) == {"name": "x", "privacy": "SECRET"}
    rows = AdAccountAnalyticsResponse([{"DATE": "2024-01-01"}])
    assert mu.model_to_dict(rows) == [{"DATE": "2024-01-01"}] and mu.model_to_dict(BoardPrivacy.SECRET) == "SECRET"
    odd = Board.from_dict({"name": "x", "to_dict": 1})  # a response key named like a method
    assert mu.model_to_dict(odd) == {"name": "x", "to_dict": 1}


def test_change_keys_js_to_python_and_the_decorator() -> None:
    assert mu.change_keys_js_to_python({"BRAND": 1, "zz": 2}, BrandFilter) == {"brand": 1, "zz": 2}
    assert mu.change_keys_js_to_python({"BRAND": 1}, object) == {"BRAND": 1}

    @mu.convert_js_args_to_python_args
    def init(_self: Any, **kwargs: Any) -> Dict[str, Any]:
        return kwargs

    assert init(BrandFilter, BRAND=1, _spec_property_naming=True) == {"brand": 1, "_spec_property_naming": True}
    assert init(BrandFilter, BRAND=1) == {"BRAND": 1}


# -- allowed values and validations --------------------------------------------------------------------

_ALLOWED = {("privacy",): {"PUBLIC": "PUBLIC", "SECRET": "SECRET"}}


def test_check_allowed_values_messages() -> None:
    mu.check_allowed_values(_ALLOWED, ("privacy",), "PUBLIC")
    mu.check_allowed_values(_ALLOWED, ("privacy",), ["PUBLIC"])
    with pytest.raises(ApiValueError, match=re.escape("Invalid value for `privacy` (X), must be one of ['PUBLIC'")):
        mu.check_allowed_values(_ALLOWED, ("privacy",), "X")
    with pytest.raises(ApiValueError, match=re.escape("Invalid values for `privacy` [('X',)], must be a subset")):
        mu.check_allowed_values(_ALLOWED, ("privacy",), ["PUBLIC", "X"])
    with pytest.raises(ApiValueError, match=re.escape("Invalid keys in `privacy` [X], must be a subset of [PUBLIC")):
        mu.check_allowed_values(_ALLOWED, ("privacy",), {"X": 1})


@pytest.mark.parametrize(
    "rule, value, message, keyword",
    [
        ({"max_length": 3}, "abcd", "length must be less than or equal to `3`", "maxLength"),
        ({"min_length": 2}, "a", "length must be greater than or equal to `2`", "minLength"),
        ({"max_items": 1}, [1, 2], "number of items must be less than or equal to `1`", "maxItems"),
        ({"min_items": 2}, [1], "number of items must be greater than or equal to `2`", "minItems"),
        ({"max_properties": 1}, {"a": 1, "b": 2}, "number of properties must be less than or equal", "maxProperties"),
        ({"inclusive_maximum": 5}, 6, "must be a value less than or equal to `5`", "maximum"),
        ({"inclusive_maximum": 5}, [1, 6], "must be a value less than or equal to `5`", "maximum"),
        ({"exclusive_maximum": 5}, 5, "must be a value less than `5`", "exclusiveMaximum"),
        ({"inclusive_minimum": 0}, {"a": -1}, "must be a value greater than or equal to `0`", "minimum"),
        ({"exclusive_minimum": 0}, 0, "must be a value greater than `0`", "exclusiveMinimum"),
        ({"multiple_of": 3}, 4, "value must be a multiple of `3`", "multipleOf"),
        ({"regex": {"pattern": r"^\d+$"}}, "x", r"must match regular expression `^\d+$`", "pattern"),
    ],
)
def test_check_validations_rules(rule: Dict[str, Any], value: Any, message: str, keyword: str) -> None:
    validations = {("v",): rule}
    with pytest.raises(ApiValueError) as raised:
        mu.check_validations(validations, ("v",), value)
    assert str(raised.value).startswith("Invalid value for `v`, ") and message in str(raised.value)
    mu.check_validations(validations, ("v",), value, _Config({keyword}))  # disabled: passes
    assert not mu.is_json_validation_enabled(keyword, _Config({keyword}))


def test_check_validations_passing_values_none_and_flags() -> None:
    validations = {("v",): {"max_length": 3, "regex": {"pattern": "^a", "flags": re.IGNORECASE}}}
    mu.check_validations(validations, ("v",), "Ab")
    mu.check_validations(validations, ("v",), None)
    with pytest.raises(ApiValueError, match="with flags=`re.IGNORECASE`"):
        mu.check_validations(validations, ("v",), "b")
    assert mu.is_json_validation_enabled("maxLength") and mu.is_json_validation_enabled("maxLength", object())


def test_check_validations_with_our_model_tables() -> None:
    with pytest.raises(ApiValueError, match="must match regular expression"):
        mu.check_validations(Board.validations, ("id",), "abc")
    with pytest.raises(ApiValueError, match="greater than or equal to `0`"):
        mu.check_validations(Board.validations, ("pin_count",), -1)


# -- types ------------------------------------------------------------------------------------------


def test_get_simple_class() -> None:
    cases = [
        (True, bool),
        (1, int),
        (1.5, float),
        ("x", str),
        (None, type(None)),
        ([], list),
        ({}, dict),
        ((), tuple),
        (datetime.datetime(2020, 1, 1), datetime.datetime),
        (datetime.date(2020, 1, 1), datetime.date),
        (io.BytesIO(), io.IOBase),
        (str, str),
        (BoardPrivacy.PUBLIC, BoardPrivacy),
        (Board(name="x"), Board),
    ]
    for value, expected in cases:
        assert mu.get_simple_class(value) is expected, value


def test_type_error_messages() -> None:
    assert mu.get_valid_classes_phrase([str]) == "is str"
    assert mu.get_valid_classes_phrase([str, int]) == "is one of [int, str]"
    assert mu.type_error_message(var_value=1, var_name="x", valid_classes=(str,)) == (
        "Invalid type for variable 'x'. Required value type is str and passed type was int"
    )
    assert "Required key type" in mu.type_error_message(1, "x", (str,), key_type=True)
    error = mu.get_type_error(1, ["a", 0], (str,))
    assert isinstance(error, ApiTypeError) and error.path_to_item == ["a", 0] and error.valid_classes == (str,)
    assert str(error) == "Invalid type for variable '0'. Required value type is str and passed type was int at ['a'][0]"


def test_deserialize_primitive() -> None:
    assert mu.deserialize_primitive("7.5", float, ["x"]) == 7.5
    assert mu.deserialize_primitive("3", int, ["x"]) == 3
    assert mu.deserialize_primitive("2020-01-02", datetime.date, ["x"]) == datetime.date(2020, 1, 2)
    when = mu.deserialize_primitive("2020-01-02T10:00:00", datetime.datetime, ["x"])
    assert when == datetime.datetime(2020, 1, 2, 10, 0)
    with pytest.raises(ApiValueError, match=re.escape("Failed to parse '7' as float at ['x']")):
        mu.deserialize_primitive("7", float, ["x"])
    with pytest.raises(ApiValueError, match="fallback string value.*Failed to parse '2020-01-02' as datetime"):
        mu.deserialize_primitive("2020-01-02", datetime.datetime, ["x"])


def test_is_type_nullable_and_is_valid_type() -> None:
    assert mu.is_type_nullable(type(None)) and not mu.is_type_nullable(Board) and not mu.is_type_nullable(PinMedia)
    assert mu.is_valid_type(str, (str, int)) and not mu.is_valid_type(int, (str,))
    any_value = (bool, datetime.date, datetime.datetime, dict, float, int, list, str, type(None))
    assert mu.is_valid_type(Board, any_value) and not mu.is_valid_type(Board, (dict,))
    assert mu.is_valid_type(OauthAccessTokenRequestRefresh, (OauthAccessTokenRequest,))
    assert not mu.is_valid_type(Board, (OauthAccessTokenRequest,))
    assert mu.is_valid_type(BoardPrivacy, (str,))  # our enum members are their values
    assert not mu.is_valid_type(BoardPrivacy, (int,))


def test_discriminators() -> None:
    found = mu.get_discriminator_class(OauthAccessTokenRequest, "grant_type", "refresh_token", [])
    assert found is OauthAccessTokenRequestRefresh
    assert mu.get_discriminator_class(OauthAccessTokenRequest, "grant_type", "nope", []) is None
    assert mu.get_discriminator_class(PinMedia, "media_type", "video", []) is PinMediaWithVideo
    classes = mu.get_discriminated_classes(OauthAccessTokenRequest)
    assert OauthAccessTokenRequestRefresh in classes and len(classes) == 3
    assert mu.get_possible_classes(OauthAccessTokenRequest, True) == [OauthAccessTokenRequest]
    assert mu.get_possible_classes(OauthAccessTokenRequest, False) == classes


def test_composed_input_classes() -> None:
    assert mu.composed_model_input_classes(str) == [str]
    assert mu.composed_model_input_classes(Board) == [Board]
    assert mu.composed_model_input_classes(BoardPrivacy) == [BoardPrivacy]
    assert PinMediaWithImage in mu.composed_model_input_classes(PinMedia)
    assert mu.allows_single_value_input(str) and mu.allows_single_value_input(BoardPrivacy)
    assert not mu.allows_single_value_input(Board) and not mu.allows_single_value_input(PinMedia)


def test_required_type_classes_ordering_and_coercion() -> None:
    valid, children = mu.get_required_type_classes(([str], {str: (int,)}, Board), False)
    assert valid == (list, dict, Board) and children == {list: [str], dict: (int,)}
    assert mu.order_response_types([str, Board, PinMedia, [str], BoardPrivacy]) == [
        PinMedia,
        Board,
        BoardPrivacy,
        [str],
        str,
    ]
    with pytest.raises(ApiValueError, match="Unsupported type"):
        mu.order_response_types([object])
    assert mu.remove_uncoercible([Board, str, datetime.datetime], {"a": 1}, True) == [Board]
    assert mu.remove_uncoercible([Board, datetime.datetime], "2020-01-01T00:00:00", False) == [datetime.datetime]
    assert mu.remove_uncoercible([Board], {"a": 1}, False, must_convert=True) == [Board]


# -- conversion ---------------------------------------------------------------------------------------


def test_validate_and_convert_types_checks_and_converts() -> None:
    assert mu.validate_and_convert_types("x", (str,), ["x"], False, True) == "x"
    with pytest.raises(ApiTypeError) as raised:
        mu.validate_and_convert_types(1, (str,), ["x"], False, True)
    assert (
        str(raised.value)
        == "Invalid type for variable 'x'. Required value type is str and passed type was int at ['x']"
    )
    with pytest.raises(
        ApiTypeError, match=re.escape("variable '1'. Required value type is int and passed type was str")
    ):
        mu.validate_and_convert_types([1, "a"], ([int],), ["x"], False, True)
    with pytest.raises(ApiTypeError, match="Required key type"):
        mu.validate_and_convert_types({1: 1}, ({str: (int,)},), ["x"], False, True)
    assert mu.validate_and_convert_types(None, (str, type(None)), ["x"], False, True) is None
    boards = mu.validate_and_convert_types([{"name": "b", "id": "1"}], ([Board],), ["x"], True, True, _Config())
    assert isinstance(boards[0], Board) and boards[0].name == "b"
    when = mu.validate_and_convert_types("2020-01-01T10:00:00", (datetime.datetime,), ["x"], True, True, _Config())
    assert when == datetime.datetime(2020, 1, 1, 10, 0)
    privacy = mu.validate_and_convert_types("SECRET", (BoardPrivacy,), ["x"], True, True, _Config())
    assert privacy is BoardPrivacy.SECRET


def test_validate_and_convert_types_takes_enum_values_where_our_tables_name_the_enum() -> None:
    # the original declared Board.privacy as str with allowed values; ours declare BoardPrivacy
    required = Board.openapi_types["privacy"]
    assert mu.validate_and_convert_types("PUBLIC", required, ["privacy"], False, True) is BoardPrivacy.PUBLIC
    assert mu.validate_and_convert_types(BoardPrivacy.SECRET, (str,), ["privacy"], False, True) == "SECRET"
    with pytest.raises(ApiValueError, match=re.escape("Invalid value for `privacy` (NOPE), must be one of [")):
        mu.validate_and_convert_types("NOPE", required, ["privacy"], False, True)
    with pytest.raises(ApiTypeError, match="Required value type is BoardPrivacy and passed type was int"):
        mu.validate_and_convert_types(3, required, ["privacy"], False, True)


def test_attempt_convert_item() -> None:
    with pytest.raises(ApiTypeError, match="Required value type is int and passed type was str"):
        mu.attempt_convert_item("5", (int,), ["x"], _Config(), True)  # (str -> int is no conversion)
    with pytest.raises(ApiTypeError, match="Required value type is int"):
        mu.attempt_convert_item({"a": 1}, (int,), ["x"], None, True)
    assert mu.attempt_convert_item({"a": 1}, (int,), ["x"], _Config(discard_unknown_keys=True), True) == {"a": 1}
    board = mu.attempt_convert_item({"name": "b"}, (Board,), ["x"], _Config(), True, must_convert=True)
    assert isinstance(board, Board)


def test_deserialize_model() -> None:
    board = mu.deserialize_model({"name": "b", "id": "1"}, Board, ["x"], True, None, True)
    assert isinstance(board, Board) and board.id == "1"
    assert mu.deserialize_model("SECRET", BoardPrivacy, ["x"], True, None, True) is BoardPrivacy.SECRET
    rows = mu.deserialize_model([{"DATE": "2024-01-01"}], AdAccountAnalyticsResponse, ["x"], True, None, True)
    assert isinstance(rows, AdAccountAnalyticsResponse)
    media = mu.deserialize_model({"media_type": "video"}, PinMedia, ["x"], True, None, True)
    assert isinstance(media, PinMediaWithVideo)
    assert mu.deserialize_model(["b"], Board, ["x"], True, None, True).name == "b"  # positional: name


def test_deserialize_file(tmp_path: Any) -> None:
    handle = mu.deserialize_file(b"bytes", _Config(temp_folder_path=str(tmp_path)))
    with handle:
        assert handle.read() == b"bytes" and os.path.dirname(handle.name) == str(tmp_path)
    named = mu.deserialize_file("text", _Config(temp_folder_path=str(tmp_path)), 'attachment; filename="../r.txt"')
    with named:
        assert named.read() == b"text" and named.name == os.path.join(str(tmp_path), "r.txt")
    assert sorted(os.listdir(tmp_path)) == sorted([os.path.basename(handle.name), "r.txt"])


# -- the composed-schema helpers on our unions -----------------------------------------------------------


def test_get_oneof_instance_builds_the_variant_our_union_picks() -> None:
    image = mu.get_oneof_instance(PinMedia, {"media_type": "image"}, {})
    assert isinstance(image, PinMediaWithImage)
    served = mu.get_oneof_instance(PinMedia, {"media_type": "video"}, {"_spec_property_naming": True})
    assert isinstance(served, PinMediaWithVideo)
    assert mu.get_oneof_instance(Board, {"name": "x"}, {}) is None
    with pytest.raises(ApiValueError, match="None of the oneOf schemas matched the input data"):
        mu.get_oneof_instance(PinMedia, {"media_type": 5, "images": 3}, {})


def test_get_anyof_and_allof_instances_and_discarded_args() -> None:
    found = mu.get_anyof_instances(PinMedia, {"media_type": "image"}, {})
    assert found and all(isinstance(i, mu.ModelNormal) for i in found)
    assert mu.get_anyof_instances(Board, {}, {}) == []
    assert mu.get_allof_instances(PinMedia, {"media_type": "image"}, {}) == []
    board = Board(name="x")
    assert mu.get_discarded_args(None, [board], {"name": "x", "other": 1}) == {"other"}


def test_validate_get_composed_info_says_what_to_use_instead() -> None:
    with pytest.raises(ApiTypeError, match="original client's composed-schema internals.*get_oneof_instance"):
        mu.validate_get_composed_info({}, {"media_type": "image"}, PinMedia)


# -- side by side with the original ---------------------------------------------------------------------

#: Run on both clients (``probe(prefix)``): every call's outcome, as JSON.
_PROBE = r"""
import datetime, importlib, io, json, re, sys

def probe(prefix):
    mu = importlib.import_module(prefix + ".model_utils")

    def model(module, name):
        return getattr(importlib.import_module(prefix + ".model." + module), name)

    def outcome(call):
        try:
            value = call()
        except Exception as exc:  # noqa: BLE001
            kinds = [k.__name__ for k in (TypeError, ValueError) if isinstance(exc, k)] or ["other"]
            return ["error", kinds[0], str(exc)]
        return ["ok", repr(value)]

    class Config:
        def __init__(self, disabled):
            self._disabled_client_side_validations = set(disabled)

    Board = model("board", "Board")
    BrandFilter = model("brand_filter", "BrandFilter")
    Criteria = model("catalogs_product_group_multiple_string_criteria", "CatalogsProductGroupMultipleStringCriteria")
    Pin = model("pin", "Pin")
    when = datetime.datetime(2020, 1, 1, 10, 0)
    out = {}
    out["model_to_dict board"] = outcome(lambda: mu.model_to_dict(Board(name="x", description="d", privacy="PUBLIC")))
    brand = BrandFilter(brand=Criteria(values=["a"], negated=False))
    for serialize in (True, False):
        out[f"model_to_dict brand {serialize}"] = outcome(lambda: mu.model_to_dict(brand, serialize=serialize))
    pin = Pin._from_openapi_data(id="1", created_at=when, board_id="2", title="t")
    out["model_to_dict pin"] = outcome(lambda: mu.model_to_dict(pin))
    out["change_keys"] = outcome(lambda: mu.change_keys_js_to_python({"BRAND": 1, "zz": 2}, BrandFilter))
    out["isinstance"] = [isinstance(brand, mu.ModelNormal), isinstance(brand, mu.OpenApiModel),
                         isinstance(brand, mu.ModelSimple), isinstance(brand, mu.ModelComposed)]
    allowed = {("privacy",): {"PUBLIC": "PUBLIC", "SECRET": "SECRET"}}
    for value in ("PUBLIC", "X", ["PUBLIC", "X"], ["SECRET"], {"X": 1}):
        out[f"allowed {value!r}"] = outcome(lambda: mu.check_allowed_values(allowed, ("privacy",), value))
    rules = [
        ({"max_length": 3}, "abcd"), ({"max_length": 3}, "abc"), ({"min_length": 2}, "a"),
        ({"max_items": 1}, [1, 2]), ({"min_items": 2}, [1]), ({"inclusive_maximum": 5}, 6),
        ({"inclusive_maximum": 5}, [1, 6]), ({"inclusive_maximum": 5}, {"a": 6}), ({"exclusive_maximum": 5}, 5),
        ({"inclusive_minimum": 0}, -1), ({"exclusive_minimum": 0, "exclusive_maximum": 10}, 0),
        ({"multiple_of": 3}, 4), ({"multiple_of": 3}, 6), ({"regex": {"pattern": r"^\d+$"}}, "x"),
        ({"regex": {"pattern": "^a", "flags": re.IGNORECASE}}, "b"), ({"max_length": 3}, None),
    ]
    keywords = ["maxLength", "minLength", "maxItems", "minItems", "maximum", "exclusiveMaximum", "minimum",
                "exclusiveMinimum", "multipleOf", "pattern"]
    for index, (rule, value) in enumerate(rules):
        validations = {("v",): rule}
        out[f"validations {index}"] = outcome(lambda: mu.check_validations(validations, ("v",), value))
        out[f"validations {index} disabled"] = outcome(
            lambda: mu.check_validations(validations, ("v",), value, Config(keywords)))
    out["enabled"] = [
        mu.is_json_validation_enabled("maxLength"),
        mu.is_json_validation_enabled("maxLength", Config(["maxLength"])),
    ]
    values = [True, 1, 1.5, "x", None, [], {}, (), when, when.date(), io.BytesIO(), str]
    out["simple"] = [mu.get_simple_class(v).__name__ for v in values]
    out["phrases"] = [mu.get_valid_classes_phrase([str]), mu.get_valid_classes_phrase([str, int, bool])]
    out["messages"] = [mu.type_error_message(var_value=1, var_name="x", valid_classes=(str,)),
                       mu.type_error_message(1, "x", (str, int), key_type=True)]
    out["type error"] = str(mu.get_type_error(1, ["a", 0], (str,)))
    for value, klass in (("7.5", float), ("7", float), ("3", int), ("x", int), ("2020-01-02", datetime.date),
                         ("2020-01-02", datetime.datetime), ("2020-01-02T10:00:00", datetime.datetime)):
        out[f"primitive {value} {klass.__name__}"] = outcome(lambda: mu.deserialize_primitive(value, klass, ["x"]))
    for value, types in (("x", (str,)), (1, (str,)), ([1, "a"], ([int],)), ({1: 1}, ({str: (int,)},)),
                         (None, (str, type(None))), ({"a": [1]}, ({str: ([int],)},))):
        out[f"validate {value!r}"] = outcome(lambda: mu.validate_and_convert_types(value, types, ["x"], False, True))
    out["nullable"] = [mu.is_type_nullable(type(None)), mu.is_type_nullable(Board)]
    out["valid"] = [
        mu.is_valid_type(str, (str, int)), mu.is_valid_type(int, (str,)), mu.is_valid_type(type(None), (str,))
    ]
    return out

if __name__ == "__main__":
    print(json.dumps(probe(sys.argv[1])))
"""


@pytest.fixture(scope="module")
def original_answers() -> Dict[str, Any]:
    sys.path.insert(0, os.path.join(ROOT, "test", "compat"))
    try:
        import compat_cache
    finally:
        sys.path.remove(os.path.join(ROOT, "test", "compat"))
    version = compat_cache.VERSIONS[-1]
    path = compat_cache.require(lambda: compat_cache.release(version), ["dateutil", "urllib3"])
    answers = compat_cache.run_json(["-c", _PROBE, compat_cache.prefix_of(version)], [path], timeout=300)
    assert isinstance(answers, dict)
    return answers


def _ours() -> Dict[str, Any]:
    namespace: Dict[str, Any] = {"__name__": "probe"}
    exec(compile(_PROBE, "probe", "exec"), namespace)  # noqa: S102  (our own probe source)
    import json

    answers: Dict[str, Any] = json.loads(json.dumps(namespace["probe"]("pinterest_client")))
    return answers


#: Where we deliberately differ: the original formatted ``exclusive_minimum``'s message with
#: ``exclusive_maximum`` (a KeyError when only the minimum was set); ours names the minimum.
_FIXED = {"validations 10"}


def test_same_answers_as_the_original(original_answers: Dict[str, Any]) -> None:
    ours = _ours()
    assert set(ours) == set(original_answers)
    differences = {
        k: (original_answers[k], ours[k]) for k in ours if ours[k] != original_answers[k] and k not in _FIXED
    }
    assert differences == {}
    assert original_answers["validations 10"][2] == "Invalid value for `v`, must be a value greater than `10`"
    assert ours["validations 10"][2] == "Invalid value for `v`, must be a value greater than `0`"


def test_every_generated_class_is_exactly_one_of_the_originals_shapes() -> None:
    import importlib
    import pkgutil

    import pinterest_client.model

    shapes = (mu.ModelNormal, mu.ModelSimple, mu.ModelComposed)
    count = 0
    for info in pkgutil.iter_modules(pinterest_client.model.__path__):
        module = importlib.import_module(f"pinterest_client.model.{info.name}")
        for cls in vars(module).values():
            if isinstance(cls, type) and cls.__module__ == module.__name__:
                assert issubclass(cls, mu.OpenApiModel) and sum(issubclass(cls, s) for s in shapes) == 1, cls
                assert mu.get_possible_classes(cls, False) and mu.order_response_types([cls]) == [cls]
                mu.composed_model_input_classes(cls)
                if issubclass(cls, mu.ModelNormal):  # nullable exactly where the schema says so
                    assert mu.is_type_nullable(cls) == bool(cls.__dict__.get("_nullable")), cls
                count += 1
    assert count > 500
