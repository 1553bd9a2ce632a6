"""FakePinterest answers like Pinterest (issue 13): no invented data, Pinterest's token rules,
stateful conversion tags and events, and the business rules client code handles.

Each rule is checked twice: through the SDK, and with plain ``urllib3`` requests as a client
that is not ours would send them (JSON bodies, form-encoded OAuth, raw status codes).
"""

from __future__ import annotations

import base64
import json
from typing import Any, Dict, Iterator, List, Optional, Tuple
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import urllib3

from pinterest_client import ApiClient
from pinterest_client.api.ad_accounts_api import AdAccountsApi
from pinterest_client.api.ad_groups_api import AdGroupsApi
from pinterest_client.api.boards_api import BoardsApi
from pinterest_client.api.campaigns_api import CampaignsApi
from pinterest_client.api.pins_api import PinsApi
from pinterest_client.testing import FakePinterest


@pytest.fixture
def fake() -> Iterator[FakePinterest]:
    with FakePinterest() as server:
        yield server


@pytest.fixture
def api(fake: FakePinterest) -> Iterator[ApiClient]:
    with fake.api_client(retries=0) as client:
        yield client


class Plain:
    """A client that is not ours: urllib3 and hand-written JSON."""

    def __init__(self, fake: FakePinterest) -> None:
        self.fake = fake
        self.http = urllib3.PoolManager(retries=False)

    def call(
        self, method: str, path: str, body: Any = None, *, token: Optional[str] = None, fields: Any = None
    ) -> Tuple[int, Any]:
        headers = {"Authorization": f"Bearer {token or self.fake.access_token}"}
        data = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = json.dumps(body).encode()
        response = self.http.request(method, self.fake.host + path, body=data, headers=headers, fields=fields)
        return response.status, (json.loads(response.data) if response.data else None)

    def token(self, **form: str) -> Tuple[int, Any]:
        basic = base64.b64encode(f"{self.fake.client_id}:{self.fake.client_secret}".encode()).decode()
        response = self.http.request(
            "POST",
            self.fake.host + "/oauth/token",
            body=urlencode(form),
            headers={"Authorization": f"Basic {basic}", "Content-Type": "application/x-www-form-urlencoded"},
        )
        return response.status, json.loads(response.data)


@pytest.fixture
def plain(fake: FakePinterest) -> Iterator[Plain]:
    client = Plain(fake)
    yield client
    client.http.clear()


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def assert_nothing_invented(record: Dict[str, Any], sent: Dict[str, Any], assigned: Tuple[str, ...]) -> None:
    """Every non-null field of ``record`` was sent, or is one the server assigns."""
    for key, value in record.items():
        if value is None or key in assigned:
            continue
        assert key in sent, f"{key}={value!r} was neither sent nor assigned by the server"
    assert not [s for s in _strings(record) if s.startswith("Sample ")], record


def ad_group_in_new_account(api: ApiClient) -> Tuple[Any, Any, Any]:
    """``(ad account, campaign, ad group)``, made with the required fields only."""
    account = AdAccountsApi(api).ad_accounts_create({"name": "Shop", "country": "US"})
    campaign = (
        CampaignsApi(api)
        .campaigns_create(account.id, [{"ad_account_id": account.id, "name": "C", "objective_type": "AWARENESS"}])
        .items[0]
        .data
    )
    group = (
        AdGroupsApi(api)
        .ad_groups_create(account.id, [{"campaign_id": campaign.id, "name": "G", "billable_event": "IMPRESSION"}])
        .items[0]
        .data
    )
    return account, campaign, group


# ---------------------------------------------------------------------------------------------
# 1. No invented data
# ---------------------------------------------------------------------------------------------

AD_GROUP_ASSIGNED = (
    "id",
    "ad_account_id",
    "campaign_id",
    "created_time",
    "updated_time",
    "status",
    "summary_status",
    "type",
    "auto_targeting_enabled",
    "pacing_delivery_type",
)
CAMPAIGN_ASSIGNED = (
    "id",
    "created_time",
    "updated_time",
    "status",
    "summary_status",
    "type",
    "is_automated_campaign",
    "is_campaign_budget_optimization",
    "is_flexible_daily_budgets",
    "is_performance_plus",
)


