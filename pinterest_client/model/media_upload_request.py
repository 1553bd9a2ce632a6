# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Union

    from pinterest_client.model.media_upload_type import MediaUploadType, MediaUploadTypeValue


class MediaUploadRequest(Model):
    """Deprecated: from Pinterest's spec 5.18.0, no longer in the current spec; kept for code written against the
    original client.

    Media upload request
    """

    media_type: Union[MediaUploadType, str] = Field("MediaUploadType", required=True)

    _positional = ("media_type",)

    if TYPE_CHECKING:

        def __init__(
            self,
            media_type: Union[MediaUploadType, MediaUploadTypeValue],
        ) -> None: ...


__all__ = ["MediaUploadRequest"]
