# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.pin_media_source_images_base64_item import PinMediaSourceImagesBase64Item


class PinMediaSourceImagesBase64(Model):
    """Multiple Base64-based images media source"""

    index: Optional[int] = Field("int", minimum=0)

    items: List[PinMediaSourceImagesBase64Item] = Field(
        "list[PinMediaSourceImagesBase64Item]", required=True, max_items=5, min_items=2
    )
    """Array with image objects."""

    source_type: str = Field("str", required=True, enum=("multiple_image_base64",))
    """The source type of the media."""

    _positional = ("items",)
    _defaults = {"source_type": "multiple_image_base64"}

    if TYPE_CHECKING:

        def __init__(
            self,
            items: List[PinMediaSourceImagesBase64Item],
            *,
            index: Optional[int] = ...,
            source_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["PinMediaSourceImagesBase64"]
