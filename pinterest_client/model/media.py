# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.media_upload_status import MediaUploadStatus
    from pinterest_client.model.media_upload_type import MediaUploadType


class Media(Model):
    """Media upload information."""

    media_id: str
    """Unique identifier for this media upload. Used to track status
    and for attaching during Pin creation.
    """

    media_type: Union[MediaUploadType, str]

    status: Optional[Union[MediaUploadStatus, str]]

    _spec = (
        ('media_id', 'str', 'required read_only', {'pattern': '^\\d+$'}),
        ('media_type', 'MediaUploadType', 'required'),
        ('status', 'MediaUploadStatus', 'read_only'),
    )
    _positional = ('media_type',)

    if TYPE_CHECKING:

        def __init__(
            self,
            media_type: Union[MediaUploadType, str],
            *,
            media_id: Optional[str] = ...,
            status: Optional[Union[MediaUploadStatus, str]] = ...,
        ) -> None: ...


__all__ = ["Media"]
