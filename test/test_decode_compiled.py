"""The compiled decoders (generated source per class, nested models and discriminated unions
written inline, union decisions from tables built once) decode exactly as the plain per-field
algorithm they replaced (which the runtime keeps for a type's first small responses): checked on
values synthesised from the spec for every schema, as sent and damaged in the ways a lenient decoder
must survive (nulls, wrong types, unknown tags and fields)."""

from __future__ import annotations

import copy
import datetime
import json
import random
import subprocess
import sys
from typing import Any, List

import pytest

from benchmarks import payloads
from pinterest_client import _decode, _models
from pinterest_client._types import resolve_type
from pinterest_client.model_utils import Model, ModelList, decoder_for

# -- the reference: the per-field algorithm, which the runtime also uses for a type's first small
# responses (``_decode.decode_plainly``: no compiled code, one field at a time) ------------------

reference = _decode.decode_plainly


def same(a: Any, b: Any, path: str = "$") -> None:
    """Equal values of the same types all the way down."""
    assert type(a) is type(b), f"{path}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, Model):
        same(a.__dict__, b.__dict__, path)
    elif isinstance(a, dict):
        assert list(a) == list(b), f"{path}: keys {list(a)} != {list(b)}"
        for key in a:
            same(a[key], b[key], f"{path}.{key}")
    elif isinstance(a, list):
        assert len(a) == len(b), f"{path}: {len(a)} items != {len(b)}"
        for index, (x, y) in enumerate(zip(a, b)):
            same(x, y, f"{path}[{index}]")
    else:
        assert a == b or (a != a and b != b), f"{path}: {a!r} != {b!r}"


# -- inputs: every schema, as sent and damaged ---------------------------------------------------

SPEC = payloads.load_spec()
SCHEMAS = sorted(SPEC["components"]["schemas"])


def _decodable(name: str) -> bool:
    try:
        cls = resolve_type(name)
    except AttributeError:
        return False
    return isinstance(cls, _models._ModelMeta) or (isinstance(cls, type) and issubclass(cls, ModelList))


DECODABLE = [name for name in SCHEMAS if _decodable(name)]

_ODD_VALUES: List[Any] = [None, "x", 7, 2.5, True, [], {}, [{}], {"unknown": 1}, "2024-13-45T99:00:00", "not a date"]


def damaged(value: Any, rng: random.Random) -> Any:
    """``value`` with, here and there, nulls, values of the wrong type, unknown keys, unknown
    discriminator tags and missing keys."""
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            roll = rng.random()
            if roll < 0.06:
                continue  # a missing key (required or not)
            if roll < 0.16:
                out[key] = rng.choice(_ODD_VALUES)
            elif roll < 0.2 and isinstance(item, str):
                out[key] = item + "_unknown_tag"
            else:
                out[key] = damaged(item, rng)
        if rng.random() < 0.15:
            out[rng.choice(["shiny_new_field", "to_dict", "get", "validate", "attribute_map"])] = {"a": [1]}
        return out
    if isinstance(value, list):
        return [damaged(item, rng) for item in value]
    return value


def samples(name: str) -> List[Any]:
    schema = {"$ref": f"#/components/schemas/{name}"}
    out = []
    for seed in range(3):
        synth = payloads.Synthesizer(SPEC, seed=seed)
        try:
            value = synth.value(schema, name.lower())
        except RecursionError:  # (a schema that contains itself without end)
            continue
        out.append(value)
        out.append(damaged(value, random.Random(seed)))
    return out


@pytest.mark.parametrize("name", DECODABLE)
def test_compiled_decoders_match_the_per_field_algorithm(name: str) -> None:
    decoder = decoder_for(name)
    assert decoder is not None
    for value in samples(name):
        expected = reference(name, copy.deepcopy(value))
        same(decoder(copy.deepcopy(value)), expected)
        # and through json, as a response arrives
        raw = json.dumps(value).encode()
        same(decoder(_decode.loads(raw)), reference(name, json.loads(raw)))


def test_every_decodable_schema_was_checked() -> None:
    assert len(DECODABLE) > 500, len(DECODABLE)


