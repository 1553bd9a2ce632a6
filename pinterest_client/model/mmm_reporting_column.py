# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class MMMReportingColumn(Enum):
    """Marketing Mix Modeling (MMM) Reporting Columns"""

    SPEND_IN_DOLLAR = "SPEND_IN_DOLLAR"
    SPEND_IN_MICRO_DOLLAR = "SPEND_IN_MICRO_DOLLAR"
    ECPC_IN_DOLLAR = "ECPC_IN_DOLLAR"
    ECTR = "ECTR"
    CAMPAIGN_NAME = "CAMPAIGN_NAME"
    TOTAL_ENGAGEMENT = "TOTAL_ENGAGEMENT"
    EENGAGEMENT_RATE = "EENGAGEMENT_RATE"
    ECPM_IN_DOLLAR = "ECPM_IN_DOLLAR"
    CAMPAIGN_ID = "CAMPAIGN_ID"
    ADVERTISER_ID = "ADVERTISER_ID"
    AD_GROUP_ID = "AD_GROUP_ID"
    AD_GROUP_NAME = "AD_GROUP_NAME"
    CLICKTHROUGH_1 = "CLICKTHROUGH_1"
    IMPRESSION_1 = "IMPRESSION_1"
    CLICKTHROUGH_2 = "CLICKTHROUGH_2"
    IMPRESSION_2 = "IMPRESSION_2"
    TOTAL_CLICKTHROUGH = "TOTAL_CLICKTHROUGH"
    TOTAL_IMPRESSION = "TOTAL_IMPRESSION"
    ADVERTISER_NAME = "ADVERTISER_NAME"
    SPEND_ORDER_LINE_PAID_TYPE = "SPEND_ORDER_LINE_PAID_TYPE"


if TYPE_CHECKING:
    MMMReportingColumnValue = Literal[
        "SPEND_IN_DOLLAR",
        "SPEND_IN_MICRO_DOLLAR",
        "ECPC_IN_DOLLAR",
        "ECTR",
        "CAMPAIGN_NAME",
        "TOTAL_ENGAGEMENT",
        "EENGAGEMENT_RATE",
        "ECPM_IN_DOLLAR",
        "CAMPAIGN_ID",
        "ADVERTISER_ID",
        "AD_GROUP_ID",
        "AD_GROUP_NAME",
        "CLICKTHROUGH_1",
        "IMPRESSION_1",
        "CLICKTHROUGH_2",
        "IMPRESSION_2",
        "TOTAL_CLICKTHROUGH",
        "TOTAL_IMPRESSION",
        "ADVERTISER_NAME",
        "SPEND_ORDER_LINE_PAID_TYPE",
    ]
    """What a parameter typed `MMMReportingColumn` also takes: one of its values, as is."""


__all__ = ["MMMReportingColumn"]
