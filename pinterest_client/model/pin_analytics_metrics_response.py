# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Dict, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
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

    _fields = (
        Field('daily_metrics', 'list[PinAnalyticsMetricsResponseDailyMetricsItem]'),
        Field('lifetime_metrics', 'dict[int]'),
        Field('summary_metrics', 'dict[float]'),
    )
