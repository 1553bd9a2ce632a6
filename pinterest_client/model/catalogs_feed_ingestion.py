# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    import datetime
    from typing import Union

    from pinterest_client.model.catalogs_feed_processing_status import (
        CatalogsFeedProcessingStatus,
        CatalogsFeedProcessingStatusValue,
    )


class CatalogsFeedIngestion(Model):
    """CatalogsFeedIngestion (component schema `CatalogsFeedIngestion`)."""

    created_at: datetime.datetime = Field("datetime", required=True)

    feed_id: str = Field("str", required=True)

    id: str = Field("str", required=True)

    status: Union[CatalogsFeedProcessingStatus, str] = Field("CatalogsFeedProcessingStatus", required=True)

    _positional = ("id", "feed_id", "created_at", "status")

    if TYPE_CHECKING:

        def __init__(
            self,
            id: str,
            feed_id: str,
            created_at: datetime.datetime,
            status: Union[CatalogsFeedProcessingStatus, CatalogsFeedProcessingStatusValue],
        ) -> None: ...


__all__ = ["CatalogsFeedIngestion"]
