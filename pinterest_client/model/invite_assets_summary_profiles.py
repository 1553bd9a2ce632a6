# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``InviteAssetsSummaryProfiles`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`InviteAssetsSummaryProfilesItem`, the same class under its current name.
"""

from pinterest_client.model.invite_assets_summary_profiles_item import InviteAssetsSummaryProfilesItem

InviteAssetsSummaryProfiles = InviteAssetsSummaryProfilesItem

__all__ = ["InviteAssetsSummaryProfiles"]
