# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.asset_group_binding import AssetGroupBinding


class GetPartnerAssetsResponse(Model):
    """An object containing the permissions a you/your business partner has on the asset."""

    asset_group_info: Optional[AssetGroupBinding] = Field("AssetGroupBinding")
    """An object containing all the information specific to the provided asset group. This field will be populated only
    if asset_type equals 'ASSET_GROUP'.
    """

    asset_id: Optional[str] = Field("str", max_length=20, min_length=1, pattern="^\\d+$")
    """Unique identifier of a business asset."""

    asset_type: Optional[str] = Field("str")
    """Type of asset. Currently we only support AD_ACCOUNT, PROFILE, ASSET_GROUP and CATALOG."""

    permissions: Optional[List[str]] = Field("list[str]")
    """The permissions you or your partner has on the asset. If partner_type=INTERNAL, the permission levels are for the
    access the partner has to your business asset.
     If partner_type=EXTERNAL, the permission levels are for the access you have to the partner's business asset.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_group_info: Optional[AssetGroupBinding] = ...,
            asset_id: Optional[str] = ...,
            asset_type: Optional[str] = ...,
            permissions: Optional[List[str]] = ...,
        ) -> None: ...


__all__ = ["GetPartnerAssetsResponse"]
