# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Any, List, Optional, Union

    from pinterest_client.model.mmm_reporting_column import MMMReportingColumn, MMMReportingColumnValue
    from pinterest_client.model.mmm_reporting_targeting_type import (
        MMMReportingTargetingType,
        MMMReportingTargetingTypeValue,
    )
    from pinterest_client.model.targeting_advertiser_country import (
        TargetingAdvertiserCountry,
        TargetingAdvertiserCountryValue,
    )


class CreateMMMReportRequest(Model):
    """CreateMMMReportRequest (component schema `CreateMMMReportRequest`)."""

    countries: Optional[List[Union[TargetingAdvertiserCountry, str]]] = Field("list[TargetingAdvertiserCountry]")
    """A List of countries for filtering"""

    columns: List[Union[MMMReportingColumn, str]] = Field("list[MMMReportingColumn]", required=True)
    """Metric and entity columns"""

    end_date: str = Field("str", required=True, pattern="^(\\d{4})-(\\d{2})-(\\d{2})$")
    """Metric report end date (UTC). Format: YYYY-MM-DD"""

    granularity: str = Field("str", required=True, enum=("DAY", "WEEK"))
    """DAY - metrics are broken down daily.
     WEEK - metrics are broken down weekly.
    """

    level: str = Field("str", required=True, enum=("CAMPAIGN_TARGETING", "AD_GROUP_TARGETING"))
    """Level of the report"""

    report_name: str = Field("str", required=True)
    """Name of the Marketing Mix Modeling (MMM) report"""

    start_date: str = Field("str", required=True, pattern="^(\\d{4})-(\\d{2})-(\\d{2})$")
    """Metric report start date (UTC). Format: YYYY-MM-DD"""

    targeting_types: List[Union[MMMReportingTargetingType, str]] = Field(
        "list[MMMReportingTargetingType]", required=True, max_items=5, min_items=1
    )
    """List of targeting types"""

    custom_column_ids: Optional[List[Any]] = Field("list[any]", max_items=20)
    """Deprecated: Pinterest dropped this property after spec 5.10.0. List of custom column ids"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            countries: Optional[List[Union[TargetingAdvertiserCountry, TargetingAdvertiserCountryValue]]] = ...,
            columns: Optional[List[Union[MMMReportingColumn, MMMReportingColumnValue]]] = ...,
            end_date: Optional[str] = ...,
            granularity: Optional[str] = ...,
            level: Optional[str] = ...,
            report_name: Optional[str] = ...,
            start_date: Optional[str] = ...,
            targeting_types: Optional[List[Union[MMMReportingTargetingType, MMMReportingTargetingTypeValue]]] = ...,
            custom_column_ids: Optional[List[Any]] = ...,
        ) -> None: ...


__all__ = ["CreateMMMReportRequest"]
