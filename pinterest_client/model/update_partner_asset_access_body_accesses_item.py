# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.update_partner_asset_access_body import (
    UpdatePartnerAssetAccessBodyAccessesItem as UpdatePartnerAssetAccessBodyAccessesItem,
)

__all__ = ["UpdatePartnerAssetAccessBodyAccessesItem"]
