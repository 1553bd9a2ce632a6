# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class BoardOwner(Model):
    """Board owner containing the username."""

    username: Optional[str] = Field("str", read_only=True)

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            username: Optional[str] = ...,
        ) -> None: ...


__all__ = ["BoardOwner"]
