# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field
from pinterest_client._unions import UnionModel

if TYPE_CHECKING:
    from typing import Optional


class CatalogsRetailReportParameters(Model):
    """Parameters for retail report"""

    catalog_type: str = Field("str", required=True, enum=("RETAIL",))

    report: CatalogsRetailReportParametersReport = Field("CatalogsRetailReportParametersReport", required=True)

    _positional = ("report",)
    _defaults = {"catalog_type": "RETAIL"}

    if TYPE_CHECKING:

        def __init__(
            self,
            report: CatalogsRetailReportParametersReport,
            *,
            catalog_type: Optional[str] = ...,
        ) -> None: ...


class CatalogsRetailReportParametersReport(UnionModel):
    """CatalogsRetailReportParametersReport (inline schema).

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


__all__ = ["CatalogsRetailReportParameters", "CatalogsRetailReportParametersReport"]
