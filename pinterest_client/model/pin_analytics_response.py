# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model


class PinAnalyticsResponse(Model):
    """PinAnalyticsResponse (component schema)."""

    _additional = "PinAnalyticsMetricsResponse"


__all__ = ["PinAnalyticsResponse"]
