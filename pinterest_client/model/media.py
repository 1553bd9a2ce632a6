# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.media_upload_status import MediaUploadStatus, MediaUploadStatusValue
    from pinterest_client.model.media_upload_type import MediaUploadType, MediaUploadTypeValue


class Media(Model):
    """Media upload information."""

    media_id: str = Field("str", required=True, read_only=True, pattern="^\\d+$")
    """Unique identifier for this media upload. Used to track status
    and for attaching during Pin creation.
    """

    media_type: Union[MediaUploadType, str] = Field("MediaUploadType", required=True)

    status: Optional[Union[MediaUploadStatus, str]] = Field("MediaUploadStatus", read_only=True)

    _positional = ("media_type",)

    if TYPE_CHECKING:

        def __init__(
            self,
            media_type: Union[MediaUploadType, MediaUploadTypeValue],
            *,
            media_id: Optional[str] = ...,
            status: Optional[Union[MediaUploadStatus, MediaUploadStatusValue]] = ...,
        ) -> None: ...


__all__ = ["Media"]