def test_ad_group_without_targeting_comes_back_without_targeting_plain(plain: Plain) -> None:
    status, account = plain.call("POST", "/ad_accounts", {"name": "Shop", "country": "US"})
    assert status == 200
    assert_nothing_invented(
        account, {"name": 1, "country": 1}, ("id", "owner", "permissions", "currency", "created_time", "updated_time")
    )
    campaign_body = {"ad_account_id": account["id"], "name": "C", "objective_type": "AWARENESS"}
    status, created = plain.call("POST", f"/ad_accounts/{account['id']}/campaigns", [campaign_body])
    assert status == 200 and created["items"][0]["exceptions"] == []
    campaign = created["items"][0]["data"]
    assert_nothing_invented(campaign, campaign_body, CAMPAIGN_ASSIGNED)
    assert campaign["status"] == "ACTIVE" and campaign["lifetime_spend_cap"] is None
    assert campaign["tracking_urls"] is None if "tracking_urls" in campaign else True
    group_body = {"campaign_id": campaign["id"], "name": "G", "billable_event": "IMPRESSION"}
    status, created = plain.call("POST", f"/ad_accounts/{account['id']}/ad_groups", [group_body])
    group = created["items"][0]["data"]
    assert "targeting_spec" not in group
    assert_nothing_invented(group, group_body, AD_GROUP_ASSIGNED)
    status, fetched = plain.call("GET", f"/ad_accounts/{account['id']}/ad_groups/{group['id']}")
    assert status == 200 and fetched == group


def test_created_resources_are_what_was_sent_sdk(api: ApiClient) -> None:
    board = BoardsApi(api).boards_create({"name": "Recipes"})
    assert (board.name, board.description, board.privacy, board.pin_count) == ("Recipes", "", "PUBLIC", 0)
    pin = PinsApi(api).pins_create(
        {"board_id": board.id, "media_source": {"source_type": "image_url", "url": "https://example.com/a.jpg"}}
    )
    assert pin.title is None and pin.description is None and pin.link is None
    assert pin.get("dominant_color") is None and pin.get("product_tags") is None
    assert pin.board_id == board.id and pin.id and pin.created_at
    account, _, group = ad_group_in_new_account(api)
    assert group.get("targeting_spec") is None and group.budget_in_micro_currency is None
    again = AdGroupsApi(api).ad_groups_get(account.id, group.id)
    assert again.to_dict() == group.to_dict()


def test_stateless_answers_are_small(plain: Plain) -> None:
    status, answer = plain.call("GET", "/ad_accounts/123/product_group_promotions/456")
    assert status == 200
    assert len(json.dumps(answer)) < 2000
    status, answer = plain.call(
        "GET",
        "/ad_accounts/123/ad_groups/targeting_analytics?ad_group_ids=1"
        "&start_date=2025-01-01&end_date=2025-01-02&targeting_types=GENDER&columns=SPEND_IN_DOLLAR"
        "&granularity=DAY",
    )
    assert status == 200, answer


def test_every_synthesized_answer_is_small() -> None:
    from pinterest_client.testing._routes import all_operations
    from pinterest_client.testing._state import HANDLERS
    from pinterest_client.testing._synth import Synthesizer

    for op in all_operations().values():
        types = [t for s, t in op.responses.items() if s.startswith("2") and t]
        if op.id in HANDLERS or not types:
            continue
        synth = Synthesizer()
        synth.reseed(op.id)
        assert len(json.dumps(synth.make(types[0]))) < 2000, op.id


# ---------------------------------------------------------------------------------------------
# 2. Token rules
# ---------------------------------------------------------------------------------------------

DAY = 24 * 3600


