# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model


class AnalyticsResponse(Model):
    """AnalyticsResponse (component schema `AnalyticsResponse`)."""

    _additional = "AnalyticsMetricsResponse"


__all__ = ["AnalyticsResponse"]
