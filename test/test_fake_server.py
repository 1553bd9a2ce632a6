"""FakePinterest (pinterest_client.testing): real HTTP over 127.0.0.1, driven through the SDK.

Covers state (create/get/list/update/delete), bookmark pagination, 401/400/404 answers, every
fault kind, rate limiting, the request log, the media upload flow, the asynchronous jobs (reports,
bulk requests, catalog item batches) and their result files, OAuth, and a conformance sweep:
one valid request per operation of the 5.23.0 spec, with the answer validated by ``jsonschema``
against the spec's response schema.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import time
import warnings
from typing import Any, Dict, Iterator, List, Optional

import pytest
import urllib3

import pinterest_client
from pinterest_client import (
    ApiClient,
    Configuration,
    download_file,
    run_analytics_report,
    run_bulk_download,
    run_items_batch,
    wait_for_bulk_request,
)
from pinterest_client.api.ad_accounts_api import AdAccountsApi
from pinterest_client.api.ad_groups_api import AdGroupsApi
from pinterest_client.api.ads_api import AdsApi
from pinterest_client.api.audiences_api import AudiencesApi
from pinterest_client.api.boards_api import BoardsApi
from pinterest_client.api.bulk_api import BulkApi
from pinterest_client.api.campaigns_api import CampaignsApi
from pinterest_client.api.catalog_feeds_api import CatalogFeedsApi
from pinterest_client.api.catalog_items_api import CatalogItemsApi
from pinterest_client.api.conversion_tags_api import ConversionTagsApi
from pinterest_client.api.customer_lists_api import CustomerListsApi
from pinterest_client.api.keywords_api import KeywordsApi
from pinterest_client.api.media_api import MediaApi
from pinterest_client.api.oauth_api import OauthApi
from pinterest_client.api.pins_api import PinsApi
from pinterest_client.api.user_account_api import UserAccountApi
from pinterest_client.api_client import Operation
from pinterest_client.exceptions import (
    ApiConnectionError,
    ApiException,
    ApiTimeoutError,
    BadRequestException,
    ConflictException,
    NotFoundException,
    RateLimitException,
    ServiceException,
    UnauthorizedException,
)
from pinterest_client.retry import RateLimitInfo, RetryPolicy
from pinterest_client.testing import FakePinterest
from pinterest_client.testing._routes import all_operations
from pinterest_client.testing._synth import Synthesizer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC_PATH = os.path.join(ROOT, "..", "shared", "spec", "openapi-5.23.0.json")

FAST_RETRIES = RetryPolicy(max_retries=2, backoff_factor=0.01, backoff_max=0.05)


@pytest.fixture
def fake() -> Iterator[FakePinterest]:
    with FakePinterest() as server:
        yield server


@pytest.fixture
def api(fake: FakePinterest) -> Iterator[ApiClient]:
    with ApiClient(fake.configuration(retries=0)) as client:
        yield client


def image(n: int = 0) -> Dict[str, Any]:
    return {"source_type": "image_url", "url": f"https://example.com/img/{n}.jpg"}


def feed_body(name: str, location: str) -> Dict[str, Any]:
    return {
        "name": name,
        "format": "TSV",
        "location": location,
        "catalog_type": "RETAIL",
        "default_country": "US",
        "default_locale": "en-US",
    }


def first_created(response: Any) -> Any:
    """The record made by the first item of a bulk create's answer."""
    return response.items[0].data


#: A catalog items batch (the legacy form: one operation for every item).
ITEMS_BATCH: Dict[str, Any] = {
    "country": "US",
    "language": "EN",
    "operation": "UPSERT",
    "items": [
        {
            "item_id": "MUG-1",
            "attributes": {
                "title": "Mug",
                "description": "A stoneware mug",
                "link": "https://example.com/mug",
                "image_link": ["https://example.com/mug.jpg"],
                "price": "9.99 USD",
                "availability": "in stock",
            },
        },
        {"item_id": "MUG-2", "attributes": {"title": "Other mug", "price": "cheap"}},
    ],
}


def ads_account(api: ApiClient, *campaigns: str) -> Any:
    """A new ad account with a campaign per name, and an ad group in the first."""
    account = AdAccountsApi(api).ad_accounts_create({"name": "Shop", "country": "US"})
    made = [
        first_created(
            CampaignsApi(api).campaigns_create(
                account.id, [{"ad_account_id": account.id, "name": name, "objective_type": "AWARENESS"}]
            )
        )
        for name in campaigns
    ]
    if made:
        AdGroupsApi(api).ad_groups_create(
            account.id, [{"campaign_id": made[0].id, "name": "Group", "billable_event": "IMPRESSION"}]
        )
    return account, made


# ---------------------------------------------------------------------------------------------
# A user's view: normal SDK calls
# ---------------------------------------------------------------------------------------------


def test_user_style_session_with_boards_and_pins() -> None:
    from pinterest_client.model.board_create import BoardCreate
    from pinterest_client.model.pin_create import PinCreate
    from pinterest_client.model.pin_media_source_image_url import PinMediaSourceImageURL

    with FakePinterest() as fake:
        config = Configuration(host=fake.host, access_token=fake.access_token)
        with ApiClient(config) as client:
            me = UserAccountApi(client).user_account_get()
            assert me.username == "fake_pinner" and me.id.isdigit()
            boards, pins = BoardsApi(client), PinsApi(client)
            board = boards.boards_create(
                BoardCreate(name="Weeknight dinners", description="Quick ones", privacy="SECRET")
            )
            assert board.id.isdigit() and board.name == "Weeknight dinners" and board.privacy == "SECRET"
            section = boards.board_sections_create(board.id, {"name": "Soups"})
            created = [
                pins.pins_create(
                    PinCreate(
                        board_id=board.id,
                        title=f"Dish {i}",
                        media_source=PinMediaSourceImageURL(
                            source_type="image_url", url=f"https://example.com/{i}.jpg"
                        ),
                    )
                )
                for i in range(3)
            ]
            assert [p.title for p in created] == ["Dish 0", "Dish 1", "Dish 2"]
            assert created[0].media.images["600x"].url == "https://example.com/0.jpg"
            moved = pins.pins_update(created[1].id, {"board_section_id": section.id})
            assert moved.board_section_id == section.id
            in_section = boards.board_sections_list_pins(board.id, section.id)
            assert [p.id for p in in_section.items] == [created[1].id]
            assert boards.boards_get(board.id).pin_count == 3
            assert UserAccountApi(client).user_account_get().board_count == 1
            pins.pins_delete(created[0].id)
            assert [p.id for p in boards.boards_list_pins(board.id).items] == [created[1].id, created[2].id]
            boards.boards_delete(board.id)
            with pytest.raises(NotFoundException):
                pins.pins_get(created[2].id)  # deleting a board deletes its Pins


def test_board_state_persists_across_calls(api: ApiClient) -> None:
    boards = BoardsApi(api)
    board = boards.boards_create({"name": "Garden"})
    assert boards.boards_get(board.id).name == "Garden"
    assert [b.id for b in boards.boards_list().items] == [board.id]
    updated = boards.boards_update(board.id, {"name": "Garden ideas", "description": "Spring", "privacy": "SECRET"})
    assert (updated.name, updated.description, updated.privacy) == ("Garden ideas", "Spring", "SECRET")
    again = boards.boards_get(board.id)
    assert (again.name, again.privacy) == ("Garden ideas", "SECRET")
    assert boards.boards_list(privacy="PUBLIC").items == []
    assert len(boards.boards_list(privacy="SECRET").items) == 1
    response = boards.boards_delete_with_http_info(board.id)
    assert response.status == 204 and response.data is None
    with pytest.raises(NotFoundException) as info:
        boards.boards_get(board.id)
    assert info.value.code == 40 and info.value.message == "Board not found."
    assert boards.boards_list().items == []


