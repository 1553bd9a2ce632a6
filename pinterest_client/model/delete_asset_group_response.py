# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.delete_asset_group_response_exceptions_item import (
        DeleteAssetGroupResponseExceptionsItem,
    )


class DeleteAssetGroupResponse(Model):
    """DeleteAssetGroupResponse (component schema `DeleteAssetGroupResponse`)."""

    deleted_asset_groups: Optional[List[str]]
    """A list of ids of successfully deleted asset groups."""

    exceptions: Optional[List[DeleteAssetGroupResponseExceptionsItem]]
    """A list of errors associated with the asset groups. Will be returned if there is an error."""

    _spec = (
        ('deleted_asset_groups', 'list[str]', '', {'items': {'pattern': '^\\d+$'}}),
        ('exceptions', 'list[DeleteAssetGroupResponseExceptionsItem]', 'nullable'),
    )
