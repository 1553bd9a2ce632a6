# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.bulk_reporting_job_status import BulkReportingJobStatus


class TemplateBasedReport(Model):
    """TemplateBasedReport (component schema `TemplateBasedReport`)."""

    message: Optional[str]

    report_status: Union[BulkReportingJobStatus, str]
    """Possible status for a bulk reporting job"""

    template_id: str
    """Unique identifier of a template."""

    token: Optional[str]

    _fields = (
        Field('message', 'str'),
        Field('report_status', 'BulkReportingJobStatus', required=True),
        Field('template_id', 'str', required=True, max_length=18),
        Field('token', 'str'),
    )