def test_sections_and_pin_moves(api: ApiClient) -> None:
    boards, pins = BoardsApi(api), PinsApi(api)
    board = boards.boards_create({"name": "Travel"})
    other = boards.boards_create({"name": "Someday"})
    a = boards.board_sections_create(board.id, {"name": "Japan"})
    b = boards.board_sections_create(board.id, {"name": "Peru"})
    with pytest.raises(ConflictException):
        boards.board_sections_create(board.id, {"name": "Japan"})
    assert [s.name for s in boards.board_sections_list(board.id).items] == ["Japan", "Peru"]
    assert boards.board_sections_update(board.id, b.id, {"name": "Chile"}).name == "Chile"
    pin = pins.pins_create({"board_id": board.id, "board_section_id": a.id, "media_source": image()})
    assert pin.board_section_id == a.id
    # a section of another board is a 404
    with pytest.raises(NotFoundException) as info:
        pins.pins_update(pin.id, {"board_id": other.id, "board_section_id": a.id})
    assert info.value.code == 2031
    moved = pins.pins_update(pin.id, {"board_id": other.id})
    assert (moved.board_id, moved.board_section_id) == (other.id, None)
    saved = pins.pins_save(moved.id, {"board_id": board.id, "board_section_id": b.id})
    assert saved.id != moved.id and saved.parent_pin_id == moved.id and saved.board_section_id == b.id
    assert [p.id for p in boards.board_sections_list_pins(board.id, b.id).items] == [saved.id]
    boards.board_sections_delete(board.id, b.id)
    assert pins.pins_get(saved.id).board_section_id is None  # the Pin stays on the board
    assert [s.name for s in boards.board_sections_list(board.id).items] == ["Japan"]


def test_pagination_over_several_pages(api: ApiClient, fake: FakePinterest) -> None:
    boards, pins = BoardsApi(api), PinsApi(api)
    board = boards.boards_create({"name": "Many"})
    ids = [pins.pins_create({"board_id": board.id, "title": f"p{i}", "media_source": image(i)}).id for i in range(7)]
    seen: List[str] = []
    bookmarks: List[Optional[str]] = []
    bookmark = None
    while True:
        page = boards.boards_list_pins(board.id, page_size=3, bookmark=bookmark)
        seen.extend(p.id for p in page.items)
        bookmarks.append(page.bookmark)
        bookmark = page.bookmark
        if bookmark is None:
            break
    assert seen == ids
    assert len(bookmarks) == 3 and bookmarks[-1] is None and all(bookmarks[:-1])
    sent = [r.param("bookmark") for r in fake.requests_for("boards/list_pins")]
    assert sent == [None, bookmarks[0], bookmarks[1]]
    # the default page size is 25, the maximum 250
    for i in range(26):
        pins.pins_create({"board_id": board.id, "media_source": image(i)})
    first = pins.pins_list()
    assert len(first.items) == 25 and first.bookmark
    assert len(pins.pins_list(bookmark=first.bookmark).items) == 8
    assert len(pins.pins_list(page_size=250).items) == 33
    with pytest.raises(BadRequestException) as info:
        pins.pins_list(page_size=251, _check_input_type=False)
    assert "page_size" in info.value.message
    with pytest.raises(BadRequestException) as info:
        pins.pins_list(bookmark="not-a-bookmark")
    assert "bookmark" in info.value.message


def test_unknown_ids_are_404_with_pinterest_error_body(api: ApiClient) -> None:
    missing = "1234567890"
    cases = [
        (lambda: BoardsApi(api).boards_get(missing), 40, "Board not found."),
        (lambda: PinsApi(api).pins_get(missing), 50, "Pin not found."),
        (lambda: PinsApi(api).pins_delete(missing), 50, "Pin not found."),
        (lambda: CatalogFeedsApi(api).feeds_get(missing), 4161, None),
        (lambda: AdAccountsApi(api).ad_accounts_get(missing), 404, None),
        (lambda: MediaApi(api).media_get(missing), 404, None),
    ]
    for call, code, message in cases:
        with pytest.raises(NotFoundException) as info:
            call()
        exc = info.value
        assert exc.status == 404 and exc.code == code and isinstance(exc.data, dict)
        assert set(exc.data) == {"code", "message"} and exc.message
        if message:
            assert exc.message == message
        assert exc.request_id
    board = BoardsApi(api).boards_create({"name": "b"})
    with pytest.raises(NotFoundException) as info:
        BoardsApi(api).board_sections_list_pins(board.id, missing)
    assert info.value.code == 2031


def test_authentication(fake: FakePinterest) -> None:
    with ApiClient(fake.configuration(access_token=None, retries=0)) as anonymous:
        with pytest.raises(pinterest_client.ApiValueError, match="access_token"):  # refused locally (issue 17)
            BoardsApi(anonymous).boards_list()
    anonymous_response = urllib3.PoolManager().request(
        "GET", fake.host + "/boards"
    )  # the fake's own answer to no token
    assert anonymous_response.status == 401
    assert json.loads(anonymous_response.data) == {"code": 2, "message": "Authentication failed."}
    assert "authorization" not in fake.last_request.headers
    with ApiClient(fake.configuration(access_token="pina_wrong", retries=0)) as wrong:
        with pytest.raises(UnauthorizedException):
            UserAccountApi(wrong).user_account_get()
    # the OAuth endpoints want HTTP Basic with the app's id and secret, not a bearer token
    with ApiClient(fake.configuration(client_secret="nope", retries=0)) as bad_basic:
        with pytest.raises(UnauthorizedException):
            OauthApi(bad_basic).oauth_token({"grant_type": "client_credentials", "scope": "pins:read"})
    assert fake.last_request.headers["Authorization"].startswith("Basic ")


def test_oauth_tokens_issue_refresh_and_revoke(fake: FakePinterest) -> None:
    code = fake.authorization_code("https://example.com/cb")
    with ApiClient(fake.configuration(access_token=None, retries=0)) as client:
        oauth = OauthApi(client)
        issued = oauth.oauth_token(
            {"grant_type": "authorization_code", "code": code, "redirect_uri": "https://example.com/cb"}
        )
        assert issued.access_token and issued.refresh_token and issued.token_type == "bearer"
        form = fake.last_request.form
        assert form == {"grant_type": "authorization_code", "code": code, "redirect_uri": "https://example.com/cb"}
        refreshed = oauth.oauth_token(
            {"grant_type": "refresh_token", "refresh_token": issued.refresh_token, "continuous_refresh": True}
        )
        assert refreshed.refresh_token != issued.refresh_token  # continuous refresh: a new one
        with pytest.raises(UnauthorizedException) as info:  # a code is single-use
            oauth.oauth_token(
                {"grant_type": "authorization_code", "code": code, "redirect_uri": "https://example.com/cb"}
            )
        assert info.value.code == 283
    with ApiClient(fake.configuration(access_token=refreshed.access_token, retries=0)) as user:
        assert UserAccountApi(user).user_account_get().username
        with ApiClient(fake.configuration(access_token=None)) as app:
            OauthApi(app).token_revoke({"token": refreshed.access_token})
        with pytest.raises(UnauthorizedException):
            UserAccountApi(user).user_account_get()


