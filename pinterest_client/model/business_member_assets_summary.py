# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.business_member_assets_summary_ad_accounts_item import (
        BusinessMemberAssetsSummaryAdAccountsItem,
    )
    from pinterest_client.model.business_member_assets_summary_profiles_item import (
        BusinessMemberAssetsSummaryProfilesItem,
    )


class BusinessMemberAssetsSummary(Model):
    """Ad accounts and profiles the business member/partner has access to."""

    ad_accounts: Optional[List[BusinessMemberAssetsSummaryAdAccountsItem]]
    """List of ad account IDs and respective permission levels."""

    profiles: Optional[List[BusinessMemberAssetsSummaryProfilesItem]]
    """List of profile IDs and respective permission levels."""

    _spec = (
        ('ad_accounts', 'list[BusinessMemberAssetsSummaryAdAccountsItem]'),
        ('profiles', 'list[BusinessMemberAssetsSummaryProfilesItem]'),
    )
