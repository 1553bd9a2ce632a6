# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class DeletedMembersResponse(Model):
    """An object with a list of members that were deleted."""

    deleted_members: Optional[List[str]] = Field("list[str]", items={"pattern": "^\\d+$"})
    """List of members whose business membership have been terminated."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            deleted_members: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["DeletedMembersResponse"]