def test_validation_errors_name_the_field(api: ApiClient, fake: FakePinterest) -> None:
    boards = BoardsApi(api)
    unchecked = {"_check_input_type": False}
    cases = [
        (lambda: boards.boards_create({"name": "x", "privacy": "NOT_A_PRIVACY"}, **unchecked), "privacy"),
        (lambda: boards.boards_create({"description": "no name"}, **unchecked), "name"),
        (lambda: boards.boards_create({"name": 42}, **unchecked), "name"),
        (lambda: boards.boards_get("abc", **unchecked), "board_id"),
        (lambda: boards.boards_list(page_size=0, **unchecked), "page_size"),
        (lambda: boards.boards_list(privacy="nope", **unchecked), "privacy"),
        (lambda: PinsApi(api).pins_create({"board_id": "12a", "media_source": image()}, **unchecked), "board_id"),
        (
            lambda: PinsApi(api).pins_create(
                {"board_id": "1", "media_source": {"source_type": "image_url"}}, **unchecked
            ),
            "url",
        ),
        (lambda: UserAccountApi(api).user_account_analytics("2025-01-01", "yesterday", **unchecked), "end_date"),
    ]
    for call, field in cases:
        with pytest.raises(BadRequestException) as info:
            call()
        assert info.value.code == 1, info.value
        assert field in info.value.message, info.value.message
    # a missing required query parameter, and a non-numeric integer, sent by hand
    http = urllib3.PoolManager()
    auth = {"Authorization": f"Bearer {fake.access_token}"}
    reply = http.request("GET", fake.host + "/user_account/analytics?start_date=2025-01-01", headers=auth)
    assert reply.status == 400 and "end_date" in json.loads(reply.data)["message"]
    reply = http.request("GET", fake.host + "/boards?page_size=3e", headers=auth)
    assert reply.status == 400 and json.loads(reply.data) == {
        "code": 1,
        "message": "Parameter 'page_size' was not numeric (was 3e)",
    }
    reply = http.request(
        "POST", fake.host + "/boards", body=b"{not json", headers=dict(auth, **{"Content-Type": "application/json"})
    )
    assert reply.status == 400 and "JSON" in json.loads(reply.data)["message"]
    reply = http.request("GET", fake.host + "/no/such/endpoint", headers=auth)
    assert reply.status == 404
    reply = http.request("PUT", fake.host + "/boards", headers=auth)
    assert reply.status == 405 and json.loads(reply.data)["code"] == 5
    assert BoardsApi(api).boards_list().items == []  # nothing was created by the bad requests


def test_every_response_has_a_request_id(api: ApiClient, fake: FakePinterest) -> None:
    BoardsApi(api).boards_list()
    with pytest.raises(NotFoundException):
        BoardsApi(api).boards_get("1")
    ok = BoardsApi(api).boards_list_with_http_info()
    assert ok.request_id and ok.headers["x-pinterest-rid"] == ok.request_id
    info = RateLimitInfo.from_headers(ok.headers)
    assert info.limit and info.remaining is not None and info.reset is not None
    assert all(r.request_id for r in fake.requests)
    assert len({r.request_id for r in fake.requests}) == len(fake.requests)


# ---------------------------------------------------------------------------------------------
# Faults
# ---------------------------------------------------------------------------------------------


def test_injected_5xx_is_retried_for_gets_then_succeeds(fake: FakePinterest) -> None:
    fault = fake.inject("boards/list", status=503, times=2)
    with ApiClient(fake.configuration(retries=FAST_RETRIES)) as client:
        assert BoardsApi(client).boards_list().items == []
    assert fault.hits == 2 and [r.status for r in fake.requests] == [503, 503, 200]
    fake.inject("boards_list", status=500, times=None)
    with ApiClient(fake.configuration(retries=FAST_RETRIES)) as client:
        with pytest.raises(ServiceException) as info:
            BoardsApi(client).boards_list()
    assert info.value.status == 500 and info.value.request_id and "injected" in info.value.message
    fake.clear_faults()
    # a POST is not repeated after a 5xx (it may have been applied)
    fake.clear_requests()
    fake.inject("POST /boards", status=502)
    with ApiClient(fake.configuration(retries=FAST_RETRIES)) as client:
        with pytest.raises(ServiceException):
            BoardsApi(client).boards_create({"name": "once"})
        assert len(fake.requests) == 1
        # the fault was used up: other routes and the next call are untouched
        assert BoardsApi(client).boards_create({"name": "twice"}).name == "twice"


def test_injected_429_carries_retry_after_and_rate_limit_headers(fake: FakePinterest) -> None:
    fake.inject(status=429, times=1, retry_after=0)
    with ApiClient(fake.configuration(retries=FAST_RETRIES)) as client:
        assert UserAccountApi(client).user_account_get().username  # retried after Retry-After: 0
    assert [r.status for r in fake.requests] == [429, 200]
    fake.inject("user_account/get", status=429, retry_after=7)
    with ApiClient(fake.configuration(retries=0)) as client:
        with pytest.raises(RateLimitException) as info:
            UserAccountApi(client).user_account_get()
    exc = info.value
    assert exc.code == 8 and exc.headers["Retry-After"] == "7"
    limits = RateLimitInfo.from_headers(exc.headers)
    assert limits.remaining == 0 and limits.limit is not None and limits.reset is not None


def test_rate_limit_window(fake: FakePinterest) -> None:
    limit = fake.rate_limit(2, window=30, route="boards/list")
    with ApiClient(fake.configuration(retries=0)) as client:
        boards = BoardsApi(client)
        first = boards.boards_list_with_http_info()
        assert first.headers["X-RateLimit-Limit"] == "2, 2;w=30" and first.headers["X-RateLimit-Remaining"] == "1"
        boards.boards_list()
        with pytest.raises(RateLimitException) as info:
            boards.boards_list()
        assert 0 < float(info.value.headers["Retry-After"]) <= 30
        assert info.value.headers["X-RateLimit-Remaining"] == "0"
        UserAccountApi(client).user_account_get()  # another route is not limited
    assert limit.rejected == 1
    # a short window refills, and the client waits out Retry-After by itself
    fake.clear_faults()
    fake.rate_limit(1, window=0.3, retry_after=0.3)
    with ApiClient(fake.configuration(retries=FAST_RETRIES)) as client:
        BoardsApi(client).boards_list()
        started = time.monotonic()
        BoardsApi(client).boards_list()
        assert time.monotonic() - started >= 0.2


def test_dropped_connection(fake: FakePinterest) -> None:
    fake.inject("pins/list", fault="drop")
    with ApiClient(fake.configuration(retries=0)) as client:
        with pytest.raises(ApiConnectionError) as info:
            PinsApi(client).pins_list()
        assert info.value.status is None
        assert PinsApi(client).pins_list().items == []  # one drop only
    assert fake.requests[0].status is None and fake.requests[1].status == 200
    # a GET is retried after a drop
    fake.inject("pins/list", fault="drop")
    with ApiClient(fake.configuration(retries=FAST_RETRIES)) as client:
        assert PinsApi(client).pins_list().items == []


def test_truncated_and_non_json_bodies(fake: FakePinterest) -> None:
    with ApiClient(fake.configuration(retries=0)) as client:
        fake.inject("boards/list", fault="truncate")
        with pytest.raises(ApiConnectionError):
            BoardsApi(client).boards_list()
        fake.inject("boards/list", fault="non_json")
        with pytest.raises(ApiConnectionError) as info:
            BoardsApi(client).boards_list()
        assert "JSON" in str(info.value)
        fake.inject("boards/list", status=502, fault="non_json")
        with pytest.raises(ServiceException) as info:
            BoardsApi(client).boards_list()
        assert info.value.status == 502 and info.value.code is None and "Bad Gateway" in info.value.body
        assert BoardsApi(client).boards_list().items == []


def test_latency_and_timeouts(fake: FakePinterest) -> None:
    fake.inject("user_account/get", delay=0.2)
    with ApiClient(fake.configuration(retries=0)) as client:
        started = time.monotonic()
        UserAccountApi(client).user_account_get()
        assert time.monotonic() - started >= 0.2
        fake.inject("user_account/get", delay=1.0)
        with pytest.raises(ApiTimeoutError):
            UserAccountApi(client).user_account_get(_request_timeout=0.2)
        fake.inject(delay=0.1, status=503)  # latency combined with a status
        with pytest.raises(ServiceException):
            BoardsApi(client).boards_list()


