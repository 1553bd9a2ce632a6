# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.pin_media_source_images_url_item import PinMediaSourceImagesURLItem


class PinMediaSourceImagesURL(Model):
    """Multiple URL-based images media source"""

    index: Optional[int]

    items: List[PinMediaSourceImagesURLItem]
    """Array with image objects."""

    source_type: str
    """The source type of the media."""

    _fields = (
        Field('index', 'int', minimum=0),
        Field('items', 'list[PinMediaSourceImagesURLItem]', required=True, max_items=5, min_items=2),
        Field('source_type', 'str', required=True, enum=('multiple_image_urls',)),
    )
