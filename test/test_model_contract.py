"""The original generated client's model contract, which code written against it relies on:
positional required properties, undeclared keys kept and sent, snake_case names, the class tables
(``openapi_types``, ``attribute_map``...), the mapping protocol, ``str()``, enum errors, and
``disabled_client_side_validations``. (Side-by-side probes against the original itself live in
test/compat/.)"""

from __future__ import annotations

import copy
import datetime
import pickle

import pytest

import pinterest_client
from pinterest_client.api import boards_api
from pinterest_client.exceptions import ApiTypeError, ApiValueError
from pinterest_client.models import (
    Board,
    BoardCreate,
    BoardPrivacy,
    BoardSection,
    CampaignSummaryStatus,
    ImageSize,
    OauthAccessTokenResponse,
    TargetingSpec,
)


def test_required_properties_are_positional_in_the_original_order() -> None:
    assert BoardCreate("My board").name == "My board"
    assert BoardCreate("My board", description="d").to_dict() == {"name": "My board", "description": "d"}
    with pytest.raises(ApiTypeError, match=r"BoardCreate\(\) missing 1 required argument: 'name'"):
        BoardCreate(description="d")
    with pytest.raises(ApiTypeError, match="Invalid positional arguments"):
        BoardCreate("a", "b")
    with pytest.raises(ApiTypeError, match="multiple values for argument 'name'"):
        BoardCreate("a", name="b")
    assert isinstance(ApiTypeError("x"), TypeError)  # code catching TypeError still does


def test_snake_case_names_send_wire_names() -> None:
    spec = TargetingSpec(gender=["male"], age_bucket=["25-34"])
    assert spec.to_wire() == {"GENDER": ["male"], "AGE_BUCKET": ["25-34"]}  # what is sent
    assert spec.to_dict() == {"gender": ["male"], "age_bucket": ["25-34"]}  # as the original gave it
    assert str(spec) == "{'age_bucket': ['25-34'], 'gender': ['male']}"
    assert TargetingSpec(GENDER=["female"]).gender == ["female"]  # wire names accepted too
    decoded = TargetingSpec.from_dict({"GENDER": ["male"]})
    assert decoded.gender == ["male"] and decoded["GENDER"] == ["male"] and decoded["gender"] == ["male"]
    assert TargetingSpec.attribute_map["gender"] == "GENDER"
    assert ImageSize.attribute_map["_1200x"] == "1200x"  # the original's ImageMetadataImages


def test_class_tables_of_the_original() -> None:
    assert Board.openapi_types["name"] == (str,)
    assert Board.openapi_types["description"] == (str, type(None))
    assert Board.openapi_types["created_at"] == (datetime.datetime,)
    assert BoardCreate.openapi_types["privacy"] == (BoardPrivacy,)
    assert Board.attribute_map["name"] == "name"
    assert "id" in Board.read_only_vars and "name" not in Board.read_only_vars
    assert Board.validations[("id",)] == {"regex": {"pattern": r"^\d+$"}}
    assert Board.discriminator is None
    assert "_data_store" in Board.required_properties
    assert Board.additional_properties_type is not None and str in Board.additional_properties_type
    assert Board._from_openapi_data(id="1", name="x").id == "1"
    assert Board._new_from_openapi_data("x").name == "x"
    board = Board("x")
    assert board.openapi_types is Board.openapi_types  # readable on instances too


def test_models_are_read_only_mappings_too() -> None:
    board = Board.from_dict({"id": "1", "name": "x", "owner": {"username": "u"}})
    assert board.keys() == ["id", "name", "owner"]
    assert list(board) == ["id", "name", "owner"] and len(board) == 3
    assert dict(board)["id"] == "1" and board.items()[0] == ("id", "1") and board.values()[0] == "1"

    def takes(**fields: object) -> object:
        return fields["name"]

    assert takes(**board) == "x"
    assert board.owner["username"] == "u" and dict(**board.owner) == {"username": "u"}
    assert bool(Board.from_dict({})) is True  # an empty model is still an object, not false


def test_a_field_named_items_stays_the_field() -> None:
    from pinterest_client.models import BoardsListResponse

    page = BoardsListResponse.from_dict({"items": [{"id": "1", "name": "x"}], "bookmark": None})
    assert page.items[0].name == "x"
    assert BoardsListResponse.from_dict({}).items is None


def test_str_is_the_pretty_printed_dict_with_secrets_redacted() -> None:
    board = Board("x", description="d")
    assert str(board) == board.to_str() == "{'description': 'd', 'name': 'x'}"
    token = OauthAccessTokenResponse.from_dict({"access_token": "pina_s3cr3t", "response_type": "authorization_code"})
    assert "s3cr3t" not in str(token) and "s3cr3t" not in repr(token) and "s3cr3t" not in token._repr_html_()


def test_html_view_reads_like_data() -> None:
    board = Board.from_dict(
        {"id": "1", "name": "Tom's <b>", "created_at": "2024-05-01T10:00:00", "owner": {"username": "u"}}
    )
    html = board._repr_html_()
    assert "<td>Tom's &lt;b&gt;</td>" in html and "&#x27;" not in html  # text, not a quoted repr
    assert "<td>2024-05-01 10:00:00</td>" in html
    assert html.count("<table>") == 2  # the owner is a nested table


