# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.asset_id_to_permissions import AssetIdToPermissions


class AuthRespondInvitesBody(Model):
    """An object with a list of all the invites the user would like to respond to and the action to take."""

    invites: List[AuthRespondInvitesBodyInvitesItem] = Field(
        "list[AuthRespondInvitesBodyInvitesItem]", required=True, max_items=100, min_items=1
    )

    _positional = ("invites",)

    if TYPE_CHECKING:

        def __init__(
            self,
            invites: List[AuthRespondInvitesBodyInvitesItem],
        ) -> None: ...


class AuthRespondInvitesBodyInvitesItem(Model):
    """AuthRespondInvitesBodyInvitesItem (inline schema)."""

    action: AuthRespondInvitesBodyInvitesItemAction = Field("AuthRespondInvitesBodyInvitesItemAction", required=True)

    invite_id: str = Field("str", required=True, max_length=25, min_length=1, pattern="^\\d+$")
    """Unique identifier of an invite."""

    _positional = ("action", "invite_id")

    if TYPE_CHECKING:

        def __init__(
            self,
            action: AuthRespondInvitesBodyInvitesItemAction,
            invite_id: str,
        ) -> None: ...


class AuthRespondInvitesBodyInvitesItemAction(Model):
    """AuthRespondInvitesBodyInvitesItemAction (inline schema)."""

    accept_invite: bool = Field("bool", required=True)
    """Whether the invite/request is accepted."""

    asset_id_to_permissions: Optional[AssetIdToPermissions] = Field("AssetIdToPermissions")
    """An object mapping asset ids to lists of business permissions. This can be used to setting/requesting permissions
    on various assets. If accepting an invite or request, this object would be used to grant asset permissions to the
    member or partner.
    """

    _positional = ("accept_invite",)

    if TYPE_CHECKING:

        def __init__(
            self,
            accept_invite: bool,
            *,
            asset_id_to_permissions: Optional[AssetIdToPermissions] = ...,
        ) -> None: ...


__all__ = ["AuthRespondInvitesBody", "AuthRespondInvitesBodyInvitesItem", "AuthRespondInvitesBodyInvitesItemAction"]
