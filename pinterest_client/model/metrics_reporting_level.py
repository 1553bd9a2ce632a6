# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class MetricsReportingLevel(Enum):
    """Level of the reporting request"""

    ADVERTISER = "ADVERTISER"
    ADVERTISER_TARGETING = "ADVERTISER_TARGETING"
    CAMPAIGN = "CAMPAIGN"
    CAMPAIGN_TARGETING = "CAMPAIGN_TARGETING"
    AD_GROUP = "AD_GROUP"
    AD_GROUP_TARGETING = "AD_GROUP_TARGETING"
    PIN_PROMOTION = "PIN_PROMOTION"
    PIN_PROMOTION_TARGETING = "PIN_PROMOTION_TARGETING"
    KEYWORD = "KEYWORD"
    PRODUCT_GROUP = "PRODUCT_GROUP"
    PRODUCT_GROUP_TARGETING = "PRODUCT_GROUP_TARGETING"
    PRODUCT_ITEM = "PRODUCT_ITEM"
    PRODUCT_ITEM_TARGETING = "PRODUCT_ITEM_TARGETING"


if TYPE_CHECKING:
    MetricsReportingLevelValue = Literal[
        "ADVERTISER",
        "ADVERTISER_TARGETING",
        "CAMPAIGN",
        "CAMPAIGN_TARGETING",
        "AD_GROUP",
        "AD_GROUP_TARGETING",
        "PIN_PROMOTION",
        "PIN_PROMOTION_TARGETING",
        "KEYWORD",
        "PRODUCT_GROUP",
        "PRODUCT_GROUP_TARGETING",
        "PRODUCT_ITEM",
        "PRODUCT_ITEM_TARGETING",
    ]
    """What a parameter typed `MetricsReportingLevel` also takes: one of its values, as is."""


__all__ = ["MetricsReportingLevel"]
