# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import Enum


class AdsAnalyticsFilterOperator(Enum):
    """Filter operator for sync reporting"""

    LESS_THAN = "LESS_THAN"
    GREATER_THAN = "GREATER_THAN"


__all__ = ["AdsAnalyticsFilterOperator"]
