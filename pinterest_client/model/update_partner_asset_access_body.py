# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.update_partner_asset_access_body_accesses_item import (
        UpdatePartnerAssetAccessBodyAccessesItem,
    )


class UpdatePartnerAssetAccessBody(Model):
    """UpdatePartnerAssetAccessBody (component schema `UpdatePartnerAssetAccessBody`)."""

    accesses: List[UpdatePartnerAssetAccessBodyAccessesItem]

    _spec = (
        ('accesses', 'list[UpdatePartnerAssetAccessBodyAccessesItem]', 'required', {'max_items': 50, 'min_items': 1}),
    )
