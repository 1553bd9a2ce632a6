# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    import datetime
    from typing import Optional


class AdsAnalyticsResponseItem(Model):
    """AdsAnalyticsResponseItem (inline schema)."""

    AD_ID: str
    """The ID of the ad that this metrics belongs to."""

    DATE: Optional[datetime.date]
    """Current metrics date. Only returned when granularity is a time-based value (`DAY`, `HOUR`, `WEEK`, `MONTH`)"""

    _spec = (
        ('AD_ID', 'str', 'required', {'pattern': '^\\d+$'}),
        ('DATE', 'date'),
    )
