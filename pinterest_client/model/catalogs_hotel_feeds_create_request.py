# Generated from Pinterest OpenAPI 5.23.0 by codegen (python -m codegen). Do not edit.

from __future__ import annotations

from pinterest_client.model_utils import TYPE_CHECKING, Model

if TYPE_CHECKING:
    from typing import Optional, Union

    from pinterest_client.model.catalogs_feed_credentials import CatalogsFeedCredentials
    from pinterest_client.model.catalogs_feed_processing_schedule import CatalogsFeedProcessingSchedule
    from pinterest_client.model.catalogs_format import CatalogsFormat
    from pinterest_client.model.catalogs_status import CatalogsStatus
    from pinterest_client.model.catalogs_type import CatalogsType
    from pinterest_client.model.nullable_currency import NullableCurrency


class CatalogsHotelFeedsCreateRequest(Model):
    """Request object for creating a feed. Please, be aware that "default_country" and "default_locale" are not required in the spec for forward compatibility but for now the API will not accept requests without those fields."""

    catalog_id: Optional[str]
    """Catalog id pertaining to the feed. If not provided, feed will use a default catalog based on type. At the moment a catalog can not have multiple hotel feeds but this will change in the future."""

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

    name: str
    """A human-friendly name associated to a given feed."""

    preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule]
    """Daily processing schedule. This field is **OPTIONAL**. Use this to configure the preferred time for processing a feed (otherwise random)."""

    status: Optional[Union[CatalogsStatus, str]]

    _spec = (
        ('catalog_id', 'str', '', {'pattern': '^\\d+$'}),
        ('catalog_type', 'CatalogsType', 'required'),
        ('credentials', 'CatalogsFeedCredentials', 'nullable'),
        ('default_currency', 'NullableCurrency', 'nullable'),
        ('default_locale', 'str', 'required'),
        ('format', 'CatalogsFormat', 'required'),
        ('location', 'str', 'required', {'pattern': '^(http|https|ftp|sftp)://'}),
        ('name', 'str', 'required'),
        ('preferred_processing_schedule', 'CatalogsFeedProcessingSchedule', 'nullable'),
        ('status', 'CatalogsStatus'),
    )
    _positional = ('name', 'format', 'default_locale', 'location', 'catalog_type')
    _additional = None

    if TYPE_CHECKING:

        def __init__(
            self,
            name: str,
            format: Union[CatalogsFormat, str],
            default_locale: str,
            location: str,
            catalog_type: Union[CatalogsType, str],
            *,
            catalog_id: Optional[str] = ...,
            credentials: Optional[CatalogsFeedCredentials] = ...,
            default_currency: Optional[Union[NullableCurrency, str]] = ...,
            preferred_processing_schedule: Optional[CatalogsFeedProcessingSchedule] = ...,
            status: Optional[Union[CatalogsStatus, str]] = ...,
        ) -> None: ...


__all__ = ["CatalogsHotelFeedsCreateRequest"]
