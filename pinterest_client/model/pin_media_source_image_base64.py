# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.content_type import ContentType, ContentTypeValue


class PinMediaSourceImageBase64(Model):
    """Image Base64-based media source."""

    content_type: Union[ContentType, str] = Field("ContentType", required=True)

    data: str = Field("str", required=True, pattern="^[a-zA-Z0-9+/=]+$")

    is_standard: Optional[bool] = Field("bool")
    """Set the parameter to false to create the new simplified Pin instead of the standard pin. Currently the field is
    only available to a list of beta users.
    """

    source_type: str = Field("str", required=True, enum=("image_base64",))
    """The source type of the media."""

    _positional = ("content_type", "data")
    _defaults = {"source_type": "image_base64"}

    if TYPE_CHECKING:

        def __init__(
            self,
            content_type: Union[ContentType, ContentTypeValue],
            data: str,
            *,
            is_standard: Optional[bool] = ...,
            source_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["PinMediaSourceImageBase64"]
