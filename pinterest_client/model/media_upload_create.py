# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.media_upload_type import MediaUploadType


class MediaUploadCreate(Model):
    """Resource create operation model."""

    media_type: Union[MediaUploadType, str]

    _fields = (
        Field('media_type', 'MediaUploadType', required=True),
    )
