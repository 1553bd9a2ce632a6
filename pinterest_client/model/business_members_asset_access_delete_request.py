# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.business_members_asset_access_delete_request_accesses_item import (
        BusinessMembersAssetAccessDeleteRequestAccessesItem,
    )


class BusinessMembersAssetAccessDeleteRequest(Model):
    """BusinessMembersAssetAccessDeleteRequest (inline schema)."""

    accesses: List[BusinessMembersAssetAccessDeleteRequestAccessesItem]
    """List of members asset access to be deleted"""

    _spec = (
        ('accesses', 'list[BusinessMembersAssetAccessDeleteRequestAccessesItem]', 'required', {'max_items': 100, 'min_items': 1}),
    )