def test_a_pin_page_decodes_typed_all_the_way_down() -> None:
    from pinterest_client.models import BoardOwner, ImageDetails, ImageSize, Pin, PinMediaWithImage

    raw = payloads.pins_page(40, spec=SPEC)
    page = decoder_for("PinsListResponse")(json.loads(raw))
    same(page, reference("PinsListResponse", json.loads(raw)))
    first = next(p for p in page.items if p.media.media_type == "image")
    assert type(first) is Pin and type(first.board_owner) is BoardOwner
    assert type(first.media) is PinMediaWithImage and type(first.media.images) is ImageSize
    assert type(first.media.images["150x150"]) is ImageDetails
    assert isinstance(first.created_at, datetime.datetime)
    assert page.to_wire() == json.loads(raw)


def test_discriminated_unions_fall_back_to_the_best_fit_for_an_unknown_tag() -> None:
    from pinterest_client.models import PinMediaWithVideo

    data = {"media_type": "hologram", "duration": 1.5, "video_url": "v", "width": 2}
    pin = decoder_for("Pin")({"id": "1", "media": copy.deepcopy(data)})
    same(pin, reference("Pin", {"id": "1", "media": copy.deepcopy(data)}))
    assert type(pin.media) is PinMediaWithVideo  # the variant declaring most of the keys


def test_untagged_unions_pick_the_variant_that_fits_best() -> None:
    from pinterest_client.models import ImageMetadata, VideoMetadataWithItemType

    image = {"item_type": "image", "title": "t", "images": {"600x": {"width": 1, "height": 2, "url": "u"}}}
    video = {"item_type": "video", "video_url": "v", "cover_image_url": "c", "duration": 2.0, "width": 1}
    decoded = decoder_for("list[PinMediaMetadata]")([copy.deepcopy(image), copy.deepcopy(video)])
    same(decoded, reference("list[PinMediaMetadata]", [image, video]))
    assert [type(item) for item in decoded] == [ImageMetadata, VideoMetadataWithItemType]


@pytest.mark.parametrize("bad", _ODD_VALUES)
def test_any_value_in_any_place_never_raises(bad: Any) -> None:
    for name in ("PinsListResponse", "CampaignsListResponse", "Pin", "PinMedia", "PinMediaMetadata"):
        decoder = decoder_for(name)
        assert decoder is not None
        same(decoder(copy.deepcopy(bad)), reference(name, copy.deepcopy(bad)))
        same(decoder({"items": [bad], "media": bad}), reference(name, {"items": [bad], "media": bad}))


# -- data cannot hide a model's methods -----------------------------------------------------------

RESERVED = sorted(_models._BASE_RESERVED)


@pytest.mark.parametrize("key", RESERVED)
def test_a_response_key_named_like_a_method_is_data_and_the_method_stays(key: str) -> None:
    from pinterest_client.models import Board

    wire = {"id": "1", "name": "n", key: {"value": key}}
    board = Board.from_dict(copy.deepcopy(wire))
    assert board[key] == {"value": key} and board.get(key) == {"value": key} and key in board
    assert board.to_wire() == wire and board.to_dict()[key] == {"value": key}
    assert json.loads(board.to_json()) == wire
    assert callable(board.to_dict) and callable(board.get) and callable(board.validate)
    assert board.attribute_map is Board.attribute_map and Board.from_dict is not None
    assert board == Board.from_dict(copy.deepcopy(wire))
    assert list(board) == list(wire) and key in repr(board)


def test_setting_a_method_name_sets_data_without_hiding_the_method() -> None:
    from pinterest_client.models import BoardOwner

    owner = BoardOwner(username="u")
    owner.to_dict = 5  # type: ignore[method-assign,assignment]
    assert owner["to_dict"] == 5 and owner.to_dict() == {"username": "u", "to_dict": 5}
    del owner.to_dict
    assert owner.to_dict() == {"username": "u"}
    with pytest.raises(AttributeError):
        del owner.get


# -- the parser -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        b'{"a": 1, "b": [1.5, "x", null, true]}',
        b'{"a": NaN, "b": Infinity}',  # accepted by json.loads, refused by orjson
        '{"text": "caf\u00e9 \\ud83d\\ude00"}'.encode(),
        '{"a": "caf\u00e9"}'.encode("utf-16"),  # json.loads detects UTF-16; orjson refuses it
    ],
)
def test_loads_gives_what_json_loads_gives(raw: bytes) -> None:
    assert repr(_decode.loads(raw)) == repr(json.loads(raw))


