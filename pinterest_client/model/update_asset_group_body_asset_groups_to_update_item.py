# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.update_asset_group_body import (
    UpdateAssetGroupBodyAssetGroupsToUpdateItem as UpdateAssetGroupBodyAssetGroupsToUpdateItem,
)

__all__ = ["UpdateAssetGroupBodyAssetGroupsToUpdateItem"]
