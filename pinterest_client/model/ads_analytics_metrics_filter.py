# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Union

    from pinterest_client.model.ads_analytics_filter_column import (
        AdsAnalyticsFilterColumn,
        AdsAnalyticsFilterColumnValue,
    )
    from pinterest_client.model.ads_analytics_filter_operator import (
        AdsAnalyticsFilterOperator,
        AdsAnalyticsFilterOperatorValue,
    )


class AdsAnalyticsMetricsFilter(Model):
    """AdsAnalyticsMetricsFilter (component schema)."""

    field: Union[AdsAnalyticsFilterColumn, str] = Field("AdsAnalyticsFilterColumn", required=True)
    """Reporting columns for sync reporting data filter"""

    operator: Union[AdsAnalyticsFilterOperator, str] = Field("AdsAnalyticsFilterOperator", required=True)
    """Filter operator for sync reporting"""

    values: List[float] = Field("list[float]", required=True, min_items=1)
    """List of values for filtering"""

    _positional = ("field", "operator", "values")

    if TYPE_CHECKING:

        def __init__(
            self,
            field: Union[AdsAnalyticsFilterColumn, AdsAnalyticsFilterColumnValue],
            operator: Union[AdsAnalyticsFilterOperator, AdsAnalyticsFilterOperatorValue],
            values: List[float],
        ) -> None: ...


__all__ = ["AdsAnalyticsMetricsFilter"]
