# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``PinMediaSourceImagesBase64Items`` is the original client's name (releases 0.1.5-0.1.12) for
:class:`PinMediaSourceImagesBase64Item`, the same class under its current name.
"""

from pinterest_client.model.pin_media_source_images_base64_item import PinMediaSourceImagesBase64Item

PinMediaSourceImagesBase64Items = PinMediaSourceImagesBase64Item

__all__ = ["PinMediaSourceImagesBase64Items"]
