# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._unions import UnionModel


class CatalogsReportStats(UnionModel):
    """Diagnostics aggregated numbers

    One of: `CatalogsReportFeedIngestionStats`, `CatalogsReportDistributionStats`.
    """

    _variants = ("CatalogsReportFeedIngestionStats", "CatalogsReportDistributionStats")
    _discriminator = (
        "report_type",
        {
            "FEED_INGESTION_ISSUES": "CatalogsReportFeedIngestionStats",
            "DISTRIBUTION_ISSUES": "CatalogsReportDistributionStats",
        },
    )


__all__ = ["CatalogsReportStats"]
