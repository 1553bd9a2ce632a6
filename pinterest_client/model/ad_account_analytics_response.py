# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model, ModelList
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    import datetime
    from typing import Optional


class AdAccountAnalyticsResponse(ModelList):
    """AdAccountAnalyticsResponse (component schema `AdAccountAnalyticsResponse`)."""

    _item_type = "AdAccountAnalyticsResponseItem"


class AdAccountAnalyticsResponseItem(Model):
    """AdAccountAnalyticsResponseItem (inline schema)."""

    ad_account_id: str = Field("str", wire="AD_ACCOUNT_ID", required=True, pattern="^\\d+$")
    """The ID of the advertiser that this metrics belongs to."""

    date: Optional[datetime.date] = Field("date", wire="DATE")
    """Current metrics date. Only returned when granularity is a time-based value (`DAY`, `HOUR`, `WEEK`, `MONTH`)"""

    _positional = ("ad_account_id",)

    if TYPE_CHECKING:

        def __init__(
            self,
            ad_account_id: str,
            *,
            date: Optional[datetime.date] = ...,
        ) -> None: ...


__all__ = ["AdAccountAnalyticsResponse", "AdAccountAnalyticsResponseItem"]
