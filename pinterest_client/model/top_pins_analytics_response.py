# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Dict, List, Optional, Union

    from pinterest_client.model.data_status import DataStatus, DataStatusValue
    from pinterest_client.model.metrics import Metrics


class TopPinsAnalyticsResponse(Model):
    """TopPinsAnalyticsResponse (component schema `TopPinsAnalyticsResponse`)."""

    date_availability: Optional[TopPinsAnalyticsResponseDateAvailability] = Field(
        "TopPinsAnalyticsResponseDateAvailability"
    )

    pins: Optional[List[TopPinsAnalyticsResponsePinsItem]] = Field("list[TopPinsAnalyticsResponsePinsItem]")

    sort_by: Optional[str] = Field("str", enum=("ENGAGEMENT", "SAVE", "IMPRESSION", "OUTBOUND_CLICK", "PIN_CLICK"))

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            date_availability: Optional[TopPinsAnalyticsResponseDateAvailability] = ...,
            pins: Optional[List[TopPinsAnalyticsResponsePinsItem]] = ...,
            sort_by: Optional[str] = ...,
        ) -> None: ...


class TopPinsAnalyticsResponseDateAvailability(Model):
    """TopPinsAnalyticsResponseDateAvailability (inline schema)."""

    is_realtime: Optional[bool] = Field("bool")

    latest_available_timestamp: Optional[float] = Field("float")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            is_realtime: Optional[bool] = ...,
            latest_available_timestamp: Optional[float] = ...,
        ) -> None: ...


class TopPinsAnalyticsResponsePinsItem(Model):
    """Array with metrics, status, and pin id for the requested metric"""

    data_status: Optional[Dict[str, Union[DataStatus, str]]] = Field("dict[DataStatus]")

    metrics: Optional[Metrics] = Field("Metrics")
    """The metric name and daily value for each requested metric"""

    pin_id: Optional[str] = Field("str")
    """The pin id"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data_status: Optional[Dict[str, Union[DataStatus, DataStatusValue]]] = ...,
            metrics: Optional[Metrics] = ...,
            pin_id: Optional[str] = ...,
        ) -> None: ...


__all__ = ["TopPinsAnalyticsResponse", "TopPinsAnalyticsResponseDateAvailability", "TopPinsAnalyticsResponsePinsItem"]
