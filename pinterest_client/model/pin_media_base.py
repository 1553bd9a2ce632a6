# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``PinMediaBase`` is the original client's name (releases 0.1.11-0.1.12) for
:class:`PinMediaWithImage`, the same class under its current name.
"""

from pinterest_client.model.pin_media_with_image import PinMediaWithImage

PinMediaBase = PinMediaWithImage

__all__ = ["PinMediaBase"]
