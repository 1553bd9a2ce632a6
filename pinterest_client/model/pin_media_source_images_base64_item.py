# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.content_type import ContentType


class PinMediaSourceImagesBase64Item(Model):
    """PinMediaSourceImagesBase64Item (component schema)."""

    content_type: Union[ContentType, str]

    data: str

    description: Optional[str]

    link: Optional[str]

    title: Optional[str]

    _fields = (
        Field('content_type', 'ContentType', required=True),
        Field('data', 'str', required=True, pattern='^[a-zA-Z0-9+/=]+$'),
        Field('description', 'str'),
        Field('link', 'str'),
        Field('title', 'str'),
    )
