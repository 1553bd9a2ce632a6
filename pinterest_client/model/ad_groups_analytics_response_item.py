# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    import datetime
    from typing import Optional


class AdGroupsAnalyticsResponseItem(Model):
    """AdGroupsAnalyticsResponseItem (inline schema)."""

    AD_GROUP_ID: Optional[str]
    """The ID of the ad group that this metrics belongs to. Returned as long as aggregate_report_rows is not true."""

    DATE: Optional[datetime.date]
    """Current metrics date. Only returned when granularity is a time-based value (`DAY`, `HOUR`, `WEEK`, `MONTH`)"""

    _spec = (
        ('AD_GROUP_ID', 'str', '', {'pattern': '^\\d+$'}),
        ('DATE', 'date'),
    )
