# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.pin_media_metadata import PinMediaMetadata


class PinMediaWithImageAndVideo(Model):
    """Pin with a mix of images and videos."""

    items: Optional[List[PinMediaMetadata]] = Field("list[PinMediaMetadata]")

    media_type: str = Field("str", required=True, enum=("multiple_mixed",))

    _defaults = {"media_type": "multiple_mixed"}

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[PinMediaMetadata]] = ...,
            media_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["PinMediaWithImageAndVideo"]
