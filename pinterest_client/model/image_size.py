# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
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

    _fields = (
        Field('1200x', 'ImageDetails', py='n1200x'),
        Field('150x150', 'ImageDetails', py='n150x150'),
        Field('400x300', 'ImageDetails', py='n400x300'),
        Field('600x', 'ImageDetails', py='n600x'),
    )
