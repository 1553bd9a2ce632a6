# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Union

    from pinterest_client.model.media_upload_type import MediaUploadType, MediaUploadTypeValue


class MediaUploadCreate(Model):
    """Resource create operation model."""

    media_type: Union[MediaUploadType, str] = Field("MediaUploadType", required=True)

    _positional = ("media_type",)

    if TYPE_CHECKING:

        def __init__(
            self,
            media_type: Union[MediaUploadType, MediaUploadTypeValue],
        ) -> None: ...


__all__ = ["MediaUploadCreate"]
