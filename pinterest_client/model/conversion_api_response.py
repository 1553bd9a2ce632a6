# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.conversion_api_response_events_item import ConversionApiResponseEventsItem


class ConversionApiResponse(Model):
    """Schema describing the object in the response, which contains information about the events that were received and processed."""

    events: List[ConversionApiResponseEventsItem]
    """Specific messages for each event received. The order will match the order in which the events were received in the request."""

    num_events_processed: int
    """Number of events that were successfully processed from the events."""

    num_events_received: int
    """Total number of events received in the request."""

    _fields = (
        Field('events', 'list[ConversionApiResponseEventsItem]', required=True),
        Field('num_events_processed', 'int', required=True),
        Field('num_events_received', 'int', required=True),
    )
