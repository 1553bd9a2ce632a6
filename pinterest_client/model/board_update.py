# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class BoardUpdate(Model):
    """Deprecated: from Pinterest's spec 5.14.0, no longer in the current spec; kept for code written against the
    original client.

    Board fields for updates
    """

    name: Optional[str] = Field("str")

    description: Optional[str] = Field("str", nullable=True)

    privacy: Optional[str] = Field("str", enum=("PUBLIC", "SECRET"))

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: Optional[str] = ...,
            description: Optional[str] = ...,
            privacy: Optional[str] = ...,
        ) -> None: ...


__all__ = ["BoardUpdate"]
