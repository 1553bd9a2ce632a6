"""``python -m pinterest_client demo``: a short, friendly walk through the SDK.

Without ``PINTEREST_ACCESS_TOKEN`` it starts a local :class:`~pinterest_client.testing.FakePinterest`
and runs a full session against it: who am I, create a board and a section, create Pins from image
URLs, list them page by page, move one into the section, read analytics, clean up.

With a token it only reads (who am I, your boards, a board's Pins, account analytics) from the
real API (``--sandbox`` for the sandbox host). The token is never printed.
"""

from __future__ import annotations

import datetime
import os
import sys
from typing import Any, Callable, Dict, List, Mapping, Optional, TextIO

from pinterest_client import __version__
from pinterest_client.api.boards_api import BoardsApi
from pinterest_client.api.pins_api import PinsApi
from pinterest_client.api.user_account_api import UserAccountApi
from pinterest_client.api_client import ApiClient
from pinterest_client.configuration import Configuration
from pinterest_client.exceptions import ApiConnectionError, ApiException, OpenApiException

DEMO_PIN_COUNT = 5
DEMO_PAGE_SIZE = 2
IMAGE_URLS = [
    "https://images.unsplash.com/photo-1504674900247-0877df9cc836",
    "https://images.unsplash.com/photo-1512621776951-a57141f2eefd",
    "https://images.unsplash.com/photo-1490645935967-10de6ba17061",
    "https://images.unsplash.com/photo-1473093295043-cdd812d0e601",
    "https://images.unsplash.com/photo-1482049016688-2d3e1b311543",
]
ANALYTICS_METRICS = ["IMPRESSION", "SAVE", "PIN_CLICK", "OUTBOUND_CLICK"]


