# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Dict, List, Optional, Union

    from pinterest_client.model.data_status import DataStatus, DataStatusValue


class TopVideoPinsAnalyticsResponse(Model):
    """TopVideoPinsAnalyticsResponse (component schema `TopVideoPinsAnalyticsResponse`)."""

    date_availability: Optional[TopVideoPinsAnalyticsResponseDateAvailability] = Field(
        "TopVideoPinsAnalyticsResponseDateAvailability"
    )

    pins: Optional[List[TopVideoPinsAnalyticsResponsePinsItem]] = Field("list[TopVideoPinsAnalyticsResponsePinsItem]")

    sort_by: Optional[str] = Field(
        "str",
        enum=(
            "SAVE",
            "IMPRESSION",
            "OUTBOUND_CLICK",
            "VIDEO_MRC_VIEW",
            "VIDEO_AVG_WATCH_TIME",
            "VIDEO_V50_WATCH_TIME",
            "QUARTILE_95_PERCENT_VIEW",
            "VIDEO_10S_VIEW",
            "VIDEO_START",
        ),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            date_availability: Optional[TopVideoPinsAnalyticsResponseDateAvailability] = ...,
            pins: Optional[List[TopVideoPinsAnalyticsResponsePinsItem]] = ...,
            sort_by: Optional[str] = ...,
        ) -> None: ...


class TopVideoPinsAnalyticsResponseDateAvailability(Model):
    """TopVideoPinsAnalyticsResponseDateAvailability (inline schema)."""

    is_realtime: Optional[bool] = Field("bool")

    latest_available_timestamp: Optional[float] = Field("float")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            is_realtime: Optional[bool] = ...,
            latest_available_timestamp: Optional[float] = ...,
        ) -> None: ...


class TopVideoPinsAnalyticsResponsePinsItem(Model):
    """Array with metrics, status, and pin id for the requested metric"""

    data_status: Optional[Dict[str, Union[DataStatus, str]]] = Field("dict[DataStatus]")

    metrics: Optional[Dict[str, float]] = Field("dict[float]")
    """The metric name and daily value for each requested metric"""

    pin_id: Optional[str] = Field("str")
    """The pin id"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            data_status: Optional[Dict[str, Union[DataStatus, DataStatusValue]]] = ...,
            metrics: Optional[Dict[str, float]] = ...,
            pin_id: Optional[str] = ...,
        ) -> None: ...


__all__ = [
    "TopVideoPinsAnalyticsResponse",
    "TopVideoPinsAnalyticsResponseDateAvailability",
    "TopVideoPinsAnalyticsResponsePinsItem",
]
