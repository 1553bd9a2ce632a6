"""The model base through real generated models: construction, access, wire names, equality,
copying, reprs, enums, unions, lenient decoding and strict validation."""

from __future__ import annotations

import copy
import datetime
import json
import pickle
import pprint

import pytest

from pinterest_client import ApiTypeError, ApiValueError
from pinterest_client.model.ad_account_analytics_response import AdAccountAnalyticsResponse
from pinterest_client.model.board import Board
from pinterest_client.model.board_owner import BoardOwner
from pinterest_client.model.catalogs_list_products_by_feed_based_filter import CatalogsListProductsByFeedBasedFilter
from pinterest_client.model.catalogs_list_products_by_filter_request import CatalogsListProductsByFilterRequest
from pinterest_client.model.granularity import Granularity
from pinterest_client.model.media_upload_parameters import MediaUploadParameters
from pinterest_client.model.oauth_access_token_response import OauthAccessTokenResponse
from pinterest_client.model.oauth_access_token_response_refresh import OauthAccessTokenResponseRefresh
from pinterest_client.model.pin_analytics_response import PinAnalyticsResponse
from pinterest_client.model.pin_media_source import PinMediaSource
from pinterest_client.model.pin_media_source_image_url import PinMediaSourceImageURL
from pinterest_client.model.pin_media_source_video_id import PinMediaSourceVideoID

BOARD_WIRE = {
    "id": "549755885175",
    "name": "Summer Recipes",
    "privacy": "PUBLIC",
    "created_at": "2020-01-01T20:10:40-00:00",
    "owner": {"username": "someone"},
}


def test_keyword_construction_and_access() -> None:
    board = Board(name="Summer Recipes", privacy="PUBLIC")
    assert board.name == "Summer Recipes"
    assert board["privacy"] == "PUBLIC"
    assert board.get("description") is None
    assert board.description is None  # unset fields read as None
    assert "name" in board and "description" not in board
    board.description = "tasty"
    assert board.to_dict() == {"name": "Summer Recipes", "privacy": "PUBLIC", "description": "tasty"}


def test_undeclared_keywords_are_kept_and_sent_as_in_the_original() -> None:
    owner = BoardOwner(nmae="x", username="u")
    assert owner.to_dict() == {"nmae": "x", "username": "u"} and owner["nmae"] == "x"
    assert BoardOwner(to_dict=1).to_dict() == {"to_dict": 1}  # a method's name stays data


def test_schemas_without_additional_properties_refuse_undeclared_keywords() -> None:
    from pinterest_client.exceptions import ApiAttributeError
    from pinterest_client.models import AdvancedAuctionItemsGetRequest

    assert AdvancedAuctionItemsGetRequest.additional_properties_type is None
    with pytest.raises(ApiAttributeError, match="'nmae'"):
        AdvancedAuctionItemsGetRequest("1", [], nmae="x")


def test_wire_names_differ_from_python_names() -> None:
    params = MediaUploadParameters(content_type="video/mp4", x_amz_date="20240101T000000Z", key="k")
    assert params.to_wire() == {"Content-Type": "video/mp4", "x-amz-date": "20240101T000000Z", "key": "k"}
    assert params.to_dict() == {"content_type": "video/mp4", "x_amz_date": "20240101T000000Z", "key": "k"}
    assert params["Content-Type"] == "video/mp4" and params["content_type"] == "video/mp4"
    decoded = MediaUploadParameters.from_dict({"Content-Type": "video/mp4", "x-amz-signature": "sig"})
    assert decoded.content_type == "video/mp4" and decoded.x_amz_signature == "sig"


def test_decoding_types_nested_models_and_datetimes() -> None:
    board = Board.from_dict(BOARD_WIRE)
    assert isinstance(board.owner, BoardOwner)
    assert board.created_at == datetime.datetime(2020, 1, 1, 20, 10, 40, tzinfo=datetime.timezone.utc)
    assert board.to_dict()["owner"] == {"username": "someone"}


def test_from_dict_does_not_mutate_its_argument() -> None:
    data = copy.deepcopy(BOARD_WIRE)
    Board.from_dict(data)
    assert data == BOARD_WIRE


def test_lenient_decoding_never_raises() -> None:
    wire = {
        "id": "1",
        "name": None,  # null in a required field
        "privacy": "BRAND_NEW_PRIVACY",  # enum value newer than the SDK
        "pin_count": "many",  # wrong type
        "created_at": "not a date",
        "owner": "not an object",
        "shiny_new_field": {"a": [1, 2]},  # extra field
        "to_dict": "collides with a method",
    }
    board = Board.from_dict(wire)
    assert board.privacy == "BRAND_NEW_PRIVACY"
    assert board.pin_count == "many" and board.created_at == "not a date" and board.owner == "not an object"
    assert board["shiny_new_field"] == {"a": [1, 2]}
    assert board["to_dict"] == "collides with a method"
    assert board.to_dict() == wire  # everything round-trips, methods intact


