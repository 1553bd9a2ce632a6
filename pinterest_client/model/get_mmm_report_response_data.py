# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class GetMMMReportResponseData(Model):
    """GetMMMReportResponseData"""

    report_status: Optional[str]

    size: Optional[float]

    url: Optional[str]

    _fields = (
        Field('report_status', 'str', enum=('DOES_NOT_EXIST', 'FINISHED', 'IN_PROGRESS', 'EXPIRED', 'FAILED', 'CANCELLED')),
        Field('size', 'float', nullable=True),
        Field('url', 'str', nullable=True),
    )
