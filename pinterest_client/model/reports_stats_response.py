# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import List, Optional

    from pinterest_client.model.catalogs_report_stats import CatalogsReportStats


class ReportsStatsResponse(Model):
    """ReportsStatsResponse (inline schema)."""

    bookmark: Optional[str] = Field("str", nullable=True)

    items: List[CatalogsReportStats] = Field("list[CatalogsReportStats]", required=True)

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            bookmark: Optional[str] = ...,
            items: Optional[List[CatalogsReportStats]] = ...,
        ) -> None: ...


__all__ = ["ReportsStatsResponse"]
