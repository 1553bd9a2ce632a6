# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model, ModelList
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    import datetime
    from typing import Optional


class AdsAnalyticsResponse(ModelList):
    """AdsAnalyticsResponse (component schema `AdsAnalyticsResponse`)."""

    _item_type = "AdsAnalyticsResponseItem"


class AdsAnalyticsResponseItem(Model):
    """AdsAnalyticsResponseItem (inline schema)."""

    ad_id: str = Field("str", wire="AD_ID", required=True, pattern="^\\d+$")
    """The ID of the ad that this metrics belongs to."""

    date: Optional[datetime.date] = Field("date", wire="DATE")
    """Current metrics date. Only returned when granularity is a time-based value (`DAY`, `HOUR`, `WEEK`, `MONTH`)"""

    _positional = ("ad_id",)

    if TYPE_CHECKING:

        def __init__(
            self,
            ad_id: str,
            *,
            date: Optional[datetime.date] = ...,
        ) -> None: ...


__all__ = ["AdsAnalyticsResponse", "AdsAnalyticsResponseItem"]
