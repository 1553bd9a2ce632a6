# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class GetBusinessAssetTypeResponse(Enum):
    """Type of asset."""

    AD_ACCOUNT = "AD_ACCOUNT"
    PROFILE = "PROFILE"
    ASSET_GROUP = "ASSET_GROUP"
    CONVERSION_TAG = "CONVERSION_TAG"
    CATALOG = "CATALOG"


if TYPE_CHECKING:
    GetBusinessAssetTypeResponseValue = Literal["AD_ACCOUNT", "PROFILE", "ASSET_GROUP", "CONVERSION_TAG", "CATALOG"]
    """What a parameter typed `GetBusinessAssetTypeResponse` also takes: one of its values, as is."""


__all__ = ["GetBusinessAssetTypeResponse"]
