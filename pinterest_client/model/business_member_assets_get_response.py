# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.asset_id_permissions import AssetIdPermissions


class BusinessMemberAssetsGetResponse(Model):
    """BusinessMemberAssetsGetResponse (inline schema)."""

    bookmark: Optional[str] = Field("str", nullable=True)

    items: List[AssetIdPermissions] = Field("list[AssetIdPermissions]", required=True)
    """List asset permissions the given member was granted."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[AssetIdPermissions]] = ...,
        ) -> None: ...


__all__ = ["BusinessMemberAssetsGetResponse"]
