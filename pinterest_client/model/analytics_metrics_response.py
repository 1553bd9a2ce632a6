# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Dict, List, Optional

    from pinterest_client.model.analytics_daily_metrics import AnalyticsDailyMetrics


class AnalyticsMetricsResponse(Model):
    """AnalyticsMetricsResponse (component schema `AnalyticsMetricsResponse`)."""

    daily_metrics: Optional[List[AnalyticsDailyMetrics]] = Field("list[AnalyticsDailyMetrics]")
    """Array with the requested daily metric records"""

    summary_metrics: Optional[Dict[str, float]] = Field("dict[float]")
    """The metric name and value over the requested period for each requested metric"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            daily_metrics: Optional[List[AnalyticsDailyMetrics]] = ...,
            summary_metrics: Optional[Dict[str, float]] = ...,
        ) -> None: ...


__all__ = ["AnalyticsMetricsResponse"]
