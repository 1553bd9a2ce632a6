# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.bulk_reporting_job_status import BulkReportingJobStatus, BulkReportingJobStatusValue


class TemplateBasedReport(Model):
    """TemplateBasedReport (component schema `TemplateBasedReport`)."""

    message: Optional[str] = Field("str")

    report_status: Union[BulkReportingJobStatus, str] = Field("BulkReportingJobStatus", required=True)
    """Possible status for a bulk reporting job"""

    template_id: str = Field("str", required=True, max_length=18)
    """Unique identifier of a template."""

    token: Optional[str] = Field("str")

    _positional = ("report_status", "template_id")

    if TYPE_CHECKING:

        def __init__(
            self,
            report_status: Union[BulkReportingJobStatus, BulkReportingJobStatusValue],
            template_id: str,
            *,
            message: Optional[str] = ...,
            token: Optional[str] = ...,
        ) -> None: ...


__all__ = ["TemplateBasedReport"]
