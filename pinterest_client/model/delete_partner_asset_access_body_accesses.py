# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``DeletePartnerAssetAccessBodyAccesses`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`DeletePartnerAssetAccessBodyAccessesItem`, the same class under its current name.
"""

from pinterest_client.model.delete_partner_asset_access_body_accesses_item import (
    DeletePartnerAssetAccessBodyAccessesItem,
)

DeletePartnerAssetAccessBodyAccesses = DeletePartnerAssetAccessBodyAccessesItem

__all__ = ["DeletePartnerAssetAccessBodyAccesses"]
