# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List


class BusinessMembersAssetAccessDeleteRequest(Model):
    """BusinessMembersAssetAccessDeleteRequest (inline schema)."""

    accesses: List[BusinessMembersAssetAccessDeleteRequestAccessesItem]
    """List of members asset access to be deleted"""

    _spec = (
        ('accesses', 'list[BusinessMembersAssetAccessDeleteRequestAccessesItem]', 'required', {'max_items': 100, 'min_items': 1}),
    )
    _positional = ('accesses',)

    if TYPE_CHECKING:

        def __init__(
            self,
            accesses: List[BusinessMembersAssetAccessDeleteRequestAccessesItem],
        ) -> None: ...


class BusinessMembersAssetAccessDeleteRequestAccessesItem(Model):
    """BusinessMembersAssetAccessDeleteRequestAccessesItem (inline schema)."""

    asset_id: str
    """Id of the asset on which to remove member permissions."""

    member_id: str
    """Unique identifier of the member on which to perform the asset permission removal"""

    _spec = (
        ('asset_id', 'str', 'required', {'max_length': 25, 'pattern': '^\\d+$'}),
        ('member_id', 'str', 'required', {'max_length': 25, 'pattern': '^\\d+$'}),
    )
    _positional = ('asset_id', 'member_id')

    if TYPE_CHECKING:

        def __init__(
            self,
            asset_id: str,
            member_id: str,
        ) -> None: ...


__all__ = ["BusinessMembersAssetAccessDeleteRequest", "BusinessMembersAssetAccessDeleteRequestAccessesItem"]
