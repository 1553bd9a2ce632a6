# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class DeletePartnerAssetsResult(Model):
    """The terminated asset access."""

    asset_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of a business asset."""

    asset_type: Optional[str] = Field("str")
    """Type of asset. Currently we only support AD_ACCOUNT, PROFILE, ASSET_GROUP and CATALOG."""

    is_shared_partner: Optional[bool] = Field("bool")
    """If is_shared_partner=FALSE, you terminated a partner's asset access to your business asset.
     If is_shared_partner=TRUE, you terminated your asset access to your partner's business asset.
    """

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
            is_shared_partner: Optional[bool] = ...,
            partner_id: Optional[str] = ...,
            permissions: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["DeletePartnerAssetsResult"]
