# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class ConversionApiResponseEventsItem(Model):
    """ConversionApiResponseEventsItem (inline schema)."""

    error_message: Optional[str]
    """Error message containing more information about why the event failed to be processed."""

    status: str
    """Whether the event was processed successfully."""

    warning_message: Optional[str]
    """Warning messages about any fields in the event which are not standard. These are not critical to event processing."""

    _spec = (
        ('error_message', 'str', 'nullable'),
        ('status', 'str', 'required', {'enum': ('failed', 'processed')}),
        ('warning_message', 'str', 'nullable'),
    )
