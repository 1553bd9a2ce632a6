# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

import datetime
from typing import Optional

from pinterest_client.model_utils import Field, Model


class CampaignsAnalyticsResponseItem(Model):
    """CampaignsAnalyticsResponseItem (inline schema)."""

    CAMPAIGN_ID: Optional[str]
    """The ID of the campaing that this metrics belongs to. Returned as long as aggregate_report_rows is not true."""

    DATE: Optional[datetime.date]
    """Current metrics date. Only returned when granularity is a time-based value (`DAY`, `HOUR`, `WEEK`, `MONTH`)"""

    _fields = (
        Field('CAMPAIGN_ID', 'str', pattern='^\\d+$'),
        Field('DATE', 'date'),
    )
