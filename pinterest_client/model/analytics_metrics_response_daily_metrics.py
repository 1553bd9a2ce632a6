# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``AnalyticsMetricsResponseDailyMetrics`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`AnalyticsDailyMetrics`, the same class under its current name.
"""

from pinterest_client.model.analytics_daily_metrics import AnalyticsDailyMetrics

AnalyticsMetricsResponseDailyMetrics = AnalyticsDailyMetrics

__all__ = ["AnalyticsMetricsResponseDailyMetrics"]
