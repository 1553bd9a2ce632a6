"""``pinterest-api-sdk``'s documented flows against ``FakePinterest`` (run in a subprocess; prints JSON).

``python api_sdk_flows.py [--compat]``: with ``--compat`` the SDK's ``openapi_generated.pinterest_client``
imports are served by ours (``pinterest_client.compat.install()``); without, by whatever original
client is on ``PYTHONPATH`` (the baseline: what fails there is the fake's or the flow's doing, not ours).
The high-level SDK (package ``pinterest``, 0.2.x) must be on ``PYTHONPATH`` too, unchanged.

Each flow is the use the SDK's README, samples and integration tests show for one area — boards,
Pins, ad accounts, campaigns, ad groups, ads, audiences, customer lists, keywords, conversion events —
and prints ``{flow: "ok" | first error line}``. The SDK reads its settings from the environment when
``pinterest.config`` is imported, so the fake is started and the variables set first.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import traceback
from typing import Any, Callable, Dict, List

FLOWS: Dict[str, Callable[[Dict[str, Any]], None]] = {}


def flow(func: Callable[[Dict[str, Any]], None]) -> Callable[[Dict[str, Any]], None]:
    FLOWS[func.__name__] = func
    return func


def _sdk(module: str, name: str) -> Any:
    return getattr(importlib.import_module(module), name)


def _ad_account(ctx: Dict[str, Any]) -> str:
    if "ad_account_id" not in ctx:
        account = _sdk("pinterest.ads.ad_accounts", "AdAccount").create(
            name="SDK Test Ad Account", owner_user_id="1234567890", country="US"
        )
        ctx["ad_account_id"] = account.id
    return str(ctx["ad_account_id"])


def _campaign(ctx: Dict[str, Any]) -> Any:
    if "campaign" not in ctx:
        ctx["campaign"] = _sdk("pinterest.ads.campaigns", "Campaign").create(
            ad_account_id=_ad_account(ctx),
            name="SDK Test Campaign",
            objective_type="AWARENESS",  # (no spend cap: the flow sets a lifetime one; Pinterest refuses both)
        )
    return ctx["campaign"]


def _ad_group(ctx: Dict[str, Any]) -> Any:
    if "ad_group" not in ctx:
        ctx["ad_group"] = _sdk("pinterest.ads.ad_groups", "AdGroup").create(
            ad_account_id=_ad_account(ctx),
            campaign_id=_campaign(ctx).id,
            billable_event="IMPRESSION",
            name="SDK_INTEGRATION_TEST_ADGROUP",
            auto_targeting_enabled=False,
            bid_in_micro_currency=10000000,
        )
    return ctx["ad_group"]


def _ids(page: Any) -> List[str]:
    """The ids of a ``get_all`` / ``list_*`` answer (``(items, bookmark)``)."""
    items, _bookmark = page
    return [item.id for item in items]


def _board(ctx: Dict[str, Any]) -> Any:
    if "board" not in ctx:
        ctx["board"] = _sdk("pinterest.organic.boards", "Board").create(
            name="SDK Test Board", description="SDK Test Board Description", privacy="PUBLIC"
        )
    return ctx["board"]


@flow
def boards(ctx: Dict[str, Any]) -> None:
    board_cls = _sdk("pinterest.organic.boards", "Board")
    board = _board(ctx)
    assert board.name == "SDK Test Board", board.name
    again = board_cls(board_id=board.id)
    assert again.description == "SDK Test Board Description", again.description
    assert again.update_fields(name="Renamed board", description="New description")
    assert again.name == "Renamed board", again.name
    assert again.make_secret() and again.privacy == "SECRET", again.privacy
    section = again.create_section(name="Section one")
    assert section.name == "Section one", section.name
    sections, _ = again.list_sections()
    assert [s.id for s in sections] == [section.id], sections
    again.update_section(section_id=section.id, name="Section renamed")
    again.delete_section(section_id=section.id)
    assert board.id in _ids(board_cls.get_all(page_size=25))
    pins, _ = again.list_pins()
    assert isinstance(pins, list)
    board_cls.delete(board_id=board.id)
    ctx.pop("board")


@flow
def pins(ctx: Dict[str, Any]) -> None:
    pin_cls = _sdk("pinterest.organic.pins", "Pin")
    board = _board(ctx)
    pin = pin_cls.create(
        board_id=board.id,
        title="SDK Test Pin",
        description="SDK Test Pin Description",
        media_source={
            "source_type": "image_url",
            "content_type": "image/jpeg",
            "data": "string",
            "url": "https://i.pinimg.com/564x/28/75/e9/2875e94f8055227e72d514b837adb271.jpg",
        },
    )
    assert pin.title == "SDK Test Pin", pin.title
    again = pin_cls(pin_id=pin.id)
    assert again.board_id == board.id, again.board_id
    second = _sdk("pinterest.organic.boards", "Board").create(name="SDK second board")
    again.save(board_id=second.id)
    assert pin.id in _ids(pin_cls.get_all(page_size=25))
    pin_cls.delete(pin_id=pin.id)


@flow
def ad_accounts(ctx: Dict[str, Any]) -> None:
    account_cls = _sdk("pinterest.ads.ad_accounts", "AdAccount")
    account = account_cls(ad_account_id=_ad_account(ctx))
    assert account.name == "SDK Test Ad Account", account.name
    campaign = _campaign(ctx)
    assert campaign.id in _ids(account.list_campaigns())
    audiences, _ = account.list_audiences()
    customer_lists, _ = account.list_customer_lists()
    assert isinstance(audiences, list) and isinstance(customer_lists, list)


@flow
def campaigns(ctx: Dict[str, Any]) -> None:
    campaign_cls = _sdk("pinterest.ads.campaigns", "Campaign")
    campaign = _campaign(ctx)
    again = campaign_cls(ad_account_id=_ad_account(ctx), campaign_id=campaign.id)
    assert again.name == "SDK Test Campaign", again.name
    assert again.pause() and again.status == "PAUSED", again.status
    assert again.activate() and again.status == "ACTIVE", again.status
    assert again.set_lifetime_budget(new_spend_cap=250000000)
    assert again.get_lifetime_budget() == 250000000, again.get_lifetime_budget()
    assert again.update_fields(name="Renamed campaign") and again.name == "Renamed campaign"
    assert campaign.id in _ids(campaign_cls.get_all(ad_account_id=_ad_account(ctx)))
    ad_groups, _ = again.list_ad_groups()
    assert isinstance(ad_groups, list)


@flow
def ad_groups(ctx: Dict[str, Any]) -> None:
    ad_group_cls = _sdk("pinterest.ads.ad_groups", "AdGroup")
    ad_group = _ad_group(ctx)
    again = ad_group_cls(ad_account_id=_ad_account(ctx), ad_group_id=ad_group.id)
    assert again.name == "SDK_INTEGRATION_TEST_ADGROUP", again.name
    assert again.update_fields(name="Renamed ad group") and again.name == "Renamed ad group"
    assert again.enable_auto_targeting() and again.auto_targeting_enabled is True
    assert ad_group.id in _ids(ad_group_cls.get_all(ad_account_id=_ad_account(ctx), campaign_ids=[_campaign(ctx).id]))
    ads, _ = again.list_ads()
    assert isinstance(ads, list)


@flow
def ads(ctx: Dict[str, Any]) -> None:
    ad_cls = _sdk("pinterest.ads.ads", "Ad")
    pin = _sdk("pinterest.organic.pins", "Pin").create(
        board_id=_board(ctx).id,
        title="Ad Pin",
        media_source={"source_type": "image_url", "url": "https://i.pinimg.com/564x/28/75/e9/x.jpg"},
    )
    ad = ad_cls.create(
        ad_account_id=_ad_account(ctx),
        ad_group_id=_ad_group(ctx).id,
        creative_type="REGULAR",
        pin_id=pin.id,
        name="Test_create_ad",
        status="ACTIVE",
        is_pin_deleted=False,
        is_removable=False,
    )
    again = ad_cls(ad_account_id=_ad_account(ctx), ad_id=ad.id)
    assert again.name == "Test_create_ad", again.name
    assert again.update_fields(name="Renamed ad") and again.name == "Renamed ad"
    assert ad.id in _ids(ad_cls.get_all(ad_account_id=_ad_account(ctx), ad_group_ids=[_ad_group(ctx).id]))


@flow
def audiences(ctx: Dict[str, Any]) -> None:
    audience_cls = _sdk("pinterest.ads.audiences", "Audience")
    audience = audience_cls.create(
        ad_account_id=_ad_account(ctx),
        name="SDK Test Audience",
        rule={"engager_type": 1},
        audience_type="ENGAGEMENT",
        description="SDK Test Audience Description",
    )
    again = audience_cls(ad_account_id=_ad_account(ctx), audience_id=audience.id)
    assert again.name == "SDK Test Audience", again.name
    assert again.update_fields(description="New description") and again.description == "New description"
    assert audience.id in _ids(audience_cls.get_all(ad_account_id=_ad_account(ctx)))


@flow
def customer_lists(ctx: Dict[str, Any]) -> None:
    list_cls = _sdk("pinterest.ads.customer_lists", "CustomerList")
    customer_list = list_cls.create(
        ad_account_id=_ad_account(ctx),
        name="SDK Test Customer List",
        records="test@pinterest.com",
        list_type="EMAIL",
    )
    again = list_cls(ad_account_id=_ad_account(ctx), customer_list_id=customer_list.id)
    assert again.name == "SDK Test Customer List", again.name
    assert again.add_record("other@pinterest.com")
    assert again.remove_record("other@pinterest.com")
    assert customer_list.id in _ids(list_cls.get_all(ad_account_id=_ad_account(ctx)))


@flow
def keywords(ctx: Dict[str, Any]) -> None:
    keyword_cls = _sdk("pinterest.ads.keywords", "Keyword")
    keyword = keyword_cls.create(
        ad_account_id=_ad_account(ctx),
        parent_id=_ad_group(ctx).id,
        value="string",
        match_type="BROAD",
        bid=1000,
    )
    assert keyword.value == "string", keyword.value
    assert keyword.update_fields(bid=2000) and keyword.bid == 2000, keyword.bid
    assert keyword.id in _ids(keyword_cls.get_all(ad_account_id=_ad_account(ctx), ad_group_id=_ad_group(ctx).id))


@flow
def conversion_events(ctx: Dict[str, Any]) -> None:
    conversion_cls = _sdk("pinterest.ads.conversion_events", "Conversion")
    event = conversion_cls.create_conversion_event(
        event_name="add_to_cart",
        action_source="app_ios",
        event_time=1670026573,
        event_id="eventId0001",
        user_data={"em": ["964bbaf162703657e787eb4455197c8b35c18940c75980b0285619fe9b8acec8"]},
        custom_data={"currency": "USD", "value": "72.39", "content_ids": ["red-pumps"], "num_items": 1},
    )
    response = conversion_cls.send_conversion_events(
        ad_account_id=_ad_account(ctx), conversion_events=[event, event], test=True
    )
    assert isinstance(response.num_events_received, int), response


def _first_line(exc: BaseException) -> str:
    last = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" (at {os.path.basename(last.filename)}:{last.lineno})" if last else ""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:220] + where


def main(argv: List[str]) -> None:
    from pinterest_client.testing import FakePinterest

    if "--compat" in argv:
        importlib.import_module("pinterest_client.compat").install()
    results: Dict[str, str] = {}
    with FakePinterest() as fake:
        os.environ["PINTEREST_API_URI"] = fake.host
        os.environ["PINTEREST_ACCESS_TOKEN"] = fake.access_token
        try:
            importlib.import_module("pinterest.client")
        except Exception as exc:  # noqa: BLE001 - every flow fails the same way then
            results = {name: f"import pinterest.client: {_first_line(exc)}" for name in FLOWS}
        else:
            ctx: Dict[str, Any] = {}
            for name, func in FLOWS.items():
                try:
                    func(ctx)
                    results[name] = "ok"
                except Exception as exc:  # noqa: BLE001 - reported, one line per flow
                    results[name] = _first_line(exc)
    json.dump(results, sys.stdout, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
