# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class ConversionApiResponseEventsItem(Model):
    """ConversionApiResponseEventsItem (inline schema)."""

    error_message: Optional[str]
    """Error message containing more information about why the event failed to be processed."""

    status: str
    """Whether the event was processed successfully."""

    warning_message: Optional[str]
    """Warning messages about any fields in the event which are not standard. These are not critical to event processing."""

    _fields = (
        Field('error_message', 'str', nullable=True),
        Field('status', 'str', required=True, enum=('failed', 'processed')),
        Field('warning_message', 'str', nullable=True),
    )
