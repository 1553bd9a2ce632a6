# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import List

    from pinterest_client.model.conversion_api_response_events_item import ConversionApiResponseEventsItem


class ConversionApiResponse(Model):
    """Schema describing the object in the response, which contains information about the events that were received and processed."""

    events: List[ConversionApiResponseEventsItem]
    """Specific messages for each event received. The order will match the order in which the events were received in the request."""

    num_events_processed: int
    """Number of events that were successfully processed from the events."""

    num_events_received: int
    """Total number of events received in the request."""

    _spec = (
        ('events', 'list[ConversionApiResponseEventsItem]', 'required'),
        ('num_events_processed', 'int', 'required'),
        ('num_events_received', 'int', 'required'),
    )
