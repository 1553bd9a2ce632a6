# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.delete_partner_asset_access_body import (
    DeletePartnerAssetAccessBodyAccessesItem as DeletePartnerAssetAccessBodyAccessesItem,
)

__all__ = ["DeletePartnerAssetAccessBodyAccessesItem"]
