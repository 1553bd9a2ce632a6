# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class PinMediaSourceImagesURLItem(Model):
    """PinMediaSourceImagesURLItem (component schema)."""

    description: Optional[str]

    link: Optional[str]

    title: Optional[str]

    url: str

    _fields = (
        Field('description', 'str'),
        Field('link', 'str'),
        Field('title', 'str'),
        Field('url', 'str', required=True),
    )
