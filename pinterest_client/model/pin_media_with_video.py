# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.image_size import ImageSize


class PinMediaWithVideo(Model):
    """Pin with video."""

    cover_image_url: Optional[str] = Field("str")

    duration: Optional[float] = Field("float", nullable=True)
    """Duration (in miliseconds). Field maybe null after creation due to video processing time."""

    height: Optional[int] = Field("int", nullable=True)
    """Height (in pixels). Field maybe null after creation due to video processing time."""

    images: Optional[ImageSize] = Field("ImageSize")

    media_type: str = Field("str", required=True, enum=("video",))

    video_url: Optional[str] = Field("str", nullable=True)
    """Video url (720p).

    **Note:** This field is limited and not available to all apps.
    """

    width: Optional[int] = Field("int", nullable=True)
    """Width (in pixels). Field maybe null after creation due to video processing time."""

    _defaults = {"media_type": "video"}

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            cover_image_url: Optional[str] = ...,
            duration: Optional[float] = ...,
            height: Optional[int] = ...,
            images: Optional[ImageSize] = ...,
            media_type: Optional[str] = ...,
            video_url: Optional[str] = ...,
            width: Optional[int] = ...,
        ) -> None: ...


__all__ = ["PinMediaWithVideo"]
