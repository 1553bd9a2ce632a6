# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class TopPinsAnalyticsResponseDateAvailability(Model):
    """TopPinsAnalyticsResponseDateAvailability (inline schema)."""

    is_realtime: Optional[bool]

    latest_available_timestamp: Optional[float]

    _fields = (
        Field('is_realtime', 'bool'),
        Field('latest_available_timestamp', 'float'),
    )
