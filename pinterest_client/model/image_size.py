# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.image_details import ImageDetails


class ImageSize(Model):
    """ImageSize (component schema)."""

    _1200x: Optional[ImageDetails]
    """Image details containing the URL and dimensions."""

    _150x150: Optional[ImageDetails]
    """Image details containing the URL and dimensions."""

    _400x300: Optional[ImageDetails]
    """Image details containing the URL and dimensions."""

    _600x: Optional[ImageDetails]
    """Image details containing the URL and dimensions."""

    _spec = (
        ('1200x', 'ImageDetails', '', None, '_1200x'),
        ('150x150', 'ImageDetails', '', None, '_150x150'),
        ('400x300', 'ImageDetails', '', None, '_400x300'),
        ('600x', 'ImageDetails', '', None, '_600x'),
    )

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
