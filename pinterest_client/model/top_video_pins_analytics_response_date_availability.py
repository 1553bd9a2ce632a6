# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from pinterest_client.model.top_video_pins_analytics_response import (
    TopVideoPinsAnalyticsResponseDateAvailability as TopVideoPinsAnalyticsResponseDateAvailability,
)

__all__ = ["TopVideoPinsAnalyticsResponseDateAvailability"]
