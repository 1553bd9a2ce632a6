# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class TopVideoPinsAnalyticsResponseDateAvailability(Model):
    """TopVideoPinsAnalyticsResponseDateAvailability (inline schema)."""

    is_realtime: Optional[bool]

    latest_available_timestamp: Optional[float]

    _spec = (
        ('is_realtime', 'bool'),
        ('latest_available_timestamp', 'float'),
    )
