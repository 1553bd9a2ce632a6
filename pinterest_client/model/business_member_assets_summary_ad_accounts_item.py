# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.business_member_assets_summary import (
    BusinessMemberAssetsSummaryAdAccountsItem as BusinessMemberAssetsSummaryAdAccountsItem,
)

__all__ = ["BusinessMemberAssetsSummaryAdAccountsItem"]
