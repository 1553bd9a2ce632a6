# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``InviteAssetsSummaryAdAccounts`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`InviteAssetsSummaryAdAccountsItem`, the same class under its current name.
"""

from pinterest_client.model.invite_assets_summary_ad_accounts_item import InviteAssetsSummaryAdAccountsItem

InviteAssetsSummaryAdAccounts = InviteAssetsSummaryAdAccountsItem

__all__ = ["InviteAssetsSummaryAdAccounts"]
