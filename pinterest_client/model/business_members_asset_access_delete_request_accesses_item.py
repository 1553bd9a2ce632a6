# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.business_members_asset_access_delete_request import (
    BusinessMembersAssetAccessDeleteRequestAccessesItem as BusinessMembersAssetAccessDeleteRequestAccessesItem,
)

__all__ = ["BusinessMembersAssetAccessDeleteRequestAccessesItem"]
