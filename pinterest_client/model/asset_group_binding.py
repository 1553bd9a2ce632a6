# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.business_access_user_summary import BusinessAccessUserSummary


class AssetGroupBinding(Model):
    """AssetGroupBinding (component schema `AssetGroupBinding`)."""

    ad_accounts_ids: Optional[List[str]]
    """A list of ad account IDs under the asset group"""

    asset_group_description: Optional[str]
    """Asset group description"""

    asset_group_name: Optional[str]
    """Asset Group name"""

    asset_group_types: Optional[List[str]]
    """Asset group types"""

    catalogs_ids: Optional[List[str]]
    """A list of catalog IDs under asset group"""

    created_by: Optional[BusinessAccessUserSummary]
    """The data of the user that created the asset group."""

    created_time: Optional[int]
    """The creation time of the asset group"""

    id: Optional[str]
    """Asset Group ID."""

    owner: Optional[BusinessAccessUserSummary]
    """The data of the business that owns the asset group."""

    profiles_ids: Optional[List[str]]
    """A list of profile IDs under asset group"""

    updated_time: Optional[int]
    """The last update time of the asset group"""

    _spec = (
        ('ad_accounts_ids', 'list[str]', 'nullable', {'items': {'pattern': '^\\d+$'}}),
        ('asset_group_description', 'str', 'nullable'),
        ('asset_group_name', 'str', 'nullable'),
        ('asset_group_types', 'list[str]'),
        ('catalogs_ids', 'list[str]', 'nullable', {'items': {'pattern': '^\\d+$'}}),
        ('created_by', 'BusinessAccessUserSummary', 'nullable'),
        ('created_time', 'int', 'nullable'),
        ('id', 'str', '', {'pattern': '^\\d+$'}),
        ('owner', 'BusinessAccessUserSummary', 'nullable'),
        ('profiles_ids', 'list[str]', 'nullable', {'items': {'pattern': '^\\d+$'}}),
        ('updated_time', 'int', 'nullable'),
    )

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
