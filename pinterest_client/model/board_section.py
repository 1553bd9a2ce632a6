# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class BoardSection(Model):
    """Sections help organize pins within a board."""

    id: Optional[str] = Field("str", read_only=True)

    name: str = Field("str", required=True, max_length=180, min_length=1)

    _positional = ("name",)

    if TYPE_CHECKING:

        def __init__(
            self,
            name: str,
            *,
            id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["BoardSection"]
