# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model


class BulkPinAnalyticsResponse(Model):
    """BulkPinAnalyticsResponse (component schema `BulkPinAnalyticsResponse`)."""

    _additional = "PinAnalyticsResponse"


__all__ = ["BulkPinAnalyticsResponse"]
