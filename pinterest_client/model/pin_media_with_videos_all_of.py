# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``PinMediaWithVideosAllOf`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`PinMediaWithVideos`, the same class under its current name.
"""

from pinterest_client.model.pin_media_with_videos import PinMediaWithVideos

PinMediaWithVideosAllOf = PinMediaWithVideos

__all__ = ["PinMediaWithVideosAllOf"]
