# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.user_business_role_binding import UserBusinessRoleBinding


class GetBusinessMembersResponse(Model):
    """GetBusinessMembersResponse (inline schema)."""

    bookmark: Optional[str]

    items: List[UserBusinessRoleBinding]
    """List of business members."""

    _fields = (
        Field('bookmark', 'str', nullable=True),
        Field('items', 'list[UserBusinessRoleBinding]', required=True),
    )
