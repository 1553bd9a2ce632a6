# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsReportFeedIngestionStats(Model):
    """CatalogsReportFeedIngestionStats (component schema `CatalogsReportFeedIngestionStats`)."""

    catalog_id: Optional[str] = Field("str", pattern="^\\d+$")
    """ID of the catalog entity."""

    code: Optional[int] = Field("int")
    """The event code that a diagnostics aggregated number references"""

    code_label: Optional[str] = Field("str")
    """A human-friendly label for the event code (e.g, 'AVAILABILITY_INVALID')"""

    message: Optional[str] = Field("str")
    """Title message describing the diagnostic issue"""

    occurrences: Optional[int] = Field("int")
    """Number of occurrences of the issue"""

    report_type: Optional[str] = Field("str", enum=("FEED_INGESTION_ISSUES",))

    severity: Optional[str] = Field("str", enum=("WARN", "ERROR"))
    """An ERROR means that items have been dropped, while a WARN denotes that items have been ingested despite an issue
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            catalog_id: Optional[str] = ...,
            code: Optional[int] = ...,
            code_label: Optional[str] = ...,
            message: Optional[str] = ...,
            occurrences: Optional[int] = ...,
            report_type: Optional[str] = ...,
            severity: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsReportFeedIngestionStats"]
