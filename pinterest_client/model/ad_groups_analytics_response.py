# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model, ModelList
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    import datetime
    from typing import Optional


class AdGroupsAnalyticsResponse(ModelList):
    """AdGroupsAnalyticsResponse (component schema `AdGroupsAnalyticsResponse`)."""

    _item_type = "AdGroupsAnalyticsResponseItem"


class AdGroupsAnalyticsResponseItem(Model):
    """AdGroupsAnalyticsResponseItem (inline schema)."""

    ad_group_id: Optional[str] = Field("str", wire="AD_GROUP_ID", pattern="^\\d+$")
    """The ID of the ad group that this metrics belongs to. Returned as long as aggregate_report_rows is not true."""

    date: Optional[datetime.date] = Field("date", wire="DATE")
    """Current metrics date. Only returned when granularity is a time-based value (`DAY`, `HOUR`, `WEEK`, `MONTH`)"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ad_group_id: Optional[str] = ...,
            date: Optional[datetime.date] = ...,
        ) -> None: ...


__all__ = ["AdGroupsAnalyticsResponse", "AdGroupsAnalyticsResponseItem"]