def test_request_log_records_what_was_sent(api: ApiClient, fake: FakePinterest) -> None:
    board = BoardsApi(api).boards_create({"name": "Logged", "privacy": "PROTECTED"})
    BoardsApi(api).boards_list(page_size=5, privacy="PROTECTED")
    create, listing = fake.requests
    assert (create.method, create.path, create.operation_id) == ("POST", "/v5/boards", "boards/create")
    assert create.json == {"name": "Logged", "privacy": "PROTECTED"}
    assert create.headers["content-type"] == "application/json"
    assert create.headers["Authorization"] == f"Bearer {fake.access_token}"
    assert create.status == 201
    assert listing.query == {"page_size": ["5"], "privacy": ["PROTECTED"]} and listing.json is None
    assert fake.requests_for("boards_list") == [listing]
    assert fake.requests_for("/v5/boards") == [create, listing]
    PinsApi(api).pins_create({"board_id": board.id, "media_source": image()})
    assert fake.last_request.json["media_source"] == image()
    fake.clear_requests()
    assert fake.requests == []


# ---------------------------------------------------------------------------------------------
# Media upload, ads, catalogs
# ---------------------------------------------------------------------------------------------


def test_media_upload_flow_and_video_pin(api: ApiClient, fake: FakePinterest) -> None:
    media = MediaApi(api)
    upload = media.media_create({"media_type": "video"})
    assert upload.media_id.isdigit() and upload.upload_url.startswith(fake.root_url)
    assert media.media_get(upload.media_id).status == "registered"
    params = upload.upload_parameters.to_wire()
    assert {"key", "policy", "x-amz-signature"} <= set(params)
    http = urllib3.PoolManager()
    # S3 rejects a second authentication mechanism
    rejected = http.request(
        "POST", upload.upload_url, fields={**params, "file": ("v.mp4", b"xx")}, headers={"Authorization": "Bearer x"}
    )
    assert rejected.status == 400 and b"InvalidArgument" in rejected.data
    forged = http.request(
        "POST", upload.upload_url, fields={**params, "x-amz-signature": "0", "file": ("v.mp4", b"xx")}
    )
    assert forged.status == 403
    reply = http.request(
        "POST", upload.upload_url, fields={**params, "file": ("video.mp4", b"\x00\x01video", "video/mp4")}
    )
    assert reply.status == 204 and reply.headers["x-pinterest-rid"]
    assert fake.last_request.operation_id == "media/upload"
    board = BoardsApi(api).boards_create({"name": "Videos"})
    with pytest.raises(BadRequestException):  # not processed yet
        PinsApi(api).pins_create(
            {"board_id": board.id, "media_source": {"source_type": "video_id", "media_id": upload.media_id}}
        )
    statuses = [media.media_get(upload.media_id).status for _ in range(2)]
    assert statuses == ["processing", "succeeded"]
    pin = PinsApi(api).pins_create(
        {
            "board_id": board.id,
            "media_source": {
                "source_type": "video_id",
                "media_id": upload.media_id,
                "cover_image_url": "https://example.com/cover.jpg",
            },
        }
    )
    assert pin.creative_type == "VIDEO" and pin.media.media_type == "video"
    assert [m.media_id for m in media.media_list().items] == [upload.media_id]


def test_ads_hierarchy(api: ApiClient) -> None:
    account = AdAccountsApi(api).ad_accounts_create({"name": "Shop", "country": "US", "owner_user_id": "1"})
    assert AdAccountsApi(api).ad_accounts_get(account.id).name == "Shop"
    assert [a.id for a in AdAccountsApi(api).ad_accounts_list().items] == [account.id]
    campaigns = CampaignsApi(api)
    made = campaigns.campaigns_create(
        account.id,
        [
            {"ad_account_id": account.id, "name": "Spring", "objective_type": "AWARENESS", "status": "PAUSED"},
            {"ad_account_id": "999", "name": "Wrong account", "objective_type": "AWARENESS"},
        ],
    )
    ok, bad = made.items
    assert ok.exceptions == [] and ok.data.name == "Spring" and ok.data.status == "PAUSED"
    assert ok.data.summary_status == "PAUSED"
    assert bad.data is None and bad.exceptions[0].message
    campaign_id = ok.data.id
    assert campaigns.campaigns_get(account.id, campaign_id).objective_type == "AWARENESS"
    updated = campaigns.campaigns_update(
        account.id,
        [
            {"id": campaign_id, "ad_account_id": account.id, "status": "ACTIVE"},
            {"id": "1", "ad_account_id": account.id},
        ],
    )
    assert updated.items[0].data.status == "ACTIVE" and updated.items[1].exceptions
    assert [c.id for c in campaigns.campaigns_list(account.id, entity_statuses=["ACTIVE"]).items] == [campaign_id]
    assert campaigns.campaigns_list(account.id, entity_statuses=["PAUSED"]).items == []
    group = first_created(
        AdGroupsApi(api).ad_groups_create(
            account.id, [{"campaign_id": campaign_id, "name": "Everyone", "billable_event": "IMPRESSION"}]
        )
    )
    assert group.campaign_id == campaign_id
    board = BoardsApi(api).boards_create({"name": "Ads"})
    pin = PinsApi(api).pins_create({"board_id": board.id, "media_source": image()})
    ads = AdsApi(api)
    ad = first_created(
        ads.ads_create(account.id, [{"ad_group_id": group.id, "creative_type": "REGULAR", "pin_id": pin.id}])
    )
    assert (ad.campaign_id, ad.ad_group_id, ad.pin_id) == (campaign_id, group.id, pin.id)
    assert ads.ads_get(account.id, ad.id).summary_status == "APPROVED"
    assert [a.id for a in ads.ads_list(account.id, ad_group_ids=[group.id]).items] == [ad.id]
    missing = ads.ads_create(account.id, [{"ad_group_id": "1", "creative_type": "REGULAR", "pin_id": pin.id}]).items[0]
    assert missing.data is None and missing.exceptions.message
    keywords = KeywordsApi(api)
    made_kw = keywords.keywords_create(
        account.id, {"parent_id": f"AG{group.id}", "keywords": [{"value": "soup", "match_type": "BROAD", "bid": 100}]}
    )
    assert [k.value for k in made_kw.keywords] == ["soup"] and made_kw.errors == []
    listed = keywords.keywords_get(account.id, ad_group_id=group.id)
    assert [k.id for k in listed.items] == [made_kw.keywords[0].id]
    archived = keywords.keywords_update(account.id, {"keywords": [{"id": made_kw.keywords[0].id, "archived": True}]})
    assert archived.keywords[0].archived is True
    audience = AudiencesApi(api).audiences_create(
        account.id, {"name": "Visitors", "rule": {"visitor_source_id": "1"}, "audience_type": "VISITOR"}
    )
    assert AudiencesApi(api).audiences_get(account.id, audience.id).name == "Visitors"
    assert (
        AudiencesApi(api).audiences_update(account.id, audience.id, {"name": "Site visitors"}).name == "Site visitors"
    )
    assert len(AudiencesApi(api).audiences_list(account.id).items) == 1
    lists = CustomerListsApi(api)
    customers = lists.customer_lists_create(account.id, {"name": "VIPs", "records": "a@example.com,b@example.com"})
    assert customers.num_uploaded_user_records == 2
    grown = lists.customer_lists_update(account.id, customers.id, {"operation_type": "ADD", "records": "c@example.com"})
    assert grown.num_uploaded_user_records == 3
    assert [c.id for c in lists.customer_lists_list(account.id).items] == [customers.id]
    with pytest.raises(NotFoundException):
        campaigns.campaigns_list("1")  # unknown ad account


