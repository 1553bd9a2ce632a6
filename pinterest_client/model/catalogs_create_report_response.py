# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class CatalogsCreateReportResponse(Model):
    """CatalogsCreateReportResponse (component schema `CatalogsCreateReportResponse`)."""

    token: Optional[str]
    """Token to be used to get the report"""

    _fields = (
        Field('token', 'str'),
    )
