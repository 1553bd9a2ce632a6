# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Union

    from pinterest_client.model.permissions import Permissions, PermissionsValue


class UpdatePartnerAssetAccessBody(Model):
    """UpdatePartnerAssetAccessBody (component schema `UpdatePartnerAssetAccessBody`)."""

    accesses: List[UpdatePartnerAssetAccessBodyAccessesItem] = Field(
        "list[UpdatePartnerAssetAccessBodyAccessesItem]", required=True, max_items=50, min_items=1
    )

    _positional = ("accesses",)

    if TYPE_CHECKING:

        def __init__(
            self,
            accesses: List[UpdatePartnerAssetAccessBodyAccessesItem],
        ) -> None: ...


class UpdatePartnerAssetAccessBodyAccessesItem(Model):
    """UpdatePartnerAssetAccessBodyAccessesItem (inline schema)."""

    asset_id: str = Field("str", required=True, max_length=25, pattern="^\\d+$")
    """Unique identifier of the business asset."""

    partner_id: str = Field("str", required=True, max_length=25, pattern="^\\d+$")
    """Unique identifier of a business partner to update asset access to."""

    permissions: List[Union[Permissions, str]] = Field("list[Permissions]", required=True, max_items=50, min_items=1)
    """A non-empty array of permissions to assign to the partner."""

    _positional = ("asset_id", "partner_id", "permissions")

    if TYPE_CHECKING:

        def __init__(
            self,
            asset_id: str,
            partner_id: str,
            permissions: List[Union[Permissions, PermissionsValue]],
        ) -> None: ...


__all__ = ["UpdatePartnerAssetAccessBody", "UpdatePartnerAssetAccessBodyAccessesItem"]
