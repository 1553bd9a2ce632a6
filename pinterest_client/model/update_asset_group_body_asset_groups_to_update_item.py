# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.asset_group_types import AssetGroupTypes


class UpdateAssetGroupBodyAssetGroupsToUpdateItem(Model):
    """UpdateAssetGroupBodyAssetGroupsToUpdateItem (inline schema)."""

    asset_group_id: str
    """Unique identifier of the asset group to update."""

    asset_group_types: Optional[AssetGroupTypes]
    """Asset Group Types. Note: The asset group types are used for user reference and categorization purposes only and do not impact the functionality of the asset group."""

    assets_to_add: Optional[List[str]]
    """A list of asset ids to add to the asset group."""

    assets_to_remove: Optional[List[str]]
    """A list of asset ids to remove from the asset group."""

    description: Optional[str]
    """Asset group description"""

    name: Optional[str]
    """Asset Group name"""

    _fields = (
        Field('asset_group_id', 'str', required=True),
        Field('asset_group_types', 'AssetGroupTypes'),
        Field('assets_to_add', 'list[str]'),
        Field('assets_to_remove', 'list[str]'),
        Field('description', 'str'),
        Field('name', 'str'),
    )
