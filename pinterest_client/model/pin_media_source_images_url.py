# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.pin_media_source_images_url_item import PinMediaSourceImagesURLItem


class PinMediaSourceImagesURL(Model):
    """Multiple URL-based images media source"""

    index: Optional[int] = Field("int", minimum=0)

    items: List[PinMediaSourceImagesURLItem] = Field(
        "list[PinMediaSourceImagesURLItem]", required=True, max_items=5, min_items=2
    )
    """Array with image objects."""

    source_type: str = Field("str", required=True, enum=("multiple_image_urls",))
    """The source type of the media."""

    _positional = ("items",)
    _defaults = {"source_type": "multiple_image_urls"}

    if TYPE_CHECKING:

        def __init__(
            self,
            items: List[PinMediaSourceImagesURLItem],
            *,
            index: Optional[int] = ...,
            source_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["PinMediaSourceImagesURL"]
