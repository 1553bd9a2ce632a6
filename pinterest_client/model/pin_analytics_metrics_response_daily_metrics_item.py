# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.pin_analytics_metrics_response import (
    PinAnalyticsMetricsResponseDailyMetricsItem as PinAnalyticsMetricsResponseDailyMetricsItem,
)

__all__ = ["PinAnalyticsMetricsResponseDailyMetricsItem"]
