# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``BusinessMemberAssetsSummaryProfiles`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`BusinessMemberAssetsSummaryProfilesItem`, the same class under its current name.
"""

from pinterest_client.model.business_member_assets_summary_profiles_item import BusinessMemberAssetsSummaryProfilesItem

BusinessMemberAssetsSummaryProfiles = BusinessMemberAssetsSummaryProfilesItem

__all__ = ["BusinessMemberAssetsSummaryProfiles"]
