# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.business_access_user_summary import BusinessAccessUserSummary


class AssetGroupBinding(Model):
    """AssetGroupBinding (component schema `AssetGroupBinding`)."""

    ad_accounts_ids: Optional[List[str]] = Field("list[str]", nullable=True, items={"pattern": "^\\d+$"})
    """A list of ad account IDs under the asset group"""

    asset_group_description: Optional[str] = Field("str", nullable=True)
    """Asset group description"""

    asset_group_name: Optional[str] = Field("str", nullable=True)
    """Asset Group name"""

    asset_group_types: Optional[List[str]] = Field("list[str]")
    """Asset group types"""

    catalogs_ids: Optional[List[str]] = Field("list[str]", nullable=True, items={"pattern": "^\\d+$"})
    """A list of catalog IDs under asset group"""

    created_by: Optional[BusinessAccessUserSummary] = Field("BusinessAccessUserSummary", nullable=True)
    """The data of the user that created the asset group."""

    created_time: Optional[int] = Field("int", nullable=True)
    """The creation time of the asset group"""

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """Asset Group ID."""

    owner: Optional[BusinessAccessUserSummary] = Field("BusinessAccessUserSummary", nullable=True)
    """The data of the business that owns the asset group."""

    profiles_ids: Optional[List[str]] = Field("list[str]", nullable=True, items={"pattern": "^\\d+$"})
    """A list of profile IDs under asset group"""

    updated_time: Optional[int] = Field("int", nullable=True)
    """The last update time of the asset group"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_accounts_ids: Optional[List[str]] = ...,
            asset_group_description: Optional[str] = ...,
            asset_group_name: Optional[str] = ...,
            asset_group_types: Optional[List[str]] = ...,
            catalogs_ids: Optional[List[str]] = ...,
            created_by: Optional[BusinessAccessUserSummary] = ...,
            created_time: Optional[int] = ...,
            id: Optional[str] = ...,
            owner: Optional[BusinessAccessUserSummary] = ...,
            profiles_ids: Optional[List[str]] = ...,
            updated_time: Optional[int] = ...,
        ) -> None: ...


__all__ = ["AssetGroupBinding"]
