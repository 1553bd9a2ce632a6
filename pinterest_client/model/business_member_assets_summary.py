# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class BusinessMemberAssetsSummary(Model):
    """Ad accounts and profiles the business member/partner has access to."""

    ad_accounts: Optional[List[BusinessMemberAssetsSummaryAdAccountsItem]] = Field(
        "list[BusinessMemberAssetsSummaryAdAccountsItem]"
    )
    """List of ad account IDs and respective permission levels."""

    profiles: Optional[List[BusinessMemberAssetsSummaryProfilesItem]] = Field(
        "list[BusinessMemberAssetsSummaryProfilesItem]"
    )
    """List of profile IDs and respective permission levels."""
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_accounts: Optional[List[BusinessMemberAssetsSummaryAdAccountsItem]] = ...,
            profiles: Optional[List[BusinessMemberAssetsSummaryProfilesItem]] = ...,
        ) -> None: ...


class BusinessMemberAssetsSummaryAdAccountsItem(Model):
    """BusinessMemberAssetsSummaryAdAccountsItem (inline schema)."""

    id: Optional[str] = Field("str", max_length=20, min_length=1, pattern="^\\d+$")
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


class BusinessMemberAssetsSummaryProfilesItem(Model):
    """BusinessMemberAssetsSummaryProfilesItem (inline schema)."""

    id: Optional[str] = Field("str", max_length=20, min_length=1, pattern="^\\d+$")
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


__all__ = [
    "BusinessMemberAssetsSummary",
    "BusinessMemberAssetsSummaryAdAccountsItem",
    "BusinessMemberAssetsSummaryProfilesItem",
]
