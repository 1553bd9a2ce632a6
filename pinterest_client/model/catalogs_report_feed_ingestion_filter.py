# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from typing import Optional


class CatalogsReportFeedIngestionFilter(Model):
    """CatalogsReportFeedIngestionFilter (component schema)."""

    feed_id: str = Field("str", required=True, pattern="^\\d+$")
    """ID of the feed entity."""

    processing_result_id: Optional[str] = Field("str", pattern="^\\d+$")
    """Unique identifier of a feed processing result. It can be acquired from the "id" field of the "items" array within
    the response of the [List processing results for a given
    feed](https://developers.pinterest.com/docs/api/v5/#operation/feed_processing_results/list). If not provided,
    default to most recent completed processing result.
    """

    report_type: str = Field("str", required=True, enum=("FEED_INGESTION_ISSUES",))

    _positional = ("feed_id",)
    _defaults = {"report_type": "FEED_INGESTION_ISSUES"}
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            feed_id: str,
            *,
            processing_result_id: Optional[str] = ...,
            report_type: Optional[str] = ...,
        ) -> None: ...


__all__ = ["CatalogsReportFeedIngestionFilter"]
