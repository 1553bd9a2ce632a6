# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.invite_assets_summary import (
    InviteAssetsSummaryProfilesItem as InviteAssetsSummaryProfilesItem,
)

__all__ = ["InviteAssetsSummaryProfilesItem"]
