# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import List, Optional

from pinterest_client.model_utils import Field, Model


class BoardMedia(Model):
    """Board media."""

    image_cover_url: Optional[str]
    """Board cover image"""

    pin_thumbnail_urls: Optional[List[str]]
    """Board pin thumbnail urls."""

    _fields = (
        Field('image_cover_url', 'str', nullable=True),
        Field('pin_thumbnail_urls', 'list[str]'),
    )
