# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._enums import Enum
from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Literal, Optional, Union

    from pinterest_client.model.conversion_attribution_window_days import (
        ConversionAttributionWindowDays,
        ConversionAttributionWindowDaysValue,
    )
    from pinterest_client.model.conversion_product_reporting_column import (
        ConversionProductReportingColumn,
        ConversionProductReportingColumnValue,
    )
    from pinterest_client.model.conversion_report_time_type import (
        ConversionReportTimeType,
        ConversionReportTimeTypeValue,
    )
    from pinterest_client.model.objective_type import ObjectiveType, ObjectiveTypeValue


class ConversionProductReportRequest(Model):
    """Request for a brand, category, SKU report"""

    ad_group_ids: Optional[List[str]] = Field("list[str]", items={"pattern": "^\\d+$"}, max_items=500, min_items=1)
    """List of ad group ids.
    Only support ad_group_ids field when level of the report is AD_GROUP.
    """

    campaign_ids: Optional[List[str]] = Field("list[str]", items={"pattern": "^\\d+$"}, max_items=500, min_items=1)
    """List of campaign ids.
    Only support campaign_ids field when level of the report is CAMPAIGN.
    """

    campaign_objective_types: Optional[List[Union[ObjectiveType, str]]] = Field(
        "list[ObjectiveType]", max_items=7, min_items=1
    )
    """List of values for filtering. Default is ['CONSIDERATION','AWARENESS','WEB_CONVERSION','VIDEO_COMPLETION']."""

    click_window_days: Optional[Union[ConversionAttributionWindowDays, int]] = Field("ConversionAttributionWindowDays")
    """Number of days to use as the conversion attribution window for a pin click action. Applies to Pinterest Tag
    conversion metrics. Prior conversion tags use their defined attribution windows. If not specified, defaults to
    `30` days.
    """

    columns: List[Union[ConversionProductReportingColumn, str]] = Field(
        "list[ConversionProductReportingColumn]", required=True
    )
    """Metric and entity columns"""

    conversion_product_attribution_type: Optional[ConversionProductReportRequestConversionProductAttributionType] = (
        Field("ConversionProductReportRequestConversionProductAttributionType")
    )
    """Required attribution type of the B/C/S report.
    When the attribution type is BRAND_ATTRIBUTION, start_date for the report must be after 2025-04-01.
    """

    conversion_product_breakdown: Optional[str] = Field(
        "str",
        enum=("PRODUCT_BRAND", "PRODUCT_CATEGORY", "PRODUCT_BRAND_AND_CATEGORY", "PRODUCT_SKU", "PRODUCT_SKU_GROUP"),
    )
    """Report breakdown type. This is used to specify the breakdown of the report by brand, category, or SKU."""

    conversion_report_time: Optional[Union[ConversionReportTimeType, str]] = Field("ConversionReportTimeType")
    """The date by which the conversion metrics returned from this endpoint will be reported. There are two dates
    associated with a conversion event: the date that the user interacted with the ad, and the date that the user
    completed a conversion event.
    """

    end_date: str = Field("str", required=True, pattern="^(\\d{4})-(\\d{2})-(\\d{2})$")
    """Metric report end date (UTC). Format: YYYY-MM-DD.
     A max of 1 year is allowed between the start and end date for reports.
    """

    granularity: str = Field("str", required=True, enum=("WEEK", "MONTH", "TOTAL"))
    """TOTAL - metrics are aggregated over the specified date range.
     WEEK - metrics are broken down weekly.
     MONTH - metrics are broken down monthly.
    """

    level: str = Field("str", required=True, enum=("ADVERTISER", "CAMPAIGN", "AD_GROUP"))
    """Level of the report"""

    product_sku_ids: Optional[List[str]] = Field(
        "list[str]", items={"pattern": "^[a-zA-Z0-9]+$"}, max_items=500, min_items=2
    )
    """List of SKU ids.
    Only support product_sku_ids field when report breakdown type is PRODUCT_SKU_GROUP.
    """

    report_name: str = Field("str", required=True)
    """Name of the conversion product report."""

    start_date: str = Field("str", required=True, pattern="^(\\d{4})-(\\d{2})-(\\d{2})$")
    """Metric report start date (UTC). Format: YYYY-MM-DD.
     Start date must be after 2024-03-16. 7 day minimum time window for report is required.
    """

    view_window_days: Optional[Union[ConversionAttributionWindowDays, int]] = Field("ConversionAttributionWindowDays")
    """Number of days to use as the conversion attribution window for a view action. Applies to Pinterest Tag conversion
    metrics. Prior conversion tags use their defined attribution windows. If not specified, defaults to `30` day.
    """

    _positional = ("columns", "end_date", "granularity", "level", "report_name", "start_date")

    if TYPE_CHECKING:

        def __init__(
            self,
            columns: List[Union[ConversionProductReportingColumn, ConversionProductReportingColumnValue]],
            end_date: str,
            granularity: str,
            level: str,
            report_name: str,
            start_date: str,
            *,
            ad_group_ids: Optional[List[str]] = ...,
            campaign_ids: Optional[List[str]] = ...,
            campaign_objective_types: Optional[List[Union[ObjectiveType, ObjectiveTypeValue]]] = ...,
            click_window_days: Optional[
                Union[ConversionAttributionWindowDays, ConversionAttributionWindowDaysValue]
            ] = ...,
            conversion_product_attribution_type: Optional[
                ConversionProductReportRequestConversionProductAttributionType
            ] = ...,
            conversion_product_breakdown: Optional[str] = ...,
            conversion_report_time: Optional[Union[ConversionReportTimeType, ConversionReportTimeTypeValue]] = ...,
            product_sku_ids: Optional[List[str]] = ...,
            view_window_days: Optional[
                Union[ConversionAttributionWindowDays, ConversionAttributionWindowDaysValue]
            ] = ...,
        ) -> None: ...


class ConversionProductReportRequestConversionProductAttributionType(Enum):
    """Required attribution type of the B/C/S report.
    When the attribution type is BRAND_ATTRIBUTION, start_date for the report must be after 2025-04-01.
    """

    DEFAULT = "DEFAULT"
    BRAND_ATTRIBUTION = "BRAND_ATTRIBUTION"


if TYPE_CHECKING:
    ConversionProductReportRequestConversionProductAttributionTypeValue = Literal["DEFAULT", "BRAND_ATTRIBUTION"]
    """What a parameter typed `ConversionProductReportRequestConversionProductAttributionType` also takes: one of its
    values, as is.
    """


__all__ = ["ConversionProductReportRequest", "ConversionProductReportRequestConversionProductAttributionType"]
