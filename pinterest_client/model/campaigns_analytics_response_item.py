# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    import datetime
    from typing import Optional


class CampaignsAnalyticsResponseItem(Model):
    """CampaignsAnalyticsResponseItem (inline schema)."""

    CAMPAIGN_ID: Optional[str]
    """The ID of the campaing that this metrics belongs to. Returned as long as aggregate_report_rows is not true."""

    DATE: Optional[datetime.date]
    """Current metrics date. Only returned when granularity is a time-based value (`DAY`, `HOUR`, `WEEK`, `MONTH`)"""

    _spec = (
        ('CAMPAIGN_ID', 'str', '', {'pattern': '^\\d+$'}),
        ('DATE', 'date'),
    )
