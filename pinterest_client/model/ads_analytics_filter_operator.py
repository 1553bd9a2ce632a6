# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._types import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal


class AdsAnalyticsFilterOperator(Enum):
    """Filter operator for sync reporting"""

    LESS_THAN = "LESS_THAN"
    GREATER_THAN = "GREATER_THAN"


if TYPE_CHECKING:
    AdsAnalyticsFilterOperatorValue = Literal["LESS_THAN", "GREATER_THAN"]
    """What a parameter typed `AdsAnalyticsFilterOperator` also takes: one of its values, as is."""


__all__ = ["AdsAnalyticsFilterOperator"]
