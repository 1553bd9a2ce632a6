# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import Field, Model


class AdPreviewRequestAdPreviewCreateFromPin(Model):
    """AdPreviewCreateFromPin"""

    pin_id: str
    """Pin ID."""

    _fields = (
        Field('pin_id', 'str', required=True),
    )
