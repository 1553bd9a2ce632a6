# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.asset_id_to_permissions import AssetIdToPermissions


class AuthRespondInvitesBodyInvitesItemAction(Model):
    """AuthRespondInvitesBodyInvitesItemAction (inline schema)."""

    accept_invite: bool
    """Whether the invite/request is accepted."""

    asset_id_to_permissions: Optional[AssetIdToPermissions]
    """An object mapping asset ids to lists of business permissions. This can be used to setting/requesting permissions on various assets. If accepting an invite or request, this object would be used to grant asset permissions to the member or partner."""

    _spec = (
        ('accept_invite', 'bool', 'required'),
        ('asset_id_to_permissions', 'AssetIdToPermissions'),
    )
