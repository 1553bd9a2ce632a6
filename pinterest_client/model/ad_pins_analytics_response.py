# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import ModelList


class AdPinsAnalyticsResponse(ModelList):
    """AdPinsAnalyticsResponse (component schema `AdPinsAnalyticsResponse`)."""

    _item_type = "AdPinAnalytics"


__all__ = ["AdPinsAnalyticsResponse"]
