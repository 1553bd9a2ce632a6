# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class AdAccountOwner(Model):
    """AdAccountOwner (component schema)."""

    id: Optional[str]
    """The owning account's user ID."""

    username: Optional[str]
    """Public username for the user account"""

    _fields = (
        Field('id', 'str'),
        Field('username', 'str'),
    )
