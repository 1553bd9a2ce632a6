# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.bulk_reporting_job_status import BulkReportingJobStatus


class AdsAnalyticsCreateAsyncResponse(Model):
    """AdsAnalyticsCreateAsyncResponse (component schema `AdsAnalyticsCreateAsyncResponse`)."""

    message: Optional[str]

    report_status: Optional[Union[BulkReportingJobStatus, str]]

    token: Optional[str]

    _fields = (
        Field('message', 'str', nullable=True),
        Field('report_status', 'BulkReportingJobStatus'),
        Field('token', 'str'),
    )
