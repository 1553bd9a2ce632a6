# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Dict, List

    from pinterest_client.model.trending_pin import TrendingPin


class TrendingTopic(Model):
    """Individual trending topic within an interest category"""

    description: str = Field("str", required=True)
    """Description of the trending topic"""

    percent_growth_mom: int = Field("int", required=True)
    """Month-over-month growth percentage"""

    pins: List[TrendingPin] = Field("list[TrendingPin]", required=True, max_items=6)
    """Array of pin images related to this trend (up to 6)"""

    related_interests: List[str] = Field("list[str]", required=True)
    """List of related interest categories"""

    related_searches: List[str] = Field("list[str]", required=True)
    """List of related search terms"""

    time_series: Dict[str, float] = Field("dict[float]", required=True)
    """Time series data showing trend values over time, with dates as keys and values as numeric"""

    title: str = Field("str", required=True)
    """Title of the trending topic"""

    _positional = (
        "description",
        "percent_growth_mom",
        "pins",
        "related_interests",
        "related_searches",
        "time_series",
        "title",
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            description: str,
            percent_growth_mom: int,
            pins: List[TrendingPin],
            related_interests: List[str],
            related_searches: List[str],
            time_series: Dict[str, float],
            title: str,
        ) -> None: ...


__all__ = ["TrendingTopic"]
