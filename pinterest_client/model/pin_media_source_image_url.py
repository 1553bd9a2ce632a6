# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class PinMediaSourceImageURL(Model):
    """Image URL-based media source."""

    is_standard: Optional[bool]
    """Set the parameter to false to create the new simplified Pin instead of the standard pin. Currently the field is only available to a list of beta users."""

    source_type: str
    """The source type of the media."""

    url: str

    _fields = (
        Field('is_standard', 'bool'),
        Field('source_type', 'str', required=True, enum=('image_url',)),
        Field('url', 'str', required=True),
    )
