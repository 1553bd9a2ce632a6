# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class ImageDetails(Model):
    """Image details containing the URL and dimensions."""

    height: Optional[int]

    url: str

    width: Optional[int]

    _fields = (
        Field('height', 'int', required=True, nullable=True),
        Field('url', 'str', required=True),
        Field('width', 'int', required=True, nullable=True),
    )
