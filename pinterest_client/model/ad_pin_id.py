# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class AdPinId(Model):
    """AdPinId (component schema `AdPinId`)."""

    pin_id: Optional[str]
    """Pin ID."""

    _fields = (
        Field('pin_id', 'str', pattern='^\\d+$'),
    )
