# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.asset_group_type import AssetGroupType, AssetGroupTypeValue


class UpdateAssetGroupBody(Model):
    """UpdateAssetGroupBody (component schema `UpdateAssetGroupBody`)."""

    asset_groups_to_update: Optional[List[UpdateAssetGroupBodyAssetGroupsToUpdateItem]] = Field(
        "list[UpdateAssetGroupBodyAssetGroupsToUpdateItem]"
    )
    """A list of asset groups and the data that will be used to update them."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_groups_to_update: Optional[List[UpdateAssetGroupBodyAssetGroupsToUpdateItem]] = ...,
        ) -> None: ...


class UpdateAssetGroupBodyAssetGroupsToUpdateItem(Model):
    """UpdateAssetGroupBodyAssetGroupsToUpdateItem (inline schema)."""

    asset_group_id: str = Field("str", required=True)
    """Unique identifier of the asset group to update."""

    asset_group_types: Optional[List[Union[AssetGroupType, str]]] = Field("AssetGroupTypes")
    """Asset Group Types. Note: The asset group types are used for user reference and categorization purposes only and
    do not impact the functionality of the asset group.
    """

    assets_to_add: Optional[List[str]] = Field("list[str]")
    """A list of asset ids to add to the asset group."""

    assets_to_remove: Optional[List[str]] = Field("list[str]")
    """A list of asset ids to remove from the asset group."""

    description: Optional[str] = Field("str")
    """Asset group description"""

    name: Optional[str] = Field("str")
    """Asset Group name"""

    _positional = ("asset_group_id",)

    if TYPE_CHECKING:

        def __init__(
            self,
            asset_group_id: str,
            *,
            asset_group_types: Optional[List[Union[AssetGroupType, AssetGroupTypeValue]]] = ...,
            assets_to_add: Optional[List[str]] = ...,
            assets_to_remove: Optional[List[str]] = ...,
            description: Optional[str] = ...,
            name: Optional[str] = ...,
        ) -> None: ...


__all__ = ["UpdateAssetGroupBody", "UpdateAssetGroupBodyAssetGroupsToUpdateItem"]
