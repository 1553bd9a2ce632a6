# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.image_size import ImageSize


class ImageMetadata(Model):
    """Image metadata containing the description, images, item type, link, and title."""

    description: Optional[str] = Field("str", nullable=True)

    images: Optional[ImageSize] = Field("ImageSize")

    item_type: Optional[str] = Field("str")

    link: Optional[str] = Field("str", nullable=True)

    title: Optional[str] = Field("str", nullable=True)

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            description: Optional[str] = ...,
            images: Optional[ImageSize] = ...,
            item_type: Optional[str] = ...,
            link: Optional[str] = ...,
            title: Optional[str] = ...,
        ) -> None: ...


__all__ = ["ImageMetadata"]
