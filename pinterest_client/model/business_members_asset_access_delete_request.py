# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List


class BusinessMembersAssetAccessDeleteRequest(Model):
    """BusinessMembersAssetAccessDeleteRequest (inline schema)."""

    accesses: List[BusinessMembersAssetAccessDeleteRequestAccessesItem] = Field(
        "list[BusinessMembersAssetAccessDeleteRequestAccessesItem]", required=True, max_items=100, min_items=1
    )
    """List of members asset access to be deleted"""

    _positional = ("accesses",)

    if TYPE_CHECKING:

        def __init__(
            self,
            accesses: List[BusinessMembersAssetAccessDeleteRequestAccessesItem],
        ) -> None: ...


class BusinessMembersAssetAccessDeleteRequestAccessesItem(Model):
    """BusinessMembersAssetAccessDeleteRequestAccessesItem (inline schema)."""

    asset_id: str = Field("str", required=True, max_length=25, pattern="^\\d+$")
    """Id of the asset on which to remove member permissions."""

    member_id: str = Field("str", required=True, max_length=25, pattern="^\\d+$")
    """Unique identifier of the member on which to perform the asset permission removal"""

    _positional = ("asset_id", "member_id")

    if TYPE_CHECKING:

        def __init__(
            self,
            asset_id: str,
            member_id: str,
        ) -> None: ...


__all__ = ["BusinessMembersAssetAccessDeleteRequest", "BusinessMembersAssetAccessDeleteRequestAccessesItem"]
