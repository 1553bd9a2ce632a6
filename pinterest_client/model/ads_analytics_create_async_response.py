# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.bulk_reporting_job_status import BulkReportingJobStatus, BulkReportingJobStatusValue


class AdsAnalyticsCreateAsyncResponse(Model):
    """AdsAnalyticsCreateAsyncResponse (component schema `AdsAnalyticsCreateAsyncResponse`)."""

    message: Optional[str] = Field("str", nullable=True)

    report_status: Optional[Union[BulkReportingJobStatus, str]] = Field("BulkReportingJobStatus")

    token: Optional[str] = Field("str")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            message: Optional[str] = ...,
            report_status: Optional[Union[BulkReportingJobStatus, BulkReportingJobStatusValue]] = ...,
            token: Optional[str] = ...,
        ) -> None: ...


__all__ = ["AdsAnalyticsCreateAsyncResponse"]
