# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import List, Optional

from pinterest_client.model_utils import Field, Model


class DeletedMembersResponse(Model):
    """An object with a list of members that were deleted."""

    deleted_members: Optional[List[str]]
    """List of members whose business membership have been terminated."""

    _fields = (
        Field('deleted_members', 'list[str]', items={'pattern': '^\\d+$'}),
    )
