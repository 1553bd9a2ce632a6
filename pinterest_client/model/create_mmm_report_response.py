# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.create_mmm_report_response_data import CreateMMMReportResponseData


class CreateMMMReportResponse(Model):
    """CreateMMMReportResponse (component schema `CreateMMMReportResponse`)."""

    code: Optional[float]

    data: Optional[CreateMMMReportResponseData]
    """CreateMMMReportResponseData"""

    _spec = (
        ('code', 'float'),
        ('data', 'CreateMMMReportResponseData'),
    )
