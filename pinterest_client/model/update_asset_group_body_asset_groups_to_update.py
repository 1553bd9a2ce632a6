# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``UpdateAssetGroupBodyAssetGroupsToUpdate`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`UpdateAssetGroupBodyAssetGroupsToUpdateItem`, the same class under its current name.
"""

from pinterest_client.model.update_asset_group_body_asset_groups_to_update_item import (
    UpdateAssetGroupBodyAssetGroupsToUpdateItem,
)

UpdateAssetGroupBodyAssetGroupsToUpdate = UpdateAssetGroupBodyAssetGroupsToUpdateItem

__all__ = ["UpdateAssetGroupBodyAssetGroupsToUpdate"]
