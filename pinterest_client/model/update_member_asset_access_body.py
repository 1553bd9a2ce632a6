# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Union

    from pinterest_client.model.permissions import Permissions


class UpdateMemberAssetAccessBody(Model):
    """An object with a list of all the new accesses."""

    accesses: List[UpdateMemberAssetAccessBodyAccessesItem]

    _spec = (
        ('accesses', 'list[UpdateMemberAssetAccessBodyAccessesItem]', 'required', {'max_items': 50, 'min_items': 1}),
    )
    _positional = ('accesses',)

    if TYPE_CHECKING:

        def __init__(
            self,
            accesses: List[UpdateMemberAssetAccessBodyAccessesItem],
        ) -> None: ...


class UpdateMemberAssetAccessBodyAccessesItem(Model):
    """UpdateMemberAssetAccessBodyAccessesItem (inline schema)."""

    asset_id: str
    """Id of the asset to update."""

    member_id: str
    """Unique identifier of the member on which to perform the update"""

    permissions: List[Union[Permissions, str]]
    """A non-empty array of permissions to assign to the member."""

    _spec = (
        ('asset_id', 'str', 'required', {'max_length': 25, 'pattern': '^\\d+$'}),
        ('member_id', 'str', 'required', {'max_length': 25, 'pattern': '^\\d+$'}),
        ('permissions', 'list[Permissions]', 'required', {'max_items': 50, 'min_items': 1}),
    )
    _positional = ('asset_id', 'member_id', 'permissions')

    if TYPE_CHECKING:

        def __init__(
            self,
            asset_id: str,
            member_id: str,
            permissions: List[Union[Permissions, str]],
        ) -> None: ...


__all__ = ["UpdateMemberAssetAccessBody", "UpdateMemberAssetAccessBodyAccessesItem"]
