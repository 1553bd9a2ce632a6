# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class BulkEntityType(Enum):
    """Refers ads entity type. Schedule enum is only applicable to beta users"""

    CAMPAIGN = "CAMPAIGN"
    AD_GROUP = "AD_GROUP"
    PRODUCT_GROUP = "PRODUCT_GROUP"
    AD = "AD"
    KEYWORD = "KEYWORD"
    LABEL = "LABEL"
    SCHEDULE = "SCHEDULE"


if TYPE_CHECKING:
    BulkEntityTypeValue = Literal["CAMPAIGN", "AD_GROUP", "PRODUCT_GROUP", "AD", "KEYWORD", "LABEL", "SCHEDULE"]
    """What a parameter typed `BulkEntityType` also takes: one of its values, as is."""


__all__ = ["BulkEntityType"]
