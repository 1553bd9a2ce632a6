# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.top_video_pins_analytics_response_date_availability import (
        TopVideoPinsAnalyticsResponseDateAvailability,
    )
    from pinterest_client.model.top_video_pins_analytics_response_pins_item import TopVideoPinsAnalyticsResponsePinsItem


class TopVideoPinsAnalyticsResponse(Model):
    """TopVideoPinsAnalyticsResponse (component schema `TopVideoPinsAnalyticsResponse`)."""

    date_availability: Optional[TopVideoPinsAnalyticsResponseDateAvailability]

    pins: Optional[List[TopVideoPinsAnalyticsResponsePinsItem]]

    sort_by: Optional[str]

    _spec = (
        ('date_availability', 'TopVideoPinsAnalyticsResponseDateAvailability'),
        ('pins', 'list[TopVideoPinsAnalyticsResponsePinsItem]'),
        ('sort_by', 'str', '', {'enum': ('SAVE', 'IMPRESSION', 'OUTBOUND_CLICK', 'VIDEO_MRC_VIEW', 'VIDEO_AVG_WATCH_TIME', 'VIDEO_V50_WATCH_TIME', 'QUARTILE_95_PERCENT_VIEW', 'VIDEO_10S_VIEW', 'VIDEO_START')}),
    )
