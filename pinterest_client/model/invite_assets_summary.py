# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.invite_assets_summary_ad_accounts_item import InviteAssetsSummaryAdAccountsItem
    from pinterest_client.model.invite_assets_summary_profiles_item import InviteAssetsSummaryProfilesItem


class InviteAssetsSummary(Model):
    """Ad accounts and profiles the member/partner will be granted access to with this invite/request."""

    ad_accounts: Optional[List[InviteAssetsSummaryAdAccountsItem]]
    """List of ad account IDs and respective permission levels that will be assigned."""

    profiles: Optional[List[InviteAssetsSummaryProfilesItem]]
    """List of profile IDs and respective permission levels that will be assigned."""

    _spec = (
        ('ad_accounts', 'list[InviteAssetsSummaryAdAccountsItem]'),
        ('profiles', 'list[InviteAssetsSummaryProfilesItem]'),
    )
