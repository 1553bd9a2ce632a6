# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.audience_demographic_value import AudienceDemographicValue


class AudienceDemographics(Model):
    """Audience demographics"""

    ages: Optional[List[AudienceDemographicValue]]
    """Ages distribution."""

    countries: Optional[List[AudienceDemographicValue]]
    """Country area distribution."""

    devices: Optional[List[AudienceDemographicValue]]
    """Device usage distribution."""

    genders: Optional[List[AudienceDemographicValue]]
    """Gender distribution."""

    metros: Optional[List[AudienceDemographicValue]]
    """Geographic metro area distribution."""

    _fields = (
        Field('ages', 'list[AudienceDemographicValue]'),
        Field('countries', 'list[AudienceDemographicValue]'),
        Field('devices', 'list[AudienceDemographicValue]'),
        Field('genders', 'list[AudienceDemographicValue]'),
        Field('metros', 'list[AudienceDemographicValue]'),
    )
