# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``PinMediaSourceImagesURLItems`` is the original client's name (releases 0.1.5-0.1.12) for
:class:`PinMediaSourceImagesURLItem`, the same class under its current name.
"""

from pinterest_client.model.pin_media_source_images_url_item import PinMediaSourceImagesURLItem

PinMediaSourceImagesURLItems = PinMediaSourceImagesURLItem

__all__ = ["PinMediaSourceImagesURLItems"]
