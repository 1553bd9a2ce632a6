# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, List, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.mmm_reporting_column import MMMReportingColumn
    from pinterest_client.model.mmm_reporting_targeting_type import MMMReportingTargetingType
    from pinterest_client.model.targeting_advertiser_country import TargetingAdvertiserCountry


class CreateMMMReportRequest(Model):
    """CreateMMMReportRequest (component schema `CreateMMMReportRequest`)."""

    countries: Optional[List[Union[TargetingAdvertiserCountry, str]]]
    """A List of countries for filtering"""

    columns: List[Union[MMMReportingColumn, str]]
    """Metric and entity columns"""

    end_date: str
    """Metric report end date (UTC). Format: YYYY-MM-DD"""

    granularity: str
    """DAY - metrics are broken down daily.<br> WEEK - metrics are broken down weekly."""

    level: str
    """Level of the report"""

    report_name: str
    """Name of the Marketing Mix Modeling (MMM) report"""

    start_date: str
    """Metric report start date (UTC). Format: YYYY-MM-DD"""

    targeting_types: List[Union[MMMReportingTargetingType, str]]
    """List of targeting types"""

    _fields = (
        Field('countries', 'list[TargetingAdvertiserCountry]'),
        Field('columns', 'list[MMMReportingColumn]', required=True),
        Field('end_date', 'str', required=True, pattern='^(\\d{4})-(\\d{2})-(\\d{2})$'),
        Field('granularity', 'str', required=True, enum=('DAY', 'WEEK')),
        Field('level', 'str', required=True, enum=('CAMPAIGN_TARGETING', 'AD_GROUP_TARGETING')),
        Field('report_name', 'str', required=True),
        Field('start_date', 'str', required=True, pattern='^(\\d{4})-(\\d{2})-(\\d{2})$'),
        Field('targeting_types', 'list[MMMReportingTargetingType]', required=True, max_items=5, min_items=1),
    )
