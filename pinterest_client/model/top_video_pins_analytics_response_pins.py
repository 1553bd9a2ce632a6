# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
"""Deprecated: ``TopVideoPinsAnalyticsResponsePins`` is the original client's name (releases 0.1.2-0.1.12) for
:class:`TopVideoPinsAnalyticsResponsePinsItem`, the same class under its current name.
"""

from pinterest_client.model.top_video_pins_analytics_response_pins_item import TopVideoPinsAnalyticsResponsePinsItem

TopVideoPinsAnalyticsResponsePins = TopVideoPinsAnalyticsResponsePinsItem

__all__ = ["TopVideoPinsAnalyticsResponsePins"]
