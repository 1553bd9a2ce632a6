# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class VideoMetadataWithItemType(Model):
    """Video metadata with optional itemType information."""

    cover_image_url: Optional[str]

    duration: Optional[float]
    """Duration (in miliseconds). Field maybe null after creation due to video processing time."""

    height: Optional[int]
    """Height (in pixels). Field maybe null after creation due to video processing time."""

    item_type: Optional[str]

    video_url: Optional[str]
    """Video url (720p).

    **Note:** This field is limited and not available to all apps.
    """

    width: Optional[int]
    """Width (in pixels). Field maybe null after creation due to video processing time."""

    _spec = (
        ('cover_image_url', 'str'),
        ('duration', 'float', 'nullable'),
        ('height', 'int', 'nullable'),
        ('item_type', 'str'),
        ('video_url', 'str', 'nullable'),
        ('width', 'int', 'nullable'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            cover_image_url: Optional[str] = ...,
            duration: Optional[float] = ...,
            height: Optional[int] = ...,
            item_type: Optional[str] = ...,
            video_url: Optional[str] = ...,
            width: Optional[int] = ...,
        ) -> None: ...


__all__ = ["VideoMetadataWithItemType"]
