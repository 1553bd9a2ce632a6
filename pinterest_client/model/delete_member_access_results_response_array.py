# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.delete_member_access_result import DeleteMemberAccessResult


class DeleteMemberAccessResultsResponseArray(Model):
    """DeleteMemberAccessResultsResponseArray (component schema `DeleteMemberAccessResultsResponseArray`)."""

    items: Optional[List[DeleteMemberAccessResult]] = Field("list[DeleteMemberAccessResult]")
    """List of member asset permissions that were deleted."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[DeleteMemberAccessResult]] = ...,
        ) -> None: ...


__all__ = ["DeleteMemberAccessResultsResponseArray"]
