# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.image_metadata import ImageMetadata


class PinMediaWithImages(Model):
    """Pin with multiple images."""

    items: Optional[List[ImageMetadata]]

    media_type: str

    _fields = (
        Field('items', 'list[ImageMetadata]'),
        Field('media_type', 'str', required=True, enum=('multiple_images',)),
    )
