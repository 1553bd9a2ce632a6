# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class UsersForIndividualAssetResponse(Model):
    """An object containing the permissions a business member has on the asset."""

    asset_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of a business asset."""

    member_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of the business member with asset access."""

    permissions: Optional[List[str]] = Field("PermissionsResponse")
    """Permission levels member or partner has on an asset."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_id: Optional[str] = ...,
            member_id: Optional[str] = ...,
            permissions: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["UsersForIndividualAssetResponse"]
