# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class PinsSaveRequest(Model):
    """PinsSaveRequest (inline schema)."""

    board_id: Optional[str] = Field("str", nullable=True, pattern="^\\d+$")
    """Unique identifier of the board to which the pin will be saved."""

    board_section_id: Optional[str] = Field("str", nullable=True, pattern="^\\d+$")
    """Unique identifier of the board section to which the pin will be saved."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            board_id: Optional[str] = ...,
            board_section_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["PinsSaveRequest"]
