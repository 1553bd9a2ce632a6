# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.update_member_result import UpdateMemberResult


class UpdateMemberResultsResponseArray(Model):
    """UpdateMemberResultsResponseArray (component schema `UpdateMemberResultsResponseArray`)."""

    items: Optional[List[UpdateMemberResult]] = Field("list[UpdateMemberResult]")
    """List of members with updated business access role."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            items: Optional[List[UpdateMemberResult]] = ...,
        ) -> None: ...


__all__ = ["UpdateMemberResultsResponseArray"]