class Demo:
    def __init__(self, client: ApiClient, out: TextIO) -> None:
        self.client = client
        self.out = out
        self.users = UserAccountApi(client)
        self.boards = BoardsApi(client)
        self.pins = PinsApi(client)
        self.step_number = 0

    def say(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def step(self, title: str) -> None:
        self.step_number += 1
        self.say()
        self.say(f"{self.step_number}. {title}")

    # -- shared steps ---------------------------------------------------------------------------

    def who_am_i(self) -> Any:
        self.step("Who am I?  (user_account_get)")
        me = self.users.user_account_get()
        kind = (me.account_type or "unknown").lower()
        self.say(
            f"   You are @{me.username}, a {kind} account"
            + (f" ({me.business_name})" if me.business_name else "")
            + "."
        )
        if me.board_count is not None or me.pin_count is not None:
            self.say(
                f"   {_count(me.board_count, 'board')}, {_count(me.pin_count, 'Pin')}, "
                f"{_count(me.follower_count, 'follower')}."
            )
        return me

    def account_analytics(self) -> None:
        end = datetime.date.today()
        start = end - datetime.timedelta(days=6)
        self.step(f"Your account's analytics for {start} .. {end}  (user_account_analytics)")
        try:
            report = self.users.user_account_analytics(start, end, metric_types=ANALYTICS_METRICS)
        except ApiException as exc:
            self.say(f"   Not available for this account: {_explain(exc)}")
            return
        summary = _summary(report)
        if summary:
            self.say(
                "   " + ", ".join(f"{name.replace('_', ' ').lower()}: {_fmt(value)}" for name, value in summary.items())
            )
        else:
            self.say("   No data for this period.")

    # -- the full session (fake) --------------------------------------------------------------------

    def full_session(self) -> None:
        self.who_am_i()

        self.step("Creating a board  (boards_create)")
        board = self.boards.boards_create(
            {"name": "SDK demo: weeknight dinners", "description": "Made by the demo", "privacy": "SECRET"}
        )
        self.say(f'   Created board {board.id} "{board.name}" ({(board.privacy or "").lower()}).')
        created: List[Any] = []
        try:
            self.step("Adding a section  (board_sections_create)")
            section = self.boards.board_sections_create(board.id, {"name": "Favourites"})
            self.say(f'   Added section {section.id} "{section.name}".')

            self.step(f"Creating {DEMO_PIN_COUNT} Pins from image URLs  (pins_create)")
            for i, url in enumerate(IMAGE_URLS[:DEMO_PIN_COUNT], start=1):
                pin = self.pins.pins_create(
                    {
                        "board_id": board.id,
                        "title": f"Dinner idea #{i}",
                        "description": "Created by python -m pinterest_client demo",
                        "link": "https://example.com/recipes",
                        "media_source": {"source_type": "image_url", "url": url},
                    }
                )
                created.append(pin)
                self.say(f'   + Pin {pin.id} "{pin.title}"')

            self.step(f"Listing the board's Pins, {DEMO_PAGE_SIZE} per page  (boards_list_pins + bookmark)")
            bookmark: Optional[str] = None
            page_number = 0
            while True:
                page = self.boards.boards_list_pins(board.id, page_size=DEMO_PAGE_SIZE, bookmark=bookmark)
                page_number += 1
                titles = ", ".join(f'"{p.title}"' for p in page.items) or "(empty)"
                self.say(f"   page {page_number}: {titles}" + ("" if page.bookmark else "   <- last page"))
                bookmark = page.bookmark
                if not bookmark:
                    break

            favourite = created[len(created) // 2]
            self.step(f'Moving "{favourite.title}" into "{section.name}"  (pins_update)')
            moved = self.pins.pins_update(favourite.id, {"board_id": board.id, "board_section_id": section.id})
            in_section = self.boards.board_sections_list_pins(board.id, str(section.id))
            self.say(
                f"   Pin {moved.id} is now in section {moved.board_section_id}; "
                f"the section holds {_count(len(in_section.items), 'Pin')}."
            )

            end = datetime.date.today()
            start = end - datetime.timedelta(days=6)
            self.step(f'Analytics for "{created[0].title}", {start} .. {end}  (pins_analytics)')
            report = self.pins.pins_analytics(created[0].id, start, end, ANALYTICS_METRICS[:3])
            summary = _summary(report)
            self.say(
                "   "
                + (
                    ", ".join(f"{k.replace('_', ' ').lower()}: {_fmt(v)}" for k, v in summary.items())
                    or "No data for this period."
                )
            )
            self.account_analytics()
        finally:
            self.step("Cleaning up  (pins_delete, boards_delete)")
            for pin in created:
                self.pins.pins_delete(pin.id)
            self.boards.boards_delete(board.id)
            self.say(f"   Deleted {_count(len(created), 'Pin')} and board {board.id}.")

    # -- read-only (real API) -------------------------------------------------------------------

    def read_only_session(self) -> None:
        self.who_am_i()
        self.step(f"Your boards, {DEMO_PAGE_SIZE} per page (at most 3 pages)  (boards_list + bookmark)")
        bookmark: Optional[str] = None
        first_board = None
        for page_number in range(1, 4):
            page = self.boards.boards_list(page_size=DEMO_PAGE_SIZE, bookmark=bookmark)
            if first_board is None and page.items:
                first_board = page.items[0]
            names = ", ".join(f'"{b.name}" ({_count(b.pin_count, "Pin")})' for b in page.items) or "(no boards)"
            self.say(f"   page {page_number}: {names}")
            bookmark = page.bookmark
            if not bookmark:
                break
        if first_board is not None:
            self.step(f'A few Pins on "{first_board.name}"  (boards_list_pins)')
            pins = self.boards.boards_list_pins(first_board.id, page_size=5)
            for pin in pins.items:
                self.say(f"   - {pin.id} {pin.title or '(untitled)'}")
            if not pins.items:
                self.say("   (this board has no Pins)")
        self.account_analytics()


def _count(n: Optional[int], noun: str) -> str:
    if n is None:
        return f"? {noun}s"
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _fmt(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, float):
        return f"{value:.2%}" if value < 1 else f"{value:,.2f}"
    return str(value)


def _summary(report: Any) -> Dict[str, Any]:
    """``summary_metrics`` of the ``all`` entry of an analytics answer, as a plain dict."""
    entry = report.get("all") if hasattr(report, "get") else None
    if entry is None:
        return {}
    summary = entry.get("summary_metrics") if hasattr(entry, "get") else None
    return dict(summary or {})


def _explain(exc: ApiException) -> str:
    parts = [f"HTTP {exc.status}" if exc.status else type(exc).__name__]
    if exc.message:
        parts.append(exc.message)
    return " - ".join(parts)


def run_demo(*, sandbox: bool = False, out: TextIO = sys.stdout, environ: Optional[Mapping[str, str]] = None) -> int:
    env = os.environ if environ is None else environ
    token = env.get("PINTEREST_ACCESS_TOKEN")
    print(f"pinterest_client {__version__} demo", file=out, flush=True)
    if not token:
        from pinterest_client.testing import FakePinterest

        with FakePinterest() as fake:
            print("No PINTEREST_ACCESS_TOKEN in the environment, so this runs against a local fake Pinterest", file=out)
            print(f"at {fake.host}. Set the variable to make read-only calls to the real API instead.", file=out)
            if sandbox:
                print("(--sandbox only matters with a token: the fake stands in for both hosts.)", file=out)
            out.flush()
            config = fake.configuration()
            code = _run(config, lambda demo: demo.full_session(), out)
            if code == 0:
                print(
                    f"\nDone. The fake answered {len(fake.requests)} requests; nothing left behind.",
                    file=out,
                    flush=True,
                )
            return code
    config = demo_configuration(env, sandbox)
    where = config.host
    print(f"Using the access token from PINTEREST_ACCESS_TOKEN against {where}.", file=out)
    print("Read-only: this demo will not create, change or delete anything.", file=out, flush=True)
    code = _run(config, lambda demo: demo.read_only_session(), out)
    if code == 0:
        print("\nDone.", file=out, flush=True)
    return code


def demo_configuration(env: Any, sandbox: bool) -> Configuration:
    """The configuration of a token run: ``PINTEREST_*`` variables, ``--sandbox`` on top."""
    return Configuration.from_env(
        env, sandbox=sandbox or env.get("PINTEREST_SANDBOX", "").lower() in ("1", "true", "yes")
    )


def _run(config: Configuration, body: Callable[[Demo], None], out: TextIO) -> int:
    try:
        with ApiClient(config) as client:
            body(Demo(client, out))
    except ApiConnectionError as exc:
        print(f"\nCould not reach {config.host}: {exc.reason or exc}", file=out)
        return 1
    except ApiException as exc:
        print(
            f"\nThe API said no: {_explain(exc)}" + (f" (request id {exc.request_id})" if exc.request_id else ""),
            file=out,
        )
        if exc.status == 401:
            print("Check that PINTEREST_ACCESS_TOKEN is valid for this host (sandbox tokens need --sandbox).", file=out)
        return 1
    except OpenApiException as exc:
        print(f"\nThe demo failed: {exc}", file=out)
        return 1
    return 0
