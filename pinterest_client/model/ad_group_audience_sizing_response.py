# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class AdGroupAudienceSizingResponse(Model):
    """AdGroupAudienceSizingResponse (component schema `AdGroupAudienceSizingResponse`)."""

    audience_size_lower_bound: Optional[float] = Field("float")
    """The lower confidence bound of the estimated potential audience size. "Potential audience size" estimates the
    number of people you may be able to reach per month with your campaign. It is based on historical advertising
    data and the targeting criteria you select. It does not guarantee results or take into account factors such as
    bid, budget, schedule, seasonality or product experiments.
    """

    audience_size_upper_bound: Optional[float] = Field("float")
    """The upper confidence bound of the estimated potential audience size. "Potential audience size" estimates the
    number of people you may be able to reach per month with your campaign. It is based on historical advertising
    data and the targeting criteria you select. It does not guarantee results or take into account factors such as
    bid, budget, schedule, seasonality or product experiments.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            audience_size_lower_bound: Optional[float] = ...,
            audience_size_upper_bound: Optional[float] = ...,
        ) -> None: ...


__all__ = ["AdGroupAudienceSizingResponse"]
