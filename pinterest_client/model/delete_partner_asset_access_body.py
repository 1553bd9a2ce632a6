# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.delete_partner_asset_access_body_accesses_item import (
        DeletePartnerAssetAccessBodyAccessesItem,
    )


class DeletePartnerAssetAccessBody(Model):
    """DeletePartnerAssetAccessBody (component schema `DeletePartnerAssetAccessBody`)."""

    accesses: List[DeletePartnerAssetAccessBodyAccessesItem]

    _spec = (
        ('accesses', 'list[DeletePartnerAssetAccessBodyAccessesItem]', 'required', {'max_items': 50, 'min_items': 1}),
    )
