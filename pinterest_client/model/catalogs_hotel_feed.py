# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    import datetime
    from typing import Optional, Union

    from pinterest_client.model.catalogs_feed_credentials import CatalogsFeedCredentials
    from pinterest_client.model.catalogs_feed_processing_schedule import CatalogsFeedProcessingSchedule
    from pinterest_client.model.catalogs_format import CatalogsFormat
    from pinterest_client.model.catalogs_status import CatalogsStatus
    from pinterest_client.model.catalogs_type import CatalogsType
    from pinterest_client.model.nullable_currency import NullableCurrency


class CatalogsHotelFeed(Model):
    """Catalogs Hotel Feed object"""

    created_at: datetime.datetime

    id: str

    updated_at: datetime.datetime

    catalog_id: Optional[str]
    """Catalog id pertaining to the feed. If not provided, feed will use a default catalog based on type."""

    catalog_type: Union[CatalogsType, str]
    """Type of the catalog entity."""

    credentials: Optional[CatalogsFeedCredentials]
    """This field is **OPTIONAL**. Use this if your feed file requires username and password."""

    default_currency: Optional[Union[NullableCurrency, str]]
    """Currency Codes from ISO 4217."""

    default_locale: str
    """The locale used within a feed for product descriptions."""

    format: Union[CatalogsFormat, str]
    """The file format of a feed."""

    location: str
    """The URL where a feed is available for download. This URL is what Pinterest will use to download a feed for processing."""

    name: Optional[str]
    """A human-friendly name associated to a given feed. This value is currently nullable due to historical reasons. It is expected to become non-nullable in the future."""

    preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule]
    """Daily processing schedule. This field is **OPTIONAL**. Use this to configure the preferred time for processing a feed (otherwise random)."""

    status: Union[CatalogsStatus, str]
    """Status for catalogs entities. Present in catalogs_feed values. When a feed is deleted, the response will inform DELETED as status."""

    _spec = (
        ('created_at', 'datetime', 'required'),
        ('id', 'str', 'required'),
        ('updated_at', 'datetime', 'required'),
        ('catalog_id', 'str', 'required nullable', {'pattern': '^\\d+$'}),
        ('catalog_type', 'CatalogsType', 'required'),
        ('credentials', 'CatalogsFeedCredentials', 'required nullable'),
        ('default_currency', 'NullableCurrency', 'required nullable'),
        ('default_locale', 'str', 'required'),
        ('format', 'CatalogsFormat', 'required'),
        ('location', 'str', 'required'),
        ('name', 'str', 'required nullable'),
        ('preferred_processing_schedule', 'CatalogsFeedProcessingSchedule', 'required nullable'),
        ('status', 'CatalogsStatus', 'required'),
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            created_at: Optional[datetime.datetime] = ...,
            id: Optional[str] = ...,
            updated_at: Optional[datetime.datetime] = ...,
            catalog_id: Optional[str] = ...,
            catalog_type: Optional[Union[CatalogsType, str]] = ...,
            credentials: Optional[CatalogsFeedCredentials] = ...,
            default_currency: Optional[Union[NullableCurrency, str]] = ...,
            default_locale: Optional[str] = ...,
            format: Optional[Union[CatalogsFormat, str]] = ...,
            location: Optional[str] = ...,
            name: Optional[str] = ...,
            preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule] = ...,
            status: Optional[Union[CatalogsStatus, str]] = ...,
        ) -> None: ...


__all__ = ["CatalogsHotelFeed"]
