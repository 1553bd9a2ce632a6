# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class PinMediaSourceImageURL(Model):
    """Image URL-based media source."""

    is_standard: Optional[bool]
    """Set the parameter to false to create the new simplified Pin instead of the standard pin. Currently the field is only available to a list of beta users."""

    source_type: str
    """The source type of the media."""

    url: str

    _spec = (
        ('is_standard', 'bool'),
        ('source_type', 'str', 'required', {'enum': ('image_url',)}),
        ('url', 'str', 'required'),
    )
    _positional = ('url',)

    if TYPE_CHECKING:

        def __init__(
            self,
            url: str,
            *,
            is_standard: Optional[bool] = ...,
            source_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["PinMediaSourceImageURL"]
