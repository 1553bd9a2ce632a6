# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Dict, List, Optional, Union

    from pinterest_client.model.data_status import DataStatus, DataStatusValue


class PinAnalyticsMetricsResponse(Model):
    """PinAnalyticsMetricsResponse (component schema)."""

    daily_metrics: Optional[List[PinAnalyticsMetricsResponseDailyMetricsItem]] = Field(
        "list[PinAnalyticsMetricsResponseDailyMetricsItem]"
    )
    """Array with the requested daily metric records"""

    lifetime_metrics: Optional[Dict[str, int]] = Field("dict[int]")
    """The lifetime metric name and value."""

    summary_metrics: Optional[Dict[str, float]] = Field("dict[float]")
    """The metric name and value over the requested period for each requested metric"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            daily_metrics: Optional[List[PinAnalyticsMetricsResponseDailyMetricsItem]] = ...,
            lifetime_metrics: Optional[Dict[str, int]] = ...,
            summary_metrics: Optional[Dict[str, float]] = ...,
        ) -> None: ...


class PinAnalyticsMetricsResponseDailyMetricsItem(Model):
    """PinAnalyticsMetricsResponseDailyMetricsItem (inline schema)."""

    data_status: Optional[Union[DataStatus, str]] = Field("DataStatus")
    """Metrics availablity, e.g., "READY"."""

    date: Optional[str] = Field("str")
    """Metrics date (UTC): YYYY-MM-DD."""

    metrics: Optional[Dict[str, float]] = Field("dict[float]")
    """The metric name and daily value for each requested metric"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data_status: Optional[Union[DataStatus, DataStatusValue]] = ...,
            date: Optional[str] = ...,
            metrics: Optional[Dict[str, float]] = ...,
        ) -> None: ...


__all__ = ["PinAnalyticsMetricsResponse", "PinAnalyticsMetricsResponseDailyMetricsItem"]
