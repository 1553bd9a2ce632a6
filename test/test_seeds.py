"""Code written against the original client (../shared/seeds) runs here with only the import
prefix changed: its imports resolve, and every call shape it shows sends the right request."""

from __future__ import annotations

import datetime
import glob
import importlib
import os
import re
import warnings

import pytest
from conftest import SEEDS_DIR

import pinterest_client
from pinterest_client import ApiValueError
from pinterest_client.api import ad_accounts_api, audiences_api, boards_api, bulk_api, catalogs_api
from pinterest_client.model.ad_group_create_request import AdGroupCreateRequest
from pinterest_client.model.audience_create_custom_request import AudienceCreateCustomRequest
from pinterest_client.model.audience_create_request import AudienceCreateRequest
from pinterest_client.model.audience_update_request import AudienceUpdateRequest
from pinterest_client.model.board import Board
from pinterest_client.model.board_section import BoardSection
from pinterest_client.model.board_update import BoardUpdate
from pinterest_client.model.bulk_download_request import BulkDownloadRequest
from pinterest_client.model.bulk_download_request_campaign_filter import BulkDownloadRequestCampaignFilter
from pinterest_client.model.bulk_upsert_request import BulkUpsertRequest
from pinterest_client.model.bulk_upsert_request_create import BulkUpsertRequestCreate
from pinterest_client.model.bulk_upsert_request_update import BulkUpsertRequestUpdate
from pinterest_client.model.campaign_summary_status import CampaignSummaryStatus
from pinterest_client.model.granularity import Granularity
from pinterest_client.model.keyword_update import KeywordUpdate
from pinterest_client.model.keywords_common import KeywordsCommon
from pinterest_client.model.keywords_request import KeywordsRequest
from pinterest_client.model.match_type_response import MatchTypeResponse
from pinterest_client.model.objective_type import ObjectiveType

#: Imports in the seeds that name the generic openapi-generator sample, not Pinterest's API.
GENERIC_SAMPLES = {"default_api", "pet"}

SEED_IMPORT = re.compile(
    r"from (?:openapi_generated\.pinterest_client|pinterest\.generated\.client)\.(model|api)\.(\w+) import (\w+)"
)


def seed_imports():
    found = set()
    for path in sorted(glob.glob(os.path.join(SEEDS_DIR, "*"))):
        with open(path, encoding="utf-8") as fh:
            found.update(SEED_IMPORT.findall(fh.read()))
    return sorted(i for i in found if i[1] not in GENERIC_SAMPLES)


@pytest.mark.skipif(not os.path.isdir(SEEDS_DIR), reason="../shared/seeds is not beside the checkout")
def test_every_seed_import_resolves() -> None:
    imports = seed_imports()
    assert len(imports) > 20
    for kind, module, name in imports:
        assert hasattr(importlib.import_module(f"pinterest_client.{kind}.{module}"), name), (kind, module, name)