def test_equality_copy_deepcopy_pickle() -> None:
    board = Board.from_dict(BOARD_WIRE)
    assert board == Board.from_dict(BOARD_WIRE)
    assert board != Board.from_dict({**BOARD_WIRE, "name": "other"})
    for clone in (copy.copy(board), copy.deepcopy(board), pickle.loads(pickle.dumps(board))):
        assert clone == board and clone is not board
    deep = copy.deepcopy(board)
    deep.owner.username = "changed"
    assert board.owner.username == "someone"


def test_repr_is_readable_and_pprint_friendly() -> None:
    board = Board.from_dict(BOARD_WIRE)
    text = repr(board)
    assert text.startswith("Board(") and "name='Summer Recipes'" in text
    assert "owner=BoardOwner(username='someone')" in text
    assert pprint.pformat(board) == text
    assert "<table>" in board._repr_html_()


def test_to_json_uses_wire_names() -> None:
    params = MediaUploadParameters(content_type="video/mp4")
    assert json.loads(params.to_json()) == {"Content-Type": "video/mp4"}


def test_secrets_are_redacted_in_repr() -> None:
    token = OauthAccessTokenResponseRefresh(access_token="pina_s3cr3t", refresh_token="pinr_s3cr3t", scope="x")
    assert "s3cr3t" not in repr(token)
    assert token.access_token == "pina_s3cr3t"


def test_enum_accepts_member_and_plain_string() -> None:
    assert Granularity("DAY") == "DAY" == Granularity.DAY
    assert str(Granularity.DAY) == "DAY"
    with pytest.raises(ValueError):
        Granularity("FORTNIGHT")


def test_discriminated_union_resolves_to_the_variant() -> None:
    source = PinMediaSource.from_dict(
        {"source_type": "video_id", "media_id": "123", "cover_image_url": "https://x/y.png"}
    )
    assert type(source) is PinMediaSourceVideoID
    assert isinstance(source, PinMediaSource)
    built = PinMediaSource(source_type="image_url", url="https://i.pinimg.com/a.png")
    assert type(built) is PinMediaSourceImageURL and built.url.endswith("a.png")


def test_discriminator_on_a_base_schema_dispatches_to_the_child() -> None:
    wire = {
        "access_token": "a",
        "expires_in": 1,
        "scope": "s",
        "token_type": "bearer",
        "response_type": "refresh_token",
        "refresh_token": "r",
        "refresh_token_expires_at": 2,
        "refresh_token_expires_in": 3,
    }
    assert type(OauthAccessTokenResponse.from_dict(wire)) is OauthAccessTokenResponseRefresh
    unknown = OauthAccessTokenResponse.from_dict({**wire, "response_type": "something_new"})
    assert type(unknown) is OauthAccessTokenResponse  # lenient: unknown discriminator keeps the base


def test_union_without_discriminator_picks_the_best_fit() -> None:
    request = CatalogsListProductsByFilterRequest.from_dict({"feed_id": "1", "filters": {"any_of": []}})
    assert type(request) is CatalogsListProductsByFeedBasedFilter


def test_array_schema_is_a_typed_list() -> None:
    rows = AdAccountAnalyticsResponse.from_dict([{"AD_ACCOUNT_ID": "1", "DATE": "2024-01-01", "SPEND_IN_DOLLAR": 2.5}])
    assert isinstance(rows, list) and len(rows) == 1
    assert rows[0]["AD_ACCOUNT_ID"] == "1" and rows[0].AD_ACCOUNT_ID == "1"
    assert rows.to_wire() == [{"AD_ACCOUNT_ID": "1", "DATE": "2024-01-01", "SPEND_IN_DOLLAR": 2.5}]


def test_map_schema_types_its_values() -> None:
    data = PinAnalyticsResponse.from_dict({"all": {"daily_metrics": [], "summary_metrics": {"IMPRESSION": 3}}})
    assert type(data["all"]).__name__ == "PinAnalyticsMetricsResponse"


def test_validate_names_the_path() -> None:
    with pytest.raises(ApiValueError, match=r"Invalid value for `privacy` \(public\), must be one of \['PUBLIC'"):
        Board(name="x", privacy="public")  # the constructor checks enum values, as the original did
    board = Board(name="x")
    board.privacy = "public"  # assigned later: caught before sending
    with pytest.raises(ApiValueError, match=r"Board\.privacy: expected one of 'PUBLIC'"):
        board.validate()
    with pytest.raises(ApiTypeError, match="Board\\(\\) missing 1 required argument: 'name'"):
        Board(privacy="PUBLIC")
    board = Board("x")
    del board["name"]
    with pytest.raises(ApiValueError, match="missing required field 'name'"):
        board.validate()
    with pytest.raises(ApiTypeError, match=r"Board\.name: expected a string, got 5"):
        Board(name=5).validate()
    with pytest.raises(ApiValueError, match="must not be None"):
        Board(name=None).validate()
    Board(name="ok", description=None).validate()  # description is nullable


