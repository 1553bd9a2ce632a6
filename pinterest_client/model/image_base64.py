# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``ImageBase64`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`PinMediaSourceImageBase64`, the same class under its current name.
"""

from pinterest_client.model.pin_media_source_image_base64 import PinMediaSourceImageBase64

ImageBase64 = PinMediaSourceImageBase64

__all__ = ["ImageBase64"]
