# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Union

    from pinterest_client.model.business_role_for_members import BusinessRoleForMembers, BusinessRoleForMembersValue


class MembersToDeleteBody(Model):
    """MembersToDeleteBody (component schema `MembersToDeleteBody`)."""

    members: List[MembersToDeleteBodyMembersItem] = Field(
        "list[MembersToDeleteBodyMembersItem]", required=True, max_items=50, min_items=1
    )

    _positional = ("members",)

    if TYPE_CHECKING:

        def __init__(
            self,
            members: List[MembersToDeleteBodyMembersItem],
        ) -> None: ...


class MembersToDeleteBodyMembersItem(Model):
    """MembersToDeleteBodyMembersItem (inline schema)."""

    business_role: Union[BusinessRoleForMembers, str] = Field("BusinessRoleForMembers", required=True)
    """The access level a member has to the business. Values are case-sensitive.

    - EMPLOYEE: Can only view and access assets you assign to them.
    They cannot see details about other employees, partners, or other assets.

    - BIZ_ADMIN: Have full control of roles and can add employees and partners as well as grant asset access.
    """

    member_id: str = Field("str", required=True, max_length=25, pattern="^\\d+$")
    """Unique identifier of the member"""

    _positional = ("business_role", "member_id")

    if TYPE_CHECKING:

        def __init__(
            self,
            business_role: Union[BusinessRoleForMembers, BusinessRoleForMembersValue],
            member_id: str,
        ) -> None: ...


__all__ = ["MembersToDeleteBody", "MembersToDeleteBodyMembersItem"]
