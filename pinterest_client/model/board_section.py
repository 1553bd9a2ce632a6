# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class BoardSection(Model):
    """Sections help organize pins within a board."""

    id: Optional[str]

    name: str

    _fields = (
        Field('id', 'str', read_only=True),
        Field('name', 'str', required=True, max_length=180, min_length=1),
    )
