# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.image_details import ImageDetails


class ImageSize(Model):
    """ImageSize (component schema)."""

    n1200x: Optional[ImageDetails]
    """Image details containing the URL and dimensions."""

    n150x150: Optional[ImageDetails]
    """Image details containing the URL and dimensions."""

    n400x300: Optional[ImageDetails]
    """Image details containing the URL and dimensions."""

    n600x: Optional[ImageDetails]
    """Image details containing the URL and dimensions."""

    _spec = (
        ('1200x', 'ImageDetails', '', None, 'n1200x'),
        ('150x150', 'ImageDetails', '', None, 'n150x150'),
        ('400x300', 'ImageDetails', '', None, 'n400x300'),
        ('600x', 'ImageDetails', '', None, 'n600x'),
    )
