# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class MemberBusinessRole(Enum):
    """The access level a member/partner has to the business. Values are case-sensitive.

    - EMPLOYEE: Can only view and access ad accounts you assign to them.
    They cannot see details about other employees, external partners or other ad accounts.

    - BIZ_ADMIN: Have full control of roles and can add employees, external partners as well as grant ad account
      access.
    """

    EMPLOYEE = "EMPLOYEE"
    BIZ_ADMIN = "BIZ_ADMIN"


if TYPE_CHECKING:
    MemberBusinessRoleValue = Literal["EMPLOYEE", "BIZ_ADMIN"]
    """What a parameter typed `MemberBusinessRole` also takes: one of its values, as is."""


__all__ = ["MemberBusinessRole"]
