# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class CatalogsReportFeedIngestionFilter(Model):
    """CatalogsReportFeedIngestionFilter (component schema)."""

    feed_id: str
    """ID of the feed entity."""

    processing_result_id: Optional[str]
    """Unique identifier of a feed processing result. It can be acquired from the "id" field of the "items" array within the response of the [List processing results for a given feed](/docs/api/v5/#operation/feed_processing_results/list). If not provided, default to most recent completed processing result."""

    report_type: str

    _fields = (
        Field('feed_id', 'str', required=True, pattern='^\\d+$'),
        Field('processing_result_id', 'str', pattern='^\\d+$'),
        Field('report_type', 'str', required=True, enum=('FEED_INGESTION_ISSUES',)),
    )
    _additional = None
