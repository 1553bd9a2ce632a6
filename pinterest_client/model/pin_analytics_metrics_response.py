# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Dict, List, Optional

    from pinterest_client.model.pin_analytics_metrics_response_daily_metrics_item import (
        PinAnalyticsMetricsResponseDailyMetricsItem,
    )


class PinAnalyticsMetricsResponse(Model):
    """PinAnalyticsMetricsResponse (component schema)."""

    daily_metrics: Optional[List[PinAnalyticsMetricsResponseDailyMetricsItem]]
    """Array with the requested daily metric records"""

    lifetime_metrics: Optional[Dict[str, int]]
    """The lifetime metric name and value."""

    summary_metrics: Optional[Dict[str, float]]
    """The metric name and value over the requested period for each requested metric"""

    _spec = (
        ('daily_metrics', 'list[PinAnalyticsMetricsResponseDailyMetricsItem]'),
        ('lifetime_metrics', 'dict[int]'),
        ('summary_metrics', 'dict[float]'),
    )
