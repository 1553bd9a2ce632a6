# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``PinMediaWithImagesAllOf`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`PinMediaWithImages`, the same class under its current name.
"""

from pinterest_client.model.pin_media_with_images import PinMediaWithImages

PinMediaWithImagesAllOf = PinMediaWithImages

__all__ = ["PinMediaWithImagesAllOf"]
