# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.asset_id_to_permissions import AssetIdToPermissions


class CreateAssetAccessRequestBody(Model):
    """An object containing a list of all the asset access requests"""

    asset_requests: List[CreateAssetAccessRequestBodyAssetRequestsItem] = Field(
        "list[CreateAssetAccessRequestBodyAssetRequestsItem]", required=True, max_items=100, min_items=1
    )

    _positional = ("asset_requests",)

    if TYPE_CHECKING:

        def __init__(
            self,
            asset_requests: List[CreateAssetAccessRequestBodyAssetRequestsItem],
        ) -> None: ...


class CreateAssetAccessRequestBodyAssetRequestsItem(Model):
    """CreateAssetAccessRequestBodyAssetRequestsItem (inline schema)."""

    asset_id_to_permissions: AssetIdToPermissions = Field("AssetIdToPermissions", required=True)
    """An object mapping asset ids to lists of business permissions. This can be used to setting/requesting permissions
    on various assets. If accepting an invite or request, this object would be used to grant asset permissions to the
    member or partner.
    """

    partner_id: str = Field("str", required=True, pattern="^\\d+$")
    """Unique identifier of a business partner to request asset access to."""

    _positional = ("asset_id_to_permissions", "partner_id")

    if TYPE_CHECKING:

        def __init__(
            self,
            asset_id_to_permissions: AssetIdToPermissions,
            partner_id: str,
        ) -> None: ...


__all__ = ["CreateAssetAccessRequestBody", "CreateAssetAccessRequestBodyAssetRequestsItem"]
