# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pinterest_client.model_utils import Field, Model

if TYPE_CHECKING:
    from pinterest_client.model.get_mmm_report_response_data import GetMMMReportResponseData


class GetMMMReportResponse(Model):
    """GetMMMReportResponse (component schema `GetMMMReportResponse`)."""

    code: Optional[float]

    data: Optional[GetMMMReportResponseData]
    """GetMMMReportResponseData"""

    message: Optional[str]

    status: Optional[str]

    _fields = (
        Field('code', 'float'),
        Field('data', 'GetMMMReportResponseData'),
        Field('message', 'str'),
        Field('status', 'str'),
    )
