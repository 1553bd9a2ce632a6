# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
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

    _fields = (
        Field('ad_accounts', 'list[BusinessMemberAssetsSummaryAdAccountsItem]'),
        Field('profiles', 'list[BusinessMemberAssetsSummaryProfilesItem]'),
    )
