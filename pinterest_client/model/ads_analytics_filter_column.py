# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class AdsAnalyticsFilterColumn(Enum):
    """Reporting columns for sync reporting data filter"""

    SPEND_IN_DOLLAR = "SPEND_IN_DOLLAR"
    TOTAL_IMPRESSION = "TOTAL_IMPRESSION"


__all__ = ["AdsAnalyticsFilterColumn"]
