# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional


class CatalogsReportDistributionIssueFilter(Model):
    """CatalogsReportDistributionIssueFilter (component schema)."""

    catalog_id: Optional[str]
    """Unique identifier of a catalog. If not given, oldest catalog will be used"""

    report_type: str

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('report_type', 'str', 'required', {'enum': ('DISTRIBUTION_ISSUES',)}),
    )
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            catalog_id: Optional[str] = ...,
            report_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsReportDistributionIssueFilter"]
