"""Reference decoders for the 250-Pin page, printed as anchors by ``benchmarks/run.py`` when their
libraries are installed (neither is a requirement): msgspec typed Structs and pydantic v2 models
declaring the same fields the SDK decodes (nested owner, media as a union tagged by
``media_type``, image sizes, ``created_at`` as a datetime). Both are built from one table of
fields (:data:`SCHEMAS`) by :func:`msgspec_decoder` and :func:`pydantic_decoder`."""

import datetime
import json
from typing import Any, Callable, Dict, List, Optional, Tuple, Union

#: Placeholders in :data:`SCHEMAS` for the classes each library makes.
IMAGES, OWNER, MEDIA, METADATA = "images", "owner", "media", "metadata"

#: class name -> (media_type tag or None, [(field, type, required)]); a type is a Python type or
#: one of the placeholders above (``IMAGES`` is a dict of image details by size).
SCHEMAS: Dict[str, Tuple[Optional[str], List[Tuple[str, Any, bool]]]] = {
    "ImageDetails": (None, [("url", str, True), ("width", Optional[int], False), ("height", Optional[int], False)]),
    "ImageMetadata": (
        None,
        [(name, Optional[str], False) for name in ("item_type", "title", "description", "link")]
        + [("images", IMAGES, False)],
    ),
    "Image": ("image", [("images", IMAGES, False)]),
    "Video": (
        "video",
        [("images", IMAGES, False), ("cover_image_url", Optional[str], False), ("video_url", Optional[str], False)]
        + [("duration", Optional[float], False), ("height", Optional[int], False), ("width", Optional[int], False)],
    ),
    "Images": ("multiple_images", [("items", METADATA, False)]),
    "Videos": ("multiple_videos", [("items", Optional[List[Dict[str, Any]]], False)]),
    "Mixed": ("multiple_mixed", [("items", Optional[List[Dict[str, Any]]], False)]),
    "Owner": (None, [("username", Optional[str], False)]),
    "Pin": (
        None,
        [("id", str, True), ("created_at", Optional[datetime.datetime], False), ("board_owner", OWNER, False)]
        + [("media", MEDIA, False), ("pin_metrics", Optional[Dict[str, Any]], False)]
        + [("is_owner", Optional[bool], False), ("is_standard", Optional[bool], False)]
        + [("has_been_promoted", Optional[bool], False)]
        + [
            (name, Optional[str], False)
            for name in ("link", "title", "description", "dominant_color", "alt_text", "creative_type", "board_id")
            + ("board_section_id", "parent_pin_id", "note")
        ],
    ),
}

MEDIA_VARIANTS = ("Image", "Video", "Images", "Videos", "Mixed")


def _build(make: Callable[[str, Optional[str], List[Tuple[str, Any, bool]]], Any], media: Callable[[Any], Any]) -> Any:
    """Every class of :data:`SCHEMAS`, through a library's ``make(name, tag, fields)`` (fields with
    resolved types); ``media`` turns the variants' union into the library's tagged union."""
    made: Dict[str, Any] = {}

    def resolve(kind: Any) -> Any:
        details, owner, metadata = made.get("ImageDetails"), made.get("Owner"), made.get("ImageMetadata")
        if kind == IMAGES:
            return Optional[Dict[str, details]]  # type: ignore[valid-type]
        if kind == OWNER:
            return Optional[owner]
        if kind == METADATA:
            return Optional[List[metadata]]  # type: ignore[valid-type]
        if kind == MEDIA:
            return Optional[media(Union[tuple(made[name] for name in MEDIA_VARIANTS)])]
        return kind

    for name, (tag, fields) in SCHEMAS.items():
        made[name] = make(name, tag, [(field, resolve(kind), required) for field, kind, required in fields])
    pin = made["Pin"]
    return make("Page", None, [("items", List[pin], True), ("bookmark", Optional[str], False)])  # type: ignore[valid-type]


def msgspec_decoder() -> Optional[Callable[[bytes], Any]]:
    try:
        import msgspec
    except ImportError:
        return None

    def make(name: str, tag: Optional[str], fields: List[Tuple[str, Any, bool]]) -> Any:
        spec = [(field, kind) if required else (field, kind, None) for field, kind, required in fields]
        options = {"tag_field": "media_type", "tag": tag} if tag else {}
        return msgspec.defstruct(name, spec, **options)

    return msgspec.json.Decoder(_build(make, lambda union: union)).decode  # type: ignore[no-any-return]


def pydantic_decoder() -> Optional[Callable[[bytes], Any]]:
    try:
        from typing import Literal

        import pydantic
        from typing_extensions import Annotated
    except ImportError:
        return None
    if not pydantic.VERSION.startswith("2"):
        return None

    def make(name: str, tag: Optional[str], fields: List[Tuple[str, Any, bool]]) -> Any:
        spec: Dict[str, Any] = {field: (kind, ...) if required else (kind, None) for field, kind, required in fields}
        if tag:
            spec["media_type"] = (Literal[tag], ...)
        return pydantic.create_model(name, **spec)

    def media(union: Any) -> Any:
        return Annotated[union, pydantic.Field(discriminator="media_type")]

    return _build(make, media).model_validate_json  # type: ignore[no-any-return]


def orjson_parser() -> Optional[Callable[[bytes], Any]]:
    try:
        import orjson
    except ImportError:
        return None
    return orjson.loads  # type: ignore[no-any-return]


def all_anchors() -> Dict[str, Callable[[bytes], Any]]:
    """name -> decoder of the page's bytes, for those installed."""
    found = {
        "msgspec typed Structs": msgspec_decoder(),
        "pydantic v2 models": pydantic_decoder(),
        "orjson parse (dicts)": orjson_parser(),
    }
    return {name: decode for name, decode in found.items() if decode is not None}


def check(decode: Callable[[bytes], Any], raw: bytes) -> None:
    """The anchor decodes the whole page, typed."""
    page = decode(raw)
    items = page["items"] if isinstance(page, dict) else page.items
    assert len(items) == len(json.loads(raw)["items"])
    if not isinstance(page, dict):
        first = items[0]
        assert isinstance(first.created_at, datetime.datetime) and not isinstance(first.media, dict)
