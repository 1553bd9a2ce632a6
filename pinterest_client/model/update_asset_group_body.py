# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.update_asset_group_body_asset_groups_to_update_item import (
        UpdateAssetGroupBodyAssetGroupsToUpdateItem,
    )


class UpdateAssetGroupBody(Model):
    """UpdateAssetGroupBody (component schema `UpdateAssetGroupBody`)."""

    asset_groups_to_update: Optional[List[UpdateAssetGroupBodyAssetGroupsToUpdateItem]]
    """A list of asset groups and the data that will be used to update them."""

    _spec = (
        ('asset_groups_to_update', 'list[UpdateAssetGroupBodyAssetGroupsToUpdateItem]'),
    )
