# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class AdsAnalyticsFilterColumn(Enum):
    """Reporting columns for sync reporting data filter"""

    SPEND_IN_DOLLAR = "SPEND_IN_DOLLAR"
    TOTAL_IMPRESSION = "TOTAL_IMPRESSION"


if TYPE_CHECKING:
    AdsAnalyticsFilterColumnValue = Literal["SPEND_IN_DOLLAR", "TOTAL_IMPRESSION"]
    """What a parameter typed `AdsAnalyticsFilterColumn` also takes: one of its values, as is."""


__all__ = ["AdsAnalyticsFilterColumn"]
