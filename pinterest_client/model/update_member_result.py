# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class UpdateMemberResult(Model):
    """UpdateMemberResult (component schema `UpdateMemberResult`)."""

    business_role: Optional[str] = Field("str")
    """The access level a member has to the business. Values are case-sensitive.

    - EMPLOYEE: Can only view and access assets you assign to them.
    They cannot see details about other employees, partners, or other assets.

    - BIZ_ADMIN: Have full control of roles and can add employees and partners as well as grant asset access.
    """

    member_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of the business member."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            business_role: Optional[str] = ...,
            member_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["UpdateMemberResult"]
