# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.delete_member_access_result import DeleteMemberAccessResult


class DeleteMemberAccessResultsResponseArray(Model):
    """DeleteMemberAccessResultsResponseArray (component schema `DeleteMemberAccessResultsResponseArray`)."""

    items: Optional[List[DeleteMemberAccessResult]]
    """List of member asset permissions that were deleted."""

    _fields = (
        Field('items', 'list[DeleteMemberAccessResult]'),
    )
