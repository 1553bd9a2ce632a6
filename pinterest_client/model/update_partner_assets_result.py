# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class UpdatePartnerAssetsResult(Model):
    """An object containing the permissions a business partner has on the asset."""

    asset_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of a business asset."""

    asset_type: Optional[str] = Field("str")
    """Type of asset. Currently we only support AD_ACCOUNT, PROFILE, ASSET_GROUP and CATALOG."""

    partner_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of a business partner."""

    permissions: Optional[List[str]] = Field("PermissionsResponse")
    """Permission levels member or partner has on an asset."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_id: Optional[str] = ...,
            asset_type: Optional[str] = ...,
            partner_id: Optional[str] = ...,
            permissions: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["UpdatePartnerAssetsResult"]
