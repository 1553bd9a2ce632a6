# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.
from __future__ import annotations

from typing import Optional

from pinterest_client.model_utils import Field, Model


class CatalogsReportDistributionIssueFilter(Model):
    """CatalogsReportDistributionIssueFilter (component schema)."""

    catalog_id: Optional[str]
    """Unique identifier of a catalog. If not given, oldest catalog will be used"""

    report_type: str

    _fields = (
        Field('catalog_id', 'str', pattern='^\\d+$'),
        Field('report_type', 'str', required=True, enum=('DISTRIBUTION_ISSUES',)),
    )
    _additional = None