def test_refresh_token_is_reusable_until_it_expires_plain(fake: FakePinterest, plain: Plain) -> None:
    answers = [plain.token(grant_type="refresh_token", refresh_token=fake.refresh_token) for _ in range(3)]
    assert [status for status, _ in answers] == [200, 200, 200]
    tokens = {answer["access_token"] for _, answer in answers}
    assert len(tokens) == 3
    for _, answer in answers:  # no rotation without continuous refresh: the same token, its remaining life
        assert answer["refresh_token"] == fake.refresh_token
        assert 0 < answer["refresh_token_expires_in"] <= 60 * DAY
        assert answer["response_type"] == "refresh_token" and answer["expires_in"] == 30 * DAY
    for token in tokens:
        assert plain.call("GET", "/user_account", token=token)[0] == 200
    fake.advance_clock(31 * DAY)  # access tokens expire after expires_in...
    status, error = plain.call("GET", "/user_account", token=tokens.pop())
    assert status == 401 and error["code"] == 2
    assert plain.token(grant_type="refresh_token", refresh_token=fake.refresh_token)[0] == 200
    fake.advance_clock(30 * DAY)  # ...refresh tokens after 60 days
    status, error = plain.token(grant_type="refresh_token", refresh_token=fake.refresh_token)
    assert (status, error) == (401, {"code": 283, "message": "The authorization grant is invalid"})


def test_continuous_refresh_returns_a_new_refresh_token_plain(fake: FakePinterest, plain: Plain) -> None:
    status, first = plain.token(grant_type="refresh_token", refresh_token=fake.refresh_token, continuous_refresh="true")
    assert status == 200 and first["refresh_token"] != fake.refresh_token
    assert first["refresh_token_expires_in"] == 60 * DAY
    fake.advance_clock(10 * DAY)
    status, second = plain.token(
        grant_type="refresh_token", refresh_token=first["refresh_token"], continuous_refresh="true"
    )
    assert status == 200 and second["refresh_token"] not in (first["refresh_token"], fake.refresh_token)
    assert second["refresh_token_expires_at"] > first["refresh_token_expires_at"]
    assert plain.token(grant_type="refresh_token", refresh_token=fake.refresh_token)[0] == 200  # still valid
    fake.advance_clock(55 * DAY)  # refreshable indefinitely: the newest one outlives the first two
    assert plain.token(grant_type="refresh_token", refresh_token=first["refresh_token"])[0] == 401
    assert plain.token(grant_type="refresh_token", refresh_token=second["refresh_token"])[0] == 200


def test_authorization_codes_are_single_use_plain(fake: FakePinterest, plain: Plain) -> None:
    callback = "https://app.example.com/callback"
    page = plain.http.request(
        "GET",
        fake.authorize_url,
        fields={"client_id": fake.client_id, "redirect_uri": callback, "response_type": "code", "state": "xyz"},
        redirect=False,
    )
    assert page.status == 302
    location = page.headers["Location"]
    assert location.startswith(callback + "?") and "state=xyz" in location
    code = parse_qs(urlsplit(location).query)["code"][0]
    status, tokens = plain.token(grant_type="authorization_code", code=code, redirect_uri=callback)
    assert (
        status == 200
        and tokens["refresh_token"].startswith("pinr_")
        and tokens["response_type"] == "authorization_code"
    )
    assert plain.token(grant_type="authorization_code", code=code, redirect_uri=callback)[0] == 401  # spent
    other = fake.authorization_code(callback)
    assert plain.token(grant_type="authorization_code", code=other, redirect_uri="https://evil.example.com/")[0] == 401
    assert plain.token(grant_type="authorization_code", code=other, redirect_uri=callback)[0] == 401  # spent too
    assert plain.token(grant_type="authorization_code", code="made-up", redirect_uri=callback)[0] == 401


def test_one_stored_refresh_token_serves_several_clients_sdk(fake: FakePinterest) -> None:
    from pinterest_client.api.user_account_api import UserAccountApi

    rotated = []
    for _ in range(3):  # three test sessions starting from the same stored refresh token
        config = fake.configuration(access_token=None, refresh_token=fake.refresh_token, retries=0)
        config.on_token_refresh = rotated.append
        with ApiClient(config) as client:
            assert UserAccountApi(client).user_account_get().username == "fake_pinner"
    assert len(rotated) == 3 and all(r.refresh_token for r in rotated)  # the SDK asks for continuous refresh


def test_expired_access_token_is_refreshed_by_the_sdk(fake: FakePinterest) -> None:
    from pinterest_client.api.user_account_api import UserAccountApi

    config = fake.configuration(access_token=None, refresh_token=fake.refresh_token, retries=0)
    with ApiClient(config) as client:
        users = UserAccountApi(client)
        users.user_account_get()
        fake.advance_clock(31 * DAY)
        assert users.user_account_get().username  # 401, one refresh, retried
    statuses = [r.status for r in fake.requests if r.operation_id == "user_account/get"]
    assert statuses[-2:] == [401, 200]


