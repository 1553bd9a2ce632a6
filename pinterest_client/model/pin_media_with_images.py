# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.image_metadata import ImageMetadata


class PinMediaWithImages(Model):
    """Pin with multiple images."""

    items: Optional[List[ImageMetadata]] = Field("list[ImageMetadata]")

    media_type: str = Field("str", required=True, enum=("multiple_images",))

    _defaults = {"media_type": "multiple_images"}

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[ImageMetadata]] = ...,
            media_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["PinMediaWithImages"]
