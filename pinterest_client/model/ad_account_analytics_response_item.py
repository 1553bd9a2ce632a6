# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

import datetime
from typing import Optional

from pinterest_client.model_utils import Field, Model


class AdAccountAnalyticsResponseItem(Model):
    """AdAccountAnalyticsResponseItem (inline schema)."""

    AD_ACCOUNT_ID: str
    """The ID of the advertiser that this metrics belongs to."""

    DATE: Optional[datetime.date]
    """Current metrics date. Only returned when granularity is a time-based value (`DAY`, `HOUR`, `WEEK`, `MONTH`)"""

    _fields = (
        Field('AD_ACCOUNT_ID', 'str', required=True, pattern='^\\d+$'),
        Field('DATE', 'date'),
    )