# ---------------------------------------------------------------------------------------------
# 3. Conversion tags and events
# ---------------------------------------------------------------------------------------------

HASHED_EMAIL = "964bbaf162703657e787eb4455197c8b35c18940c75980b0285619fe9b8acec8"


def conversion_event(n: int, email: str = HASHED_EMAIL) -> Dict[str, Any]:
    return {
        "event_name": "add_to_cart",
        "action_source": "app_ios",
        "event_time": 1670026573,
        "event_id": f"event-{n}",
        "user_data": {"em": [email]},
        "custom_data": {},
    }


def test_conversion_tags_are_stateful_sdk(api: ApiClient) -> None:
    from pinterest_client.api.conversion_tags_api import ConversionTagsApi

    tags = ConversionTagsApi(api)
    account = AdAccountsApi(api).ad_accounts_create({"name": "Shop", "country": "US"})
    assert tags.conversion_tags_list(account.id).items == []
    assert tags.page_visit_conversion_tags_get(account.id).items == []  # a new account: nothing fired
    assert tags.ocpm_eligible_conversion_tags_get(account.id).to_dict() == {}
    made = [tags.conversion_tags_create(account.id, {"name": f"Tag {n}"}) for n in range(3)]
    assert [t.name for t in made] == ["Tag 0", "Tag 1", "Tag 2"]
    assert [t.id for t in tags.conversion_tags_list(account.id).items] == [t.id for t in made]
    fetched = tags.conversion_tags_get(account.id, made[1].id)
    assert (fetched.name, fetched.ad_account_id, fetched.status) == ("Tag 1", account.id, "ACTIVE")
    assert made[1].id in fetched.code_snippet
    other = AdAccountsApi(api).ad_accounts_create({"name": "Other", "country": "US"})
    assert tags.conversion_tags_list(other.id).items == []


def test_conversion_tags_are_stateful_plain(plain: Plain) -> None:
    _, account = plain.call("POST", "/ad_accounts", {"name": "Shop", "country": "US"})
    base = f"/ad_accounts/{account['id']}/conversion_tags"
    status, tag = plain.call("POST", base, {"name": "Checkout tag", "aem_enabled": True, "md_frequency": 1.0})
    assert status == 201
    assert tag["name"] == "Checkout tag" and tag["configs"] == {"aem_enabled": True, "md_frequency": 1.0}
    assert tag["last_fired_time_ms"] is None and tag["enhanced_match_status"] is None
    assert plain.call("GET", f"{base}/{tag['id']}") == (200, tag)
    assert plain.call("GET", base) == (200, {"items": [tag]})
    status, error = plain.call("GET", f"{base}/123456")
    assert status == 404 and set(error) == {"code", "message"}


def test_conversion_events_answers_count_what_was_sent_sdk(fake: FakePinterest, api: ApiClient) -> None:
    from pinterest_client.api.conversion_events_api import ConversionEventsApi

    account = AdAccountsApi(api).ad_accounts_create({"name": "Shop", "country": "US"})
    with ApiClient(fake.configuration(access_token=None, conversion_token=fake.conversion_token)) as client:
        events = ConversionEventsApi(client)
        answer = events.events_create(account.id, {"data": [conversion_event(1), conversion_event(2)]}, test=True)
        assert (answer.num_events_received, answer.num_events_processed, len(answer.events)) == (2, 2, 2)
        assert [(e.status, e.error_message, e.warning_message) for e in answer.events] == [("processed", "", "")] * 2
        unhashed = events.events_create(account.id, {"data": [conversion_event(3, "someone@example.com")]})
        assert unhashed.num_events_received == 1 and "em" in unhashed.events[0].warning_message
    assert [e["event_id"] for e in fake.state.conversion_events] == ["event-3"]  # test events are not kept


def test_conversion_events_answers_count_what_was_sent_plain(fake: FakePinterest, plain: Plain) -> None:
    _, account = plain.call("POST", "/ad_accounts", {"name": "Shop", "country": "US"})
    body = {"data": [conversion_event(n) for n in range(5)]}
    status, answer = plain.call("POST", f"/ad_accounts/{account['id']}/events", body, token=fake.conversion_token)
    assert status == 200
    assert answer["num_events_received"] == answer["num_events_processed"] == len(answer["events"]) == 5


