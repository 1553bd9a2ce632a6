# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class PinMediaSourceImageURL(Model):
    """Image URL-based media source."""

    is_standard: Optional[bool] = Field("bool")
    """Set the parameter to false to create the new simplified Pin instead of the standard pin. Currently the field is
    only available to a list of beta users.
    """

    source_type: str = Field("str", required=True, enum=("image_url",))
    """The source type of the media."""

    url: str = Field("str", required=True)

    _positional = ("url",)
    _defaults = {"source_type": "image_url"}

    if TYPE_CHECKING:

        def __init__(
            self,
            url: str,
            *,
            is_standard: Optional[bool] = ...,
            source_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["PinMediaSourceImageURL"]
