# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.bulk_reporting_job_status import BulkReportingJobStatus, BulkReportingJobStatusValue


class CreateMMMReportResponse(Model):
    """CreateMMMReportResponse (component schema `CreateMMMReportResponse`)."""

    code: Optional[float] = Field("float")

    data: Optional[CreateMMMReportResponseData] = Field("CreateMMMReportResponseData")
    """CreateMMMReportResponseData"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            code: Optional[float] = ...,
            data: Optional[CreateMMMReportResponseData] = ...,
        ) -> None: ...


class CreateMMMReportResponseData(Model):
    """CreateMMMReportResponseData"""

    message: Optional[str] = Field("str", nullable=True)

    report_status: Optional[Union[BulkReportingJobStatus, str]] = Field("BulkReportingJobStatus")

    status: Optional[str] = Field("str")

    token: Optional[str] = Field("str")

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            message: Optional[str] = ...,
            report_status: Optional[Union[BulkReportingJobStatus, BulkReportingJobStatusValue]] = ...,
            status: Optional[str] = ...,
            token: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CreateMMMReportResponse", "CreateMMMReportResponseData"]
