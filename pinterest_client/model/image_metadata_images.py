# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``ImageMetadataImages`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`ImageSize`, the same class under its current name.
"""

from pinterest_client.model.image_size import ImageSize

ImageMetadataImages = ImageSize

__all__ = ["ImageMetadataImages"]