def test_object_wide_property_counts_are_checked() -> None:
    from pinterest_client.model.asset_id_to_permissions import AssetIdToPermissions
    from pinterest_client.model.notification import Notification

    with pytest.raises(ApiValueError, match=r"AssetIdToPermissions: expected at least 1 properties, got 0"):
        AssetIdToPermissions().validate()
    AssetIdToPermissions.from_dict({"549760723247": ["ANALYST"]}).validate()
    with pytest.raises(ApiValueError, match=r"Notification: expected at most 100 properties, got 101"):
        Notification.from_dict({f"k{i}": i for i in range(101)}).validate()
    Notification.from_dict({"id": "n-1"}).validate()
    assert AssetIdToPermissions.from_dict({}).to_dict() == {}  # responses stay lenient


def test_at_least_one_group_of_an_anyof_of_requirements() -> None:
    from pinterest_client.model.conversion_events_user_data import ConversionEventsUserData

    expected = (
        r"ConversionEventsUserData: expected at least 'em' or 'hashed_maids' or "
        r"'client_ip_address' \+ 'client_user_agent'"
    )
    with pytest.raises(ApiValueError, match=expected):
        ConversionEventsUserData(client_ip_address="203.0.113.1", ph=["ab"]).validate()
    ConversionEventsUserData(em=["f1c9645dbc14efddc7d8a322685f26eb"]).validate()
    ConversionEventsUserData(hashed_maids=["0192"]).validate()
    ConversionEventsUserData(client_ip_address="203.0.113.1", client_user_agent="Mozilla/5.0").validate()
    assert ConversionEventsUserData.from_dict({"ph": ["ab"]}).ph == ["ab"]  # responses stay lenient


def test_an_event_without_user_matching_data_is_refused_before_sending(server, client) -> None:
    from pinterest_client.api.conversion_events_api import ConversionEventsApi

    event = {
        "event_name": "checkout",
        "action_source": "web",
        "event_time": 1700000000,
        "event_id": "e-1",
        "user_data": {"client_ip_address": "203.0.113.1"},
    }
    refused = r"events_create: conversion_events\.data\[0\]\.user_data: expected at least"
    with pytest.raises(ApiValueError, match=refused):
        ConversionEventsApi(client).events_create("549755885175", {"data": [event]})
    assert server.requests == []
    event["user_data"]["client_user_agent"] = "Mozilla/5.0"
    server.reply(200, {"num_events_received": 1, "num_events_processed": 1, "events": []})
    ConversionEventsApi(client).events_create("549755885175", {"data": [event]})
    assert server.last.json["data"][0]["user_data"] == event["user_data"]


def test_a_model_class_shows_its_fields_in_its_signature() -> None:
    """``inspect.signature`` (``help()``, a notebook's call tips) of a model class: the required
    fields positionally in the original client's order, every other field by keyword (``= ...``:
    left unset), ``**kwargs`` last (undeclared keys are kept); it binds what the constructor takes.
    The generic bases and unions keep their constructors' signatures."""
    import inspect

    from pinterest_client.model.ad_preview_request import AdPreviewRequest
    from pinterest_client.model.ads_analytics_create_async_request import (
        AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem as TwoRequired,
    )
    from pinterest_client.model_utils import Model

    Parameter = inspect.Parameter
    signature = inspect.signature(Board)
    first, *keywords, rest = signature.parameters.values()
    assert (first.name, first.kind, first.default) == ("name", Parameter.POSITIONAL_OR_KEYWORD, Parameter.empty)
    assert {p.name for p in keywords} == {f.py for f in Board._fields} - {"name"}
    assert all(p.kind is Parameter.KEYWORD_ONLY and repr(p.default) == "..." for p in keywords)
    assert rest.kind is Parameter.VAR_KEYWORD and signature.parameters["description"].annotation == "Optional[str]"
    bound = signature.bind("Travel", description="Trips", undeclared=1)
    assert Board(*bound.args, **bound.kwargs).to_dict() == {"name": "Travel", "description": "Trips", "undeclared": 1}
    with pytest.raises(TypeError):
        signature.bind(description="no name")
    several = inspect.signature(TwoRequired).parameters.values()
    taken = [p.name for p in several if p.kind is Parameter.POSITIONAL_OR_KEYWORD]
    assert tuple(taken) == TwoRequired._positional and len(taken) > 1
    assert list(inspect.signature(Model).parameters) == ["args", "kwargs"]
    assert "kwargs" in inspect.signature(AdPreviewRequest).parameters
