# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional


class ConversionApiResponse(Model):
    """Schema describing the object in the response, which contains information about the events that were received and
    processed.
    """

    events: List[ConversionApiResponseEventsItem] = Field("list[ConversionApiResponseEventsItem]", required=True)
    """Specific messages for each event received. The order will match the order in which the events were received in
    the request.
    """

    num_events_processed: int = Field("int", required=True)
    """Number of events that were successfully processed from the events."""

    num_events_received: int = Field("int", required=True)
    """Total number of events received in the request."""

    _positional = ("num_events_received", "num_events_processed", "events")

    if TYPE_CHECKING:

        def __init__(
            self,
            num_events_received: int,
            num_events_processed: int,
            events: List[ConversionApiResponseEventsItem],
        ) -> None: ...


class ConversionApiResponseEventsItem(Model):
    """ConversionApiResponseEventsItem (inline schema)."""

    error_message: Optional[str] = Field("str", nullable=True)
    """Error message containing more information about why the event failed to be processed."""

    status: str = Field("str", required=True, enum=("failed", "processed"))
    """Whether the event was processed successfully."""

    warning_message: Optional[str] = Field("str", nullable=True)
    """Warning messages about any fields in the event which are not standard. These are not critical to event
    processing.
    """

    _positional = ("status",)

    if TYPE_CHECKING:

        def __init__(
            self,
            status: str,
            *,
            error_message: Optional[str] = ...,
            warning_message: Optional[str] = ...,
        ) -> None: ...


__all__ = ["ConversionApiResponse", "ConversionApiResponseEventsItem"]
