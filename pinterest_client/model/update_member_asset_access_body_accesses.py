# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``UpdateMemberAssetAccessBodyAccesses`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`UpdateMemberAssetAccessBodyAccessesItem`, the same class under its current name.
"""

from pinterest_client.model.update_member_asset_access_body_accesses_item import UpdateMemberAssetAccessBodyAccessesItem

UpdateMemberAssetAccessBodyAccesses = UpdateMemberAssetAccessBodyAccessesItem

__all__ = ["UpdateMemberAssetAccessBodyAccesses"]
