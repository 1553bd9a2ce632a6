# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.image_size import ImageSize


class PinMediaWithImage(Model):
    """Pin with image."""

    images: Optional[ImageSize] = Field("ImageSize")

    media_type: str = Field("str", required=True, enum=("image",))

    _defaults = {"media_type": "image"}

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            images: Optional[ImageSize] = ...,
            media_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["PinMediaWithImage"]