# ---------------------------------------------------------------------------------------------
# 4. Business rules, with Pinterest's error shapes
# ---------------------------------------------------------------------------------------------


def test_campaign_budget_rules_are_item_level_exceptions_sdk(api: ApiClient) -> None:
    account = AdAccountsApi(api).ad_accounts_create({"name": "Shop", "country": "US"})
    base = {"ad_account_id": account.id, "objective_type": "AWARENESS", "is_campaign_budget_optimization": True}
    answer = CampaignsApi(api).campaigns_create(
        account.id,
        [
            dict(base, name="No budget"),
            dict(base, name="Budget", daily_spend_cap=10_000_000),
            dict(base, name="Both", daily_spend_cap=1, lifetime_spend_cap=2),
        ],
    )
    no_budget, ok, both = answer.items
    assert no_budget.data is None and no_budget.exceptions[0].code == 2384
    assert ok.exceptions == [] and ok.data.daily_spend_cap == 10_000_000 and ok.data.is_campaign_budget_optimization
    assert both.data is None and both.exceptions[0].code == 400
    listed = CampaignsApi(api).campaigns_list(account.id).items
    assert [c.name for c in listed] == ["Budget"]
    # an ad group of a CBO campaign takes its budget from the campaign
    group = AdGroupsApi(api).ad_groups_create(
        account.id,
        [{"campaign_id": ok.data.id, "name": "G", "billable_event": "IMPRESSION", "budget_in_micro_currency": 5}],
    )
    assert group.items[0].data is None and group.items[0].exceptions[0].message


def test_campaign_without_budget_plain(plain: Plain) -> None:
    _, account = plain.call("POST", "/ad_accounts", {"name": "Shop", "country": "US"})
    body = [
        {
            "ad_account_id": account["id"],
            "name": "SDK Test Campaign",
            "objective_type": "AWARENESS",
            "is_campaign_budget_optimization": True,
        }
    ]
    status, answer = plain.call("POST", f"/ad_accounts/{account['id']}/campaigns", body)
    assert status == 200
    (item,) = answer["items"]
    assert "data" not in item or item["data"] is None
    assert item["exceptions"][0]["code"] == 2384 and item["exceptions"][0]["message"]
    status, answer = plain.call(
        "POST",
        f"/ad_accounts/{account['id']}/campaigns",
        [dict(body[0], daily_spend_cap=10_000_000, end_time=10, start_time=20)],
    )
    assert answer["items"][0]["exceptions"][0]["message"] == "end_time must be after start_time."


def test_duplicate_board_names_are_refused_sdk(api: ApiClient) -> None:
    from pinterest_client.exceptions import ConflictException

    boards = BoardsApi(api)
    boards.boards_create({"name": "Recipes"})
    other = boards.boards_create({"name": "Travel"})
    with pytest.raises(ConflictException) as info:
        boards.boards_update(other.id, {"name": "recipes"})
    assert "Could not edit board" in info.value.message
    with pytest.raises(ConflictException):
        boards.boards_create({"name": "Recipes "})
    assert boards.boards_get(other.id).name == "Travel"
    assert boards.boards_update(other.id, {"name": "Travel", "description": "same name is fine"}).name == "Travel"
    assert len(boards.boards_list().items) == 2


def test_duplicate_board_names_are_refused_plain(plain: Plain) -> None:
    assert plain.call("POST", "/boards", {"name": "Recipes"})[0] == 201
    status, error = plain.call("POST", "/boards", {"name": "Recipes"})
    assert status == 409 and set(error) == {"code", "message"} and "Could not create board" in error["message"]


def test_tracking_urls_are_validated_up_front(api: ApiClient, plain: Plain) -> None:
    from pinterest_client.exceptions import BadRequestException

    account, _, group = ad_group_in_new_account(api)
    with pytest.raises(BadRequestException):
        AdGroupsApi(api).ad_groups_update(account.id, [{"id": group.id, "tracking_urls": {"impression": ["URL1"]}}])
    good = {"impression": ["https://t.example.com/i"]}
    status, answer = plain.call(
        "PATCH", f"/ad_accounts/{account.id}/ad_groups", [{"id": group.id, "tracking_urls": good}]
    )
    assert status == 200 and answer["items"][0]["data"]["tracking_urls"] == good


