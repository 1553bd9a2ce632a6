# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class BusinessRoleForMembers(Enum):
    """The access level a member has to the business. Values are case-sensitive.

    - EMPLOYEE: Can only view and access assets you assign to them.
    They cannot see details about other employees, partners, or other assets.

    - BIZ_ADMIN: Have full control of roles and can add employees and partners as well as grant asset access.
    """

    EMPLOYEE = "EMPLOYEE"
    BIZ_ADMIN = "BIZ_ADMIN"


if TYPE_CHECKING:
    BusinessRoleForMembersValue = Literal["EMPLOYEE", "BIZ_ADMIN"]
    """What a parameter typed `BusinessRoleForMembers` also takes: one of its values, as is."""


__all__ = ["BusinessRoleForMembers"]
