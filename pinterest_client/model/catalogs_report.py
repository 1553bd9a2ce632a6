# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class CatalogsReport(Model):
    """CatalogsReport (component schema `CatalogsReport`)."""

    report_status: Optional[str]

    size: Optional[float]
    """Size of the report in bytes"""

    url: Optional[str]
    """URL to download the report"""

    _fields = (
        Field('report_status', 'str', enum=('FINISHED', 'IN_PROGRESS')),
        Field('size', 'float', nullable=True),
        Field('url', 'str', nullable=True),
    )
