# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import UnionModel


class CatalogsRetailReportParametersReport(UnionModel):
    """CatalogsRetailReportParametersReport (inline schema).

    One of: `CatalogsReportFeedIngestionFilter`, `CatalogsReportDistributionIssueFilter`, `CatalogsReportAllItemsFilter`.
    """

    _variants = ('CatalogsReportFeedIngestionFilter', 'CatalogsReportDistributionIssueFilter', 'CatalogsReportAllItemsFilter')
    _discriminator = ('report_type', {'FEED_INGESTION_ISSUES': 'CatalogsReportFeedIngestionFilter', 'DISTRIBUTION_ISSUES': 'CatalogsReportDistributionIssueFilter', 'ALL_ITEMS': 'CatalogsReportAllItemsFilter'})
