# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.asset_group_binding import AssetGroupBinding


class GetBusinessAssetsResponse(Model):
    """An object containing the permissions a business has on the asset."""

    asset_group_info: Optional[AssetGroupBinding] = Field("AssetGroupBinding")
    """An object containing all the information specific to the provided asset group. This field will be populated only
    if asset_type equals 'ASSET_GROUP'.
    """

    asset_id: Optional[str] = Field("str", max_length=20, min_length=1, pattern="^\\d+$")
    """Unique identifier of a business asset."""

    asset_type: Optional[str] = Field("str")
    """Type of asset. Currently we only support AD_ACCOUNT, PROFILE, ASSET_GROUP and CATALOG."""

    catalog_info: Optional[GetBusinessAssetsResponseCatalogInfo] = Field(
        "GetBusinessAssetsResponseCatalogInfo", nullable=True
    )
    """An object containing all the information specific to the provided catalog. This field will be populated only if
    asset_type equals 'CATALOG'.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            asset_group_info: Optional[AssetGroupBinding] = ...,
            asset_id: Optional[str] = ...,
            asset_type: Optional[str] = ...,
            catalog_info: Optional[GetBusinessAssetsResponseCatalogInfo] = ...,
        ) -> None: ...


class GetBusinessAssetsResponseCatalogInfo(Model):
    """An object containing all the information specific to the provided catalog. This field will be populated only if
    asset_type equals 'CATALOG'.
    """

    catalog_type: Optional[str] = Field("str")
    """Catalog type"""

    id: Optional[str] = Field("str", pattern="^\\d+$")
    """Catalog ID."""

    name: Optional[str] = Field("str")
    """Catalog name"""
    _nullable = True

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            catalog_type: Optional[str] = ...,
            id: Optional[str] = ...,
            name: Optional[str] = ...,
        ) -> None: ...


__all__ = ["GetBusinessAssetsResponse", "GetBusinessAssetsResponseCatalogInfo"]
