# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.image_size import ImageSize


class PinMediaWithImage(Model):
    """Pin with image."""

    images: Optional[ImageSize]

    media_type: str

    _fields = (
        Field('images', 'ImageSize'),
        Field('media_type', 'str', required=True, enum=('image',)),
    )
