# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.image_details import ImageDetails


class ImageSize(Model):
    """ImageSize (component schema)."""

    _1200x: Optional[ImageDetails] = Field("ImageDetails", wire="1200x")
    """Image details containing the URL and dimensions."""

    _150x150: Optional[ImageDetails] = Field("ImageDetails", wire="150x150")
    """Image details containing the URL and dimensions."""

    _400x300: Optional[ImageDetails] = Field("ImageDetails", wire="400x300")
    """Image details containing the URL and dimensions."""

    _600x: Optional[ImageDetails] = Field("ImageDetails", wire="600x")
    """Image details containing the URL and dimensions."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            _1200x: Optional[ImageDetails] = ...,
            _150x150: Optional[ImageDetails] = ...,
            _400x300: Optional[ImageDetails] = ...,
            _600x: Optional[ImageDetails] = ...,
        ) -> None: ...


__all__ = ["ImageSize"]
