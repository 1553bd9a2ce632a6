# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.bulk_reporting_job_status import BulkReportingJobStatus


class AdsAnalyticsGetAsyncResponse(Model):
    """AdsAnalyticsGetAsyncResponse (component schema `AdsAnalyticsGetAsyncResponse`)."""

    report_status: Optional[Union[BulkReportingJobStatus, str]]

    size: Optional[float]

    url: Optional[str]

    _fields = (
        Field('report_status', 'BulkReportingJobStatus'),
        Field('size', 'float', nullable=True),
        Field('url', 'str', nullable=True),
    )
