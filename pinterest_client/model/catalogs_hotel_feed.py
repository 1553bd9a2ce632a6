# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client._models import Model
from pinterest_client._types import TYPE_CHECKING, Field

if TYPE_CHECKING:
    import datetime
    from typing import Optional, Union

    from pinterest_client.model.catalogs_feed_credentials import CatalogsFeedCredentials
    from pinterest_client.model.catalogs_feed_processing_schedule import CatalogsFeedProcessingSchedule
    from pinterest_client.model.catalogs_format import CatalogsFormat, CatalogsFormatValue
    from pinterest_client.model.catalogs_status import CatalogsStatus, CatalogsStatusValue
    from pinterest_client.model.catalogs_type import CatalogsType, CatalogsTypeValue
    from pinterest_client.model.nullable_currency import NullableCurrency, NullableCurrencyValue


class CatalogsHotelFeed(Model):
    """Catalogs Hotel Feed object"""

    created_at: datetime.datetime = Field("datetime", required=True)

    id: str = Field("str", required=True)

    updated_at: datetime.datetime = Field("datetime", required=True)

    catalog_id: Optional[str] = Field("str", required=True, nullable=True, pattern="^\\d+$")
    """Catalog id pertaining to the feed. If not provided, feed will use a default catalog based on type."""

    catalog_type: Union[CatalogsType, str] = Field("CatalogsType", required=True)
    """Type of the catalog entity."""

    credentials: Optional[CatalogsFeedCredentials] = Field("CatalogsFeedCredentials", required=True, nullable=True)
    """This field is **OPTIONAL**. Use this if your feed file requires username and password."""

    default_currency: Optional[Union[NullableCurrency, str]] = Field("NullableCurrency", required=True, nullable=True)
    """Currency Codes from ISO 4217."""

    default_locale: str = Field("str", required=True)
    """The locale used within a feed for product descriptions."""

    format: Union[CatalogsFormat, str] = Field("CatalogsFormat", required=True)
    """The file format of a feed."""

    location: str = Field("str", required=True)
    """The URL where a feed is available for download. This URL is what Pinterest will use to download a feed for
    processing.
    """

    name: Optional[str] = Field("str", required=True, nullable=True)
    """A human-friendly name associated to a given feed. This value is currently nullable due to historical reasons. It
    is expected to become non-nullable in the future.
    """

    preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule] = Field(
        "CatalogsFeedProcessingSchedule", required=True, nullable=True
    )
    """Daily processing schedule. This field is **OPTIONAL**. Use this to configure the preferred time for processing a
    feed (otherwise random).
    """

    status: Union[CatalogsStatus, str] = Field("CatalogsStatus", required=True)
    """Status for catalogs entities. Present in catalogs_feed values. When a feed is deleted, the response will inform
    DELETED as status.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            created_at: Optional[datetime.datetime] = ...,
            id: Optional[str] = ...,
            updated_at: Optional[datetime.datetime] = ...,
            catalog_id: Optional[str] = ...,
            catalog_type: Optional[Union[CatalogsType, CatalogsTypeValue]] = ...,
            credentials: Optional[CatalogsFeedCredentials] = ...,
            default_currency: Optional[Union[NullableCurrency, NullableCurrencyValue]] = ...,
            default_locale: Optional[str] = ...,
            format: Optional[Union[CatalogsFormat, CatalogsFormatValue]] = ...,
            location: Optional[str] = ...,
            name: Optional[str] = ...,
            preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule] = ...,
            status: Optional[Union[CatalogsStatus, CatalogsStatusValue]] = ...,
        ) -> None: ...


__all__ = ["CatalogsHotelFeed"]
