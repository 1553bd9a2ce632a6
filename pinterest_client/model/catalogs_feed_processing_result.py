# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    import datetime
    from typing import Optional, Union

    from pinterest_client.model.catalogs_feed_ingestion_details import CatalogsFeedIngestionDetails
    from pinterest_client.model.catalogs_feed_processing_status import CatalogsFeedProcessingStatus
    from pinterest_client.model.catalogs_feed_product_counts import CatalogsFeedProductCounts
    from pinterest_client.model.catalogs_feed_validation_details import CatalogsFeedValidationDetails
    from pinterest_client.model.catalogs_feed_video_counts import CatalogsFeedVideoCounts


class CatalogsFeedProcessingResult(Model):
    """CatalogsFeedProcessingResult (component schema `CatalogsFeedProcessingResult`)."""

    created_at: datetime.datetime

    id: str

    updated_at: datetime.datetime

    ingestion_details: CatalogsFeedIngestionDetails

    product_counts: Optional[CatalogsFeedProductCounts]
    """The counts can be null early in the process."""

    status: Union[CatalogsFeedProcessingStatus, str]

    validation_details: CatalogsFeedValidationDetails

    video_counts: Optional[CatalogsFeedVideoCounts]
    """Counts of total, ingested, and not ingested videos in the feed file. The counts may not appear early in the process."""

    _spec = (
        ('created_at', 'datetime', 'required'),
        ('id', 'str', 'required'),
        ('updated_at', 'datetime', 'required'),
        ('ingestion_details', 'CatalogsFeedIngestionDetails', 'required'),
        ('product_counts', 'CatalogsFeedProductCounts', 'required nullable'),
        ('status', 'CatalogsFeedProcessingStatus', 'required'),
        ('validation_details', 'CatalogsFeedValidationDetails', 'required'),
        ('video_counts', 'CatalogsFeedVideoCounts'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            created_at: Optional[datetime.datetime] = ...,
            id: Optional[str] = ...,
            updated_at: Optional[datetime.datetime] = ...,
            ingestion_details: Optional[CatalogsFeedIngestionDetails] = ...,
            product_counts: Optional[CatalogsFeedProductCounts] = ...,
            status: Optional[Union[CatalogsFeedProcessingStatus, str]] = ...,
            validation_details: Optional[CatalogsFeedValidationDetails] = ...,
            video_counts: Optional[CatalogsFeedVideoCounts] = ...,
        ) -> None: ...


__all__ = ["CatalogsFeedProcessingResult"]
