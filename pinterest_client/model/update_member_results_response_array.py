# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.update_member_result import UpdateMemberResult


class UpdateMemberResultsResponseArray(Model):
    """UpdateMemberResultsResponseArray (component schema `UpdateMemberResultsResponseArray`)."""

    items: Optional[List[UpdateMemberResult]]
    """List of members with updated business access role."""

    _fields = (
        Field('items', 'list[UpdateMemberResult]'),
    )