def test_keyword_without_match_type_is_a_400_plain(api: ApiClient, plain: Plain) -> None:
    account = AdAccountsApi(api).ad_accounts_create({"name": "Shop", "country": "US"})
    status, error = plain.call(
        "POST", f"/ad_accounts/{account.id}/keywords", {"parent_id": "AG1", "keywords": [{"value": "mugs"}]}
    )
    assert status == 400 and "match_type" in error["message"]


def test_trial_access_apps_cannot_create_pins() -> None:
    from pinterest_client.exceptions import ForbiddenException

    with FakePinterest(trial_access=True) as fake, ApiClient(fake.configuration(retries=0)) as api:
        board = BoardsApi(api).boards_create({"name": "Recipes"})
        with pytest.raises(ForbiddenException) as info:
            PinsApi(api).pins_create(
                {"board_id": board.id, "media_source": {"source_type": "image_url", "url": "https://example.com/a.jpg"}}
            )
        assert info.value.code == 29 and "api-sandbox.pinterest.com" in info.value.message
        status, error = Plain(fake).call(
            "POST",
            "/pins",
            {"board_id": board.id, "media_source": {"source_type": "image_url", "url": "https://example.com/a.jpg"}},
        )
        assert status == 403 and error["code"] == 29


# ---------------------------------------------------------------------------------------------
# 5. Preloading state
# ---------------------------------------------------------------------------------------------

IMAGE = {"source_type": "image_url", "url": "https://example.com/a.jpg"}
FIXTURE: Dict[str, Any] = {
    "user": {"username": "shop_owner", "follower_count": 12},
    "ad_accounts": [{"id": "549755885175", "name": "Shop", "country": "US"}],
    "boards": [{"id": "1001", "name": "Recipes", "privacy": "SECRET"}, {"name": "Travel"}],
    "board_sections": [{"id": "2001", "board_id": "1001", "name": "Soups"}],
    "pins": [{"id": "3001", "board_id": "1001", "board_section_id": "2001", "title": "Soup", "media_source": IMAGE}],
    "campaigns": [
        {
            "id": "4001",
            "ad_account_id": "549755885175",
            "name": "Spring",
            "objective_type": "AWARENESS",
            "status": "PAUSED",
        }
    ],
    "ad_groups": [{"id": "5001", "campaign_id": "4001", "name": "G", "billable_event": "IMPRESSION"}],
    "ads": [{"id": "6001", "ad_group_id": "5001", "pin_id": "3001", "creative_type": "REGULAR"}],
    "conversion_tags": [{"id": "7001", "ad_account_id": "549755885175", "name": "Checkout"}],
    "conversion_tag_events": [
        {
            "ad_account_id": "549755885175",
            "conversion_tag_id": "7001",
            "conversion_event": "PAGE_VISIT",
            "created_time": 1,
        }
    ],
}


def test_preload_in_the_constructor_sdk() -> None:
    from pinterest_client.api.ads_api import AdsApi
    from pinterest_client.api.conversion_tags_api import ConversionTagsApi
    from pinterest_client.api.user_account_api import UserAccountApi

    with FakePinterest(preload=FIXTURE) as fake, ApiClient(fake.configuration(retries=0)) as api:
        assert UserAccountApi(api).user_account_get().username == "shop_owner"
        board = BoardsApi(api).boards_get("1001")
        assert (board.name, board.privacy, board.pin_count) == ("Recipes", "SECRET", 1)
        assert [b.name for b in BoardsApi(api).boards_list().items] == ["Recipes", "Travel"]
        assert PinsApi(api).pins_get("3001").board_section_id == "2001"
        assert CampaignsApi(api).campaigns_get("549755885175", "4001").status == "PAUSED"
        ad = AdsApi(api).ads_get("549755885175", "6001")
        assert (ad.campaign_id, ad.ad_group_id, ad.pin_id) == ("4001", "5001", "3001")
        assert ConversionTagsApi(api).conversion_tags_get("549755885175", "7001").name == "Checkout"
        assert len(ConversionTagsApi(api).page_visit_conversion_tags_get("549755885175").items) == 1
        BoardsApi(api).boards_delete("1001")
        fake.reset()  # back to the preloaded state
        assert BoardsApi(api).boards_get("1001").name == "Recipes"


