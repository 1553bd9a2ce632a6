# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``UpdatePartnerAssetAccessBodyAccesses`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`UpdatePartnerAssetAccessBodyAccessesItem`, the same class under its current name.
"""

from pinterest_client.model.update_partner_asset_access_body_accesses_item import (
    UpdatePartnerAssetAccessBodyAccessesItem,
)

UpdatePartnerAssetAccessBodyAccesses = UpdatePartnerAssetAccessBodyAccessesItem

__all__ = ["UpdatePartnerAssetAccessBodyAccesses"]
