# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional

    from pinterest_client.model.get_mmm_report_response_data import GetMMMReportResponseData


class GetMMMReportResponse(Model):
    """GetMMMReportResponse (component schema `GetMMMReportResponse`)."""

    code: Optional[float]

    data: Optional[GetMMMReportResponseData]
    """GetMMMReportResponseData"""

    message: Optional[str]

    status: Optional[str]

    _spec = (
        ('code', 'float'),
        ('data', 'GetMMMReportResponseData'),
        ('message', 'str'),
        ('status', 'str'),
    )
