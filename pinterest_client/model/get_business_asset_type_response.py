# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class GetBusinessAssetTypeResponse(Enum):
    """Type of asset."""

    AD_ACCOUNT = "AD_ACCOUNT"
    PROFILE = "PROFILE"
    ASSET_GROUP = "ASSET_GROUP"
    CONVERSION_TAG = "CONVERSION_TAG"
    CATALOG = "CATALOG"


__all__ = ["GetBusinessAssetTypeResponse"]
