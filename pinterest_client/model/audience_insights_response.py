# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional, Union

    from pinterest_client.model.audience_category import AudienceCategory
    from pinterest_client.model.audience_demographics import AudienceDemographics
    from pinterest_client.model.audience_insight_type import AudienceInsightType, AudienceInsightTypeValue


class AudienceInsightsResponse(Model):
    """Audience interests and demographics."""

    categories: Optional[List[AudienceCategory]] = Field("list[AudienceCategory]")
    """Category interest distribution"""

    date: Optional[str] = Field("str", nullable=True, pattern="^\\d{4}-\\d{2}-\\d{2}$")
    """Generation date"""

    demographics: Optional[AudienceDemographics] = Field("AudienceDemographics")
    """Audience demographics"""

    size: Optional[int] = Field("int")
    """Population count."""

    size_is_upper_bound: Optional[bool] = Field("bool")
    """Indicates whether the audience size has been rounded up to the next highest upper boundary."""

    type: Optional[Union[AudienceInsightType, str]] = Field("AudienceInsightType")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            categories: Optional[List[AudienceCategory]] = ...,
            date: Optional[str] = ...,
            demographics: Optional[AudienceDemographics] = ...,
            size: Optional[int] = ...,
            size_is_upper_bound: Optional[bool] = ...,
            type: Optional[Union[AudienceInsightType, AudienceInsightTypeValue]] = ...,
        ) -> None: ...


__all__ = ["AudienceInsightsResponse"]
