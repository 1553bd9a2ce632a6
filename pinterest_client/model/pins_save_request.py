# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class PinsSaveRequest(Model):
    """PinsSaveRequest (inline schema)."""

    board_id: Optional[str]
    """Unique identifier of the board to which the pin will be saved."""

    board_section_id: Optional[str]
    """Unique identifier of the board section to which the pin will be saved."""

    _fields = (
        Field('board_id', 'str', nullable=True, pattern='^\\d+$'),
        Field('board_section_id', 'str', nullable=True, pattern='^\\d+$'),
    )
