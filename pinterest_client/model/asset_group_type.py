# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class AssetGroupType(Enum):
    """Asset group type"""

    BRAND = "BRAND"
    LOCATION_OR_LANGUAGE = "LOCATION_OR_LANGUAGE"
    PRODUCT_LINE = "PRODUCT_LINE"
    OTHER = "OTHER"


__all__ = ["AssetGroupType"]