@pytest.mark.parametrize(
    "api_class, prefix, label",
    [(CampaignsApi, "campaigns", "Campaign"), (AdGroupsApi, "ad_groups", "Ad group"), (AdsApi, "ads", "Ad")],
)
def test_ads_entities_answer_404_for_unknown_ids(api: ApiClient, api_class: Any, prefix: str, label: str) -> None:
    account = AdAccountsApi(api).ad_accounts_create({"name": "Shop", "country": "US"})
    calls = api_class(api)
    with pytest.raises(NotFoundException) as info:
        getattr(calls, f"{prefix}_get")(account.id, "123")
    assert info.value.message == f"{label} not found."
    updated = getattr(calls, f"{prefix}_update")(account.id, [{"id": "123", "ad_account_id": account.id}])
    item = updated.items[0]
    errors = item.exceptions if isinstance(item.exceptions, list) else [item.exceptions]
    assert item.data is None and [(e.code, e.message) for e in errors] == [(404, f"{label} 123 not found.")]
    assert getattr(calls, f"{prefix}_list")(account.id).items == []
    with pytest.raises(NotFoundException):
        getattr(calls, f"{prefix}_list")("1")  # unknown ad account


def test_catalog_feed_crud(api: ApiClient) -> None:
    feeds = CatalogFeedsApi(api)
    feed = feeds.feeds_create(feed_body("Main feed", "https://example.com/feed.tsv"))
    assert feed.id.isdigit() and feed.catalog_type == "RETAIL" and feed.location == "https://example.com/feed.tsv"
    with pytest.raises(ConflictException):
        feeds.feeds_create(feed_body("Main feed", "https://example.com/2.tsv"))
    changed = feeds.feeds_update(feed.id, {"catalog_type": "RETAIL", "name": "Renamed"})
    assert changed.name == "Renamed" and feeds.feeds_get(feed.id).name == "Renamed"
    assert [f.id for f in feeds.feeds_list().items] == [feed.id]
    assert feeds.feeds_ingest(feed.id).feed_id == feed.id
    feeds.feeds_delete(feed.id)
    with pytest.raises(NotFoundException):
        feeds.feeds_get(feed.id)


# ---------------------------------------------------------------------------------------------
# Asynchronous jobs: analytics reports, bulk requests, catalog item batches, their result files
# ---------------------------------------------------------------------------------------------

REPORT = {
    "start_date": "2024-01-01",
    "end_date": "2024-01-03",
    "granularity": "DAY",
    "level": "CAMPAIGN",
    "columns": ["SPEND_IN_DOLLAR", "TOTAL_CLICKTHROUGH", "CAMPAIGN_NAME"],
    "report_format": "CSV",
}
FAST = {"poll_interval": 0.01, "max_poll_interval": 0.02}


def test_analytics_report_finishes_on_the_second_poll_and_downloads_without_auth(
    api: ApiClient, fake: FakePinterest
) -> None:
    import csv
    import io

    from pinterest_client.testing import DOWNLOAD_OPERATION

    account, (spring, autumn) = ads_account(api, "Spring", "Autumn")
    reports = AdAccountsApi(api).analytics_create_report
    created = reports(account.id, REPORT)
    assert created.report_status == "IN_PROGRESS" and created.token
    get = AdAccountsApi(api).analytics_get_report
    first = get(account.id, created.token)
    assert first.report_status == "IN_PROGRESS" and first.url is None
    done = get(account.id, created.token)
    assert done.report_status == "FINISHED" and done.url.startswith(fake.root_url + "/fake-downloads/")
    assert get(account.id, created.token).to_dict() == done.to_dict()  # finished stays finished

    http = urllib3.PoolManager()
    plain = http.request("GET", done.url)  # no Authorization header: the signature in the URL is enough
    assert plain.status == 200 and plain.headers["Content-Type"] == "text/csv"
    assert done.size == len(plain.data)
    rows = list(csv.DictReader(io.StringIO(plain.data.decode())))
    assert list(rows[0]) == ["CAMPAIGN_ID", "DATE", "SPEND_IN_DOLLAR", "TOTAL_CLICKTHROUGH", "CAMPAIGN_NAME"]
    assert [(r["CAMPAIGN_ID"], r["DATE"]) for r in rows] == [
        (c.id, f"2024-01-0{day}") for c in (spring, autumn) for day in (1, 2, 3)
    ]
    assert {r["CAMPAIGN_NAME"] for r in rows} == {"Spring", "Autumn"}
    assert all(float(r["SPEND_IN_DOLLAR"]) > 0 and r["TOTAL_CLICKTHROUGH"].isdigit() for r in rows)
    assert http.request("GET", done.url).data == plain.data  # the same file every time

    # like S3: a second auth mechanism, a wrong signature and an unknown key are refused
    with_auth = http.request("GET", done.url, headers={"Authorization": f"Bearer {fake.access_token}"})
    assert with_auth.status == 400 and b"<Code>InvalidArgument</Code>" in with_auth.data
    forged = http.request("GET", done.url.replace("X-Amz-Signature=", "X-Amz-Signature=0"))
    assert forged.status == 403 and b"SignatureDoesNotMatch" in forged.data
    missing = http.request("GET", fake.root_url + "/fake-downloads/reports/nothing.csv")
    assert missing.status == 404 and b"NoSuchKey" in missing.data
    assert [r.status for r in fake.requests_for(DOWNLOAD_OPERATION)] == [200, 200, 400, 403, 404]

    # the SDK's helper downloads the same bytes without sending the client's token
    assert download_file(api, done.url) == plain.data
    assert "authorization" not in fake.requests_for(DOWNLOAD_OPERATION)[-1].headers

    # an unknown token, or another ad account's, does not exist
    other, _ = ads_account(api)
    assert get(account.id, "no-such-token").report_status == "DOES_NOT_EXIST"
    assert get(other.id, created.token).report_status == "DOES_NOT_EXIST"
    with pytest.raises(NotFoundException):
        reports("1", REPORT)  # unknown ad account


def test_analytics_report_formats_granularities_and_limits(api: ApiClient) -> None:
    account, (spring,) = ads_account(api, "Spring")
    run = functools.partial(run_analytics_report, api, account.id, **FAST)
    by_id = run(dict(REPORT, report_format="JSON", level="AD_GROUP", columns=["IMPRESSION_1", "CAMPAIGN_ID"]))
    (group_id,) = by_id.json()  # JSON reports are keyed by the entity id...
    assert [r["DATE"] for r in by_id.rows()] == ["2024-01-01", "2024-01-02", "2024-01-03"]
    assert {r["CAMPAIGN_ID"] for r in by_id.rows()} == {spring.id} and group_id != spring.id
    assert all(isinstance(r["IMPRESSION_1"], int) for r in by_id.rows())
    by_date = run(dict(REPORT, report_format="JSON", primary_sort="BY_DATE"))
    assert list(by_date.json()) == ["2024-01-01", "2024-01-02", "2024-01-03"]  # ...or by date
    total = run(dict(REPORT, granularity="TOTAL", end_date="2024-01-31"))
    (row,) = total.rows()
    assert "DATE" not in row and row["CAMPAIGN_ID"] == spring.id
    weekly = run(dict(REPORT, granularity="WEEK", end_date="2024-01-31"))  # 2024-01-01 is a Monday
    assert [r["DATE"] for r in weekly.rows()] == ["2024-01-01", "2024-01-08", "2024-01-15", "2024-01-22", "2024-01-29"]
    hourly = run(dict(REPORT, granularity="HOUR", end_date="2024-01-01", start_hour=20))
    assert [r["DATE"] for r in hourly.rows()] == [f"2024-01-01 {h}:00" for h in (20, 21, 22, 23)]
    advertiser = run(dict(REPORT, level="ADVERTISER", granularity="TOTAL"))
    assert [r["ADVERTISER_ID"] for r in advertiser.rows()] == [account.id]
    assert run(dict(REPORT, campaign_ids=["1"])).rows() == []  # filtered out
    create = AdAccountsApi(api).analytics_create_report
    with pytest.raises(BadRequestException, match="end_date is before start_date"):
        create(account.id, dict(REPORT, start_date="2024-02-01"))
    with pytest.raises(BadRequestException, match="at most 3 days"):
        create(account.id, dict(REPORT, granularity="HOUR", end_date="2024-01-04"))
    with pytest.raises(BadRequestException, match="at most 186 days"):
        create(account.id, dict(REPORT, end_date="2024-12-31"))


