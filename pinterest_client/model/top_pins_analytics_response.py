# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.top_pins_analytics_response_date_availability import (
        TopPinsAnalyticsResponseDateAvailability,
    )
    from pinterest_client.model.top_pins_analytics_response_pins_item import TopPinsAnalyticsResponsePinsItem


class TopPinsAnalyticsResponse(Model):
    """TopPinsAnalyticsResponse (component schema `TopPinsAnalyticsResponse`)."""

    date_availability: Optional[TopPinsAnalyticsResponseDateAvailability]

    pins: Optional[List[TopPinsAnalyticsResponsePinsItem]]

    sort_by: Optional[str]

    _spec = (
        ('date_availability', 'TopPinsAnalyticsResponseDateAvailability'),
        ('pins', 'list[TopPinsAnalyticsResponsePinsItem]'),
        ('sort_by', 'str', '', {'enum': ('ENGAGEMENT', 'SAVE', 'IMPRESSION', 'OUTBOUND_CLICK', 'PIN_CLICK')}),
    )