def test_boards_seed_calls(server, client) -> None:
    api = boards_api.BoardsApi(client)
    server.reply(201, {"id": "5", "name": "Salads"})
    section = api.board_sections_create("4", BoardSection(name="Salads"))
    assert (server.last.method, server.last.path, server.last.json) == (
        "POST",
        "/v5/boards/4/sections",
        {"name": "Salads"},
    )
    assert section.name == "Salads"
    api.board_sections_create("4", BoardSection(name="Salads"), ad_account_id="4")
    assert server.last.query == [("ad_account_id", "4")]

    server.reply(204)
    assert api.board_sections_delete("4", "5") is None
    assert (server.last.method, server.last.path) == ("DELETE", "/v5/boards/4/sections/5")

    server.reply(200, {"items": [{"id": "5", "name": "Salads"}], "bookmark": None})
    sections = api.board_sections_list("4", ad_account_id="4", bookmark="bookmark_example", page_size=25)
    assert sorted(server.last.query) == [("ad_account_id", "4"), ("bookmark", "bookmark_example"), ("page_size", "25")]
    assert isinstance(sections.items[0], BoardSection)

    server.reply(200, {"items": [], "bookmark": None})
    api.board_sections_list_pins("4", "5", ad_account_id="4", bookmark="b", page_size=25)
    assert server.last.path == "/v5/boards/4/sections/5/pins"

    api.board_sections_update("4", "5", BoardSection(name="Salads"), ad_account_id="4")
    assert (server.last.method, server.last.json) == ("PATCH", {"name": "Salads"})

    board = Board(name="Summer Recipes", description="My favorite summer recipes", privacy="PUBLIC")
    server.reply(201, {"id": "6", "name": "Summer Recipes", "privacy": "PUBLIC"})
    created = api.boards_create(board, ad_account_id="4")
    assert server.last.json == {
        "name": "Summer Recipes",
        "description": "My favorite summer recipes",
        "privacy": "PUBLIC",
    }
    assert isinstance(created, Board) and created.id == "6"

    server.reply(204)
    api.boards_delete("4", ad_account_id="4")
    api.boards_get("4", ad_account_id="4")
    assert (server.last.method, server.last.path) == ("GET", "/v5/boards/4")

    server.reply(200, {"items": [], "bookmark": None})
    api.boards_list(ad_account_id="4", bookmark="bookmark_example", page_size=25, privacy="PUBLIC")
    assert ("privacy", "PUBLIC") in server.last.query

    server.reply(200, {"items": [], "bookmark": None})
    api.boards_list_pins(
        "4", bookmark="b", page_size=25, creative_types=["REGULAR", "VIDEO"], ad_account_id="4", pin_metrics=False
    )
    assert ("pin_metrics", "false") in server.last.query  # never Python's "False"
    assert [v for k, v in server.last.query if k == "creative_types"] in (["REGULAR", "VIDEO"], ["REGULAR,VIDEO"])

    api.boards_update(
        "4",
        BoardUpdate(name="Summer Recipes", description="My favorite summer recipes", privacy="PUBLIC"),
        ad_account_id="4",
    )
    assert server.last.method == "PATCH" and server.last.json["privacy"] == "PUBLIC"


def test_bulk_seed_calls(server, client) -> None:
    api = bulk_api.BulkApi(client)
    request = BulkDownloadRequest(
        entity_types=["CAMPAIGN", "AD_GROUP"],
        entity_ids=["4"],
        updated_since="1622848072",
        campaign_filter=BulkDownloadRequestCampaignFilter(
            start_time="1622848072",
            end_time="1622848072",
            name="campaign name",
            campaign_status=[CampaignSummaryStatus("RUNNING")],
            objective_type=[ObjectiveType("AWARENESS")],
        ),
        output_format="JSON",
    )
    server.reply(200, {"request_id": "1"})
    api.bulk_download_create("4", request)
    body = server.last.json
    assert body["campaign_filter"]["campaign_status"] == ["RUNNING"]
    assert body["campaign_filter"]["objective_type"] == ["AWARENESS"]

    api.bulk_request_get("4", "bulk_request_id_example", include_details=False)
    assert server.last.query == [("include_details", "false")]

    upsert = BulkUpsertRequest(
        create=BulkUpsertRequestCreate(
            ad_groups=[AdGroupCreateRequest(campaign_id="643", name="Ad Group For Pin", billable_event="IMPRESSION")],
            keywords=[
                KeywordsRequest(
                    keywords=[KeywordsCommon(bid=1, match_type=MatchTypeResponse("BROAD"), value="value_example")],
                    parent_id="383791336903426391",
                )
            ],
        ),
        update=BulkUpsertRequestUpdate(keywords=[KeywordUpdate(id="2886364308355", archived=False, bid=1)]),
    )
    server.reply(200, {"request_id": "2"})
    api.bulk_upsert_create("4", upsert)
    sent = server.last.json
    assert sent["create"]["keywords"][0]["keywords"][0]["match_type"] == "BROAD"
    assert sent["update"]["keywords"] == [{"id": "2886364308355", "archived": False, "bid": 1}]


