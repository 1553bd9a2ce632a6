# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.invite_type import InviteType, InviteTypeValue


class CreateMembershipOrPartnershipInvitesBody(Model):
    """Body to be used on path to send Members or Partners Invite or Request"""

    business_role: str = Field("str", required=True, enum=("EMPLOYEE", "BIZ_ADMIN", "PARTNER"))
    """The business access level to grant member/partner. Note, values are case-sensitive.
    - EMPLOYEE: Can only view and access assets you assign them to. They cannot see details about other employees,
      partners, or other assets.
    - BIZ_ADMIN: Have full control of roles and can add employees and partners as well as grant asset access.
    - PARTNER: Can only view and access assets you assign them to/or they assign to you.
    """

    invite_type: Union[InviteType, str] = Field("InviteType", required=True)
    """The type of invite.
    'MEMBER_INVITE' is to invite a member to access your business assets.
    'PARTNER INVITE' is to invite a partner to access your business assets.
    'PARTNER_REQUEST' is to request access a partner's business assets.
    """

    members: Optional[List[str]] = Field("list[str]", max_items=50, min_items=1)
    """A list of usernames, emails, or a mix of them. Should be used if invite_type is MEMBER_INVITE"""

    partners: Optional[List[str]] = Field(
        "list[str]", items={"max_length": 25, "pattern": "^\\d+$"}, max_items=50, min_items=1
    )
    """A list of partner_id. Should be used if invite_type is PARTNER_INVITE or PARTNER_REQUEST"""

    _positional = ("business_role", "invite_type")

    if TYPE_CHECKING:

        def __init__(
            self,
            business_role: str,
            invite_type: Union[InviteType, InviteTypeValue],
            *,
            members: Optional[List[str]] = ...,
            partners: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["CreateMembershipOrPartnershipInvitesBody"]
