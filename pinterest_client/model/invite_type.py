# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class InviteType(Enum):
    """The type of invite.
    'MEMBER_INVITE' is to invite a member to access your business assets.
    'PARTNER INVITE' is to invite a partner to access your business assets.
    'PARTNER_REQUEST' is to request access a partner's business assets.
    """

    MEMBER_INVITE = "MEMBER_INVITE"
    PARTNER_INVITE = "PARTNER_INVITE"
    PARTNER_REQUEST = "PARTNER_REQUEST"


__all__ = ["InviteType"]
