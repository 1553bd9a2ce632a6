# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class BoardOwner(Model):
    """Board owner containing the username."""

    username: Optional[str]

    _fields = (
        Field('username', 'str', read_only=True),
    )
