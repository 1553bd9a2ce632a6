# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.data_status import DataStatus
    from pinterest_client.model.metrics import Metrics


class AnalyticsDailyMetrics(Model):
    """AnalyticsDailyMetrics (component schema `AnalyticsDailyMetrics`)."""

    data_status: Optional[Union[DataStatus, str]]
    """Metrics availablity, e.g., "READY"."""

    date: Optional[str]
    """Metrics date (UTC): YYYY-MM-DD."""

    metrics: Optional[Metrics]
    """The metric name and daily value for each requested metric"""

    _fields = (
        Field('data_status', 'DataStatus'),
        Field('date', 'str'),
        Field('metrics', 'Metrics'),
    )
