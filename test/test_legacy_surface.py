"""The original client's whole surface binds on ours: every module path, class name, method name
and parameter name of every release (0.1.2 ... 0.1.12), as recorded in
``codegen/legacy_surface.json``; plus the behaviour of the legacy call forms
(``codegen/compat.py``, ``pinterest_client/legacy_calls.py``)."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import json
import os
import re
import subprocess
import sys
import warnings
from typing import Any, Dict, Iterator, List, Tuple

import pytest
from conftest import ROOT
from loopback import Loopback

import pinterest_client
from codegen.derive_legacy import CALL_OPTIONS as ORIGINAL_OPTIONS  # the original's call options
from pinterest_client import ApiException, ApiTypeError
from pinterest_client.api.ad_accounts_api import AdAccountsApi
from pinterest_client.api.audiences_api import AudiencesApi
from pinterest_client.api.boards_api import BoardsApi
from pinterest_client.api.interests_api import InterestsApi
from pinterest_client.api.oauth_api import OauthApi
from pinterest_client.api.pins_api import PinsApi
from pinterest_client.api.product_groups_api import ProductGroupsApi
from pinterest_client.legacy_calls import OperationRemovedError
from pinterest_client.testing import FakePinterest

with open(os.path.join(ROOT, "codegen", "legacy_surface.json"), encoding="utf-8") as _fh:
    SURFACE: Dict[str, Any] = json.load(_fh)

RELEASES = list(SURFACE["releases"])


@pytest.fixture
def client(server: Loopback) -> Iterator[pinterest_client.ApiClient]:
    """The shared client, with app credentials too: ``oauth_token`` (an original call form this
    file replays) needs them, and the client refuses to call it without."""
    config = pinterest_client.Configuration(
        host=server.host, access_token="tok-s3cr3t-123", client_id="app-1", client_secret="app-s3cr3t", retries=0
    )
    with pinterest_client.ApiClient(config) as api_client:
        yield api_client


def shipped_in(kind: str, module: str, release: str) -> bool:
    _, first, last = SURFACE[kind][module]
    return RELEASES.index(first) <= RELEASES.index(release) <= RELEASES.index(last)


def legacy_class(kind: str, module: str) -> Any:
    name = SURFACE[kind][module][0]
    return getattr(importlib.import_module(f"pinterest_client.{kind}.{module}"), name)


def test_every_module_path_of_every_release_imports_with_its_class_name() -> None:
    missing = []
    for kind in ("api", "model"):
        for module in SURFACE[kind]:
            try:
                if not inspect.isclass(legacy_class(kind, module)):
                    missing.append(f"{kind}/{module}: not a class")
            except (ImportError, AttributeError) as exc:
                missing.append(f"{kind}/{module}: {exc}")
    assert not missing
    resolved = {r: sum(shipped_in(k, m, r) for k in ("api", "model") for m in SURFACE[k]) for r in RELEASES}
    assert resolved["0.1.12"] == 869 and resolved["0.1.2"] == 327


def test_an_inline_name_is_the_current_class_and_a_dropped_schema_is_generated_deprecated() -> None:
    from pinterest_client.model.board_info import BoardInfo
    from pinterest_client.model.conversion_events_data import ConversionEventsData
    from pinterest_client.model.inline_object1 import InlineObject1
    from pinterest_client.model.media_upload_request import MediaUploadRequest
    from pinterest_client.model.targeting_spec1 import TargetingSpec1
    from pinterest_client.models import ConversionEventsDataItem, PinsSaveRequest, TargetingSpec

    assert InlineObject1 is PinsSaveRequest and TargetingSpec1 is TargetingSpec
    assert ConversionEventsData is ConversionEventsDataItem
    assert "Deprecated" in (MediaUploadRequest.__doc__ or "") and "5.18.0" in (MediaUploadRequest.__doc__ or "")
    assert "Deprecated" in (BoardInfo.__doc__ or "")
    assert MediaUploadRequest(media_type="video").to_dict() == {"media_type": "video"}


def test_every_decision_names_a_class_we_generate() -> None:
    import pinterest_client.models as models

    for module, decision in SURFACE["decisions"].items():
        cls = legacy_class("model", module)
        if decision[0] == "alias":
            assert cls is getattr(models, decision[1]), module
        else:
            assert decision == ["dropped", decision[1]] and cls.__name__ == SURFACE["model"][module][0], module


def test_every_method_of_every_release_exists_on_its_class() -> None:
    missing = []
    for key in SURFACE["methods"]:
        module, cls_name, method = key.split(".")
        if not callable(getattr(legacy_class("api", module), method, None)):
            missing.append(key)
    assert not missing
    assert len(SURFACE["methods"]) == 209


def dummy(name: str) -> Any:
    """A value for any parameter: validation is off, so only binding and sending are exercised."""
    return "1"


def legacy_calls() -> Iterator[Tuple[str, List[str], List[str]]]:
    for key, variants in SURFACE["methods"].items():
        for required, optional in variants:
            yield key, required, optional


REMOVED = {
    "audience_insights_api.AudienceInsightsApi.audiences_insights_category_list",
    "audiences_api.AudiencesApi.audiences_insights_category_list",
    "product_groups_api.ProductGroupsApi.ad_accounts_catalogs_product_groups_list",
}


def call_every_release(client: pinterest_client.ApiClient, server: Loopback, positional: bool) -> List[str]:
    """Call every method once per distinct parameter set of its releases: the required
    parameters by name (or by position, in that release's order), every optional one by name."""
    failures = []
    options = {"_check_input_type": False, "_preload_content": False, "_request_timeout": 5}
    for key, required, optional in legacy_calls():
        module, cls_name, method = key.split(".")
        bound = getattr(legacy_class("api", module)(client), method)
        args = [dummy(name) for name in required] if positional else []
        kwargs = {name: dummy(name) for name in (optional if positional else required + optional)}
        sent = len(server.requests)
        server.reply(200, {})
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                response = bound(*args, **kwargs, **options)
            assert response.data is not None  # drains the raw response (its connection goes back to the pool)
        except OperationRemovedError:
            if key not in REMOVED or len(server.requests) != sent:
                failures.append(f"{key}: raised OperationRemovedError")
        except Exception as exc:  # report every failure at once
            failures.append(f"{key}({len(args)} positional, {', '.join(kwargs)}): {type(exc).__name__}: {exc}")
        else:
            if key in REMOVED or len(server.requests) != sent + 1:
                failures.append(f"{key}: sent {len(server.requests) - sent} requests")
        server.replies.clear()
    return failures


def test_every_parameter_name_of_every_release_binds(server: Loopback, client: pinterest_client.ApiClient) -> None:
    """Each release's own parameter set binds by name and sends; removed operations raise before
    sending."""
    assert call_every_release(client, server, positional=False) == []
    assert sum(len(v) for v in SURFACE["methods"].values()) == 280


def test_every_release_positional_order_binds(server: Loopback, client: pinterest_client.ApiClient) -> None:
    """The required parameters by position, in each release's order (0.1.2-0.1.8 required some that
    are optional now, ahead of others: ``ads_analytics(..., ad_ids, columns, granularity)``)."""
    assert call_every_release(client, server, positional=True) == []


def test_the_original_positional_order_sends_each_value_where_it_belongs(
    server: Loopback, client: pinterest_client.ApiClient
) -> None:
    from pinterest_client.api.ads_api import AdsApi
    from pinterest_client.api.catalog_product_groups_api import CatalogProductGroupsApi

    server.reply(200, [])
    with pytest.warns(DeprecationWarning, match="original client's order"):
        AdsApi(client).ads_analytics("123", "2024-01-01", "2024-01-02", ["9"], ["SPEND_IN_DOLLAR"], "DAY")
    query = dict(server.last.query)
    assert (query["ad_ids"], query["columns"], query["granularity"]) == ("9", "SPEND_IN_DOLLAR", "DAY")
    server.reply(200, {"items": [], "bookmark": None})
    with pytest.warns(DeprecationWarning):
        CatalogProductGroupsApi(client).catalogs_product_groups_list("77")
    assert ("feed_id", "77") in server.last.query
    with pytest.raises(ApiTypeError, match="both by position and by keyword"):
        CatalogProductGroupsApi(client).catalogs_product_groups_list("77", feed_id="78")
    with pytest.raises(ApiTypeError, match="positional arguments"):
        AdsApi(client).ads_analytics("123", "2024-01-01", "2024-01-02", ["9"], ["SPEND_IN_DOLLAR"], "DAY", "x")


def test_the_original_call_options_are_accepted(server: Loopback, client: pinterest_client.ApiClient) -> None:
    server.reply(200, {"items": [], "bookmark": None})
    result = BoardsApi(client).boards_list(
        async_req=True,
        _host_index=None,
        _preload_content=True,
        _request_timeout=5,
        _return_http_data_only=False,
        _check_input_type=True,
        _check_return_type=False,
        _content_type=None,
        _spec_property_naming=False,
    )
    assert result.get().status == 200
    assert set(ORIGINAL_OPTIONS) <= set(pinterest_client.api_client.CALL_OPTIONS)


# -- behaviour ----------------------------------------------------------------------------------


@pytest.fixture
def fake() -> Iterator[FakePinterest]:
    with FakePinterest() as server:
        yield server


def test_a_removed_operation_raises_before_sending(server: Loopback, client: pinterest_client.ApiClient) -> None:
    calls = (
        (
            lambda: ProductGroupsApi(client).ad_accounts_catalogs_product_groups_list("123", feed_profile_id="4"),
            "CatalogProductGroupsApi.catalogs_product_groups_list",
        ),
        (
            lambda: AudiencesApi(client).audiences_insights_category_list("1", "s", "t", "c"),
            "AudienceInsightsApi.audience_insights_get",
        ),
    )
    for call, replacement in calls:
        with pytest.raises(OperationRemovedError) as info:
            call()
        assert isinstance(info.value, ApiException) and info.value.status is None
        assert str(info.value).startswith(info.value.method + ": Pinterest removed this operation")
        assert replacement in info.value.replacement and replacement in str(info.value)
    assert server.requests == []


def test_a_moved_operation_calls_its_new_home(server: Loopback, client: pinterest_client.ApiClient) -> None:
    server.reply(200, {"items": [], "bookmark": None})
    with pytest.warns(DeprecationWarning, match="user_account_followed_interests"):
        InterestsApi(client).interests_followed_interests("pinner", page_size=5)
    assert (server.last.path, server.last.query) == ("/v5/users/pinner/interests/follow", [("page_size", "5")])


def test_board_keyword_sends_what_board_create_sends(fake: FakePinterest) -> None:
    with fake.api_client() as client:
        api = BoardsApi(client)
        api.boards_create(board_create={"name": "Salads", "description": "greens"})
        current = fake.last_request
        with pytest.warns(DeprecationWarning, match=r"boards_create\(board=\.\.\.\)") as caught:
            board = api.boards_create(board={"name": "Soups", "description": "greens"})
        assert caught[0].filename == __file__  # the warning points at the caller's line
        legacy = fake.last_request
    assert current is not None and legacy is not None and board.name == "Soups"
    assert (
        (legacy.method, legacy.path, legacy.status)
        == (current.method, current.path, current.status)
        == (
            "POST",
            "/v5/boards",
            201,
        )
    )
    assert (current.json, legacy.json) == (
        {"name": "Salads", "description": "greens"},
        {**current.json, "name": "Soups"},
    )


def test_legacy_body_names_of_other_methods(server: Loopback, client: pinterest_client.ApiClient) -> None:
    server.reply(201, {"id": "5"})
    with pytest.warns(DeprecationWarning):
        AdAccountsApi(client).ad_accounts_create(ad_account_create_request={"name": "Ads", "country": "US"})
    assert server.last.json == {"name": "Ads", "country": "US"}
    server.reply(201, {"id": "5"})
    with pytest.warns(DeprecationWarning):
        PinsApi(client).pins_save("7", inline_object1={"board_id": "12"})
    assert (server.last.path, server.last.json) == ("/v5/pins/7/save", {"board_id": "12"})


def test_the_body_twice_is_refused_before_sending(server: Loopback, client: pinterest_client.ApiClient) -> None:
    with pytest.raises(ApiTypeError, match="more than once"):
        BoardsApi(client).boards_create({"name": "a"}, board={"name": "b"})
    with pytest.raises(pinterest_client.ApiValueError, match="missing required request body"):
        BoardsApi(client).boards_create()
    assert server.requests == []


def test_oauth_token_takes_the_original_form_fields(fake: FakePinterest) -> None:
    issue = getattr(fake, "authorization_code", None)  # newer fakes accept only the codes they issued
    code = issue("https://example.com/cb") if issue is not None else "abc"
    with pinterest_client.ApiClient(fake.configuration(access_token=None, retries=0)) as client:
        oauth = OauthApi(client)
        with pytest.warns(DeprecationWarning):
            issued = oauth.oauth_token("authorization_code", code=code, redirect_uri="https://example.com/cb")
        assert issued.access_token and issued.refresh_token
        assert fake.last_request is not None
        assert fake.last_request.form == {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": "https://example.com/cb",
        }
        with pytest.warns(DeprecationWarning):
            refreshed = oauth.oauth_token(grant_type="refresh_token", refresh_token=issued.refresh_token)
        assert refreshed.access_token
        with pytest.raises(ApiTypeError):
            oauth.oauth_token({"grant_type": "refresh_token"}, refresh_token="x")


def test_one_value_is_sent_as_a_list_where_the_spec_now_takes_one(
    server: Loopback, client: pinterest_client.ApiClient
) -> None:
    api = AdAccountsApi(client)
    args = ("123", "2024-01-01", "2024-01-02", ["AGE_BUCKET"], ["SPEND_IN_DOLLAR"], "DAY")
    for value in ("INDIVIDUAL", ["INDIVIDUAL"]):
        server.reply(200, {"data": []})
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            api.ad_account_targeting_analytics_get(*args, attribution_types=value)
        assert ("attribution_types", "INDIVIDUAL") in server.last.query
        assert len(caught) == (1 if isinstance(value, str) else 0)


def test_a_parameter_pinterest_removed_is_accepted_and_not_sent(
    server: Loopback, client: pinterest_client.ApiClient
) -> None:
    server.reply(200, {"items": [], "bookmark": None})
    from pinterest_client.api.search_api import SearchApi

    with pytest.warns(DeprecationWarning, match="no longer has this parameter"):
        SearchApi(client).search_user_pins_list("salad", rs="typed", board="x")
    assert server.last.query == [("query", "salad")]


def test_star_imports_never_shadow_a_builtin() -> None:
    probe = (
        "import builtins\n"
        "from pinterest_client.models import *\n"
        "from pinterest_client.apis import *\n"
        "shadowed = [n for n, v in list(globals().items()) if hasattr(builtins, n) and getattr(builtins, n) is not v"
        " and not n.startswith('__')]\n"
        "assert shadowed == [], shadowed\n"
        "try:\n    raise ValueError('x')\nexcept Exception:\n    pass\n"
        "import pinterest_client.models as models\n"
        "from pinterest_client.model.exception import Exception as ExceptionModel\n"
        "assert models.Exception is ExceptionModel and not issubclass(ExceptionModel, BaseException)\n"
        "print('ok')\n"
    )
    env = {**os.environ, "PYTHONPATH": ROOT + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


LEGACY_TYPED = """\
from pinterest_client import ApiClient
from pinterest_client.api.ads_api import AdsApi
from pinterest_client.api.boards_api import BoardsApi
from pinterest_client.api.oauth_api import OauthApi
from pinterest_client.model.board import Board
from pinterest_client.model.board_create import BoardCreate
from pinterest_client.model.inline_object1 import InlineObject1
from pinterest_client.api.pins_api import PinsApi


def legacy(client: ApiClient) -> None:
    board: Board = BoardsApi(client).boards_create(board=BoardCreate(name="x"))
    same: Board = BoardsApi(client).boards_create(BoardCreate(name="x"))
    PinsApi(client).pins_save("1", inline_object1=InlineObject1(board_id="2"))
    OauthApi(client).oauth_token("authorization_code", code="c", redirect_uri="https://e.x/cb")
    AdsApi(client).ads_analytics("1", "2024-01-01", "2024-01-02", ["9"], ["SPEND_IN_DOLLAR"], "DAY")
    BoardsApi(client).boards_create()  # expect: call-overload
    BoardsApi(client).boards_create(board=3)  # expect: call-overload
    OauthApi(client).oauth_token(1, code="c")  # expect: call-overload
"""


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed")
def test_legacy_forms_type_check_and_the_current_signature_stays_strict(tmp_path: Any) -> None:
    """The legacy call forms are ``@overload``s: mypy accepts them, and still reports a missing
    body or a wrong type in any form."""
    snippet = tmp_path / "legacy_usage.py"
    snippet.write_text(LEGACY_TYPED, encoding="utf-8")
    expected = {n for n, line in enumerate(LEGACY_TYPED.splitlines(), 1) if "# expect: call-overload" in line}
    command = [sys.executable, "-m", "mypy", "--config-file", "mypy.ini", "--no-warn-unused-configs", str(snippet)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900)
    errors = {int(m.group(1)) for m in re.finditer(r"legacy_usage\.py:(\d+): error:", result.stdout)}
    assert errors == expected, result.stdout
