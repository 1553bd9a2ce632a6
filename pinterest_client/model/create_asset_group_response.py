# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.asset_group_binding import AssetGroupBinding


class CreateAssetGroupResponse(Model):
    """CreateAssetGroupResponse (component schema `CreateAssetGroupResponse`)."""

    asset_group: Optional[AssetGroupBinding] = Field("AssetGroupBinding")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_group: Optional[AssetGroupBinding] = ...,
        ) -> None: ...


__all__ = ["CreateAssetGroupResponse"]
