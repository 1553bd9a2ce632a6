# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class PinMediaMetadata(UnionModel):
    """PinMediaMetadata (component schema).

    One of: `ImageMetadata`, `VideoMetadataWithItemType`.
    """

    _variants = ("ImageMetadata", "VideoMetadataWithItemType")


__all__ = ["PinMediaMetadata"]
