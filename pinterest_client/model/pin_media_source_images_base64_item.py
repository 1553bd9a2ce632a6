# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.content_type import ContentType, ContentTypeValue


class PinMediaSourceImagesBase64Item(Model):
    """PinMediaSourceImagesBase64Item (component schema)."""

    content_type: Union[ContentType, str] = Field("ContentType", required=True)

    data: str = Field("str", required=True, pattern="^[a-zA-Z0-9+/=]+$")

    description: Optional[str] = Field("str")

    link: Optional[str] = Field("str")

    title: Optional[str] = Field("str")

    _positional = ("content_type", "data")

    if TYPE_CHECKING:

        def __init__(
            self,
            content_type: Union[ContentType, ContentTypeValue],
            data: str,
            *,
            description: Optional[str] = ...,
            link: Optional[str] = ...,
            title: Optional[str] = ...,
        ) -> None: ...


__all__ = ["PinMediaSourceImagesBase64Item"]
