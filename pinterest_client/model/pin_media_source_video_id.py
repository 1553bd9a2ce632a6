# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.content_type import ContentType, ContentTypeValue


class PinMediaSourceVideoID(Model):
    """Video ID-based media source."""

    cover_image_content_type: Optional[Union[ContentType, str]] = Field("ContentType")
    """Content type for cover image Base64."""

    cover_image_data: Optional[str] = Field("str")
    """Cover image Base64."""

    cover_image_key_frame_time: Optional[int] = Field("int", minimum=0)
    """Keyframe timestamp for cover image (seconds). If entered time exceeds video duration, the last frame is used."""

    cover_image_url: Optional[str] = Field("str")
    """Cover image URL."""

    is_standard: Optional[bool] = Field("bool")
    """Set the parameter to false to create the new simplified Pin instead of the standard pin. Currently the field is
    only available to a list of beta users.
    """

    media_id: str = Field("str", required=True, pattern="^\\d+$")

    source_type: str = Field("str", required=True, enum=("video_id",))

    _positional = ("media_id",)
    _defaults = {"source_type": "video_id"}

    if TYPE_CHECKING:

        def __init__(
            self,
            media_id: str,
            *,
            cover_image_content_type: Optional[Union[ContentType, ContentTypeValue]] = ...,
            cover_image_data: Optional[str] = ...,
            cover_image_key_frame_time: Optional[int] = ...,
            cover_image_url: Optional[str] = ...,
            is_standard: Optional[bool] = ...,
            source_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["PinMediaSourceVideoID"]
