# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class InviteType(Enum):
    """The type of invite.
    'MEMBER_INVITE' is to invite a member to access your business assets.
    'PARTNER INVITE' is to invite a partner to access your business assets.
    'PARTNER_REQUEST' is to request access a partner's business assets.
    """

    MEMBER_INVITE = "MEMBER_INVITE"
    PARTNER_INVITE = "PARTNER_INVITE"
    PARTNER_REQUEST = "PARTNER_REQUEST"


if TYPE_CHECKING:
    InviteTypeValue = Literal["MEMBER_INVITE", "PARTNER_INVITE", "PARTNER_REQUEST"]
    """What a parameter typed `InviteType` also takes: one of its values, as is."""


__all__ = ["InviteType"]
