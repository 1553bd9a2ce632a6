# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.update_member_asset_access_body_accesses_item import (
        UpdateMemberAssetAccessBodyAccessesItem,
    )


class UpdateMemberAssetAccessBody(Model):
    """An object with a list of all the new accesses."""

    accesses: List[UpdateMemberAssetAccessBodyAccessesItem]

    _spec = (
        ('accesses', 'list[UpdateMemberAssetAccessBodyAccessesItem]', 'required', {'max_items': 50, 'min_items': 1}),
    )
