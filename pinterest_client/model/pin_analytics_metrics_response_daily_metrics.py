# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``PinAnalyticsMetricsResponseDailyMetrics`` is the original client's name (releases 0.1.9-0.1.12) for
:class:`PinAnalyticsMetricsResponseDailyMetricsItem`, the same class under its current name.
"""

from pinterest_client.model.pin_analytics_metrics_response_daily_metrics_item import (
    PinAnalyticsMetricsResponseDailyMetricsItem,
)

PinAnalyticsMetricsResponseDailyMetrics = PinAnalyticsMetricsResponseDailyMetricsItem

__all__ = ["PinAnalyticsMetricsResponseDailyMetrics"]
