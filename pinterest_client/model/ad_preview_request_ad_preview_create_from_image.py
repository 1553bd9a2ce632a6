# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Model


class AdPreviewRequestAdPreviewCreateFromImage(Model):
    """AdPreviewCreateFromImage"""

    image_url: str
    """Image URL."""

    title: str
    """Title displayed below ad."""

    _spec = (
        ('image_url', 'str', 'required'),
        ('title', 'str', 'required'),
    )
