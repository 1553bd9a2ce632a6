# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    import datetime
    from typing import Optional


class AdPinAnalytics(Model):
    """AdPinAnalytics (component schema `AdPinAnalytics`)."""

    date: Optional[datetime.date] = Field("date", wire="DATE")
    """Current metrics date. Only returned when granularity is a time-based value (`DAY`, `HOUR`, `WEEK`, `MONTH`)"""

    pin_id: str = Field("str", wire="PIN_ID", required=True, pattern="^\\d+$")
    """The ID of the pin that the metric belongs to."""

    _positional = ("pin_id",)

    if TYPE_CHECKING:

        def __init__(
            self,
            pin_id: str,
            *,
            date: Optional[datetime.date] = ...,
        ) -> None: ...


__all__ = ["AdPinAnalytics"]