def test_preload_at_run_time_plain(fake: FakePinterest, plain: Plain) -> None:
    made = fake.preload(boards=[{"name": "Recipes"}], pins=[])
    status, board = plain.call("GET", f"/boards/{made['boards'][0]}")
    assert status == 200 and board["name"] == "Recipes"
    more = fake.preload(pins=[{"board_id": board["id"], "media_source": IMAGE, "title": "Soup"}])
    status, pin = plain.call("GET", f"/pins/{more['pins'][0]}")
    assert status == 200 and pin["title"] == "Soup" and pin["board_id"] == board["id"]


def test_preload_refuses_what_pinterest_would() -> None:
    fake = FakePinterest()
    with pytest.raises(ValueError, match=r"boards\[1\]: Could not create board"):
        fake.preload(boards=[{"name": "Recipes"}, {"name": "Recipes"}])
    campaign = {"ad_account_id": "1", "name": "C", "objective_type": "AWARENESS"}
    fake.preload(ad_accounts=[{"id": "1", "name": "Shop"}])
    with pytest.raises(ValueError, match=r"campaigns\[0\]: .*2384|Campaign budget"):
        fake.preload(campaigns=[dict(campaign, is_campaign_budget_optimization=True)])
    with pytest.raises(ValueError, match="unknown key"):
        fake.preload(boardz=[])
    with pytest.raises(ValueError, match=r"pins\[0\]"):
        fake.preload(pins=[{"board_id": "404", "media_source": IMAGE}])


# ---------------------------------------------------------------------------------------------
# 6. Speed and concurrency
# ---------------------------------------------------------------------------------------------

MiB = 1 << 20


def _upload_target(api: ApiClient) -> Tuple[str, Dict[str, Any]]:
    from pinterest_client.api.media_api import MediaApi

    registered = MediaApi(api).media_create({"media_type": "video"})
    return registered.upload_url, dict(registered.upload_parameters.to_wire())


def test_media_upload_streams_at_memory_speed_plain(fake: FakePinterest, api: ApiClient) -> None:
    import time

    url, fields = _upload_target(api)
    fields["file"] = ("video.mp4", b"\x00\x01" * (32 * MiB), "video/mp4")
    body, content_type = urllib3.encode_multipart_formdata(fields)
    started = time.perf_counter()
    answer = urllib3.PoolManager().request("POST", url, body=body, headers={"Content-Type": content_type})
    seconds = time.perf_counter() - started
    assert answer.status == 204
    upload = fake.last_request
    assert upload.operation_id == "media/upload" and upload.body == b""  # nothing buffered
    assert upload.upload["file"].size == 64 * MiB and upload.form["key"] == fields["key"]
    # ~1 GB/s measured on a 2-core shared machine; the buffered parser did ~10 MB/s. Generous bound:
    assert 64 * MiB / seconds > 40e6, f"{64 * MiB / seconds / 1e6:.0f} MB/s"


