# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


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

    _fields = (
        Field('cover_image_url', 'str'),
        Field('duration', 'float', nullable=True),
        Field('height', 'int', nullable=True),
        Field('item_type', 'str'),
        Field('video_url', 'str', nullable=True),
        Field('width', 'int', nullable=True),
    )
