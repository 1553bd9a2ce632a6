# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class DeleteMemberAccessResult(Model):
    """The terminated asset access."""

    asset_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of the business asset."""

    member_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of the business member."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_id: Optional[str] = ...,
            member_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["DeleteMemberAccessResult"]
