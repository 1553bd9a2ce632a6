# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.video_metadata_with_item_type import VideoMetadataWithItemType


class PinMediaWithVideos(Model):
    """Pin with multiple videos."""

    items: Optional[List[VideoMetadataWithItemType]]

    media_type: str

    _fields = (
        Field('items', 'list[VideoMetadataWithItemType]'),
        Field('media_type', 'str', required=True, enum=('multiple_videos',)),
    )