def test_enum_values_are_checked_when_given() -> None:
    with pytest.raises(ApiValueError, match=r"must be one of \['PUBLIC', 'PROTECTED', 'SECRET'\]"):
        BoardCreate("x", privacy="EVERYONE")
    with pytest.raises(ValueError, match="RUNNING"):
        CampaignSummaryStatus("NOPE")
    assert BoardCreate("x", privacy=BoardPrivacy.SECRET).privacy == "SECRET"
    assert BoardCreate("x", description=None).to_dict() == {"name": "x", "description": None}
    assert Board.from_dict({"privacy": "BRAND_NEW"}).privacy == "BRAND_NEW"  # responses stay lenient


def test_undeclared_keywords_are_sent(server, client) -> None:
    server.reply(201, {"id": "1", "name": "x"})
    boards_api.BoardsApi(client).boards_create(BoardCreate("x", new_field=True))
    assert server.last.json == {"name": "x", "new_field": True}


def test_constraints_are_checked_at_construction_as_in_the_original() -> None:
    with pytest.raises(ApiValueError, match=r"BoardSection\.name: expected at most 180 characters, got 200"):
        BoardSection("n" * 200)
    config = pinterest_client.Configuration()
    config.disabled_client_side_validations = "maxLength,pattern"
    assert len(BoardSection("n" * 200, _configuration=config).name) == 200
    with pytest.raises(ApiValueError, match="at least 1 characters"):  # minLength still holds
        BoardSection("", _configuration=config)


def test_disabled_client_side_validations(server, client) -> None:
    api = boards_api.BoardsApi(client)
    long_name = "n" * 200  # maxLength 180
    with pytest.raises(ApiValueError, match="at most 180"):
        api.board_sections_create("1", {"name": long_name})
    assert server.requests == []
    client.configuration.disabled_client_side_validations = "maxLength"
    server.reply(201, {"id": "1", "name": long_name})
    api.board_sections_create("1", {"name": long_name})
    assert server.last.json == {"name": long_name}
    with pytest.raises(ApiValueError, match="at least 1"):  # minLength is still checked
        api.board_sections_create("1", {"name": ""})
    client.configuration.disabled_client_side_validations = ""
    with pytest.raises(ApiValueError, match="at most 180"):
        api.board_sections_create("1", {"name": long_name})


def test_models_copy_and_pickle_with_positional_constructors() -> None:
    board = Board("x", extra=1)
    assert pickle.loads(pickle.dumps(board)) == board
    assert copy.deepcopy(board) == board and copy.copy(board) == board


def test_original_internal_keywords_are_accepted() -> None:
    board = Board("x", _check_type=True, _spec_property_naming=False, _configuration=pinterest_client.Configuration())
    assert board.to_dict() == {"name": "x"}


def test_composed_schemas_take_keywords_only() -> None:
    from pinterest_client.models import AdPreviewRequest

    with pytest.raises(ApiTypeError, match="Invalid positional arguments"):
        AdPreviewRequest("x")


def test_discard_unknown_keys() -> None:
    """As in the original: only models whose schema forbids extra properties drop unknown keys (no
    response schema of the current spec does, so replies keep them either way)."""
    from pinterest_client.exceptions import ApiAttributeError
    from pinterest_client.models import AdvancedAuctionItemsGetRequest as Strict

    config = pinterest_client.Configuration()
    config.discard_unknown_keys = True
    item = {"item_id": "i", "country": "US", "language": "EN"}
    assert Strict("1", [item], extra=1, _configuration=config).to_wire() == {"catalog_id": "1", "items": [item]}
    with pytest.raises(ApiAttributeError):
        Strict("1", [item], extra=1)
    # In responses: dropped only from schemas that forbid extra properties, and only when asked.
    from pinterest_client.model_utils import discard_unknown_keys

    page = pinterest_client.models.BoardsListResponse.from_dict(
        {"items": [{"id": "1", "name": "x", "new": 1}], "bookmark": None}
    )
    strict = Strict.from_dict({"catalog_id": "1", "items": [item], "new": 2})
    discard_unknown_keys([page, strict])
    assert page.items[0]["new"] == 1 and "new" not in strict


def test_a_positional_value_of_the_wrong_type_is_refused_at_once() -> None:
    """What ``pinterest-api-sdk`` relies on: ``Model(data)`` raises ApiTypeError, and it then
    falls back to ``Model(**data)``."""
    with pytest.raises(ApiTypeError, match=r"BoardCreate\.name: expected a string"):
        BoardCreate({"name": "x"})
    assert BoardCreate(**{"name": "x"}).name == "x"
    assert BoardCreate("x" * 500).name == "x" * 500  # constraints are checked before sending, not here


def test_attribute_probes_see_no_mapping_method() -> None:
    """``getattr(model, "items", None)`` -- how pinterest-api-sdk reads a field that may be absent --
    must read as absent on a model without an ``items`` field, while ``model.items()`` still works."""
    board = Board.from_dict({"id": "1", "name": "x"})
    assert not getattr(board, "items", None) and not getattr(board, "values", None)
    assert board.items() == [("id", "1"), ("name", "x")] and board.values() == ["1", "x"]
    page = pinterest_client.models.BoardsListResponse.from_dict({"items": [{"id": "1"}]})
    assert getattr(page, "items", None)[0].id == "1"  # the field wins where there is one


def test_set_attribute_and_get_by_name_as_in_the_original() -> None:
    board = Board("n")
    board.set_attribute("description", "d")
    assert board.to_dict() == {"name": "n", "description": "d"}
    assert board.get(name="description") == "d" and board.get(name="privacy", default="x") == "x"
