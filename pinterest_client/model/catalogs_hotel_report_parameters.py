# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field
from pinterest_client._unions import UnionModel

if TYPE_CHECKING:
    from typing import Optional


class CatalogsHotelReportParameters(Model):
    """Parameters for hotel report"""

    catalog_type: str = Field("str", required=True, enum=("HOTEL",))

    report: CatalogsHotelReportParametersReport = Field("CatalogsHotelReportParametersReport", required=True)

    _positional = ("report",)
    _defaults = {"catalog_type": "HOTEL"}

    if TYPE_CHECKING:

        def __init__(
            self,
            report: CatalogsHotelReportParametersReport,
            *,
            catalog_type: Optional[str] = ...,
        ) -> None: ...


class CatalogsHotelReportParametersReport(UnionModel):
    """CatalogsHotelReportParametersReport (inline schema).

    One of: `CatalogsReportFeedIngestionFilter`, `CatalogsReportDistributionIssueFilter`,
    `CatalogsReportAllItemsFilter`.
    """

    _variants = (
        "CatalogsReportFeedIngestionFilter",
        "CatalogsReportDistributionIssueFilter",
        "CatalogsReportAllItemsFilter",
    )
    _discriminator = (
        "report_type",
        {
            "FEED_INGESTION_ISSUES": "CatalogsReportFeedIngestionFilter",
            "DISTRIBUTION_ISSUES": "CatalogsReportDistributionIssueFilter",
            "ALL_ITEMS": "CatalogsReportAllItemsFilter",
        },
    )


__all__ = ["CatalogsHotelReportParameters", "CatalogsHotelReportParametersReport"]
