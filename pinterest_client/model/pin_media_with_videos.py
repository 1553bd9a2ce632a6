# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.video_metadata_with_item_type import VideoMetadataWithItemType


class PinMediaWithVideos(Model):
    """Pin with multiple videos."""

    items: Optional[List[VideoMetadataWithItemType]] = Field("list[VideoMetadataWithItemType]")

    media_type: str = Field("str", required=True, enum=("multiple_videos",))

    _defaults = {"media_type": "multiple_videos"}

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[VideoMetadataWithItemType]] = ...,
            media_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["PinMediaWithVideos"]