def test_audiences_seed_calls_including_the_dropped_operation(server, client) -> None:
    api = audiences_api.AudiencesApi(client)
    server.reply(200, {"id": "1"})
    api.audiences_create(
        "4", AudienceCreateRequest(ad_account_id="4", name="Audience", rule={}, audience_type="VISITOR")
    )
    assert server.last.path == "/v5/ad_accounts/4/audiences"

    server.reply(200, {"id": "2"})
    custom = AudienceCreateCustomRequest(name="Custom", rule={"country": "US"}, sharing_type="CUSTOM", data_party="1p")
    with pytest.warns(DeprecationWarning, match="no longer has this operation"):
        api.audiences_create_custom("4", custom)
    assert (server.last.method, server.last.path) == ("POST", "/v5/ad_accounts/4/audiences/custom")

    server.reply(200, {"items": [], "bookmark": None})
    api.audiences_list("4", bookmark="bookmark_example", order="ASCENDING", page_size=25, ownership_type="OWNED")
    assert ("order", "ASCENDING") in server.last.query

    server.reply(200, {"id": "1"})
    api.audiences_update(
        "4", "5", audience_update_request=AudienceUpdateRequest(name="renamed", operation_type="UPDATE")
    )
    assert (server.last.method, server.last.json["name"]) == ("PATCH", "renamed")

    # The seeds' "only required values" call: the body was optional then and is required now. The
    # call still binds, and is refused before anything is sent, naming what is missing.
    sent = len(server.requests)
    missing = "audiences_update: audience_update_request: missing required request body"
    with pytest.raises(ApiValueError, match=missing):
        api.audiences_update("4", "5")
    assert len(server.requests) == sent


def test_readme_getting_started_call(server, client) -> None:
    api = ad_accounts_api.AdAccountsApi(client)
    server.reply(200, [{"DATE": "2024-01-01", "SPEND_IN_DOLLAR": 1.5}])
    rows = api.ad_account_analytics(
        "4",
        datetime.date(1970, 1, 1),
        datetime.date(1970, 1, 1),
        ["SPEND_IN_DOLLAR"],
        Granularity("DAY"),
        click_window_days=1,
        engagement_window_days=30,
        view_window_days=1,
        conversion_report_time="TIME_OF_AD_ACTION",
    )
    query = dict(server.last.query)
    assert (
        query["start_date"] == "1970-01-01" and query["granularity"] == "DAY" and query["columns"] == "SPEND_IN_DOLLAR"
    )
    assert rows[0]["SPEND_IN_DOLLAR"] == 1.5


def test_seed_era_placement_and_renamed_operations(server, client) -> None:
    catalogs = catalogs_api.CatalogsApi(client)
    server.reply(200, {"items": [], "bookmark": None})
    catalogs.feeds_list()  # moved to CatalogFeedsApi since the seeds; still here
    assert server.last.path == "/v5/catalogs/feeds"
    server.reply(200, {"items": []})
    with pytest.warns(DeprecationWarning):
        catalogs.items_get("US", "en-US", item_ids=["DS0294-M"])
    assert server.last.path == "/v5/catalogs/items"

    from pinterest_client.api.product_group_promotions_api import ProductGroupPromotionsApi

    promotions = ProductGroupPromotionsApi(client)
    server.reply(200, {"items": []})
    with pytest.warns(DeprecationWarning, match="old name of `product_group_promotions_get`"):
        promotions.product_group_promotion_get("4", "5")
    assert server.last.path == "/v5/ad_accounts/4/product_group_promotions/5"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        server.reply(200, {"items": []})
        promotions.product_group_promotions_get("4", "5")  # the current name does not warn


def test_seed_error_handling_shape(server, client) -> None:
    server.reply(404, {"code": 40, "message": "Board not found."})
    with pytest.raises(pinterest_client.ApiException) as info:
        boards_api.BoardsApi(client).boards_get("4")
    exc = info.value
    assert (exc.status, exc.reason, exc.code, exc.message) == (404, "Not Found", 40, "Board not found.")
    assert "Board not found." in exc.body and exc.headers["x-pinterest-rid"] == "rid-123"  # (text, as the original's)
    assert (
        "Exception when calling BoardsApi->boards_get: (404) Not Found"
        in "Exception when calling BoardsApi->boards_get: %s\n" % exc  # noqa: UP031 - the seeds' own idiom
    )
