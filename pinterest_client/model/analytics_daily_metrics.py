# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.data_status import DataStatus, DataStatusValue
    from pinterest_client.model.metrics import Metrics


class AnalyticsDailyMetrics(Model):
    """AnalyticsDailyMetrics (component schema `AnalyticsDailyMetrics`)."""

    data_status: Optional[Union[DataStatus, str]] = Field("DataStatus")
    """Metrics availablity, e.g., "READY"."""

    date: Optional[str] = Field("str")
    """Metrics date (UTC): YYYY-MM-DD."""

    metrics: Optional[Metrics] = Field("Metrics")
    """The metric name and daily value for each requested metric"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data_status: Optional[Union[DataStatus, DataStatusValue]] = ...,
            date: Optional[str] = ...,
            metrics: Optional[Metrics] = ...,
        ) -> None: ...


__all__ = ["AnalyticsDailyMetrics"]
