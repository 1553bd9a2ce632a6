# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.update_member_asset_access_body import (
    UpdateMemberAssetAccessBodyAccessesItem as UpdateMemberAssetAccessBodyAccessesItem,
)

__all__ = ["UpdateMemberAssetAccessBodyAccessesItem"]
