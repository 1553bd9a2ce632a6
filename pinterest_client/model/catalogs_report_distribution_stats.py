# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsReportDistributionStats(Model):
    """CatalogsReportDistributionStats (component schema `CatalogsReportDistributionStats`)."""

    catalog_id: Optional[str] = Field("str", pattern="^\\d+$")
    """ID of the catalog entity."""

    code: Optional[int] = Field("int")
    """The event code that a diagnostics aggregated number references"""

    code_label: Optional[str] = Field("str")
    """A human-friendly label for the event code (e.g, 'SPAM')"""

    ineligible_for_ads: Optional[bool] = Field("bool")
    """Indicates if issue makes items ineligible for ads distribution"""

    ineligible_for_organic: Optional[bool] = Field("bool")
    """Indicates if issue makes items ineligible for organic distribution"""

    message: Optional[str] = Field("str")
    """Title message describing the diagnostic issue"""

    occurrences: Optional[int] = Field("int")
    """Number of occurrences of the issue"""

    report_type: Optional[str] = Field("str", enum=("DISTRIBUTION_ISSUES",))

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            catalog_id: Optional[str] = ...,
            code: Optional[int] = ...,
            code_label: Optional[str] = ...,
            ineligible_for_ads: Optional[bool] = ...,
            ineligible_for_organic: Optional[bool] = ...,
            message: Optional[str] = ...,
            occurrences: Optional[int] = ...,
            report_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsReportDistributionStats"]
