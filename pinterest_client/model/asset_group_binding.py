# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
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

    _fields = (
        Field('ad_accounts_ids', 'list[str]', nullable=True, items={'pattern': '^\\d+$'}),
        Field('asset_group_description', 'str', nullable=True),
        Field('asset_group_name', 'str', nullable=True),
        Field('asset_group_types', 'list[str]'),
        Field('catalogs_ids', 'list[str]', nullable=True, items={'pattern': '^\\d+$'}),
        Field('created_by', 'BusinessAccessUserSummary', nullable=True),
        Field('created_time', 'int', nullable=True),
        Field('id', 'str', pattern='^\\d+$'),
        Field('owner', 'BusinessAccessUserSummary', nullable=True),
        Field('profiles_ids', 'list[str]', nullable=True, items={'pattern': '^\\d+$'}),
        Field('updated_time', 'int', nullable=True),
    )
