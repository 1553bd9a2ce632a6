# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class BoardMedia(Model):
    """Board media."""

    image_cover_url: Optional[str] = Field("str", nullable=True)
    """Board cover image"""

    pin_thumbnail_urls: Optional[List[str]] = Field("list[str]")
    """Board pin thumbnail urls."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            image_cover_url: Optional[str] = ...,
            pin_thumbnail_urls: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["BoardMedia"]