@pytest.mark.parametrize("raw", [b"{", b"[1,]", b"nope", b'{"a": 1} x'])
def test_loads_errors_are_the_standard_librarys(raw: bytes) -> None:
    with pytest.raises(json.JSONDecodeError) as ours:
        _decode.loads(raw)
    with pytest.raises(json.JSONDecodeError) as theirs:
        json.loads(raw)
    assert str(ours.value) == str(theirs.value)


def test_loads_uses_orjson_when_a_safe_version_is_installed() -> None:
    orjson = pytest.importorskip("orjson")
    safe = _decode._version(orjson.__version__) >= _decode.ORJSON_MINIMUM
    assert (_decode._choose_parser() is not json.loads) == safe


@pytest.mark.parametrize(
    "text, version", [("3.9.15", (3, 9, 15)), ("3.10.3", (3, 10, 3)), ("3.8.3", (3, 8, 3)), ("4.0.0rc1", (4, 0, 0))]
)
def test_orjson_versions_are_compared_as_numbers(text: str, version: tuple) -> None:
    assert _decode._version(text) == version
    assert (version >= _decode.ORJSON_MINIMUM) == (text not in ("3.8.3",))


def test_deeply_nested_bodies_fail_as_with_json_loads() -> None:
    deep = b"[" * 5000 + b"]" * 5000
    with pytest.raises(RecursionError):
        json.loads(deep)
    with pytest.raises(RecursionError):
        _decode.loads(deep)


def test_integers_beyond_64_bits_are_exact_without_the_speed_extra_and_floats_with_it() -> None:
    raw = b'{"big": 123456789012345678901234567890, "fits": 18446744073709551615}'
    large = raw[:-1] + b', "padding": "' + b"x" * _decode.SMALL_BODY + b'"}'
    small_parsed, large_parsed = _decode.loads(raw), _decode.loads(large)
    assert small_parsed["fits"] == large_parsed["fits"] == 18446744073709551615  # exact either way
    assert small_parsed["big"] == 123456789012345678901234567890  # a small body: json.loads
    if _decode._choose_parser() is json.loads:
        assert large_parsed["big"] == 123456789012345678901234567890
    else:  # orjson's documented limit (the speed extra says so)
        assert large_parsed["big"] == float(123456789012345678901234567890)


def test_small_bodies_do_not_import_orjson() -> None:
    """A program's small calls never pay for importing the speed extra's parser (~8 ms)."""
    code = (
        "import sys\nfrom pinterest_client import _decode\n"
        "assert _decode.loads(b'{\"id\": \"1\"}') == {'id': '1'}\n"
        "print('orjson' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_a_types_first_small_responses_are_decoded_without_compiling() -> None:
    """The first call of a program decodes its small response plainly (compiling a decoder costs
    as much as decoding a few hundred objects); the type's decoder is compiled once it has been
    seen PLAIN_USES times, and at once for a large body."""
    code = """
import json
import pinterest_client
from pinterest_client import _decode
from pinterest_client.api.boards_api import BoardsApi
from pinterest_client.model.board import Board
from pinterest_client.testing import FakePinterest

compiled = lambda: sorted(cls.__name__ for cls in _decode._CLASS_DECODERS)
with FakePinterest() as fake, pinterest_client.ApiClient(fake.configuration(retries=0)) as client:
    boards = BoardsApi(client)
    board = boards.boards_create({"name": "Plain", "description": "first"})
    assert type(board) is Board and board.name == "Plain" and board.created_at.year > 2000, board
    got = boards.boards_get(board.id)
    assert type(got) is Board and got.to_dict() == board.to_dict()
    assert compiled() == [], compiled()
    for _ in range(_decode.PLAIN_USES):
        boards.boards_get(board.id)
    assert "Board" in compiled(), compiled()
big = _decode.response_decoder("PinsListResponse", _decode.PLAIN_BODY)
assert big is _decode.decoder_for("PinsListResponse")
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr


def test_response_models_keep_enum_values_plain() -> None:
    page = decoder_for("Pin")({"id": "1", "creative_type": "BRAND_NEW"})
    assert page.creative_type == "BRAND_NEW" and type(page.creative_type) is str
