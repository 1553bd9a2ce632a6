# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import UnionModel


class CatalogsHotelReportStatsParametersReport(UnionModel):
    """CatalogsHotelReportStatsParametersReport (inline schema).

    One of: `CatalogsReportFeedIngestionFilter`, `CatalogsReportDistributionIssueFilter`.
    """

    _variants = ('CatalogsReportFeedIngestionFilter', 'CatalogsReportDistributionIssueFilter')
    _discriminator = ('report_type', {'FEED_INGESTION_ISSUES': 'CatalogsReportFeedIngestionFilter', 'DISTRIBUTION_ISSUES': 'CatalogsReportDistributionIssueFilter'})
