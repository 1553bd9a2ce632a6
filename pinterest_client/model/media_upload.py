# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.media_upload_parameters import MediaUploadParameters
    from pinterest_client.model.media_upload_type import MediaUploadType, MediaUploadTypeValue


class MediaUpload(Model):
    """Media upload that has been registered but not uploaded/processed yet."""

    media_id: str = Field("str", required=True, read_only=True, pattern="^\\d+$")
    """Unique identifier for this media upload. Used to track status
    and for attaching during Pin creation.
    """

    media_type: Union[MediaUploadType, str] = Field("MediaUploadType", required=True)

    upload_parameters: Optional[MediaUploadParameters] = Field("MediaUploadParameters", read_only=True)
    """The list of parameter key/value pairs you will need to send with your POST request to upload your media file."""

    upload_url: Optional[str] = Field("str", read_only=True)
    """The URL where you will POST your media file."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            media_id: Optional[str] = ...,
            media_type: Optional[Union[MediaUploadType, MediaUploadTypeValue]] = ...,
            upload_parameters: Optional[MediaUploadParameters] = ...,
            upload_url: Optional[str] = ...,
        ) -> None: ...


__all__ = ["MediaUpload"]
