# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.media_upload_status import MediaUploadStatus, MediaUploadStatusValue
    from pinterest_client.model.media_upload_type import MediaUploadType, MediaUploadTypeValue


class MediaUploadDetails(Model):
    """Deprecated: from Pinterest's spec 5.18.0, no longer in the current spec; kept for code written against the
    original client.

    Media upload details
    """

    media_id: Optional[str] = Field("str", read_only=True, pattern="^\\d+$")

    media_type: Optional[Union[MediaUploadType, str]] = Field("MediaUploadType", read_only=True)

    status: Optional[Union[MediaUploadStatus, str]] = Field("MediaUploadStatus", read_only=True)

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            media_id: Optional[str] = ...,
            media_type: Optional[Union[MediaUploadType, MediaUploadTypeValue]] = ...,
            status: Optional[Union[MediaUploadStatus, MediaUploadStatusValue]] = ...,
        ) -> None: ...


__all__ = ["MediaUploadDetails"]
