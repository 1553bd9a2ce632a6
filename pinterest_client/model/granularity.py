# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class Granularity(Enum):
    """Specifies the time interval at which analytics data is broken down. Determines how metrics are grouped within the
    requested date range.
    **Note:** The `HOUR` enum no longer provides data for conversion metrics, but it still returns data for
    non-conversion metrics. All other enums are unchanged.
    """

    TOTAL = "TOTAL"
    DAY = "DAY"
    HOUR = "HOUR"
    WEEK = "WEEK"
    MONTH = "MONTH"


if TYPE_CHECKING:
    GranularityValue = Literal["TOTAL", "DAY", "HOUR", "WEEK", "MONTH"]
    """What a parameter typed `Granularity` also takes: one of its values, as is."""


__all__ = ["Granularity"]