def test_job_polls_are_configurable() -> None:
    with FakePinterest(job_processing_polls=0) as fake, fake.api_client() as api:
        account, _ = ads_account(api)
        token = AdAccountsApi(api).analytics_create_report(account.id, REPORT).token
        assert AdAccountsApi(api).analytics_get_report(account.id, token).report_status == "FINISHED"
    with FakePinterest(job_processing_polls=3) as fake, fake.api_client() as api:
        batch_id = CatalogItemsApi(api).items_batch_post(ITEMS_BATCH).batch_id
        statuses = [CatalogItemsApi(api).items_batch_get(batch_id).status for _ in range(4)]
        assert statuses == ["PROCESSING", "PROCESSING", "PROCESSING", "COMPLETED"]


def test_bulk_download_snapshots_the_ad_account(api: ApiClient, fake: FakePinterest) -> None:
    account, (spring, autumn) = ads_account(api, "Spring", "Autumn")
    bulk = BulkApi(api)
    request_id = bulk.bulk_download_create(account.id, {"entity_types": ["CAMPAIGN", "AD_GROUP"]}).request_id
    assert request_id.startswith(account.id + "-")
    running = bulk.bulk_request_get(account.id, request_id)
    assert running.status == "RUNNING" and running.result_url is None
    done = bulk.bulk_request_get(account.id, request_id)
    assert done.status == "SUCCEEDED" and done.result_url.startswith(fake.root_url)
    plain = urllib3.PoolManager().request("GET", done.result_url)  # no Pinterest auth: the URL is presigned
    assert plain.status == 200 and plain.headers["Content-Type"] == "application/json"
    assert download_file(api, done.result_url) == plain.data
    entities = json.loads(plain.data)
    assert [c["name"] for c in entities["CAMPAIGN"]] == ["Spring", "Autumn"]
    assert [g["campaign_id"] for g in entities["AD_GROUP"]] == [spring.id]

    # with the helper: entity_ids select those entities and their children; CSV output
    only = run_bulk_download(api, account.id, {"entity_ids": [autumn.id], "output_format": "CSV"}, **FAST)
    lines = download_file(api, only.result_url).decode().splitlines()
    assert lines == [
        "ENTITY_TYPE,ID,AD_ACCOUNT_ID,CAMPAIGN_ID,AD_GROUP_ID,NAME,STATUS",
        f"CAMPAIGN,{autumn.id},{account.id},{autumn.id},,Autumn,ACTIVE",
    ]

    with pytest.raises(NotFoundException):
        bulk.bulk_request_get(account.id, "no-such-request")
    other, _ = ads_account(api)
    with pytest.raises(NotFoundException):
        bulk.bulk_request_get(other.id, request_id)  # another ad account's request


def test_bulk_upsert_applies_when_it_finishes(api: ApiClient) -> None:
    account, (spring,) = ads_account(api, "Spring")
    upsert = {
        "create": {"campaigns": [{"ad_account_id": account.id, "name": "Summer", "objective_type": "AWARENESS"}]},
        "update": {
            "campaigns": [
                {"id": spring.id, "ad_account_id": account.id, "status": "PAUSED"},
                {"id": "1", "ad_account_id": account.id},
            ]
        },
    }
    request_id = BulkApi(api).bulk_upsert_create(account.id, upsert).request_id
    campaigns = CampaignsApi(api)
    assert [c.name for c in campaigns.campaigns_list(account.id).items] == ["Spring"]  # not applied yet
    done = wait_for_bulk_request(api, account.id, request_id, **FAST)
    assert done.status == "SUCCEEDED"
    listed = {c.name: c for c in campaigns.campaigns_list(account.id).items}
    assert sorted(listed) == ["Spring", "Summer"] and listed["Spring"].status == "PAUSED"
    results = json.loads(download_file(api, done.result_url))
    (created,) = results["create"]["campaigns"]
    assert created["data"]["id"] == listed["Summer"].id and created["exceptions"] == []
    updated, unknown = results["update"]["campaigns"]
    assert updated["data"]["status"] == "PAUSED" and unknown["exceptions"][0]["code"] == 404


def test_items_batch_validates_each_item_and_keeps_the_catalog(api: ApiClient) -> None:
    items = CatalogItemsApi(api)
    posted = items.items_batch_post(ITEMS_BATCH)
    assert posted.status == "PROCESSING" and posted.catalog_type == "RETAIL" and posted.completed_time is None
    assert [(i.item_id, i.status) for i in posted.items] == [("MUG-1", "PROCESSING"), ("MUG-2", "PROCESSING")]
    assert items.items_batch_get(posted.batch_id).status == "PROCESSING"
    done = items.items_batch_get(posted.batch_id)
    assert done.status == "COMPLETED" and done.completed_time >= done.created_time
    good, bad = done.items
    assert (good.item_id, good.status, good.errors) == ("MUG-1", "SUCCESS", [])
    assert bad.status == "FAILURE"
    assert [(e.attribute, e.code) for e in bad.errors] == [
        ("price", 120),
        ("description", 107),
        ("link", 108),
        ("image_link", 109),
        ("availability", 111),
    ]
    assert "price formatting error" in bad.errors[0].message

    # the catalog now has MUG-1 (only): an update works, a second create and an update of MUG-2 fail
    follow_up = {
        "catalog_type": "RETAIL",
        "country": "US",
        "language": "en-US",
        "items": [
            {"operation": "UPDATE", "item_id": "MUG-1", "attributes": {"price": "8.99 USD"}},
            {"operation": "CREATE", "item_id": "MUG-1", "attributes": ITEMS_BATCH["items"][0]["attributes"]},
            {"operation": "UPDATE", "item_id": "MUG-2", "attributes": {"price": "1.00 USD"}},
            {"operation": "DELETE", "item_id": "MUG-1"},
        ],
    }
    result = run_items_batch(api, follow_up, **FAST)
    assert [(i.status, [e.code for e in i.errors]) for i in result.items] == [
        ("SUCCESS", []),
        ("FAILURE", [131]),
        ("FAILURE", [130]),
        ("SUCCESS", []),
    ]

    # hotel batches name their items hotel_id
    hotel = run_items_batch(
        api,
        {
            "catalog_type": "HOTEL",
            "country": "US",
            "language": "en-US",
            "items": [{"operation": "UPSERT", "hotel_id": "H-1", "attributes": {"name": "Inn"}}],
        },
        **FAST,
    )
    assert hotel.catalog_type == "HOTEL" and [(i.hotel_id, i.status) for i in hotel.items] == [("H-1", "SUCCESS")]

    with pytest.raises(NotFoundException) as missing:
        items.items_batch_get("0123abcd")
    assert missing.value.code == 4331
    account, _ = ads_account(api)
    with pytest.raises(NotFoundException):
        items.items_batch_get(posted.batch_id, ad_account_id=account.id)  # not that ad account's batch


def test_a_failing_download_is_retried(api: ApiClient, fake: FakePinterest) -> None:
    from pinterest_client.testing import DOWNLOAD_OPERATION

    account, _ = ads_account(api, "Spring")
    report = run_analytics_report(api, account.id, REPORT, download=False, **FAST)
    fake.inject(DOWNLOAD_OPERATION, status=503)
    assert download_file(api, report.url).startswith(b"CAMPAIGN_ID,DATE,")
    assert [r.status for r in fake.requests_for(DOWNLOAD_OPERATION)] == [503, 200]


