"""paginate(): one bookmark iterator for every paginated operation, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import importlib
import logging
import pkgutil
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest
from loopback import Loopback, Recorded, Reply

import pinterest_client
from pinterest_client import ApiTypeError, ApiValueError, Page, Paginator, ServiceException, paginate
from pinterest_client.api import boards_api, catalog_product_groups_api, pins_api
from pinterest_client.model.board import Board
from pinterest_client.model.pin import Pin
from pinterest_client.model_utils import Operation
from pinterest_client.pagination import is_paginated, operation_of, paginated_methods


def pages_handler(pages: List[Dict[str, Any]]):
    """A handler answering page N for the bookmark ``"bm-N"`` (page 0 without a bookmark)."""

    def handle(req: Recorded) -> Optional[Reply]:
        bookmark = dict(req.query).get("bookmark")
        index = 0 if bookmark is None else int(bookmark.split("-")[1])
        return Reply(200, pages[index])

    return handle


def make_pages(count: int, per_page: int = 2, last_bookmark: Any = None) -> List[Dict[str, Any]]:
    pages = []
    for n in range(count):
        items = [{"id": str(n * per_page + i + 1), "name": f"item {n * per_page + i + 1}"} for i in range(per_page)]
        page: Dict[str, Any] = {"items": items, "bookmark": f"bm-{n + 1}" if n + 1 < count else last_bookmark}
        pages.append(page)
    return pages


def bookmarks(server: Loopback) -> List[Optional[str]]:
    return [dict(r.query).get("bookmark") for r in server.requests]


# -- items across pages, every argument carried ------------------------------------------------


def test_items_across_three_pages_carry_every_argument(server: Loopback, client) -> None:
    server.handler = pages_handler(make_pages(4))
    api = boards_api.BoardsApi(client)
    walk = paginate(
        api.boards_list_pins,
        "549755885175",  # positional path parameter
        page_size=2,
        creative_types=["REGULAR", "VIDEO"],  # an exploded array query parameter
        ad_account_id="123",
        pin_metrics=True,
        _headers={"X-Trace": "walk-1"},  # call options are carried too
        _request_timeout=5,
    )
    pins = list(walk)
    assert [p.id for p in pins] == [str(i) for i in range(1, 9)]
    assert all(isinstance(p, Pin) for p in pins)
    assert bookmarks(server) == [None, "bm-1", "bm-2", "bm-3"]
    for req in server.requests:
        assert req.method == "GET"
        assert req.path == "/v5/boards/549755885175/pins"
        query = [(k, v) for k, v in req.query if k != "bookmark"]
        assert query == [
            ("page_size", "2"),
            ("creative_types", "REGULAR"),
            ("creative_types", "VIDEO"),
            ("ad_account_id", "123"),
            ("pin_metrics", "true"),
        ]
        assert req.headers["X-Trace"] == "walk-1"
        assert req.headers["Authorization"] == f"Bearer {client.configuration.access_token}"
    assert walk.exhausted and walk.bookmark is None
    assert walk.pages_fetched == 4 and walk.items_yielded == 8


def test_iterating_again_starts_over(server: Loopback, client) -> None:
    server.handler = pages_handler(make_pages(3))
    walk = paginate(boards_api.BoardsApi(client).boards_list)
    assert len(list(walk)) == 6
    assert len(walk.all()) == 6
    assert bookmarks(server) == [None, "bm-1", "bm-2"] * 2


def test_max_items_stops_fetching_and_cuts_the_last_page(server: Loopback, client) -> None:
    server.handler = pages_handler(make_pages(10, per_page=3))
    walk = paginate(boards_api.BoardsApi(client).boards_list, page_size=3, max_items=7)
    boards = list(walk)
    assert [b.id for b in boards] == ["1", "2", "3", "4", "5", "6", "7"]
    assert all(isinstance(b, Board) for b in boards)
    assert len(server.requests) == 3  # pages 1-3, never page 4
    # page 3 was cut after one item: resuming must read it again, so nothing is lost
    assert walk.bookmark == "bm-2" and not walk.exhausted


def test_max_items_on_a_page_boundary_fetches_no_extra_page(server: Loopback, client) -> None:
    server.handler = pages_handler(make_pages(10, per_page=3))
    walk = paginate(boards_api.BoardsApi(client).boards_list, max_items=6)
    assert len(list(walk)) == 6
    assert len(server.requests) == 2
    assert walk.bookmark == "bm-2"


def test_max_pages(server: Loopback, client) -> None:
    server.handler = pages_handler(make_pages(10))
    walk = paginate(boards_api.BoardsApi(client).boards_list, max_pages=2)
    assert len(walk.all()) == 4
    assert bookmarks(server) == [None, "bm-1"]
    assert walk.bookmark == "bm-2"  # the next page to read


def test_max_items_zero_sends_nothing(server: Loopback, client) -> None:
    assert list(paginate(boards_api.BoardsApi(client).boards_list, max_items=0)) == []
    assert server.requests == []


@pytest.mark.parametrize(
    "last_page",
    [
        {"items": [{"id": "3"}], "bookmark": None},
        {"items": [{"id": "3"}]},
        {"items": [{"id": "3"}], "bookmark": ""},
        {"items": [], "bookmark": "bm-9"},
    ],
    ids=["null-bookmark", "absent-bookmark", "empty-bookmark", "empty-items"],
)
def test_stops_on_null_absent_or_empty_bookmark_or_empty_items(server: Loopback, client, last_page) -> None:
    server.handler = pages_handler([{"items": [{"id": "1"}, {"id": "2"}], "bookmark": "bm-1"}, last_page])
    walk = paginate(boards_api.BoardsApi(client).boards_list)
    ids = [b.id for b in walk]
    assert ids == ["1", "2", "3"][: 2 + len(last_page["items"])]
    assert len(server.requests) == 2
    assert walk.exhausted


def test_a_repeated_bookmark_stops_instead_of_looping(server: Loopback, client, caplog) -> None:
    server.handler = lambda req: Reply(200, {"items": [{"id": "1"}], "bookmark": "same"})
    with caplog.at_level(logging.WARNING, logger="pinterest_client"):
        items = list(paginate(boards_api.BoardsApi(client).boards_list))
    assert len(items) == 2 and len(server.requests) == 2
    assert "same bookmark" in caplog.text


# -- pages, bookmarks and resuming -----------------------------------------------------------


def test_pages_expose_the_bookmarks(server: Loopback, client) -> None:
    server.handler = pages_handler(make_pages(3))
    pages = list(paginate(boards_api.BoardsApi(client).boards_list, page_size=2).pages())
    assert [type(p) for p in pages] == [Page] * 3
    assert [(p.number, p.request_bookmark, p.bookmark, p.is_last) for p in pages] == [
        (1, None, "bm-1", False),
        (2, "bm-1", "bm-2", False),
        (3, "bm-2", None, True),
    ]
    assert [len(p) for p in pages] == [2, 2, 2]
    assert pages[0][0].id == "1" and [b.id for b in pages[1]] == ["3", "4"]
    assert pages[2].response.bookmark is None  # the whole BoardsListResponse
    assert "bookmark='bm-1'" in repr(pages[0])


def test_resume_from_a_saved_bookmark_after_a_crash(server: Loopback, client) -> None:
    pages = make_pages(5)
    handler = pages_handler(pages)
    fail_once = {"bm-3": True}

    def flaky(req: Recorded) -> Optional[Reply]:
        bookmark = dict(req.query).get("bookmark")
        if bookmark is not None and fail_once.pop(bookmark, False):
            return Reply(503, {"code": 3, "message": "down"})
        return handler(req)

    server.handler = flaky
    api = boards_api.BoardsApi(client)
    saved: Optional[str] = None
    done: List[str] = []
    with pytest.raises(ServiceException):
        for page in paginate(api.boards_list, privacy="PUBLIC", page_size=2).pages():
            done.extend(b.id for b in page)
            saved = page.bookmark  # checkpoint after processing the page
    assert done == ["1", "2", "3", "4", "5", "6"] and saved == "bm-3"

    server.requests.clear()
    resumed = paginate(api.boards_list, privacy="PUBLIC", page_size=2, bookmark=saved)
    rest = [b.id for b in resumed]
    assert rest == ["7", "8", "9", "10"]
    assert bookmarks(server) == ["bm-3", "bm-4"]
    assert all(("privacy", "PUBLIC") in r.query for r in server.requests)


def test_the_paginator_bookmark_is_at_least_once_while_iterating_items(server: Loopback, client) -> None:
    server.handler = pages_handler(make_pages(4))
    walk = paginate(boards_api.BoardsApi(client).boards_list)
    it = iter(walk)
    assert next(it).id == "1" and walk.bookmark is None  # in page 1
    assert next(it).id == "2" and walk.bookmark is None  # still in page 1 (not done with item 2 yet)
    assert next(it).id == "3" and walk.bookmark == "bm-1"  # page 1 done, in page 2
    # a crash here: resuming from walk.bookmark re-reads page 2, item 3 included
    again = paginate(boards_api.BoardsApi(client).boards_list, bookmark=walk.bookmark)
    assert [b.id for b in again] == ["3", "4", "5", "6", "7", "8"]


def test_first_page(server: Loopback, client) -> None:
    server.handler = pages_handler(make_pages(3))
    page = paginate(boards_api.BoardsApi(client).boards_list).first_page()
    assert page.number == 1 and page.bookmark == "bm-1" and len(server.requests) == 1


# -- the paginated POST ---------------------------------------------------------------------------


def test_the_paginated_post_keeps_its_body_on_every_page(server: Loopback, client) -> None:
    server.handler = pages_handler(make_pages(3))
    api = catalog_product_groups_api.CatalogProductGroupsApi(client)
    body = {"feed_id": "2680059592705", "filters": {"any_of": [{"MIN_PRICE": {"values": 10.5}}]}}
    products = list(
        paginate(api.products_by_product_group_filter_list, body, page_size=2, ad_account_id="77", pin_metrics=False)
    )
    assert len(products) == 6
    assert bookmarks(server) == [None, "bm-1", "bm-2"]
    for req in server.requests:
        assert req.method == "POST"
        assert req.path == "/v5/catalogs/products/get_by_product_group_filters"
        assert req.json == body
        assert req.headers["Content-Type"] == "application/json"
        assert [(k, v) for k, v in req.query if k != "bookmark"] == [
            ("page_size", "2"),
            ("ad_account_id", "77"),
            ("pin_metrics", "false"),
        ]


# -- misuse -----------------------------------------------------------------------------------------


def test_a_non_paginated_method_is_rejected_with_a_hint(client) -> None:
    api = boards_api.BoardsApi(client)
    with pytest.raises(ApiTypeError) as info:
        paginate(api.boards_get, "1")
    message = str(info.value)
    assert "BoardsApi.boards_get" in message and "not paginated" in message
    assert "boards_list" in message and "boards_list_pins" in message
    with pytest.raises(ApiTypeError, match="not a generated API method"):
        paginate(lambda bookmark=None: None)  # type: ignore[arg-type,return-value]
    with pytest.raises(ApiTypeError):
        paginate(api.boards_list_with_http_info)  # type: ignore[arg-type]


def test_bad_arguments_fail_before_any_request(server: Loopback, client) -> None:
    api = boards_api.BoardsApi(client)
    with pytest.raises(ApiTypeError, match="boards_list_pins"):
        paginate(api.boards_list_pins)  # board_id missing
    with pytest.raises(ApiTypeError):
        paginate(api.boards_list, no_such_param=1)
    with pytest.raises(ApiTypeError, match="async_req"):
        paginate(api.boards_list, async_req=True)
    with pytest.raises(ApiTypeError, match="_preload_content"):
        paginate(api.boards_list, _preload_content=False)
    with pytest.raises(ApiValueError, match="max_items"):
        paginate(api.boards_list, max_items=-1)
    with pytest.raises(ApiValueError):  # page_size is validated by the method (1-250)
        list(paginate(api.boards_list, page_size=1000))
    assert server.requests == []


# -- progress ---------------------------------------------------------------------------------------


def test_progress_logs_lines_without_tqdm(server: Loopback, client, caplog, monkeypatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "tqdm", None)  # as if tqdm were not installed
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    monkeypatch.setattr("pinterest_client._progress.LOG_INTERVAL", 0.0)
    server.handler = pages_handler(make_pages(3))
    with caplog.at_level(logging.INFO, logger="pinterest_client"):
        items = list(paginate(boards_api.BoardsApi(client).boards_list, max_items=5, progress=True))
    assert len(items) == 5
    lines = [r.getMessage() for r in caplog.records if r.name == "pinterest_client"]
    assert "boards_list: 0 items of 5 (0%)" in lines[0]
    assert any("boards_list: 5 items of 5 (100%) [page 3]" in line for line in lines)
    assert lines[-1].endswith("finished")


def test_progress_uses_tqdm_when_installed(server: Loopback, client, monkeypatch) -> None:
    import sys
    import types

    bars: List[Any] = []

    class FakeBar:  # stands in for tqdm: records what the SDK tells it
        def __init__(self, **kwargs: Any) -> None:
            self.kwargs, self.n, self.postfix, self.closed = kwargs, 0, None, False
            bars.append(self)

        def update(self, n: int) -> None:
            self.n += n

        def set_postfix_str(self, text: str, refresh: bool = True) -> None:
            self.postfix = text

        def close(self) -> None:
            self.closed = True

    fake = types.ModuleType("tqdm.auto")
    fake.tqdm = FakeBar  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tqdm.auto", fake)
    server.handler = pages_handler(make_pages(3))
    assert len(list(paginate(boards_api.BoardsApi(client).boards_list, progress=True))) == 6
    (bar,) = bars
    assert bar.kwargs["desc"] == "boards_list" and bar.kwargs["unit"] == "item"
    assert bar.n == 6 and bar.postfix == "page 3" and bar.closed


# -- one design for every paginated operation --------------------------------------------------


def _all_operations() -> Dict[str, Operation]:
    found: Dict[str, Operation] = {}
    for info in pkgutil.iter_modules(pinterest_client.api.__path__):
        module = importlib.import_module(f"pinterest_client.api.{info.name}")
        for value in vars(module).values():
            if isinstance(value, Operation):
                found[value.id] = value
    return found


def test_56_paginated_operations_are_detected_from_the_metadata() -> None:
    paginated = [op for op in _all_operations().values() if is_paginated(op)]
    assert len(paginated) == 56
    assert [op.id for op in paginated if op.method != "GET"] == ["products_by_product_group_filter/list"]
    assert operation_of(pins_api.PinsApi.pins_list).id == "pins/list"  # type: ignore[union-attr]
    assert paginated_methods(boards_api.BoardsApi) == [
        "board_sections_list",
        "board_sections_list_pins",
        "boards_list",
        "boards_list_pins",
    ]


def _paginated_cases() -> List[Any]:
    spec_samples = pytest.importorskip("spec_samples")
    if not spec_samples.spec_available():
        return []
    ops = _all_operations()
    return [
        c
        for c in spec_samples.collect_cases()
        if not c.legacy and c.operation_id in ops and is_paginated(ops[c.operation_id])
    ]


_CASES = _paginated_cases()


@pytest.fixture(scope="module")
def shared() -> Iterator[Tuple[Loopback, pinterest_client.ApiClient]]:
    with Loopback() as srv:
        config = pinterest_client.Configuration(host=srv.host, access_token="tok-s3cr3t-1", retries=0)
        with pinterest_client.ApiClient(config) as api_client:
            yield srv, api_client


@pytest.mark.skipif(not _CASES, reason="the OpenAPI spec is not in ../shared/spec")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("case", _CASES, ids=[c.operation_id for c in _CASES])
def test_every_paginated_operation_walks_three_pages_with_its_arguments(shared, case) -> None:
    from test_operations import _api, build_call

    server, client = shared
    server.requests.clear()
    call = build_call(case, "full")
    kwargs = {k: v for k, v in call.kwargs.items() if k != "bookmark"}
    method = getattr(_api(case, client), case.method_name)
    server.handler = pages_handler(make_pages(3, per_page=1))
    walk: Paginator[Any] = paginate(method, *call.args, **kwargs)
    assert len(list(walk)) == 3
    assert bookmarks(server) == [None, "bm-1", "bm-2"]
    first = server.requests[0]
    for req in server.requests:
        assert (req.method, req.path) == (case.method, first.path)
        assert [(k, v) for k, v in req.query if k != "bookmark"] == [(k, v) for k, v in first.query if k != "bookmark"]
        assert req.body == first.body
    if case.method == "POST":
        assert first.body
