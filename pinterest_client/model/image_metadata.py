# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.image_size import ImageSize


class ImageMetadata(Model):
    """Image metadata containing the description, images, item type, link, and title."""

    description: Optional[str]

    images: Optional[ImageSize]

    item_type: Optional[str]

    link: Optional[str]

    title: Optional[str]

    _spec = (
        ('description', 'str', 'nullable'),
        ('images', 'ImageSize'),
        ('item_type', 'str'),
        ('link', 'str', 'nullable'),
        ('title', 'str', 'nullable'),
    )

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
