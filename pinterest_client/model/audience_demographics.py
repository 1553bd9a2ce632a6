# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.audience_demographic_value import AudienceDemographicValue


class AudienceDemographics(Model):
    """Audience demographics"""

    ages: Optional[List[AudienceDemographicValue]] = Field("list[AudienceDemographicValue]")
    """Ages distribution."""

    countries: Optional[List[AudienceDemographicValue]] = Field("list[AudienceDemographicValue]")
    """Country area distribution."""

    devices: Optional[List[AudienceDemographicValue]] = Field("list[AudienceDemographicValue]")
    """Device usage distribution."""

    genders: Optional[List[AudienceDemographicValue]] = Field("list[AudienceDemographicValue]")
    """Gender distribution."""

    metros: Optional[List[AudienceDemographicValue]] = Field("list[AudienceDemographicValue]")
    """Geographic metro area distribution."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ages: Optional[List[AudienceDemographicValue]] = ...,
            countries: Optional[List[AudienceDemographicValue]] = ...,
            devices: Optional[List[AudienceDemographicValue]] = ...,
            genders: Optional[List[AudienceDemographicValue]] = ...,
            metros: Optional[List[AudienceDemographicValue]] = ...,
        ) -> None: ...


__all__ = ["AudienceDemographics"]
