# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class InviteAssetsSummary(Model):
    """Ad accounts and profiles the member/partner will be granted access to with this invite/request."""

    ad_accounts: Optional[List[InviteAssetsSummaryAdAccountsItem]] = Field("list[InviteAssetsSummaryAdAccountsItem]")
    """List of ad account IDs and respective permission levels that will be assigned."""

    profiles: Optional[List[InviteAssetsSummaryProfilesItem]] = Field("list[InviteAssetsSummaryProfilesItem]")
    """List of profile IDs and respective permission levels that will be assigned."""
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_accounts: Optional[List[InviteAssetsSummaryAdAccountsItem]] = ...,
            profiles: Optional[List[InviteAssetsSummaryProfilesItem]] = ...,
        ) -> None: ...


class InviteAssetsSummaryAdAccountsItem(Model):
    """InviteAssetsSummaryAdAccountsItem (inline schema)."""

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of a business ad account."""

    permissions: Optional[List[str]] = Field("PermissionsResponse")
    """Permission levels member or partner has on an asset."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            permissions: Optional[List[str]] = ...,
        ) -> None: ...


class InviteAssetsSummaryProfilesItem(Model):
    """InviteAssetsSummaryProfilesItem (inline schema)."""

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of a business profile."""

    permissions: Optional[List[str]] = Field("PermissionsResponse")
    """Permission levels member or partner has on an asset."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: Optional[str] = ...,
            permissions: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["InviteAssetsSummary", "InviteAssetsSummaryAdAccountsItem", "InviteAssetsSummaryProfilesItem"]
