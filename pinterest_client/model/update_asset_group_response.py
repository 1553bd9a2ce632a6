# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.asset_group_binding import AssetGroupBinding
    from pinterest_client.model.update_asset_group_response_exceptions_item import (
        UpdateAssetGroupResponseExceptionsItem,
    )


class UpdateAssetGroupResponse(Model):
    """UpdateAssetGroupResponse (component schema `UpdateAssetGroupResponse`)."""

    exceptions: Optional[List[UpdateAssetGroupResponseExceptionsItem]]
    """A list of errors associated with the asset groups. Will be returned if there is an error."""

    updated_asset_groups: Optional[List[AssetGroupBinding]]
    """A list of successfully edited asset groups."""

    _spec = (
        ('exceptions', 'list[UpdateAssetGroupResponseExceptionsItem]', 'nullable'),
        ('updated_asset_groups', 'list[AssetGroupBinding]'),
    )
