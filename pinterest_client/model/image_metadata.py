# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.image_size import ImageSize


class ImageMetadata(Model):
    """Image metadata containing the description, images, item type, link, and title."""

    description: Optional[str]

    images: Optional[ImageSize]

    item_type: Optional[str]

    link: Optional[str]

    title: Optional[str]

    _fields = (
        Field('description', 'str', nullable=True),
        Field('images', 'ImageSize'),
        Field('item_type', 'str'),
        Field('link', 'str', nullable=True),
        Field('title', 'str', nullable=True),
    )
