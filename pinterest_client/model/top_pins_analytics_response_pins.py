# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``TopPinsAnalyticsResponsePins`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`TopPinsAnalyticsResponsePinsItem`, the same class under its current name.
"""

from pinterest_client.model.top_pins_analytics_response_pins_item import TopPinsAnalyticsResponsePinsItem

TopPinsAnalyticsResponsePins = TopPinsAnalyticsResponsePinsItem

__all__ = ["TopPinsAnalyticsResponsePins"]
