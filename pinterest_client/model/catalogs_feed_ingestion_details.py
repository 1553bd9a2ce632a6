# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    from pinterest_client.model.catalogs_feed_ingestion_errors import CatalogsFeedIngestionErrors
    from pinterest_client.model.catalogs_feed_ingestion_info import CatalogsFeedIngestionInfo
    from pinterest_client.model.catalogs_feed_ingestion_warnings import CatalogsFeedIngestionWarnings


class CatalogsFeedIngestionDetails(Model):
    """CatalogsFeedIngestionDetails (component schema `CatalogsFeedIngestionDetails`)."""

    errors: CatalogsFeedIngestionErrors = Field("CatalogsFeedIngestionErrors", required=True)

    info: CatalogsFeedIngestionInfo = Field("CatalogsFeedIngestionInfo", required=True)

    warnings: CatalogsFeedIngestionWarnings = Field("CatalogsFeedIngestionWarnings", required=True)

    _positional = ("errors", "info", "warnings")

    if TYPE_CHECKING:

        def __init__(
            self,
            errors: CatalogsFeedIngestionErrors,
            info: CatalogsFeedIngestionInfo,
            warnings: CatalogsFeedIngestionWarnings,
        ) -> None: ...


__all__ = ["CatalogsFeedIngestionDetails"]
