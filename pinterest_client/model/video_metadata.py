# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``VideoMetadata`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`VideoMetadataWithItemType`, the same class under its current name.
"""

from pinterest_client.model.video_metadata_with_item_type import VideoMetadataWithItemType

VideoMetadata = VideoMetadataWithItemType

__all__ = ["VideoMetadata"]
