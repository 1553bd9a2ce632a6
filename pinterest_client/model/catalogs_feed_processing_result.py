# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    import datetime
    from typing import Optional, Union

    from pinterest_client.model.catalogs_feed_ingestion_details import CatalogsFeedIngestionDetails
    from pinterest_client.model.catalogs_feed_processing_status import (
        CatalogsFeedProcessingStatus,
        CatalogsFeedProcessingStatusValue,
    )
    from pinterest_client.model.catalogs_feed_product_counts import CatalogsFeedProductCounts
    from pinterest_client.model.catalogs_feed_validation_details import CatalogsFeedValidationDetails
    from pinterest_client.model.catalogs_feed_video_counts import CatalogsFeedVideoCounts


class CatalogsFeedProcessingResult(Model):
    """CatalogsFeedProcessingResult (component schema `CatalogsFeedProcessingResult`)."""

    created_at: datetime.datetime = Field("datetime", required=True)

    id: str = Field("str", required=True)

    updated_at: datetime.datetime = Field("datetime", required=True)

    ingestion_details: CatalogsFeedIngestionDetails = Field("CatalogsFeedIngestionDetails", required=True)

    product_counts: Optional[CatalogsFeedProductCounts] = Field(
        "CatalogsFeedProductCounts", required=True, nullable=True
    )
    """The counts can be null early in the process."""

    status: Union[CatalogsFeedProcessingStatus, str] = Field("CatalogsFeedProcessingStatus", required=True)

    validation_details: CatalogsFeedValidationDetails = Field("CatalogsFeedValidationDetails", required=True)

    video_counts: Optional[CatalogsFeedVideoCounts] = Field("CatalogsFeedVideoCounts")
    """Counts of total, ingested, and not ingested videos in the feed file. The counts may not appear early in the
    process.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            created_at: Optional[datetime.datetime] = ...,
            id: Optional[str] = ...,
            updated_at: Optional[datetime.datetime] = ...,
            ingestion_details: Optional[CatalogsFeedIngestionDetails] = ...,
            product_counts: Optional[CatalogsFeedProductCounts] = ...,
            status: Optional[Union[CatalogsFeedProcessingStatus, CatalogsFeedProcessingStatusValue]] = ...,
            validation_details: Optional[CatalogsFeedValidationDetails] = ...,
            video_counts: Optional[CatalogsFeedVideoCounts] = ...,
        ) -> None: ...


__all__ = ["CatalogsFeedProcessingResult"]
