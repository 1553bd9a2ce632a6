"""Reference decoders for the 250-Pin page, printed as anchors by ``benchmarks/run.py`` when their
libraries are installed (neither is a requirement): msgspec typed Structs and pydantic v2 models
declaring the same fields the SDK decodes (nested owner, media as a union tagged by
``media_type``, image sizes, ``created_at`` as a datetime)."""

import json
from typing import Any, Callable, Dict, List, Optional


def msgspec_decoder() -> Optional[Callable[[bytes], Any]]:
    try:
        import datetime
        from typing import Union

        import msgspec
    except ImportError:
        return None

    class ImageDetails(msgspec.Struct):
        url: str
        width: Optional[int] = None
        height: Optional[int] = None

    ImageSize = Dict[str, ImageDetails]

    class ImageMetadata(msgspec.Struct):
        item_type: Optional[str] = None
        title: Optional[str] = None
        description: Optional[str] = None
        link: Optional[str] = None
        images: Optional[ImageSize] = None

    class Image(msgspec.Struct, tag_field="media_type", tag="image"):
        images: Optional[ImageSize] = None

    class Video(msgspec.Struct, tag_field="media_type", tag="video"):
        images: Optional[ImageSize] = None
        cover_image_url: Optional[str] = None
        video_url: Optional[str] = None
        duration: Optional[float] = None
        height: Optional[int] = None
        width: Optional[int] = None

    class Images(msgspec.Struct, tag_field="media_type", tag="multiple_images"):
        items: Optional[List[ImageMetadata]] = None

    class Videos(msgspec.Struct, tag_field="media_type", tag="multiple_videos"):
        items: Optional[List[Dict[str, Any]]] = None

    class Mixed(msgspec.Struct, tag_field="media_type", tag="multiple_mixed"):
        items: Optional[List[Dict[str, Any]]] = None

    class Owner(msgspec.Struct):
        username: Optional[str] = None

    class Pin(msgspec.Struct):
        id: str
        created_at: Optional[datetime.datetime] = None
        link: Optional[str] = None
        title: Optional[str] = None
        description: Optional[str] = None
        dominant_color: Optional[str] = None
        alt_text: Optional[str] = None
        creative_type: Optional[str] = None
        board_id: Optional[str] = None
        board_section_id: Optional[str] = None
        board_owner: Optional[Owner] = None
        is_owner: Optional[bool] = None
        media: Optional[Union[Image, Video, Images, Videos, Mixed]] = None
        parent_pin_id: Optional[str] = None
        is_standard: Optional[bool] = None
        has_been_promoted: Optional[bool] = None
        note: Optional[str] = None
        pin_metrics: Optional[Dict[str, Any]] = None

    class Page(msgspec.Struct):
        items: List[Pin]
        bookmark: Optional[str] = None

    return msgspec.json.Decoder(Page).decode


def pydantic_decoder() -> Optional[Callable[[bytes], Any]]:
    try:
        import datetime
        from typing import Literal, Union

        import pydantic
        from typing_extensions import Annotated
    except ImportError:
        return None
    if not pydantic.VERSION.startswith("2"):
        return None

    class ImageDetails(pydantic.BaseModel):
        url: str
        width: Optional[int] = None
        height: Optional[int] = None

    ImageSize = Dict[str, ImageDetails]

    class ImageMetadata(pydantic.BaseModel):
        item_type: Optional[str] = None
        title: Optional[str] = None
        description: Optional[str] = None
        link: Optional[str] = None
        images: Optional[ImageSize] = None

    class Image(pydantic.BaseModel):
        media_type: Literal["image"]
        images: Optional[ImageSize] = None

    class Video(pydantic.BaseModel):
        media_type: Literal["video"]
        images: Optional[ImageSize] = None
        cover_image_url: Optional[str] = None
        video_url: Optional[str] = None
        duration: Optional[float] = None
        height: Optional[int] = None
        width: Optional[int] = None

    class Images(pydantic.BaseModel):
        media_type: Literal["multiple_images"]
        items: Optional[List[ImageMetadata]] = None

    class Videos(pydantic.BaseModel):
        media_type: Literal["multiple_videos"]
        items: Optional[List[Dict[str, Any]]] = None

    class Mixed(pydantic.BaseModel):
        media_type: Literal["multiple_mixed"]
        items: Optional[List[Dict[str, Any]]] = None

    class Owner(pydantic.BaseModel):
        username: Optional[str] = None

    class Pin(pydantic.BaseModel):
        id: str
        created_at: Optional[datetime.datetime] = None
        link: Optional[str] = None
        title: Optional[str] = None
        description: Optional[str] = None
        dominant_color: Optional[str] = None
        alt_text: Optional[str] = None
        creative_type: Optional[str] = None
        board_id: Optional[str] = None
        board_section_id: Optional[str] = None
        board_owner: Optional[Owner] = None
        is_owner: Optional[bool] = None
        media: Optional[
            Annotated[Union[Image, Video, Images, Videos, Mixed], pydantic.Field(discriminator="media_type")]
        ] = None
        parent_pin_id: Optional[str] = None
        is_standard: Optional[bool] = None
        has_been_promoted: Optional[bool] = None
        note: Optional[str] = None
        pin_metrics: Optional[Dict[str, Any]] = None

    class Page(pydantic.BaseModel):
        items: List[Pin]
        bookmark: Optional[str] = None

    return Page.model_validate_json


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
    """The anchor decodes the whole page."""
    page = decode(raw)
    items = page["items"] if isinstance(page, dict) else page.items
    assert len(items) == len(json.loads(raw)["items"])