def test_other_operations_answer_from_metadata(fake: FakePinterest) -> None:
    from pinterest_client.api.terms_api import TermsApi
    from pinterest_client.api.user_account_api import UserAccountApi as Users

    with ApiClient(fake.configuration(retries=0, strict_responses=True)) as strict:
        suggested = TermsApi(strict).terms_suggested_list("soup")
        assert isinstance(suggested, list) and suggested and all(isinstance(s, str) for s in suggested)
        following = Users(strict).user_following_get(page_size=5)
        assert following.items and following.bookmark is None  # one page: paginating clients stop
        top = Users(strict).user_account_analytics_top_pins("2025-11-01", "2025-11-07", "IMPRESSION")
        assert top.to_dict()
    # answers are deterministic
    assert TermsApi(fake.api_client()).terms_suggested_list("soup") == suggested


def test_synthesized_answers_pass_the_sdks_strict_checks() -> None:
    """Without the spec file: every typed 2xx answer the fake can make passes the SDK's own strict
    response validation (``encode(..., response=True)``) and decodes."""
    from pinterest_client.model_utils import decoder_for, encode

    synth = Synthesizer()
    count = 0
    for op in all_operations().values():
        for status, type_str in op.responses.items():
            if not status.startswith("2") or type_str is None:
                continue
            synth.reseed(op.id)
            value = synth.make(type_str)
            encode(value, type_str, f"{op.id} {status}", response=True)
            decoder = decoder_for(type_str)
            assert (decoder(value) if decoder else value) is not None
            count += 1
    assert count > 200


def test_faults_can_be_listed_cleared_and_reset(fake: FakePinterest, api: ApiClient) -> None:
    forever = fake.inject("pins/get", status=500, times=None)
    once = fake.inject(fault="drop")
    assert fake.faults == [forever, once]
    with pytest.raises(ApiConnectionError):
        BoardsApi(api).boards_list()
    assert fake.faults == [forever] and once.hits == 1
    fake.clear_faults()
    BoardsApi(api).boards_create({"name": "kept until reset"})
    fake.reset()
    assert fake.requests == [] and BoardsApi(api).boards_list().items == []
    with pytest.raises(ValueError):
        fake.inject(fault="explode")
    with pytest.raises(ValueError):
        fake.inject("boards/list")


def test_spam_429_is_not_retried(fake: FakePinterest) -> None:
    from pinterest_client.exceptions import SpamRateLimitException

    fake.inject(status=429, body={"code": 8, "message": "Request blocked: spam detected"}, times=None)
    with ApiClient(fake.configuration(retries=FAST_RETRIES)) as client:
        with pytest.raises(SpamRateLimitException):
            BoardsApi(client).boards_list()
    assert len(fake.requests) == 1


def test_concurrent_clients_get_distinct_ids(fake: FakePinterest) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ApiClient(fake.configuration(retries=0, connection_pool_maxsize=8)) as client:
        boards = BoardsApi(client)
        with ThreadPoolExecutor(8) as pool:
            made = list(pool.map(lambda i: boards.boards_create({"name": f"b{i}"}).id, range(40)))
        assert len(set(made)) == 40
        listed = boards.boards_list(page_size=250).items
        assert sorted(b.id for b in listed) == sorted(made)


# ---------------------------------------------------------------------------------------------
# Packaging
# ---------------------------------------------------------------------------------------------


def test_route_table_finds_every_operation() -> None:
    from pinterest_client.testing._routes import RouteTable

    table = RouteTable()
    synth = Synthesizer()
    for op in all_operations().values():
        path = op.path
        for param in op.params:
            if param.location == "path":
                path = path.replace("{" + param.name + "}", str(synth.make(param.type, param.checks, param.name)))
        found, _, _ = table.resolve(op.method, path)
        if op.deprecated and found is not op:  # an old alias sharing its successor's path
            assert found is not None and found.path == op.path
            continue
        assert found is op, (op.id, found and found.id)


def test_importing_the_sdk_does_not_import_the_fake() -> None:
    code = (
        "import sys, pinterest_client, pinterest_client.api.boards_api, pinterest_client.models;"
        "from pinterest_client.apis import *;"
        "print(any(m.startswith('pinterest_client.testing') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=ROOT),
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_command_line_server_prints_host_and_token() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "pinterest_client.testing", "--port", "0", "--token", "pina_cli"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=ROOT),
    )
    try:
        first = proc.stdout.readline()
        token_line = proc.stdout.readline()
        assert "http://127.0.0.1:" in first and first.rstrip().endswith("/v5"), first
        assert "pina_cli" in token_line
        host = first.split(" at ", 1)[1].strip()
        config = Configuration(host=host, access_token="pina_cli", retries=0)
        with ApiClient(config) as client:
            assert UserAccountApi(client).user_account_get().username == "fake_pinner"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# ---------------------------------------------------------------------------------------------
# Conformance: one valid request per operation, answer validated against the spec
# ---------------------------------------------------------------------------------------------


def _load_spec() -> Dict[str, Any]:
    if not os.path.isfile(SPEC_PATH):
        pytest.skip(f"spec file not found at {os.path.normpath(SPEC_PATH)}: conformance check skipped")
    with open(SPEC_PATH, encoding="utf-8") as fh:
        return json.load(fh)


