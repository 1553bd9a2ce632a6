# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from pinterest_client.model.asset_id_to_permissions import AssetIdToPermissions


class CreateAssetAccessRequestBodyAssetRequestsItem(Model):
    """CreateAssetAccessRequestBodyAssetRequestsItem (inline schema)."""

    asset_id_to_permissions: AssetIdToPermissions
    """An object mapping asset ids to lists of business permissions. This can be used to setting/requesting permissions on various assets. If accepting an invite or request, this object would be used to grant asset permissions to the member or partner."""

    partner_id: str
    """Unique identifier of a business partner to request asset access to."""

    _spec = (
        ('asset_id_to_permissions', 'AssetIdToPermissions', 'required'),
        ('partner_id', 'str', 'required', {'pattern': '^\\d+$'}),
    )
