# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Union

    from pinterest_client.model.asset_id_to_permissions import AssetIdToPermissions
    from pinterest_client.model.invite_type import InviteType, InviteTypeValue


class CreateAssetInvitesRequestItem(Model):
    """Object declaring an asset role update to an invite."""

    asset_id_to_permissions: AssetIdToPermissions = Field("AssetIdToPermissions", required=True)
    """An object mapping asset ids to lists of business permissions. This can be used to setting/requesting permissions
    on various assets. If accepting an invite or request, this object would be used to grant asset permissions to the
    member or partner.
    """

    invite_id: str = Field("str", required=True, pattern="^\\d+$")
    """Unique identifier of an invite."""

    invite_type: Union[InviteType, str] = Field("InviteType", required=True)
    """The type of invite.
    'MEMBER_INVITE' is to invite a member to access your business assets.
    'PARTNER INVITE' is to invite a partner to access your business assets.
    'PARTNER_REQUEST' is to request access a partner's business assets.
    """

    _positional = ("invite_id", "invite_type", "asset_id_to_permissions")

    if TYPE_CHECKING:

        def __init__(
            self,
            invite_id: str,
            invite_type: Union[InviteType, InviteTypeValue],
            asset_id_to_permissions: AssetIdToPermissions,
        ) -> None: ...


__all__ = ["CreateAssetInvitesRequestItem"]
