# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class AssetGroupType(Enum):
    """Asset group type"""

    BRAND = "BRAND"
    LOCATION_OR_LANGUAGE = "LOCATION_OR_LANGUAGE"
    PRODUCT_LINE = "PRODUCT_LINE"
    OTHER = "OTHER"


if TYPE_CHECKING:
    AssetGroupTypeValue = Literal["BRAND", "LOCATION_OR_LANGUAGE", "PRODUCT_LINE", "OTHER"]
    """What a parameter typed `AssetGroupType` also takes: one of its values, as is."""


__all__ = ["AssetGroupType"]