def openapi_to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema -> JSON Schema (draft 4): ``nullable: true`` becomes a ``null`` type
    (or ``anyOf`` with null), and a ``discriminator`` with a mapping selects the variant by the
    property's value, as OpenAPI defines it (plain ``oneOf`` cannot tell apart variants that
    only differ by the discriminator value)."""
    if isinstance(node, list):
        return [openapi_to_json_schema(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {
        k: (v if k in ("example", "examples", "enum", "default") else openapi_to_json_schema(v))
        for k, v in node.items()
    }
    disc = out.get("discriminator")
    if isinstance(disc, dict) and disc.get("mapping") and ("oneOf" in out or "anyOf" in out):
        prop = disc["propertyName"]
        out.pop("oneOf", None)
        out.pop("anyOf", None)
        out["anyOf"] = [
            {"allOf": [{"properties": {prop: {"enum": [value]}}, "required": [prop]}, {"$ref": ref}]}
            for value, ref in disc["mapping"].items()
        ]
    if out.get("nullable") is True:
        out.pop("nullable")
        if "$ref" in out:
            out = {"anyOf": [{"type": "null"}, {"$ref": out["$ref"]}]}
        elif "type" in out:
            out["type"] = [out["type"], "null"]
            if "enum" in out and None not in out["enum"]:
                out["enum"] = list(out["enum"]) + [None]
        else:
            out = {"anyOf": [{"type": "null"}, out]}
    return out


#: Request values the sweep cannot invent: they must name things that exist in the fake.
_DATES = {"start_date": "2025-11-01", "end_date": "2025-11-07"}


def _fixtures(api: ApiClient, fake: FakePinterest) -> Dict[str, str]:
    account = AdAccountsApi(api).ad_accounts_create({"name": "Fixture account", "country": "US"})
    board = BoardsApi(api).boards_create({"name": "Fixture board"})
    section = BoardsApi(api).board_sections_create(board.id, {"name": "Fixture section"})
    pin = PinsApi(api).pins_create({"board_id": board.id, "board_section_id": section.id, "media_source": image()})
    campaign = first_created(
        CampaignsApi(api).campaigns_create(
            account.id, [{"ad_account_id": account.id, "name": "Fixture campaign", "objective_type": "AWARENESS"}]
        )
    )
    group = first_created(
        AdGroupsApi(api).ad_groups_create(
            account.id, [{"campaign_id": campaign.id, "name": "Fixture group", "billable_event": "IMPRESSION"}]
        )
    )
    ad = first_created(
        AdsApi(api).ads_create(account.id, [{"ad_group_id": group.id, "creative_type": "REGULAR", "pin_id": pin.id}])
    )
    audience = AudiencesApi(api).audiences_create(
        account.id, {"name": "Fixture audience", "rule": {}, "audience_type": "VISITOR"}
    )
    customers = CustomerListsApi(api).customer_lists_create(
        account.id, {"name": "Fixture list", "records": "a@example.com"}
    )
    keyword = (
        KeywordsApi(api)
        .keywords_create(account.id, {"parent_id": group.id, "keywords": [{"value": "fixture", "match_type": "EXACT"}]})
        .keywords[0]
    )
    feed = CatalogFeedsApi(api).feeds_create(feed_body("Fixture feed", "https://example.com/f.tsv"))
    media = MediaApi(api).media_create({"media_type": "video"})
    bulk = BulkApi(api).bulk_download_create(account.id, {"entity_types": ["CAMPAIGN"]})
    batch = CatalogItemsApi(api).items_batch_post(ITEMS_BATCH)
    return {
        "ad_account_id": account.id,
        "board_id": board.id,
        "section_id": section.id,
        "board_section_id": section.id,
        "pin_id": pin.id,
        "campaign_id": campaign.id,
        "ad_group_id": group.id,
        "ad_id": ad.id,
        "audience_id": audience.id,
        "customer_list_id": customers.id,
        "keyword_id": keyword.id,
        "feed_id": feed.id,
        "media_id": media.media_id,
        "bulk_request_id": bulk.request_id,
        "batch_id": batch.batch_id,
        "authorization_code": fake.authorization_code("https://example.com/cb"),
        "conversion_tag_id": ConversionTagsApi(api).conversion_tags_create(account.id, {"name": "Fixture tag"}).id,
    }


def _fill(value: Any, ids: Dict[str, str]) -> Any:
    """Replace, anywhere in a synthesized body, values of keys that name fixture resources."""
    if isinstance(value, list):
        return [_fill(v, ids) for v in value]
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key in ids and isinstance(item, str):
                out[key] = ids[key]
            elif key in ids and isinstance(item, list) and all(isinstance(i, str) for i in item):
                out[key] = [ids[key]]
            else:
                out[key] = _fill(item, ids)
        return out
    return value


#: Per-operation body fixes: which fixture the bulk-update ``id`` names, and a few values that
#: must not clash with the fixtures' own.
_BODY_FIXES = {
    "campaigns/update": lambda b, ids: [dict(i, id=ids["campaign_id"]) for i in b],
    "ad_groups/update": lambda b, ids: [dict(i, id=ids["ad_group_id"]) for i in b],
    "ads/update": lambda b, ids: [dict(i, id=ids["ad_id"]) for i in b],
    "keywords/update": lambda b, ids: dict(b, keywords=[dict(k, id=ids["keyword_id"]) for k in b["keywords"]]),
    "keywords/create": lambda b, ids: dict(b, parent_id="AG" + ids["ad_group_id"]),
    "board_sections/update": lambda b, ids: dict(b, name="Renamed section"),
    "feeds/update": lambda b, ids: dict(b, name="Renamed feed"),
    "pins/create": lambda b, ids: dict(b, media_source=image()),
    "oauth/token": lambda b, ids: dict(b, code=ids["authorization_code"], redirect_uri="https://example.com/cb"),
    "analytics/create_report": lambda b, ids: dict(b, granularity="DAY", **_DATES),
}

#: Deletes run last, children before parents.
_DELETE_ORDER = ["board_sections/delete", "pins/delete", "boards/delete"]


def _sweep_order(op: Operation) -> Any:
    if op.method != "DELETE":
        return (0, 0, op.id)
    rank = _DELETE_ORDER.index(op.id) if op.id in _DELETE_ORDER else -1
    return (1, rank, op.id)


def _request_args(op: Operation, ids: Dict[str, str], synth: Synthesizer) -> List[Any]:
    from pinterest_client.model_utils import encode

    args: List[Any] = []
    for param in op.params:
        if param.location == "path" and param.name in ids:
            args.append(ids[param.name])
        elif param.name in _DATES:
            args.append(_DATES[param.name])
        elif param.required:
            args.append(synth.make(param.type, param.checks, param.name))
        else:
            args.append(None)
    if op.body is not None:
        body = _fill(synth.make(op.body), ids)
        fix = _BODY_FIXES.get(op.id)
        if fix is not None:
            body = fix(body, ids)
        if not _unvalidatable(op.body):
            encode(body, op.body, f"{op.id} body")  # the sweep only sends valid requests
        args.append(body)
    return args


def _unvalidatable(type_str: str) -> bool:
    """A body type the SDK cannot check (a union generated without variants): send unchecked."""
    from pinterest_client.model_utils import UnionModel, resolve_type

    if "[" in type_str:
        return False
    cls = resolve_type(type_str)
    return isinstance(cls, type) and issubclass(cls, UnionModel) and not cls._variants


def test_every_operation_answers_per_spec(fake: FakePinterest) -> None:
    import jsonschema

    spec = _load_spec()
    components = openapi_to_json_schema(spec["components"])
    spec_ops = {}
    for path, item in spec["paths"].items():
        for method, raw in item.items():
            if isinstance(raw, dict) and "operationId" in raw:
                spec_ops[raw["operationId"]] = (method.upper(), path, raw)
    ops = all_operations()
    assert len(spec_ops) == 231
    assert set(spec_ops) <= set(ops), sorted(set(spec_ops) - set(ops))

    failures: List[str] = []
    checked = 0
    with ApiClient(fake.configuration(retries=0, client_id=fake.client_id)) as api:
        ids = _fixtures(api, fake)
        synth = Synthesizer(seed=7)
        warnings.simplefilter("ignore", DeprecationWarning)  # the deprecated operations are swept too
        for op in sorted(ops.values(), key=_sweep_order):
            synth.reseed(op.id)
            try:
                args = _request_args(op, ids, synth)
                options = {"_preload_content": False}
                if op.body is not None and _unvalidatable(op.body):
                    options["_check_input_type"] = False
                raw = api.call_api(op, args, options)
            except ApiException as exc:
                answer = fake.last_request.response_body if fake.last_request else b""
                failures.append(f"{op.id}: HTTP {exc.status}: {answer!r:.300}")
                continue
            except Exception as exc:  # noqa: BLE001 - report every operation, not the first
                failures.append(f"{op.id}: {type(exc).__name__}: {exc}")
                continue
            status = str(raw.status)
            data = raw.data
            assert raw.headers.get("x-pinterest-rid"), op.id
            if op.id not in spec_ops:
                if not 200 <= raw.status < 300:  # a legacy operation the SDK keeps: just 2xx
                    failures.append(f"{op.id} (legacy): HTTP {status}")
                continue
            method, path, raw_spec = spec_ops[op.id]
            assert (method, path) == (op.method, op.path), op.id
            declared = raw_spec["responses"].get(status)
            if declared is None:
                failures.append(f"{op.id}: status {status} is not declared ({sorted(raw_spec['responses'])})")
                continue
            if "$ref" in declared:
                declared = spec["components"]["responses"][declared["$ref"].rsplit("/", 1)[1]]
            schema = ((declared.get("content") or {}).get("application/json") or {}).get("schema")
            if schema is None:
                if data:
                    failures.append(f"{op.id}: {status} declares no body but got {data[:100]!r}")
                checked += 1
                continue
            try:
                document = json.loads(data)
            except ValueError:
                failures.append(f"{op.id}: {status} body is not JSON: {data[:100]!r}")
                continue
            validator = jsonschema.Draft4Validator(
                {"allOf": [openapi_to_json_schema(schema)], "components": components}
            )
            errors = sorted(validator.iter_errors(document), key=lambda e: len(list(e.absolute_path)))
            if errors:
                where = "/".join(str(p) for p in errors[0].absolute_path)
                failures.append(f"{op.id}: {status} at /{where}: {errors[0].message[:300]}")
                continue
            checked += 1
    assert not failures, f"{len(failures)} operation(s) failed:\n" + "\n".join(failures)
    assert checked == 231
