# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.pin_media_metadata import PinMediaMetadata


class PinMediaWithImageAndVideo(Model):
    """Pin with a mix of images and videos."""

    items: Optional[List[PinMediaMetadata]]

    media_type: str

    _fields = (
        Field('items', 'list[PinMediaMetadata]'),
        Field('media_type', 'str', required=True, enum=('multiple_mixed',)),
    )
