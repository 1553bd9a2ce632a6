"""Required fields the original client's constructor filled in: a required, writable property with a
single enum value (``PinMediaSourceImageURL.source_type == "image_url"``, the catalogs' ``catalog_type``
and ``operation``) or a default (``token_type == "bearer"``). Code written against the original builds
``PinMediaSourceImageURL(url=...)`` without the discriminator; the request must still carry it.
The constructor fills them (both of its paths), and so does decoding (both of its paths), as the
original's ``_from_openapi_data`` did. Side by side with 0.1.12: the same fields, the same values."""

from __future__ import annotations

import ast
import os
import sys
from typing import Any, Dict, Tuple

import pytest
from conftest import ROOT

from pinterest_client import _decode
from pinterest_client._types import resolve_type
from pinterest_client.api.boards_api import BoardsApi
from pinterest_client.api.pins_api import PinsApi
from pinterest_client.models import (
    BoardCreate,
    CatalogsCreateRetailItem,
    CatalogsRetailBatchRequest,
    OauthAccessTokenResponseCode,
    PinCreate,
    PinMediaSource,
    PinMediaSourceImageURL,
)
from pinterest_client.testing import FakePinterest


def test_the_constructor_fills_in_a_required_fields_only_value() -> None:
    assert PinMediaSourceImageURL("https://example.com/a.jpg").to_dict() == {
        "url": "https://example.com/a.jpg",
        "source_type": "image_url",
    }
    assert PinMediaSourceImageURL(url="u").source_type == "image_url"  # (the compiled constructor's fast path)
    assert PinMediaSourceImageURL(url="u", _check_type=True).source_type == "image_url"  # (the general path)
    assert PinMediaSourceImageURL(url="u", source_type="image_url").to_dict()["source_type"] == "image_url"
    item = CatalogsCreateRetailItem("sku-1", {"title": "T"})
    batch = CatalogsRetailBatchRequest("US", "EN", [item])
    assert batch.to_wire()["catalog_type"] == "RETAIL"
    assert batch.to_wire()["items"][0]["operation"] == "CREATE"


def test_a_value_given_is_kept_and_checked_and_reinit_fills_again() -> None:
    with pytest.raises(ValueError, match="source_type"):
        PinMediaSourceImageURL(url="u", source_type="video_id")
    model = PinMediaSourceImageURL(url="u")
    del model["source_type"]
    model.__init__(url="v")  # the constructor again replaces the data, defaults included
    assert model.to_dict() == {"url": "v", "source_type": "image_url"}


def test_decoding_fills_them_in_too_on_both_paths() -> None:
    data = {"access_token": "a", "scope": "s", "expires_in": 1, "response_type": "authorization_code"}
    compiled = _decode.decoder_for("OauthAccessTokenResponseCode")(dict(data))
    plain = _decode.decode_plainly("OauthAccessTokenResponseCode", dict(data))
    assert compiled.token_type == plain.token_type == "bearer"
    assert OauthAccessTokenResponseCode.from_dict(data).token_type == "bearer"
    sent = OauthAccessTokenResponseCode.from_dict({**data, "token_type": "mac"})
    assert sent.token_type == "mac"  # (what the server sends wins)
    original_form = OauthAccessTokenResponseCode._from_openapi_data(**data)
    assert original_form.token_type == "bearer"


def test_a_pin_from_an_image_url_built_as_with_the_original_client() -> None:
    with FakePinterest() as fake, fake.api_client() as client:
        board = BoardsApi(client).boards_create(BoardCreate(name="Trips"))
        media = PinMediaSourceImageURL(url="https://example.com/a.jpg")
        pin = PinsApi(client).pins_create(PinCreate(board_id=board.id, media_source=media))
        assert pin.board_id == board.id
        assert fake.last_request.json["media_source"] == {
            "url": "https://example.com/a.jpg",
            "source_type": "image_url",
        }


def test_a_union_fills_in_nothing() -> None:
    """The original's union classes filled in the *last* variant's value (``PinMediaSource``:
    ``"pin_url"`` whatever the data): a generator bug, which ours does not repeat."""
    assert "_defaults" not in PinMediaSource.__dict__
    assert PinMediaSource._defaults == {}


def _original_defaults(model_dir: str) -> Dict[Tuple[str, str], Dict[str, Any]]:
    """(module, class) -> {field: value} that each original model's ``__init__`` filled in
    (``source_type = kwargs.get('source_type', "image_url")``), read from its source."""
    out: Dict[Tuple[str, str], Dict[str, Any]] = {}
    for name in sorted(os.listdir(model_dir)):
        if not name.endswith(".py") or name == "__init__.py":
            continue
        tree = ast.parse(open(os.path.join(model_dir, name), encoding="utf-8").read())
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            for init in (f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"):
                for node in ast.walk(init):
                    call = node.value if isinstance(node, ast.Assign) else None
                    if (
                        isinstance(call, ast.Call)
                        and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "get"
                        and isinstance(call.func.value, ast.Name)
                        and call.func.value.id == "kwargs"
                        and len(call.args) == 2
                    ):
                        key = ast.literal_eval(call.args[0])
                        out.setdefault((name[:-3], cls.name), {})[key] = ast.literal_eval(call.args[1])
    return out


#: Fields the original filled in because spec 5.14 allowed one value, which have other values now: a
#: default would pick one silently (a HOTEL catalog, a REMOVE of a targeting template), so the field
#: must be given (``missing required field``, before anything is sent). See docs/guides/migrating.md.
_NOW_WITH_OTHER_VALUES = {
    ("catalogs_create_request", "CatalogsCreateRequest"): ("catalog_type", "CatalogsType"),
    ("targeting_template_update_request", "TargetingTemplateUpdateRequest"): ("operation_type", "str"),
}


def test_the_same_fields_and_values_as_the_original_0_1_12() -> None:
    import importlib

    sys.path.insert(0, os.path.join(ROOT, "test", "compat"))
    try:
        import compat_cache
    finally:
        sys.path.remove(os.path.join(ROOT, "test", "compat"))
    version = compat_cache.VERSIONS[-1]
    path = compat_cache.require(lambda: compat_cache.release(version))
    model_dir = os.path.join(path, *compat_cache.prefix_of(version).split("."), "model")
    original = _original_defaults(model_dir)
    assert len(original) > 60
    assert original["pin_media_source_image_url", "PinMediaSourceImageURL"] == {"source_type": "image_url"}
    differences = {}
    unions = []
    for (module_name, class_name), defaults in original.items():
        cls = getattr(importlib.import_module(f"pinterest_client.model.{module_name}"), class_name)
        if getattr(cls, "_variants", None):
            unions.append(module_name)
            assert cls._defaults == {}
            continue
        ours = {cls._by_wire[w].py: v for w, v in cls._defaults.items()}
        if (module_name, class_name) in _NOW_WITH_OTHER_VALUES:
            name, type_str = _NOW_WITH_OTHER_VALUES[module_name, class_name]
            field = cls._by_py[name]
            assert ours == {} and field.required and field.type == type_str
            allowed = field.checks.get("enum") or [m.value for m in resolve_type(type_str)]
            assert defaults[name] in allowed and len(allowed) > 1
            continue
        if ours != defaults:
            differences[module_name] = (defaults, ours)
    assert differences == {}
    assert "pin_media_source" in unions and len(unions) < 10
