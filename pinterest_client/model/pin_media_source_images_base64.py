# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.pin_media_source_images_base64_item import PinMediaSourceImagesBase64Item


class PinMediaSourceImagesBase64(Model):
    """Multiple Base64-based images media source"""

    index: Optional[int]

    items: List[PinMediaSourceImagesBase64Item]
    """Array with image objects."""

    source_type: str
    """The source type of the media."""

    _fields = (
        Field('index', 'int', minimum=0),
        Field('items', 'list[PinMediaSourceImagesBase64Item]', required=True, max_items=5, min_items=2),
        Field('source_type', 'str', required=True, enum=('multiple_image_base64',)),
    )