def test_media_upload_streams_from_the_sdk(fake: FakePinterest, api: ApiClient, tmp_path: Any) -> None:
    from pinterest_client.media import upload_media

    video = tmp_path / "video.mp4"
    video.write_bytes(bytes(range(256)) * (12 * MiB // 256 + 3))
    media_id = upload_media(api, str(video), poll_interval=0.001)
    assert fake.state.media[media_id]["_size"] == video.stat().st_size
    assert fake.state.media[media_id]["status"] == "succeeded"


@pytest.mark.parametrize("shift", [-40, -20, -3, -1, 0, 1, 19, 40])
def test_upload_boundary_across_read_chunks(shift: int) -> None:
    import io

    from pinterest_client.testing._upload import CHUNK, read_multipart

    preamble = b'--XyZ\r\nContent-Disposition: form-data; name="key"\r\n\r\nk1\r\n'
    head = b'--XyZ\r\nContent-Disposition: form-data; name="file"; filename="v.mp4"\r\n\r\n'
    size = CHUNK - len(preamble) - len(head) + shift  # the closing boundary lands around a chunk edge
    tail = b'\r\n--XyZ\r\nContent-Disposition: form-data; name="after"\r\n\r\nyes\r\n--XyZ--\r\n'
    body = preamble + head + b"\r\n-" * (size // 3) + b"x" * (size % 3) + tail
    fields = read_multipart(io.BytesIO(body), len(body), "multipart/form-data; boundary=XyZ")
    assert fields["key"] == "k1" and fields["after"] == "yes" and fields["file"].size == size


def test_chunked_and_malformed_uploads_are_refused_like_s3(fake: FakePinterest, api: ApiClient) -> None:
    url, fields = _upload_target(api)
    fields["file"] = ("v.mp4", b"video", "video/mp4")
    body, content_type = urllib3.encode_multipart_formdata(fields)
    http = urllib3.PoolManager()
    chunked = http.request("POST", url, body=iter([body]), headers={"Content-Type": content_type}, chunked=True)
    assert chunked.status == 411 and b"<Code>MissingContentLength</Code>" in chunked.data
    broken = urllib3.PoolManager().request(
        "POST", url, body=body[:-30] + b"x" * 30, headers={"Content-Type": content_type}
    )
    assert broken.status == 400 and b"MalformedPOSTRequest" in broken.data
    assert urllib3.PoolManager().request("POST", url, body=body, headers={"Content-Type": content_type}).status == 204


def test_sixteen_threads_of_small_calls(fake: FakePinterest) -> None:
    import threading

    failures: List[BaseException] = []
    made: List[str] = []

    def sdk_worker(api: ApiClient) -> None:
        try:
            for n in range(15):
                made.append(BoardsApi(api).boards_create({"name": f"{threading.get_ident()}-{n}"}).id)
                BoardsApi(api).boards_list(page_size=5)
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    def plain_worker() -> None:
        try:
            client = Plain(fake)
            for _ in range(15):
                assert client.call("GET", "/user_account")[0] == 200
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    with fake.api_client(connection_pool_maxsize=16) as api:
        threads = [threading.Thread(target=sdk_worker, args=(api,)) for _ in range(8)]
        threads += [threading.Thread(target=plain_worker) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert not failures and not any(t.is_alive() for t in threads)
    assert len(set(made)) == len(made) == 8 * 15
    assert len(fake.requests) == 8 * 15 * 3


def test_stop_returns_promptly() -> None:
    import time

    fake = FakePinterest().start()
    started = time.perf_counter()
    fake.stop()
    assert time.perf_counter() - started < 1.0  # a short shutdown poll (10 ms), generous bound


# ---------------------------------------------------------------------------------------------
# 7. The request log keeps raw tokens and redacts them when shown
# ---------------------------------------------------------------------------------------------


def test_request_log_keeps_tokens_but_redacts_them_when_shown_sdk(fake: FakePinterest) -> None:
    with ApiClient(fake.configuration(access_token=None, refresh_token=fake.refresh_token, retries=0)) as api:
        BoardsApi(api).boards_list()
    token_call, call = fake.requests_for("oauth/token")[0], fake.requests_for("boards/list")[0]
    access = call.headers["Authorization"].split(" ", 1)[1]
    assert token_call.form["refresh_token"] == fake.refresh_token  # raw, for assertions
    assert fake.refresh_token.encode() in token_call.body and access.startswith("pina_")
    shown = "\n".join(
        [repr(fake.requests), str(call.headers), repr(token_call.form), repr(token_call.body), str(token_call.headers)]
    )
    for secret in (fake.refresh_token, access, fake.client_secret):
        assert secret not in shown
    assert "'authorization': 'Bearer ***'" in shown and "'refresh_token': '***'" in shown
    assert "'grant_type': 'refresh_token'" in shown  # only the secrets are hidden


def test_request_log_redacts_what_a_plain_client_sent(fake: FakePinterest, plain: Plain) -> None:
    plain.call("GET", "/boards?page_size=5")
    plain.token(grant_type="refresh_token", refresh_token=fake.refresh_token)
    shown = repr(fake.requests) + "".join(f"{r.headers}{r.form}{r.body!r}" for r in fake.requests)
    assert fake.access_token not in shown and fake.refresh_token not in shown
    assert "page_size=5" in shown
    assert fake.requests[0].headers["authorization"] == f"Bearer {fake.access_token}"
